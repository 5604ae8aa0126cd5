// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>

#include <algorithm>
#include <utility>

namespace headroom {

// The one order findings are shown in: the most severe first, each severity in the order
// raised. A stable sort by severity, done as one pass per severity so that each finding is
// moved once. `severityOf` gives a finding's Severity.
template <typename T, typename SeverityOf> void sortBySeverity(QList<T>& findings, SeverityOf severityOf)
{
    if (findings.size() < 2)
        return;
    int highest = int(severityOf(findings.first()));
    int lowest = highest;
    for (const T& f : std::as_const(findings)) {
        highest = std::max(highest, int(severityOf(f)));
        lowest = std::min(lowest, int(severityOf(f)));
    }
    if (highest == lowest)
        return;
    QList<T> bySeverity;
    bySeverity.reserve(findings.size());
    for (int severity = highest; severity >= lowest; --severity) {
        for (T& f : findings) {
            if (int(severityOf(f)) == severity)
                bySeverity.append(std::move(f));
        }
    }
    findings = std::move(bySeverity);
}

} // namespace headroom
