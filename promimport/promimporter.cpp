// SPDX-License-Identifier: Apache-2.0
#include "promimport/promimporter.h"

#include "measure/printabletext.h"
#include "promimport/promclient.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace headroom {

namespace {

using Figure = PromQueries::Figure;
using PodSeries = PromQueries::PodSeries;

const QString kInstance = QStringLiteral("label_app_kubernetes_io_instance");
const QString kName = QStringLiteral("label_app_kubernetes_io_name");

QString keyOf(const PromSample& sample, const QString& label)
{
    return sample.labels.value(QStringLiteral("namespace")) + QLatin1Char('/') + sample.labels.value(label);
}

// Figures of several pods of a release: events add up, everything else is the worst pod's.
bool isSummed(Figure figure)
{
    return figure == Figure::OomEvents || figure == Figure::OomTerminations || figure == Figure::Restarts;
}

// A figure's value in Totals: the figure, the step of its query (the percentile of a
// distribution) and the resource of requests and limits.
QString keyOf(Figure figure, int step, const QString& resource)
{
    return QStringLiteral("%1/%2/%3").arg(int(figure)).arg(step).arg(resource);
}

std::int64_t rounded(double value)
{
    return std::llround(std::max(0.0, value));
}

QString seriesKey(Figure figure, const QString& pod)
{
    return QStringLiteral("%1/%2").arg(int(figure)).arg(pod);
}

} // namespace

struct PromImporter::Totals
{
    // Per release index: figure (and resource, for requests and limits) to value.
    QHash<int, QHash<QString, double>> releases;
    // Per claim ("namespace/claim"): figure to value.
    QMap<QString, QHash<Figure, double>> claims;
    // Per release index: engine figure (PromQueries::engineFigureNames) to the worst pod's value.
    QHash<int, QHash<QString, double>> engines;
};

PromImporter::PromImporter(PromClient& client, PromImportOptions options)
    : m_client(client)
    , m_options(std::move(options))
    , m_queries(m_options.selector, m_options.windowSeconds, m_options.stepSeconds)
{
}

Expected<QList<ImportedService>> PromImporter::run()
{
    if (auto error = discover())
        return *error;
    QList<int> all(m_services.size());
    std::iota(all.begin(), all.end(), 0);
    QList<QList<int>> batches;
    for (qsizetype first = 0; first < all.size(); first += m_options.batchSize)
        batches << all.mid(first, m_options.batchSize);
    if (auto error = lookUpSeries(batches))
        return *error;
    for (const auto& batch : batches) {
        if (auto error = measure(batch))
            return *error;
    }
    return m_services;
}

std::optional<Error> PromImporter::discover()
{
    const auto answers = m_client.ask({ m_queries.podsInWindow(), m_queries.podsNow(), m_queries.claims() });
    if (!answers)
        return answers.error();
    for (const auto& answer : answers.value()) {
        if (!answer.ok())
            return Error { tr("finding the releases: %1").arg(answer.error), {}, {} };
    }
    QMap<QString, ImportedService> releases; // sorted by namespace and name
    for (const auto& sample : answers->at(0).samples) {
        ImportedService& s = releases[keyOf(sample, kInstance)];
        s.name = printableText(sample.labels.value(kInstance));
        s.ns = printableText(sample.labels.value(QStringLiteral("namespace")));
        if (s.chart.isEmpty())
            s.chart = printableText(sample.labels.value(kName));
        s.pods << sample.labels.value(QStringLiteral("pod"));
    }
    for (auto& s : releases) {
        s.pods.sort();
        s.measurement.source = m_options.sourceText();
        s.measurement.window = Quantity::milliseconds(m_options.windowSeconds * 1000);
        s.measurement.at = QDateTime::fromSecsSinceEpoch(m_options.atSeconds(), Qt::UTC);
        m_services << s;
    }
    for (int i = 0; i < m_services.size(); ++i) {
        for (const auto& pod : m_services.at(i).pods)
            m_servicesByPod.insert(m_services.at(i).ns + QLatin1Char('/') + pod, i);
    }
    for (const auto& sample : answers->at(1).samples) {
        const auto it = std::find_if(m_services.begin(), m_services.end(), [&](const ImportedService& s) {
            return s.ns == sample.labels.value(QStringLiteral("namespace")) && s.name == sample.labels.value(kInstance);
        });
        if (it != m_services.end())
            it->measurement.pods = int(rounded(sample.value));
    }
    for (const auto& sample : answers->at(2).samples) {
        const int index = m_servicesByPod.value(keyOf(sample, QStringLiteral("pod")), -1);
        const QString claim = sample.labels.value(QStringLiteral("persistentvolumeclaim"));
        if (index < 0 || m_services[index].claims.contains(claim))
            continue;
        m_services[index].claims << claim;
        m_servicesByClaim.insert(keyOf(sample, QStringLiteral("persistentvolumeclaim")), index);
    }
    return std::nullopt;
}

