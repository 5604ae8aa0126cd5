// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace headroom {

// The hashes an export manifest records to tell whether a file is still as Headroom wrote it.
// XXH3-128 is what manifests record now: edit detection needs no cryptographic strength
// (anyone who can write the folder can replace any file anyway), and it is ~50 times
// cheaper than SHA-256 over a large export. SHA-256 is what older manifests recorded.
class ContentHash
{
public:
    static QByteArray xxh3(QByteArrayView content); // 32 lower-case hex digits
    static QByteArray sha256(QByteArrayView content); // 64 lower-case hex digits
};

} // namespace headroom
