// SPDX-License-Identifier: Apache-2.0
#include "export/exporttext.h"

#include <QRegularExpression>

#include <algorithm>

namespace headroom {

namespace {

bool isLineBreaking(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

QString shortEscape(char16_t c)
{
    switch (c) {
    case u'\n':
        return QStringLiteral("\\n");
    case u'\r':
        return QStringLiteral("\\r");
    case u'\t':
        return QStringLiteral("\\t");
    case u'\b':
        return QStringLiteral("\\b");
    case u'\f':
        return QStringLiteral("\\f");
    default:
        return {};
    }
}

bool isBare(const QString& value)
{
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    return bare.match(value).hasMatch();
}

} // namespace

QString ExportText::comment(const QString& text)
{
    // Nearly every comment has nothing to escape: share it rather than copy it.
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isLineBreaking(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isLineBreaking(c.unicode())) {
            out += c;
            continue;
        }
        const QString escape = shortEscape(c.unicode());
        out += escape.isEmpty()
            ? QStringLiteral("\\u%1").arg(QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0')))
            : escape;
    }
    return out;
}

QString ExportText::postgresConfValue(const QString& value)
{
    if (isBare(value))
        return value;
    QString out = QStringLiteral("'");
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u'\'')
            out += QStringLiteral("''");
        else if (u == u'\\')
            out += QStringLiteral("\\\\");
        else if (!isLineBreaking(u))
            out += c;
        else if (const QString escape = shortEscape(u); !escape.isEmpty())
            out += escape;
        else if (u < 0x80)
            out += QStringLiteral("\\%1").arg(QString::number(u, 8).rightJustified(3, QLatin1Char('0')));
        else
            out += c; // C1 and line separators: no line break for PostgreSQL, kept as UTF-8
    }
    return out + QLatin1Char('\'');
}

QString ExportText::myCnfValue(const QString& value)
{
    if (isBare(value))
        return value;
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\')
            out += QLatin1Char('\\') + c;
        else if (!isLineBreaking(u))
            out += c;
        else if (const QString escape = shortEscape(u); !escape.isEmpty() && u != u'\f')
            out += escape;
        else
            out += QLatin1Char(' ');
    }
    return out + QLatin1Char('"');
}

QString ExportText::sqlLiteral(const QString& value)
{
    QString out = value;
    out.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

bool ExportText::isPlainKey(const QString& key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    return plain.match(key).hasMatch();
}

} // namespace headroom
