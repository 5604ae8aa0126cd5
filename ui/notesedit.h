// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPlainTextEdit>

namespace headroom {

// A multi-line text field that commits like a line edit: editingFinished() when it loses
// the focus with changed text, which then counts as what the plan holds (unmodified), so
// that Ctrl+Z afterwards undoes the plan's edit, not the field's typing.
class NotesEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit NotesEdit(QWidget* parent = nullptr);

    // The text the plan holds; the field's own undo history starts here.
    void setCommittedText(const QString& text);

signals:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent* event) override;
};

} // namespace headroom
