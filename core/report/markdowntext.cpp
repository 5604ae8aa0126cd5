// SPDX-License-Identifier: Apache-2.0
#include "report/markdowntext.h"

#include <QStringList>

#include <algorithm>

namespace headroom::markdown_text {

namespace {

bool isWordCharacter(QStringView text, qsizetype at)
{
    return at >= 0 && at < text.size() && text[at].isLetterOrNumber();
}

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x2028) || c == QChar(0x2029);
}

// A character escaped wherever it stands. HTML's three as entities (Python-Markdown passes a
// backslash before `<` through); `~` as an entity too (strikethrough in GitHub's Markdown, not
// escapable in Python-Markdown's); the rest with a backslash, which all three read.
void appendEscaped(QString& out, QStringView text, qsizetype at)
{
    const QChar c = text[at];
    switch (c.unicode()) {
    case '&':
        out += QLatin1String("&amp;");
        return;
    case '<':
        out += QLatin1String("&lt;");
        return;
    case '>':
        out += QLatin1String("&gt;");
        return;
    case '~':
        out += QLatin1String("&#126;");
        return;
    case '\\':
    case '`':
    case '*':
    case '[':
    case ']':
    case '|':
    case '#':
        out += QLatin1Char('\\');
        break;
    case '_':
        // Inside a word an underscore is literal in every dialect: shared_buffers stays legible.
        if (!isWordCharacter(text, at - 1) || !isWordCharacter(text, at + 1))
            out += QLatin1Char('\\');
        break;
    default:
        if (isLineBreak(c)) {
            out += QLatin1Char(' ');
            return;
        }
        break;
    }
    out += c;
}

// What only the start of a line makes an element of: a list (-, +, "1." or "1)"), a setext
// heading's underline (= or -), a thematic break. `#`, `*` and `>` are escaped everywhere.
QString escapedLineStart(QStringView line)
{
    if (line.isEmpty())
        return {};
    const QChar first = line.front();
    if (first == QLatin1Char('-') || first == QLatin1Char('+'))
        return QLatin1Char('\\') + inlineText(line);
    if (first == QLatin1Char('='))
        return QLatin1String("&#61;") + inlineText(line.mid(1));
    qsizetype digits = 0;
    while (digits < line.size() && line[digits].isDigit() && line[digits].unicode() < 0x80)
        ++digits;
    if (digits > 0 && digits < line.size() && (line[digits] == QLatin1Char('.') || line[digits] == QLatin1Char(')')))
        return inlineText(line.first(digits)) + QLatin1Char('\\') + inlineText(line.mid(digits));
    return inlineText(line);
}

} // namespace

QString inlineText(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i)
        appendEscaped(out, text, i);
    return out;
}

QString blockText(QStringView text)
{
    QStringList lines;
    QString paragraph;
    const auto endParagraph = [&] {
        if (!lines.isEmpty())
            paragraph += (paragraph.isEmpty() ? QString() : QStringLiteral("\n\n"))
                + lines.join(QStringLiteral("  \n")); // two spaces: a hard break in every dialect
        lines.clear();
    };
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isLineBreak(text[i]))
            continue;
        // Leading white space would make an indented code block, trailing a hard break.
        const QStringView line = text.mid(start, i - start).trimmed();
        if (line.isEmpty())
            endParagraph();
        else
            lines << escapedLineStart(line);
        if (i + 1 < text.size() && text[i] == QLatin1Char('\r') && text[i + 1] == QLatin1Char('\n'))
            ++i;
        start = i + 1;
    }
    endParagraph();
    return paragraph;
}

QString codeSpan(QStringView text)
{
    QString flat = text.toString();
    for (auto& c : flat) {
        if (isLineBreak(c))
            c = QLatin1Char(' ');
    }
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : std::as_const(flat)) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, QLatin1Char('`'));
    // A space on each side when the text starts or ends with a backtick, which the fence would
    // otherwise take for its own; every dialect strips one such space.
    const bool pad = flat.startsWith(QLatin1Char('`')) || flat.endsWith(QLatin1Char('`'));
    const QString space = pad ? QStringLiteral(" ") : QString();
    return fence + space + flat + space + fence;
}

} // namespace headroom::markdown_text
