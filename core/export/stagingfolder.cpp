// SPDX-License-Identifier: Apache-2.0
#include "export/stagingfolder.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

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

// The lock of a run, inside its hidden folder; the export folder's own lock has the same name,
// so an export into the finished folder waits until the run that built it is done.
const char* const kLockName = ".headroom-export.lock";

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

// The process whose id a hidden folder's name carries (`PID-N.tmp`) is gone.
bool ownerIsGone(const QString& pidAndCounter)
{
    bool isNumber = false;
    const qint64 owner = pidAndCounter.section(QLatin1Char('-'), 0, 0).toLongLong(&isNumber);
    return isNumber && owner > 0 && ::kill(pid_t(owner), 0) != 0 && errno == ESRCH;
}

// A lock file its owner died writing: it does not say who holds it. Removed then, so that it
// can be taken.
bool isHalfWritten(QLockFile& lock, const QString& pidAndCounter)
{
    qint64 pid = 0;
    QString host;
    QString application;
    return !lock.getLockInfo(&pid, &host, &application) && ownerIsGone(pidAndCounter) && lock.removeStaleLockFile();
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
        const QString path = QStringLiteral("%1/%2%3-%4.tmp")
                                 .arg(parent, stagingPrefix(info.fileName()))
                                 .arg(::getpid())
                                 .arg(counter++);
        if (::mkdir(encoded(path).constData(), 0777) != 0) {
            if (errno == EEXIST)
                continue;
            return nullptr;
        }
        std::unique_ptr<StagingFolder> staging(new StagingFolder(directory, QDir(path), replacesEmpty));
        // An empty folder replaced keeps its permissions.
        if (replacesEmpty && ::chmod(encoded(path).constData(), existing.st_mode & 07777) != 0)
            return nullptr;
        return staging->m_lock.tryLock(0) ? std::move(staging) : nullptr;
    }
    return nullptr;
}

StagingFolder::StagingFolder(const QString& directory, QDir staging, bool replacesEmpty)
    : m_directory(directory)
    , m_target(absoluteClean(directory))
    , m_staging(std::move(staging))
    , m_lock(m_staging.filePath(QLatin1String(kLockName)))
{
    m_lock.setStaleLockTime(0); // a live owner keeps its lock however long it writes; a dead one loses it
    m_replacesEmpty = replacesEmpty;
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
    // The lock moved with the folder: an export into it waited on it until now.
    ::unlink(encoded(QDir(m_target).filePath(QLatin1String(kLockName))).constData());
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
        const QString lockPath = QDir(path).filePath(QLatin1String(kLockName));
        const QString pidAndCounter = it.fileName().mid(prefix.size());
        // Without its lock file its owner is about to lock it, or died before: then it is empty.
        if (!QFileInfo(lockPath).isFile()) {
            if (ownerIsGone(pidAndCounter))
                ::rmdir(encoded(path).constData());
            continue;
        }
        QLockFile lock(lockPath);
        lock.setStaleLockTime(0);
        if (lock.tryLock(0) || (isHalfWritten(lock, pidAndCounter) && lock.tryLock(0)))
            QDir(path).removeRecursively();
    }
}

} // namespace headroom
