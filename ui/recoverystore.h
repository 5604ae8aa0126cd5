#pragma once

#include "model/error.h"
#include "model/plan.h"

#include <QObject>
#include <QString>
#include <optional>

class QTimer;

namespace headroom {

class PlanDocument;

// Never lose work: about 1.5 s after each change the open plan is written, atomically, to
// AppDataLocation/recovery/<hash of its path>.yaml. The file goes away when the plan is
// saved, undone back to its saved state, or closed cleanly; one left behind means Headroom
// did not end cleanly, and the next start offers to restore it.
class RecoveryStore : public QObject
{
    Q_OBJECT

public:
    explicit RecoveryStore(PlanDocument* document, QObject* parent = nullptr);
    ~RecoveryStore() override;

    static constexpr int delayMs = 1500;

    static QString directory();
    // The recovery file for a plan file (empty path: the untitled plan).
    static QString recoveryPath(const QString& planPath);
    static bool hasRecovery(const QString& planPath);
    // The plan path a recovery file was written for, from its first line.
    static QString originalPath(const QString& recoveryFile);

    // Restores a recovery file into the document, as one undoable command over the plan
    // as it was opened; the document is then modified.
    std::optional<Error> restore(const QString& planPath);
    void discard() const;
    // Writes now (tests, and before the slow paths of a crash-prone operation).
    bool writeNow();

private:
    PlanDocument* m_document;
    QTimer* m_timer;
    QString m_planPath; // the document's file, kept so a late destruction needs no document
};

} // namespace headroom