// Every batch's pods in one lookup each, asked at once: an index lookup is cheap for the server,
// and the CPU and memory of a pod of one series are asked without the sum (PromQueries::PodSeries).
std::optional<Error> PromImporter::lookUpSeries(const QList<QList<int>>& batches)
{
    // Only the labels that tell a series' figure and pod: a real cAdvisor series carries a dozen
    // more, and a lookup lists every series of its batch.
    const QStringList labels { QStringLiteral("__name__"), QStringLiteral("namespace"), QStringLiteral("pod") };
    QList<PromQuery> lookups;
    for (const auto& batch : batches) {
        lookups << PromQuery::seriesLookup(
            m_queries.distributionSeries(PromQueries::regexOf(podsOf(batch, Figure::Cpu, PodSeries::One))),
            m_queries.seriesLookupSeconds(), labels);
    }
    // Each lookup counted as it arrives: only what it tells is kept, never its series.
    return m_client.ask(lookups, [&](int index, PromAnswer&& answer) { countSeries(answer, batches.at(index)); });
}

void PromImporter::countSeries(const PromAnswer& answer, const QList<int>& batch)
{
    if (!answer.ok()) {
        // Refused (for the server's limits, an error, partial data): the batch's pods are summed,
        // as any pod may need.
        for (int index : batch) {
            for (const auto& pod : m_services.at(index).pods) {
                for (const auto figure : { Figure::Cpu, Figure::Memory })
                    m_severalSeries.insert(seriesKey(figure, m_services.at(index).ns + QLatin1Char('/') + pod));
            }
        }
        return;
    }
    QSet<QString> seen;
    for (const auto& sample : answer.samples) {
        const auto figure = PromQueries::distributionOf(sample.labels.value(QStringLiteral("__name__")));
        if (!figure)
            continue;
        const QString key = seriesKey(*figure, keyOf(sample, QStringLiteral("pod")));
        if (seen.contains(key))
            m_severalSeries.insert(key);
        seen.insert(key);
    }
}

PodSeries PromImporter::podSeriesOf(Figure figure, const QString& pod) const
{
    return m_severalSeries.contains(seriesKey(figure, pod)) ? PodSeries::Several : PodSeries::One;
}

// The batch's pods whose CPU or memory is asked in that form; all of them for PodSeries::One
// before the series are looked up.
QStringList PromImporter::podsOf(const QList<int>& batch, Figure figure, PodSeries podSeries) const
{
    QStringList pods;
    for (int index : batch) {
        for (const auto& pod : m_services.at(index).pods) {
            if (podSeriesOf(figure, m_services.at(index).ns + QLatin1Char('/') + pod) == podSeries)
                pods << pod;
        }
    }
    return pods;
}

