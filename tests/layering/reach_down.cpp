// SPDX-License-Identifier: Apache-2.0
// Compiled only by the layering test: the control for reach_up.cpp. The engine sees the
// model it is built on, through the same include mechanism.
#include "engine/plansizer.h"
#include "model/plan.h"
