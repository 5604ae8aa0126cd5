// SPDX-License-Identifier: Apache-2.0
#include "model/error.h"

namespace headroom {

QString Error::toString() const
{
    QString text;
    if (!location.file.isEmpty()) {
        text += location.file;
        if (location.line > 0) {
            text += QLatin1Char(':') + QString::number(location.line);
            if (location.column > 0)
                text += QLatin1Char(':') + QString::number(location.column);
        }
        text += QLatin1String(": ");
    }
    if (!keyPath.isEmpty())
        text += keyPath + QLatin1String(": ");
    return text + message;
}

} // namespace headroom
