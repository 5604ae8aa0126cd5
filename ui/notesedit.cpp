// SPDX-License-Identifier: Apache-2.0
#include "ui/notesedit.h"

#include <QFontMetrics>

namespace headroom {

NotesEdit::NotesEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true); // Tab leaves the field, as in every other field of the form
    setMinimumHeight(fontMetrics().lineSpacing() * 3 + frameWidth() * 2 + 8);
    setMaximumHeight(fontMetrics().lineSpacing() * 6 + frameWidth() * 2 + 8);
}

void NotesEdit::setCommittedText(const QString& text)
{
    if (text == toPlainText())
        return;
    setPlainText(text);
    document()->setModified(false);
}

void NotesEdit::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (!document()->isModified())
        return;
    emit editingFinished();
    document()->setModified(false);
}

} // namespace headroom
