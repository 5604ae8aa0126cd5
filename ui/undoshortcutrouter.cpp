// SPDX-License-Identifier: Apache-2.0
#include "ui/undoshortcutrouter.h"

#include <QAbstractSpinBox>
#include <QChildEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QWidget>

namespace headroom {

namespace {
// The line edit that holds a widget's text: the widget itself or a spin box's own.
QLineEdit* textOf(QObject* object)
{
    if (auto* edit = qobject_cast<QLineEdit*>(object))
        return edit;
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(object))
        return spin->findChild<QLineEdit*>();
    return nullptr;
}
} // namespace

UndoShortcutRouter::UndoShortcutRouter(QWidget* form)
    : QObject(form)
    , m_form(form)
{
    watch(form);
}

void UndoShortcutRouter::trackCommits(QLineEdit* edit, QWidget* error)
{
    // Queued: after the form's own handler has committed the text or refused it.
    connect(
        edit, &QLineEdit::editingFinished, edit,
        [edit, error] {
            if (!error || error->isHidden())
                edit->setModified(false);
        },
        Qt::QueuedConnection);
}

void UndoShortcutRouter::watch(QObject* object)
{
    // Every widget is watched for the children it gets (forms are rebuilt for each item).
    object->installEventFilter(this);
    for (QObject* child : object->children()) {
        if (child->isWidgetType())
            watch(child);
    }
}

bool UndoShortcutRouter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ChildAdded) {
        QObject* child = static_cast<QChildEvent*>(event)->child();
        if (child->isWidgetType())
            watch(child);
        return false;
    }
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (!key->matches(QKeySequence::Undo) && !key->matches(QKeySequence::Redo))
        return false;
    QLineEdit* edit = textOf(watched);
    auto* text = qobject_cast<QPlainTextEdit*>(watched);
    if (text ? text->document()->isModified() : !edit || edit->isModified())
        return false; // typing not yet committed: the field undoes it itself
    // Neither accepted nor passed on: the shortcut goes to the window's Undo or Redo action.
    event->ignore();
    return true;
}

} // namespace headroom
