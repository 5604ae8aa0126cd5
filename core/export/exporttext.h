// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace headroom {

// Text from a plan or a catalog made safe for one export format: whatever it holds, it stays
// inside the comment or value it was written into and never starts a line of its own.
class ExportText
{
public:
    // One comment line: control characters and line separators written as \n, \t, \u2028.
    static QString comment(const QString& text);
    // A postgresql.conf value: bare when a word or number, else quoted with the escapes
    // PostgreSQL's configuration reader takes ('' and \\, \n, \ooo).
    static QString postgresConfValue(const QString& value);
    // A my.cnf value: bare when a word or number, else double-quoted with the escapes of
    // MySQL option files (\\, \", \n, \t, \r, \b).
    static QString myCnfValue(const QString& value);
    // A PostgreSQL string literal with standard_conforming_strings: '' for a quote.
    static QString sqlLiteral(const QString& value);
    // A configuration key written as it is: letters, digits, '_', '.' and '-', starting with a letter or '_'.
    static bool isPlainKey(const QString& key);
};

} // namespace headroom
