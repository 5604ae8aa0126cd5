// SPDX-License-Identifier: Apache-2.0
#include "export/stagingfolder.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace headroom {

// The translation context of this file's user-visible messages (docs/TRANSLATIONS.md).
struct StagingFolderText
{
    Q_DECLARE_TR_FUNCTIONS(ExportFolder)
};

namespace {

QString absoluteClean(const QString& directory)
{
    return QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
}

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

QString stagingPrefix(const QString& name)
{
    return QStringLiteral(".%1.headroom-").arg(name);
}

bool isEmptyDirectory(const QByteArray& path)
{
    DIR* dir = ::opendir(path.constData());
    if (!dir)
        return false;
    bool empty = true;
    while (const dirent* entry = ::readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0) {
            empty = false;
            break;
        }
    }
    ::closedir(dir);
    return empty;
}

bool sameInode(const struct stat& a, const struct stat& b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// An empty folder that can be replaced by another without anyone noticing but its inode.
bool isReplaceable(const QByteArray& path, const struct stat& st)
{
    struct stat parent
    {
    };
    struct stat cwd
    {
    };
    const QByteArray parentPath = encoded(QFileInfo(QFile::decodeName(path)).path());
    if (!S_ISDIR(st.st_mode) || st.st_uid != ::geteuid() || ::stat(parentPath.constData(), &parent) != 0
        || parent.st_dev != st.st_dev || (::stat(".", &cwd) == 0 && sameInode(cwd, st)))
        return false;
    const ssize_t attributes = ::llistxattr(path.constData(), nullptr, 0);
    return (attributes == 0 || (attributes < 0 && errno == ENOTSUP)) && isEmptyDirectory(path);
}

// The part of a hidden folder's name after `.NAME.headroom-` names its owner: `HOST-PID-N.tmp`.
QString ownerTag()
{
    return QStringLiteral("%1-%2").arg(QSysInfo::machineHostName()).arg(::getpid());
}

// The owner of a hidden folder is a process of this machine that is gone (a crash, a kill). A
// folder of another machine sharing the file system, or of a live process, is never touched;
// one whose process id was reused stays until it is free again.
bool ownerIsGone(const QString& tag)
{
    const QString owner = tag.left(tag.lastIndexOf(QLatin1Char('-'))); // without `-N.tmp`
    const qsizetype dash = owner.lastIndexOf(QLatin1Char('-'));
    bool isNumber = false;
    const qint64 pid = owner.mid(dash + 1).toLongLong(&isNumber);
    return dash > 0 && owner.left(dash) == QSysInfo::machineHostName() && isNumber && pid > 0
        && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

Error errorAt(const QString& path, const QString& message)
{
    return Error { message, {}, { path, 0, 0 } };
}

} // namespace

bool StagingFolder::fits(const QString& directory)
{
    const QString path = absoluteClean(directory);
    if (QFileInfo(path).fileName().isEmpty())
        return false; // the root
    struct stat st
    {
    };
    if (::lstat(encoded(path).constData(), &st) != 0)
        return errno == ENOENT;
    return isReplaceable(encoded(path), st);
}

std::unique_ptr<StagingFolder> StagingFolder::create(const QString& directory)
{
    const QString target = absoluteClean(directory);
    const QFileInfo info(target);
    const QString parent = info.path();
    if (!QDir().mkpath(parent))
        return nullptr;
    removeLeftovers(parent, info.fileName());
    struct stat existing
    {
    };
    const bool replacesEmpty = ::lstat(encoded(target).constData(), &existing) == 0;
    static std::atomic<unsigned> counter { 0 };
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString path
            = QStringLiteral("%1/%2%3-%4.tmp").arg(parent, stagingPrefix(info.fileName()), ownerTag()).arg(counter++);
        if (::mkdir(encoded(path).constData(), 0777) != 0) {
            if (errno == EEXIST)
                continue;
            return nullptr;
        }
        std::unique_ptr<StagingFolder> staging(new StagingFolder(directory, path, replacesEmpty));
        // An empty folder replaced keeps its permissions.
        if (replacesEmpty && ::chmod(encoded(path).constData(), existing.st_mode & 07777) != 0)
            return nullptr;
        return staging;
    }
    return nullptr;
}

StagingFolder::StagingFolder(const QString& directory, const QString& staging, bool replacesEmpty)
    : m_directory(directory)
    , m_target(absoluteClean(directory))
    , m_staging(staging)
    , m_replacesEmpty(replacesEmpty)
{
}

StagingFolder::~StagingFolder()
{
    if (!m_moved)
        m_staging.removeRecursively();
}

std::optional<Error> StagingFolder::moveIntoPlace()
{
    const QByteArray from = encoded(m_staging.path());
    const QByteArray to = encoded(m_target);
    int moved = ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE);
    if (moved != 0) {
        const int refused = errno;
        struct stat st
        {
        };
        // A file system that cannot refuse to replace (rename() then replaces only an empty
        // folder), or the user's empty folder, still empty.
        if (refused == EINVAL || refused == ENOSYS
            || (refused == EEXIST && m_replacesEmpty && ::lstat(to.constData(), &st) == 0 && isReplaceable(to, st)))
            moved = ::rename(from.constData(), to.constData());
        else
            errno = refused;
    }
    if (moved != 0) {
        const int error = errno;
        if (error == EEXIST || error == ENOTEMPTY)
            return errorAt(m_directory,
                           StagingFolderText::tr("another export created this folder while this one wrote it; "
                                                 "nothing was written."));
        return errorAt(m_directory,
                       StagingFolderText::tr("cannot create the output folder: %1.")
                           .arg(QString::fromLocal8Bit(std::strerror(error))));
    }
    m_moved = true;
    return std::nullopt;
}

// Hidden folders of earlier runs into the same folder whose process is gone (a crash, a kill).
void StagingFolder::removeLeftovers(const QString& parent, const QString& name)
{
    const QString prefix = stagingPrefix(name);
    QDirIterator it(parent, QDir::Dirs | QDir::Hidden | QDir::NoSymLinks | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileName().startsWith(prefix) || !it.fileName().endsWith(QLatin1String(".tmp")))
            continue;
        if (ownerIsGone(it.fileName().mid(prefix.size())))
            QDir(path).removeRecursively();
    }
}

} // namespace headroom
