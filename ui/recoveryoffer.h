// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace headroom {

class MainWindow;
class OrphanedRecovery;

// At start-up, whichever plan was opened and however: every recovery file left by a
// Headroom that did not end cleanly is offered in the window, naming its own plan and when
// it was written. Restore opens that plan's file (or a new plan when it has none or it is
// gone) and applies the recovered plan as one undoable step; the old file is deleted only
// once the restored plan is in this window's own recovery file. Discard deletes it; Keep
// leaves it for the next start. A damaged file is offered as damaged, never restored.
class RecoveryOffer
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryOffer)

public:
    enum class Mode { Ask, RestoreWithoutAsking };
    explicit RecoveryOffer(MainWindow* window);

    // Returns whether a plan was restored.
    bool run(Mode mode);

private:
    enum class Choice { Restore, Discard, Keep };
    Choice ask(const OrphanedRecovery& orphan) const;
    bool restore(OrphanedRecovery& orphan);

    MainWindow* m_window;
};

} // namespace headroom
