// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "testutils.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

// Markdown rendered to HTML by a real renderer, Python-Markdown with its tables extension
// (Debian's python3-markdown, which scripts/setup.sh installs), and what the HTML holds.
namespace headroom::markdown_html {

inline const QString kPython = QStringLiteral("/usr/bin/python3");

// The HTML, or nothing when Python-Markdown is not installed.
inline std::optional<QString> render(const QString& markdown)
{
    const auto r = testutils::runProcess(
        kPython, { QStringLiteral("-m"), QStringLiteral("markdown"), QStringLiteral("-x"), QStringLiteral("tables") },
        QProcessEnvironment::systemEnvironment(), markdown.toUtf8());
    if (r.exitCode != 0)
        return std::nullopt;
    return r.out;
}

// The names of the elements, in the order they open. A `<` that is text is `&lt;` in HTML, so
// every `<` followed by a letter opens an element.
inline QStringList elements(const QString& html)
{
    static const QRegularExpression tag(QStringLiteral("<([A-Za-z][A-Za-z0-9]*)"));
    QStringList names;
    for (auto it = tag.globalMatch(html); it.hasNext();)
        names << it.next().captured(1).toLower();
    return names;
}

// The text of the HTML as a browser shows it (tags dropped, character references read), white
// space runs as one space.
inline QString text(const QString& html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression reference(QStringLiteral("&(#x[0-9A-Fa-f]+|#[0-9]+|[a-z]+);"));
    QString plain = html;
    plain.replace(tag, QStringLiteral(" "));
    QString out;
    qsizetype from = 0;
    for (auto it = reference.globalMatch(plain); it.hasNext();) {
        const auto m = it.next();
        out += plain.mid(from, m.capturedStart() - from);
        const QString name = m.captured(1);
        bool ok = false;
        char32_t code = 0;
        if (name.startsWith(QLatin1String("#x")))
            code = name.mid(2).toUInt(&ok, 16);
        else if (name.startsWith(QLatin1Char('#')))
            code = name.mid(1).toUInt(&ok, 10);
        else {
            static const QHash<QString, char32_t> named { { QStringLiteral("lt"), U'<' },
                                                          { QStringLiteral("gt"), U'>' },
                                                          { QStringLiteral("amp"), U'&' },
                                                          { QStringLiteral("quot"), U'"' } };
            ok = named.contains(name);
            code = named.value(name);
        }
        out += ok ? QString::fromUcs4(&code, 1) : m.captured(0);
        from = m.capturedEnd();
    }
    out += plain.mid(from);
    return out.simplified();
}

} // namespace headroom::markdown_html
