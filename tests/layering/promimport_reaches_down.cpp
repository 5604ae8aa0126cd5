// SPDX-License-Identifier: Apache-2.0
// Compiled only by the layering test: the control for core_reaches_promimport.cpp. The
// Prometheus import sees the model and the chart maps it is built on.
#include "export/chartmap.h"
#include "model/measurement.h"
#include "promimport/promclient.h"
