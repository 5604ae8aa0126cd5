// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/error.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

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
//
// An autosave copies the plan (plain, implicitly shared data: the copy costs nothing until
// the plan is edited) and writes it on a thread of its own, so that a plan of a hundred
// thousand services does not hold the window for the time it takes to write. One write of
// the file at a time: an autosave due while one is in flight follows it, with the plan as it
// is then. writeNow(), discard() and the destructor first wait for the write in flight, so
// a discarded file is never written again by one that was under way.
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

    // Writes now, on this thread (tests, and a restored plan that must be on disk before its
    // old file goes). Every write and the commit are checked; on failure the previous file
    // stays as it was.
    std::optional<Error> writeNow();
    // Removes this window's recovery file: the user chose to drop the changes.
    void discard();
    // What the timer does ~1.5 s after a change: starts writing the plan in the background
    // (after the write in flight, if any), reporting a failure through writeFailed.
    void autosave();
    // From an autosave's start until its result is back on this thread.
    bool isWriting() const { return m_writing; }

signals:
    void writeFailed(const QString& message);
    // An autosave's file was committed.
    void written();

private:
    std::optional<Error> claim();
    void finishWrite(const std::optional<Error>& error);

    QPointer<PlanDocument> m_document;
    QTimer* m_timer;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QThreadPool m_writer; // one thread: never two writes of the file at once
    bool m_writing = false;
    bool m_pending = false; // an autosave came due while one was in flight
};

} // namespace headroom
