// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/plansizer.h"
#include "export/chartmap.h"
#include "model/error.h"
#include "model/plan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <span>

namespace headroom {

struct HelmExportOptions
{
    QString headroomVersion; // printed in the header
};

// Where one of the sizing's settings went in a values file.
struct ExportedSetting
{
    enum class Form {
        Value, // the value of its own key
        ConfigEntry, // an entry of a map the chart renders into its config file
        TextLine, // a line inside a configuration text
        Template, // part of a composed value (a JVM option string, an environment variable)
    };
    QString setting;
    QString value; // as the sizing wrote it
    QString keyPath; // the chart key written
    Form form = Form::Value;
    QStringList configKey; // ConfigEntry: the keys below keyPath
};

// One Helm values file: one release of one chart.
struct HelmValuesFile
{
    QString fileName; // <release>.values.yaml
    QString releaseName;
    QString serviceName; // the plan's name for the service
    QString serviceKind; // the catalog service
    QString role; // primary, replica, or empty
    QString chart;
    int pods = 1; // as written
    int plannedPods = 1; // as the plan sized them
    QString content; // YAML with the header comments
    QStringList keyPaths; // every key path the file sets, in order
    QList<ExportedSetting> settings;
    QStringList notWritten; // settings of the sizing the chart has no place for
    QStringList limitations; // what the chart cannot express, as the header says it
};

struct HelmExport
{
    QList<HelmValuesFile> files;
    QList<Error> warnings; // services without a chart map or a sizing, placeholders without a value
};

// Writes one values file per Helm release for each service of a sized plan, following the
// chart maps (resources/charts/*.yaml): which key paths to write and where their values come
// from is data, so a user can add a chart without code. A service sized as a primary and
// replicas that differ becomes a release per role (the charts give all pods of a release one
// resources block and one configuration). Secrets are written empty, never with a value.
class HelmValuesExporter
{
public:
    explicit HelmValuesExporter(QList<ChartMap> maps);

    HelmExport exportPlan(const Plan& plan, const PlanSizing& sizing, const HelmExportOptions& options) const;

    const ChartMap* mapFor(const QString& service) const;
    const QList<ChartMap>& maps() const { return m_maps; }

private:
    void exportServices(std::span<const ServicePlanSizing> services, const QString& planName,
                        const HelmExportOptions& options, HelmExport& result) const;

    QList<ChartMap> m_maps;
};

} // namespace headroom
