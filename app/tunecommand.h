#pragma once

#include <QStringList>
#include <QTextStream>

// `headroom tune`: the postgresql.conf settings PGTune gives for one machine (as postgresql.conf or ALTER SYSTEM
// text), or for many machines read as JSON Lines with --batch. arguments[0] is the program name as the parser
// should show it ("headroom tune"). Returns the exit code: 0 done, 2 bad input (one line on err).
int runTuneCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);
