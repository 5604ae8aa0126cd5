// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/plansizing.h"
#include "model/servicesizing.h"

namespace headroom {

// A finding's code, message and fix are the catalog's text, and a catalog is the user's to
// write (--catalog FILE, a plan's own entries). Before the command line prints them, their
// control characters and escape sequences are made visible and each stays on one line
// (printableLine), as every other input the commands print: a message can neither rewrite the
// terminal nor forge a line of output.
PlanSizing withPrintableFindings(PlanSizing sizing);
ServiceSizing withPrintableFindings(ServiceSizing sizing);

} // namespace headroom
