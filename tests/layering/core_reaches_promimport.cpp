// SPDX-License-Identifier: Apache-2.0
// Compiled only by the layering test: core must not see the Prometheus import, which is built
// on top of it and brings the network. The build of this file is expected to fail on the include.
#include "promimport/promclient.h"
