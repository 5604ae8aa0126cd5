#pragma once

#include <QStringList>
#include <QTextStream>

// `headroom import postgres PRIMARY [--replica CONNINFO …] [--interval 30s] [--out PLAN |
// --update PLAN --service NAME]`: measures a running primary and its replicas and writes a
// plan, or updates the measured inputs of a service. Exit 0 done (findings are
// printed), 2 bad input or a connection / permission error.
int runImportCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);
