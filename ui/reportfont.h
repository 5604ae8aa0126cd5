// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFont>

namespace headroom {

// The fixed-width font of the text tables shown in the window (a service's sizing details,
// the import summary). The tables count a Hangul syllable as two columns, as a terminal
// does (core/report/servicereport); in Korean that holds only in a coding font whose Hangul is two
// Latin cells wide, NanumGothicCoding (Debian's fonts-nanum, which the package recommends).
// Elsewhere, or without that font, the system's fixed font at the same size.
QFont reportFont();

} // namespace headroom