std::optional<Error> PromImporter::measure(const QList<int>& batch)
{
    QStringList pods;
    QStringList claims;
    for (int index : batch) {
        pods << m_services.at(index).pods;
        claims << m_services.at(index).claims;
    }
    QList<PromQuery> queries;
    QList<std::pair<Figure, PodSeries>> figures;
    for (int f = 0; f < PromQueries::kFigures; ++f) {
        const auto figure = Figure(f);
        if (PromQueries::isVolumeFigure(figure) && claims.isEmpty())
            continue;
        if (PromQueries::isDistribution(figure)) {
            for (const auto podSeries : { PodSeries::One, PodSeries::Several }) {
                const QStringList asked = podsOf(batch, figure, podSeries);
                if (asked.isEmpty())
                    continue;
                figures << std::pair { figure, podSeries };
                queries << PromQuery { m_queries.figure(figure, PromQueries::regexOf(asked), {}, podSeries),
                                       PromQueries::stepsOf(figure) };
            }
            continue;
        }
        figures << std::pair { figure, PodSeries::Several };
        queries << PromQuery { m_queries.figure(figure, PromQueries::regexOf(pods), PromQueries::regexOf(claims)),
                               PromQueries::stepsOf(figure) };
    }
    queries << PromQuery { m_queries.engineFigures(PromQueries::regexOf(pods)), 1 };
    // Each answer is folded into the batch's figures as it arrives and dropped; a batch refused
    // for the server's limits keeps only the first refusal, and its figures are thrown away.
    Totals totals;
    std::optional<std::pair<int, QString>> refused;
    const auto fold = [&](int index, PromAnswer&& answer) {
        if (!answer.ok()) {
            if (!refused || index < refused->first)
                refused = std::pair { index, answer.error };
        } else if (!refused && index == queries.size() - 1) {
            applyEngines(answer, totals);
        } else if (!refused) {
            apply(figures.at(index).first, figures.at(index).second, answer, totals);
        }
    };
    if (auto error = m_client.ask(queries, fold))
        return error;
    if (refused) {
        if (batch.size() == 1)
            return Error { tr("release %1 in namespace %2 is beyond the server's limits even on its own: %3")
                               .arg(m_services.at(batch.first()).name, m_services.at(batch.first()).ns,
                                    refused->second),
                           {},
                           {} };
        const qsizetype half = batch.size() / 2;
        if (auto error = measure(batch.first(half)))
            return error;
        return measure(batch.mid(half));
    }
    store(batch, totals);
    m_done += int(batch.size());
    if (m_progress)
        m_progress(m_done, int(m_services.size()));
    return std::nullopt;
}

void PromImporter::apply(Figure figure, PodSeries podSeries, const PromAnswer& answer, Totals& totals) const
{
    for (const auto& sample : answer.samples) {
        if (PromQueries::isVolumeFigure(figure)) {
            const QString claim = keyOf(sample, QStringLiteral("persistentvolumeclaim"));
            if (m_servicesByClaim.contains(claim))
                totals.claims[claim].insert(figure, sample.value);
            continue;
        }
        const QString pod = keyOf(sample, QStringLiteral("pod"));
        const int index = m_servicesByPod.value(pod, -1);
        // A pod of the same name in another namespace of the batch may be asked in the other form.
        if (index < 0 || (PromQueries::isDistribution(figure) && podSeriesOf(figure, pod) != podSeries))
            continue;
        const QString key = keyOf(figure, sample.step, sample.labels.value(QStringLiteral("resource")));
        auto& values = totals.releases[index];
        if (!values.contains(key))
            values.insert(key, sample.value);
        else if (isSummed(figure))
            values[key] += sample.value;
        else
            values[key] = std::max(values.value(key), sample.value);
    }
}

void PromImporter::applyEngines(const PromAnswer& answer, Totals& totals) const
{
    for (const auto& sample : answer.samples) {
        const int index = m_servicesByPod.value(keyOf(sample, QStringLiteral("pod")), -1);
        const QString figure = sample.labels.value(PromQueries::kEngineFigureLabel);
        if (index < 0 || !PromQueries::engineFigureNames().contains(figure))
            continue;
        auto& values = totals.engines[index];
        values[figure] = values.contains(figure) ? std::max(values.value(figure), sample.value) : sample.value;
    }
}

