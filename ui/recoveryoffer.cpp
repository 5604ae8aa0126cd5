// SPDX-License-Identifier: Apache-2.0
#include "ui/recoveryoffer.h"

#include "io/planloader.h"
#include "ui/mainwindow.h"
#include "ui/orphanedrecovery.h"
#include "ui/plandocument.h"
#include "ui/recoverystore.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

namespace headroom {

RecoveryOffer::RecoveryOffer(MainWindow* window)
    : m_window(window)
{
}

bool RecoveryOffer::run(Mode mode)
{
    bool restored = false;
    int kept = 0;
    for (auto& orphan : OrphanedRecovery::claimAll()) {
        // One window holds one plan: once one is restored, the rest wait for the next start.
        if (restored || m_window->document()->isModified()) {
            ++kept;
            continue;
        }
        const Choice choice = mode == Mode::Ask ? ask(*orphan) : orphan->damage() ? Choice::Keep : Choice::Restore;
        if (choice == Choice::Discard)
            orphan->remove();
        else if (choice == Choice::Restore)
            restored = restore(*orphan);
    }
    if (kept > 0)
        m_window->statusBar()->showMessage(
            tr("%n more recovery file(s) kept; Headroom offers them again at its next start.", nullptr, kept));
    return restored;
}

RecoveryOffer::Choice RecoveryOffer::ask(const OrphanedRecovery& orphan) const
{
    const QDateTime time = orphan.file().savedAt;
    const QString when = time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : tr("unknown");
    const QString name = orphan.displayName().isEmpty() ? tr("an untitled plan") : orphan.displayName();
    QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Changes"), QString(), QMessageBox::NoButton, m_window);
    QPushButton* restore = nullptr;
    if (orphan.damage()) {
        box.setIcon(QMessageBox::Warning);
        box.setText(tr("Headroom did not close cleanly while %1 had unsaved changes (last written %2), but their "
                       "recovery file is damaged and cannot be restored.")
                        .arg(name, when));
        box.setInformativeText(orphan.damage()->toString());
    } else {
        box.setText(tr("Headroom did not close cleanly while %1 had unsaved changes (last written %2). Restore them?")
                        .arg(name, when));
        box.setInformativeText(orphan.file().planPath);
        restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("restore"));
        box.setDefaultButton(restore);
    }
    QPushButton* discard = box.addButton(QMessageBox::Discard);
    discard->setObjectName(QStringLiteral("discard"));
    QPushButton* keep = box.addButton(tr("&Keep for Later"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keep"));
    box.setEscapeButton(keep);
    box.exec();
    if (restore && box.clickedButton() == restore)
        return Choice::Restore;
    return box.clickedButton() == discard ? Choice::Discard : Choice::Keep;
}

bool RecoveryOffer::restore(OrphanedRecovery& orphan)
{
    PlanDocument* document = m_window->document();
    const RecoveryFile& file = orphan.file();
    auto recovered = PlanLoader(document->baseCatalog()).load(file.planYaml, orphan.path());
    if (!recovered) {
        m_window->showError(tr("Cannot restore the unsaved changes"), recovered.error().toString());
        return false;
    }
    // Over the plan as saved, so that Undo shows what the lost session had changed.
    if (file.planPath.isEmpty() || !QFileInfo::exists(file.planPath) || !m_window->openFile(file.planPath))
        document->newPlan();
    if (!(recovered.value() == document->plan()))
        document->undoStack()->push(
            new ReplacePlanCommand(document, document->plan(), recovered.value(), tr("Restore unsaved changes")));
    if (auto error = m_window->recoveryStore()->writeNow()) {
        m_window->showError(tr("Cannot restore the unsaved changes"), error->toString());
        return true; // restored in the window; the old file stays until this one is safe
    }
    orphan.remove();
    m_window->statusBar()->showMessage(tr("Restored the unsaved changes."), 4000);
    return true;
}

} // namespace headroom
