// SPDX-License-Identifier: Apache-2.0
#include "export/filestat.h"

#include <QFile>

#include <sys/stat.h>

namespace headroom {

namespace {

FileStat fromStat(const struct stat& st)
{
    FileStat s;
    s.kind = S_ISREG(st.st_mode) ? FileStat::Kind::Regular
        : S_ISLNK(st.st_mode)    ? FileStat::Kind::Link
                                 : FileStat::Kind::Other;
    s.size = qint64(st.st_size);
    s.mtimeNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + qint64(st.st_mtim.tv_nsec);
    s.inode = quint64(st.st_ino);
    s.mode = uint(st.st_mode & 07777);
    return s;
}

} // namespace

FileStat FileStat::ofPath(const QString& path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return fromStat(st);
}

FileStat FileStat::ofDescriptor(int fd)
{
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return {};
    return fromStat(st);
}

} // namespace headroom
