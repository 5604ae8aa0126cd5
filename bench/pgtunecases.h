// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

// The PGTune batch benchmark input: JSON Lines in PGTune's keys, one machine per line. Every combination of
// PGTune's choices (OS 3 × DB type 5 × storage 4 × DB size 3 = 180) with 17 memory sizes in MB, GB and TB, 11 CPU
// counts (blank included) and 2 connection settings (blank and 500): 67,320 lines. The PostgreSQL version cycles
// through 10 to 18 with the line number, so every version meets every rule. Always the same bytes.
QByteArray pgtuneCases();
