// SPDX-License-Identifier: Apache-2.0
// Compiled only by the layering test: the model layer must not see the engine, which is
// built on top of it. The build of this file is expected to fail on the include.
#include "engine/plansizer.h"
