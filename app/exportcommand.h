#pragma once

#include <QStringList>
#include <QTextStream>

// `headroom export PLAN --out DIR …`: writes every export of a plan. Exit 0 done, 1 some
// files were edited since Headroom wrote them and were left alone (use --force), 2 bad input.
int runExportCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);
