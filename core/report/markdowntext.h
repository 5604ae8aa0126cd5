// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

namespace headroom::markdown_text {

// Plan and catalog text (names, notes, messages) made to read in Markdown as it was written:
// HTML and the characters that would start an element (emphasis, a link, code, a heading, a
// list, a quote, a table cell) are escaped, in forms that CommonMark, GitHub and
// Python-Markdown all read back as the character itself.

// One line of text inside a heading, a table cell or a list item; line breaks become spaces.
QString inlineText(QStringView text);
// Several lines, as a paragraph each run of lines, each line kept (a hard break), never an
// element of its own: no line starts a heading, a list, a quote or a code block.
QString blockText(QStringView text);
// Text shown as code, whatever backticks it holds.
QString codeSpan(QStringView text);

} // namespace headroom::markdown_text
