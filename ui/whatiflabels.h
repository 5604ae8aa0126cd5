// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/whatifsweep.h"

#include <QCoreApplication>
#include <QString>

namespace headroom {

// The words a what-if chart puts on its break point, in the window and in the printed
// report, so that both read the same in every language.
struct WhatIfLabels
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfLabels)

public:
    // "Breaks at 312 connections": the break's value and the swept input's title.
    static QString breakText(const WhatIfBreak& at, const QString& inputTitle);
    // The break as a sentence: which ceiling the demand rises above, with both figures.
    static QString breakSentence(const WhatIfBreak& at, const QString& inputTitle);
};

} // namespace headroom
