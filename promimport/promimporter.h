// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/error.h"
#include "promimport/importedservice.h"
#include "promimport/promanswer.h"
#include "promimport/promimportoptions.h"
#include "promimport/promqueries.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

namespace headroom {

class PromClient;

// Finds the Helm releases in kube-state-metrics' kube_pod_labels and measures each over the
// window: a few discovery queries, then every figure for a batch of releases at once (a
// regular expression over their pods). A batch the server refuses for its limits is split in
// halves and asked again, down to one release.
class PromImporter
{
    Q_DECLARE_TR_FUNCTIONS(PromImporter)

public:
    PromImporter(PromClient& client, PromImportOptions options);

    // Called after each batch with the releases measured so far and their number.
    void setProgress(std::function<void(int done, int total)> progress) { m_progress = std::move(progress); }
    // The releases by namespace and name, measured.
    Expected<QList<ImportedService>> run();

private:
    using Figure = PromQueries::Figure;
    struct Totals; // one batch's figures, folded per release
    std::optional<Error> discover();
    std::optional<Error> lookUpSeries(const QList<QList<int>>& batches);
    void countSeries(const PromAnswer& answer, const QList<int>& batch);
    std::optional<Error> measure(const QList<int>& batch);
    QStringList podsOf(const QList<int>& batch, Figure figure, PromQueries::PodSeries podSeries) const;
    PromQueries::PodSeries podSeriesOf(Figure figure, const QString& pod) const;
    void apply(Figure figure, PromQueries::PodSeries podSeries, const PromAnswer& answer, Totals& totals) const;
    void applyEngines(const PromAnswer& answer, Totals& totals) const;
    void store(const QList<int>& batch, const Totals& totals);
    static void storeEngine(const QHash<QString, double>& values, EngineMeasurement& e);

    PromClient& m_client;
    PromImportOptions m_options;
    PromQueries m_queries;
    QList<ImportedService> m_services;
    QHash<QString, int> m_servicesByPod; // "namespace/pod"
    QHash<QString, int> m_servicesByClaim; // "namespace/claim"
    QSet<QString> m_severalSeries; // "figure/namespace/pod": a pod of several CPU or memory series
    std::function<void(int, int)> m_progress;
    int m_done = 0;
};

} // namespace headroom
