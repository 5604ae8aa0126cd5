// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/error.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;
class QTimer;

namespace headroom {

class PlanDocument;

// Never lose work: about 1.5 s after each change the open plan is written, checked and
// atomically, to a recovery file of this window's own (RecoveryFile: header, length,
// checksum) in the user's state directory, 0600. The window holds a lock beside it for as
// long as it runs, so no other Headroom process ever touches it; the file goes away when
// the plan is saved, undone back to its saved state or explicitly discarded. One left
// behind without a live owner means a Headroom did not end cleanly (OrphanedRecovery).
class RecoveryStore : public QObject
{
    Q_OBJECT

public:
    explicit RecoveryStore(PlanDocument* document, QObject* parent = nullptr);
    // Keeps the file when the plan still has unsaved changes nobody discarded.
    ~RecoveryStore() override;

    static constexpr int delayMs = 1500;

    // <state directory>/recovery, made 0700 when missing.
    static QString directory();
    static QString lockPathFor(const QString& recoveryFile);
    // This window's recovery file (it exists only while there is something to recover).
    QString filePath() const { return m_path; }

    // Writes now (tests, and a restored plan that must be on disk before its old file goes).
    // Every write and the commit are checked; on failure the previous file stays as it was.
    std::optional<Error> writeNow();
    // Removes this window's recovery file: the user chose to drop the changes.
    void discard();
    // What the timer does ~1.5 s after a change: writes the plan, reporting a failure through
    // writeFailed.
    void autosave();

signals:
    void writeFailed(const QString& message);

private:
    std::optional<Error> claim();

    QPointer<PlanDocument> m_document;
    QTimer* m_timer;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace headroom
