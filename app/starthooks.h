// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace headroom {
class MainWindow;
}

// What a test may do to the window as it starts. The shipped `headroom` links app/nostarthooks.cpp, which does
// nothing; the test-only `headroom_hooked` links app/teststarthooks.cpp, which reads the environment variables
// documented there.
namespace starthooks {

// Before the window is first shown.
void beforeShow(headroom::MainWindow& window);

// Once the plan is open after the first paint. True when a hook took over the rest of start-up, so that no
// recovery is offered.
bool afterOpen(headroom::MainWindow& window);

} // namespace starthooks
