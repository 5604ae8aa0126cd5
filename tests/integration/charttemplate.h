// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/plan.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <vector>

namespace headroom::testutils {

// One service's exported values file rendered by its real chart with real Helm, as
// `helm install` would: the manifests, or what went wrong on the way.
struct ChartRender
{
    QString error;
    std::vector<YAML::Node> documents;
};

// Sizes the plan, exports it and renders the values file of `service` with the chart in
// `chartDir`; `secrets` are set as the user would at install.
ChartRender renderService(const QByteArray& planText, const QString& service, const QString& chartDir,
                          const QStringList& secrets = {});

// The main container (named after the chart) of the first workload rendered.
YAML::Node mainContainer(const std::vector<YAML::Node>& documents, const QString& chart);

// Every ConfigMap entry whose text holds `marker`.
QStringList configMapTexts(const std::vector<YAML::Node>& documents, const QString& marker);

// A TCP port on 127.0.0.1 that nothing listens on right now.
quint16 freeLoopbackPort();

} // namespace headroom::testutils
