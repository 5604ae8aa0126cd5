// SPDX-License-Identifier: Apache-2.0
#include "ui/orphanedrecovery.h"

#include "ui/recoverystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <algorithm>

namespace headroom {

namespace {
// Far beyond any plan: a larger file is refused unread rather than filling memory.
constexpr qint64 maxRecoveryBytes = qint64(256) << 20;
} // namespace

OrphanedRecovery::OrphanedRecovery(QString path, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path))
    , m_lock(std::move(lock))
{
    QFile f(m_path);
    if (f.size() > maxRecoveryBytes) {
        m_decoded.damage = Error { tr("the recovery file is too large to be a plan."), {}, { m_path, 0, 0 } };
    } else if (!f.open(QIODevice::ReadOnly)) {
        m_decoded.damage = Error { f.errorString(), {}, { m_path, 0, 0 } };
    } else {
        m_decoded = RecoveryFile::decode(f.readAll(), m_path);
    }
}

OrphanedRecovery::~OrphanedRecovery()
{
    if (m_lock)
        m_lock->unlock();
}

std::vector<std::unique_ptr<OrphanedRecovery>> OrphanedRecovery::claimAll()
{
    std::vector<std::unique_ptr<OrphanedRecovery>> claimed;
    const QDir dir(RecoveryStore::directory());
    const QFileInfoList files
        = dir.entryInfoList({ QStringLiteral("*.recovery") }, QDir::Files | QDir::Hidden, QDir::Time | QDir::Reversed);
    for (const QFileInfo& info : files) {
        auto lock = std::make_unique<QLockFile>(RecoveryStore::lockPathFor(info.absoluteFilePath()));
        lock->setStaleLockTime(0); // a live owner's lock is never taken, however old
        if (!lock->tryLock(0))
            continue;
        claimed.push_back(
            std::unique_ptr<OrphanedRecovery>(new OrphanedRecovery(info.absoluteFilePath(), std::move(lock))));
    }
    return claimed;
}

QString OrphanedRecovery::displayName() const
{
    if (!file().planPath.isEmpty())
        return QFileInfo(file().planPath).fileName();
    return file().planName;
}

void OrphanedRecovery::remove()
{
    QFile::remove(m_path);
    if (m_lock) {
        m_lock->unlock(); // removes the lock file
        m_lock.reset();
    }
}

} // namespace headroom
