// SPDX-License-Identifier: Apache-2.0
#include "export/contenthash.h"

#include <QCryptographicHash>

// Header-only use: no run-time library to ship.
#define XXH_INLINE_ALL
#include <xxhash.h>

namespace headroom {

QByteArray ContentHash::xxh3(QByteArrayView content)
{
    const XXH128_hash_t h = XXH3_128bits(content.data(), size_t(content.size()));
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, h);
    return QByteArray(reinterpret_cast<const char*>(canonical.digest), sizeof canonical.digest).toHex();
}

QByteArray ContentHash::sha256(QByteArrayView content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

} // namespace headroom
