// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/pgtune.h"
#include "model/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <optional>

namespace headroom {

// PGTune as JSON Lines: one machine per input line in PGTune's keys (dbVersion, osType, dbType, totalMemory,
// totalMemoryUnit, cpuNum, connectionNum, hdType, dbSize), one {"out":{"parameter":"value",...}} line per machine,
// parameters in PGTune's order. Missing keys and null take PGTune's defaults; blank lines are skipped.
class PgTuneBatch
{
    Q_DECLARE_TR_FUNCTIONS(PgTuneBatch)

public:
    // A line is one machine's small object; anything longer is refused rather than held in memory.
    static constexpr qsizetype maxLineBytes = 1024 * 1024;

    // Reads `in` to its end, writing each answer to `out` as it goes. Stops at the first bad line: every line
    // before it has been written in full, nothing for it or after it; the message names the line and the key.
    // inputName is how messages name the input.
    static std::optional<QString> run(QIODevice& in, QIODevice& out, const QString& inputName);

    // One line (without or with its newline) as PGTune's input. Unknown and repeated keys are refused: either
    // would otherwise silently give plausible, wrong settings.
    static Expected<PgTuneInput> parseLine(QByteArrayView line);

    // The output line of a valid input (pgtune::validate gives nothing), newline included.
    static void appendAnswer(const PgTuneInput& input, QByteArray& out);
};

} // namespace headroom
