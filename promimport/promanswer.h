// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace headroom {

// One element of an instant vector, or one point of a range answer: its labels, its value and,
// for a range answer, the index of its evaluation step.
struct PromSample
{
    QHash<QString, QString> labels;
    double value = 0;
    int step = 0;
};

// The server's answer to one query: the samples, or why there are none. A query refused for
// the server's limits (too many samples or series) is marked, so that the caller can split it.
struct PromAnswer
{
    QList<PromSample> samples;
    QString error; // empty when the query succeeded
    bool overLimit = false;

    bool ok() const { return error.isEmpty(); }
};

} // namespace headroom
