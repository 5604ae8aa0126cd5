// SPDX-License-Identifier: Apache-2.0
#include "ui/whatiflabels.h"

#include <QLocale>

namespace headroom {

QString WhatIfLabels::breakText(const WhatIfBreak& at, const QString& inputTitle)
{
    const Quantity& value = at.input;
    if (value.dimension() == Dimension::Count || value.dimension() == Dimension::Number) {
        const QString number
            = value.dimension() == Dimension::Count ? QLocale().toString(value.raw()) : value.toDisplayString();
        return tr("Breaks at %1 %2", "a value, then the input's name").arg(number, inputTitle.toLower());
    }
    return tr("Breaks at %1").arg(value.toDisplayString());
}

QString WhatIfLabels::breakSentence(const WhatIfBreak& at, const QString& inputTitle)
{
    const QString where = breakText(at, inputTitle);
    const QString demand = at.demand.toDisplayString();
    const QString ceiling = at.ceiling.toDisplayString();
    switch (at.what) {
    case WhatIfBreak::Ceiling::Limit:
        return tr("%1: the memory it needs, %2, rises above the container limit of %3.").arg(where, demand, ceiling);
    case WhatIfBreak::Ceiling::Tier:
        return tr("%1: the memory it needs, %2, rises above the tier's %3.").arg(where, demand, ceiling);
    case WhatIfBreak::Ceiling::Node:
        return tr("%1: the memory it needs, %2, rises above the largest node's %3.").arg(where, demand, ceiling);
    case WhatIfBreak::Ceiling::StorageClass:
        return tr("%1: the IOPS it needs, %2, rise above its storage class's ceiling of %3.")
            .arg(where, demand, ceiling);
    }
    return where;
}

} // namespace headroom
