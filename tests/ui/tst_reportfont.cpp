// SPDX-License-Identifier: Apache-2.0
// The window's text tables count a Hangul syllable as two columns; in Korean their font must
// make that true to the pixel, or the columns of a sizing's details drift apart.
#include "translations/translationloader.h"
#include "ui/reportfont.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QTranslator>
#include <QtTest>

#include <cmath>

using namespace headroom;

class TestReportFont : public QObject
{
    Q_OBJECT

private slots:
    void englishUsesTheSystemFixedFont()
    {
        QCOMPARE(i18n::installedLanguage(), QStringLiteral("en"));
        QCOMPARE(reportFont(), QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }

    void koreanHangulIsTwoColumns()
    {
        QVERIFY(i18n::install(QCoreApplication::instance(), QStringLiteral("ko")));
        const QFont font = reportFont();
        QCOMPARE(QFontInfo(font).family(), QStringLiteral("NanumGothicCoding")); // fonts-nanum, from setup.sh
        QCOMPARE(QFontInfo(font).pixelSize(),
                 QFontInfo(QFontDatabase::systemFont(QFontDatabase::FixedFont)).pixelSize());
        const QFontMetricsF metrics(font);
        const qreal cell = metrics.horizontalAdvance(QStringLiteral("a"));
        QVERIFY(cell > 0);
        // Hinting may leave a Hangul syllable a few hundredths of a pixel off two cells: far
        // less than a pixel over a line. Noto Sans Mono CJK is off by 0.9 px a syllable.
        const auto sameColumns = [](qreal a, qreal b) { return std::abs(a - b) < 0.25; };
        QVERIFY2(sameColumns(metrics.horizontalAdvance(QStringLiteral("가")), 2 * cell),
                 qPrintable(QString::number(metrics.horizontalAdvance(QStringLiteral("가")))));
        // The same 15 columns, as the sizing details lay them out.
        QVERIFY(sameColumns(metrics.horizontalAdvance(QStringLiteral("백엔드 오버헤드")),
                            metrics.horizontalAdvance(QStringLiteral("shared_buffers "))));
        for (auto* t : QCoreApplication::instance()->findChildren<QTranslator*>())
            delete t;
    }
};

QTEST_MAIN(TestReportFont)
#include "tst_reportfont.moc"
