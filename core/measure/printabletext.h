// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

namespace headroom {

// Text a server sent (a database name, a setting, an error message) made safe to print on
// a terminal or show in a window: control characters (C0, DEL, C1), Unicode format
// characters (bidirectional overrides, zero-width marks) and line separators become
// visible escapes (\x1b, \u{202e}), so that a name cannot move the cursor, retitle the
// terminal, clear the screen or forge a line of output.
QString printableText(QStringView text);

// The same for a message of several lines: runs of white space (newlines, tabs) become
// one space first, so that the message stays on one line.
QString printableLine(QStringView text);

} // namespace headroom
