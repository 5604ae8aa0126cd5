// SPDX-License-Identifier: Apache-2.0
#include "app/printablefindings.h"

#include "measure/printabletext.h"

namespace headroom {

namespace {

void makePrintable(Finding& f)
{
    f.code = printableLine(f.code);
    f.message = printableLine(f.message);
    f.fix = printableLine(f.fix);
}

} // namespace

PlanSizing withPrintableFindings(PlanSizing sizing)
{
    for (auto& f : sizing.findings)
        makePrintable(f.finding);
    return sizing;
}

ServiceSizing withPrintableFindings(ServiceSizing sizing)
{
    for (auto& f : sizing.findings)
        makePrintable(f);
    return sizing;
}

} // namespace headroom
