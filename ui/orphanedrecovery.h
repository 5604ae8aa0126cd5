// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "io/recoveryfile.h"
#include "model/error.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QLockFile;

namespace headroom {

// A recovery file whose owner is gone (its lock is free: the process crashed or was killed).
// Claiming takes that lock, so no other Headroom offers the same file at the same time;
// destroying the claim gives the lock back and leaves the file for the next start unless
// remove() was called.
class OrphanedRecovery
{
    Q_DECLARE_TR_FUNCTIONS(OrphanedRecovery)

public:
    ~OrphanedRecovery();
    OrphanedRecovery(const OrphanedRecovery&) = delete;
    OrphanedRecovery& operator=(const OrphanedRecovery&) = delete;

    // Every recovery file in RecoveryStore::directory() with no live owner, oldest first.
    static std::vector<std::unique_ptr<OrphanedRecovery>> claimAll();

    QString path() const { return m_path; }
    // The header as far as it reads; the YAML only when damage() is empty.
    const RecoveryFile& file() const { return m_decoded.file; }
    const std::optional<Error>& damage() const { return m_decoded.damage; }
    // The plan's file name, else its name, for the question asked.
    QString displayName() const;
    // Deletes the file and its lock: the user chose, and what was chosen is safe elsewhere.
    void remove();

private:
    OrphanedRecovery(QString path, std::unique_ptr<QLockFile> lock);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    RecoveryFile::Decoded m_decoded;
};

} // namespace headroom
