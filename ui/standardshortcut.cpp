// SPDX-License-Identifier: Apache-2.0
#include "ui/standardshortcut.h"

#include <QAction>

namespace headroom {

namespace {
// KDE's keys (KStandardShortcut) for the standard keys the window uses; what is missing here
// is defined by every keyboard scheme Qt has.
QKeySequence kdeKey(QKeySequence::StandardKey key)
{
    switch (key) {
    case QKeySequence::New:
        return QKeySequence(Qt::CTRL | Qt::Key_N);
    case QKeySequence::Open:
        return QKeySequence(Qt::CTRL | Qt::Key_O);
    case QKeySequence::Save:
        return QKeySequence(Qt::CTRL | Qt::Key_S);
    case QKeySequence::SaveAs:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    case QKeySequence::Close:
        return QKeySequence(Qt::CTRL | Qt::Key_W);
    case QKeySequence::Quit:
        return QKeySequence(Qt::CTRL | Qt::Key_Q);
    case QKeySequence::Undo:
        return QKeySequence(Qt::CTRL | Qt::Key_Z);
    case QKeySequence::Redo:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    case QKeySequence::Copy:
        return QKeySequence(Qt::CTRL | Qt::Key_C);
    case QKeySequence::Find:
        return QKeySequence(Qt::CTRL | Qt::Key_F);
    case QKeySequence::Preferences:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma);
    case QKeySequence::HelpContents:
        return QKeySequence(Qt::Key_F1);
    case QKeySequence::Delete:
        return QKeySequence(Qt::Key_Delete);
    default:
        return {};
    }
}
} // namespace

QList<QKeySequence> StandardShortcut::keys(QKeySequence::StandardKey key)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty()) {
        if (const QKeySequence fallback = kdeKey(key); !fallback.isEmpty())
            keys << fallback;
    }
    return keys;
}

void StandardShortcut::set(QAction* action, QKeySequence::StandardKey key)
{
    action->setShortcuts(keys(key));
}

} // namespace headroom
