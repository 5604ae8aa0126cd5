// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QLineEdit;
class QWidget;

namespace headroom {

// Sends Ctrl+Z and Ctrl+Shift+Z (the platform's Undo and Redo) from the fields of a form to
// the window's undo actions, the plan's undo stack, unless the field holds typing that is not
// committed yet: a committed value is a plan edit, and the field's own undo would only undo
// text the plan has already taken. Watches every line edit, spin box and plain text edit
// (whose document's modified flag says whether it holds uncommitted typing) under `form`,
// also those made later.
class UndoShortcutRouter : public QObject
{
    Q_OBJECT

public:
    explicit UndoShortcutRouter(QWidget* form);

    // After `edit` finishes editing, its text is what the plan holds unless `error` (the
    // field's refusal, may be null) is shown.
    static void trackCommits(QLineEdit* edit, QWidget* error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void watch(QObject* object);

    QWidget* m_form;
};

} // namespace headroom
