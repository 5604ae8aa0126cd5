// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QtGlobal>

namespace headroom {

// What one lstat() says about a path in an export folder: its kind, and the size, mtime and
// inode that tell, without reading it, that a file is still the one Headroom wrote.
struct FileStat
{
    enum class Kind { Missing, Regular, Link, Other };

    Kind kind = Kind::Missing;
    qint64 size = 0;
    qint64 mtimeNs = 0; // nanoseconds since the epoch, at the file system's resolution
    quint64 inode = 0;
    uint mode = 0; // permission bits

    static FileStat ofPath(const QString& path); // does not follow a link
    static FileStat ofDescriptor(int fd);

    bool exists() const { return kind != Kind::Missing; }
    bool sameFile(const FileStat& other) const
    {
        return size == other.size && mtimeNs == other.mtimeNs && inode == other.inode;
    }
};

} // namespace headroom
