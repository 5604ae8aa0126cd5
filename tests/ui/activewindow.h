// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/mainwindow.h"

#include <QString>
#include <QtTest>

namespace headroom::testutils {

// What the window tests that type into it share: an example plan of resources/examples/
// open in `window`, shown and active, so that key clicks reach its focus widget. False
// when the plan does not open or the window never becomes active.
inline bool openActive(MainWindow& window, const QString& example)
{
    window.setInteractive(false);
    if (!window.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/") + example))
        return false;
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

} // namespace headroom::testutils