void PromImporter::storeEngine(const QHash<QString, double>& values, EngineMeasurement& e)
{
    const auto peak = [&values](const QString& name, Quantity (*unit)(std::int64_t)) -> std::optional<EnginePeak> {
        const QString p95 = name + QStringLiteral("_p95");
        const QString max = name + QStringLiteral("_max");
        if (!values.contains(max))
            return std::nullopt;
        return EnginePeak { unit(rounded(values.value(p95, values.value(max)))), unit(rounded(values.value(max))) };
    };
    const auto single = [&values](const QString& name) -> std::optional<Quantity> {
        return values.contains(name) ? std::optional(Quantity::bytes(rounded(values.value(name)))) : std::nullopt;
    };
    e.commitsPerSecond = peak(QStringLiteral("commits"), &Quantity::perSecond);
    e.connections = peak(QStringLiteral("connections"), &Quantity::count);
    e.usedMemory = peak(QStringLiteral("used_memory"), &Quantity::bytes);
    e.maxMemory = single(QStringLiteral("max_memory"));
    e.heapUsed = peak(QStringLiteral("heap_used"), &Quantity::bytes);
    e.heapMax = single(QStringLiteral("heap_max"));
}

void PromImporter::store(const QList<int>& batch, const Totals& totals)
{
    for (int index : batch) {
        const auto values = totals.releases.value(index);
        const auto value = [&values](Figure f, const QString& resource = {}, int step = 0) -> std::optional<double> {
            const QString key = keyOf(f, step, resource);
            return values.contains(key) ? std::optional(values.value(key)) : std::nullopt;
        };
        // The steps of a distribution's query are p50, p95, p99 and max.
        const auto cores
            = [&](int step) { return Quantity::millicores(rounded(value(Figure::Cpu, {}, step).value_or(0) * 1000)); };
        const auto bytes
            = [&](int step) { return Quantity::bytes(rounded(value(Figure::Memory, {}, step).value_or(0))); };
        constexpr int kMax = PromQueries::kDistributionSteps - 1;
        Measurement& m = m_services[index].measurement;
        if (value(Figure::Cpu, {}, kMax))
            m.cpu = UsageDistribution { cores(0), cores(1), cores(2), cores(kMax) };
        if (value(Figure::Memory, {}, kMax))
            m.memory = UsageDistribution { bytes(0), bytes(1), bytes(2), bytes(kMax) };
        if (const auto ratio = value(Figure::Throttled))
            m.throttled = Quantity::partsPerMillion(rounded(*ratio * 1e6));
        m.oomKills = int(std::max(rounded(value(Figure::OomEvents).value_or(0)),
                                  rounded(value(Figure::OomTerminations).value_or(0))));
        m.restarts = int(rounded(value(Figure::Restarts).value_or(0)));
        for (const auto& [deployed, figure] :
             { std::pair { &m.requests, Figure::Requests }, std::pair { &m.limits, Figure::Limits } }) {
            if (const auto cpu = value(figure, QStringLiteral("cpu")))
                deployed->cpu = Quantity::millicores(rounded(*cpu * 1000));
            if (const auto memory = value(figure, QStringLiteral("memory")))
                deployed->memory = Quantity::bytes(rounded(*memory));
        }
        storeEngine(totals.engines.value(index), m.engine);
    }
    for (auto it = totals.claims.begin(); it != totals.claims.end(); ++it) {
        ImportedService& s = m_services[m_servicesByClaim.value(it.key())];
        MeasuredVolume v;
        v.pvc = printableText(it.key().section(QLatin1Char('/'), 1));
        v.used = Quantity::bytes(rounded(it->value(Figure::VolumeUsed)));
        v.capacity = Quantity::bytes(rounded(it->value(Figure::VolumeCapacity)));
        v.growthPerDay = Quantity::bytes(rounded(it->value(Figure::VolumeGrowth)));
        s.measurement.volumes << v;
    }
}

} // namespace headroom
