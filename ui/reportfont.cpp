// SPDX-License-Identifier: Apache-2.0
#include "ui/reportfont.h"

#include "translations/translationloader.h"

#include <QFontDatabase>
#include <QFontInfo>

namespace headroom {

QFont reportFont()
{
    const QFont system = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (i18n::installedLanguage() != QLatin1String("ko"))
        return system;
    // Noto Sans Mono CJK, the Hangul font Headroom depends on, draws Hangul at about 0.92
    // of two cells, so it would not do.
    const QString coding = QStringLiteral("NanumGothicCoding");
    QFont font = system;
    font.setFamilies({ coding });
    return QFontInfo(font).family() == coding ? font : system;
}

} // namespace headroom
