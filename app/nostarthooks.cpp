// SPDX-License-Identifier: Apache-2.0
#include "app/starthooks.h"

namespace starthooks {

void beforeShow(headroom::MainWindow&) { }

bool afterOpen(headroom::MainWindow&)
{
    return false;
}

} // namespace starthooks
