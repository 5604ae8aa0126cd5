// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QKeySequence>
#include <QList>

class QAction;

namespace headroom {

// A standard action's keys: the platform theme's, else the key KDE gives that action. Some
// keyboard schemes have none for a few standard keys (Windows' scheme, which the offscreen
// platform uses, has no Save As, Quit or Preferences; X11's has no Save As), and an action
// without a key is one a keyboard user cannot reach.
class StandardShortcut
{
public:
    static QList<QKeySequence> keys(QKeySequence::StandardKey key);
    // Gives `action` every key of `key` (the first is the one menus show).
    static void set(QAction* action, QKeySequence::StandardKey key);
};

} // namespace headroom
