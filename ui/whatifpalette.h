// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>

namespace headroom::whatifpalette {

// The what-if charts' colours, shared by the window and the printed report so that a chart
// reads the same on paper. Far apart from one another, so that no two legend entries look
// alike: areas take them in order, each line has its own.
inline const QColor kAreaColors[] = { QColor(0x4e, 0x79, 0xa7), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                                      QColor(0xb0, 0x7a, 0xa1), QColor(0x76, 0xb7, 0xb2), QColor(0x9c, 0x75, 0x5f) };
inline const QColor kLimitColor(0xd6, 0x27, 0x28);
inline const QColor kTierColor(0xff, 0x7f, 0x0e);
inline const QColor kNodeColor(0x55, 0x55, 0x55);
inline const QColor kSizedColor(0x1b, 0x1b, 0x8f);
inline const QColor kBreakColor(0xc0, 0x00, 0xc0);
inline const QColor kMeasuredColor(0x17, 0xbe, 0xcf);

} // namespace headroom::whatifpalette
