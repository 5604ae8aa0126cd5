// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace headroom {

// A character that ends or rewrites a line in an exported file, a terminal or a file name:
// C0, DEL, C1 and the Unicode line and paragraph separators. Plans and catalogs refuse it.
constexpr bool isLineControlCharacter(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

} // namespace headroom
