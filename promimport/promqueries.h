// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace headroom {

// What Headroom asks of the server, as PromQL text an SRE can paste (docs/IMPORT.md). Every
// figure is computed by the server over the window at the subquery step; the answers are one
// sample per pod (or per volume claim), never raw samples.
class PromQueries
{
public:
    enum class Figure {
        Cpu, // p50, p95, p99 and max: one range query of kDistributionSteps steps
        Memory, // likewise
        Throttled,
        OomEvents,
        OomTerminations,
        Restarts,
        Requests,
        Limits,
        VolumeUsed,
        VolumeCapacity,
        VolumeGrowth,
    };
    static constexpr int kFigures = int(Figure::VolumeGrowth) + 1;

    // A pod's CPU and memory are the sum over its containers' series at every step of the
    // subquery. For a pod of one series in the window that sum is the series itself, and
    // asking for the series without the sum gives the same figures for half the server's work
    // or less: Prometheus aggregates a subquery step by step, but evaluates a function of one
    // series in one pass over it.
    enum class PodSeries {
        Several, // or an unknown number: summed per pod
        One,
    };

    // selector: label matchers without braces (may be empty).
    PromQueries(QString selector, qint64 windowSeconds, qint64 stepSeconds);

    // Every pod seen in the window (looked for hourly) with its release and chart labels.
    QString podsInWindow() const;
    // Pods per release at the end of the window.
    QString podsNow() const;
    // The volume claims of every pod in the window (of those pods and others).
    QString claims() const;
    // One figure for the pods (or claims) the regular expressions match; podSeries matters
    // for CPU and memory only.
    QString figure(Figure figure, const QString& podRegex, const QString& claimRegex,
                   PodSeries podSeries = PodSeries::Several) const;
    static bool isDistribution(Figure figure) { return figure <= Figure::Memory; }
    // The series selector of the pods' CPU and memory series, for a series lookup over the
    // last seriesLookupSeconds() (/api/v1/series): it names each series' figure in
    // distributionOf(its __name__).
    QString distributionSeries(const QString& podRegex) const;
    static std::optional<Figure> distributionOf(const QString& metricName);
    // The window and what a subquery step at its start may read before it (the 5-minute rate
    // range and the lookback of a raw series, 5 minutes unless the server says otherwise),
    // with room to spare: a lookup over this range lists every series the figures can read.
    qint64 seriesLookupSeconds() const { return m_windowSeconds + kSeriesLookupMargin; }
    static constexpr qint64 kSeriesLookupMargin = 3600;
    static bool isVolumeFigure(Figure figure) { return figure >= Figure::VolumeUsed; }
    // The steps of a figure's query: 1 for an instant query; for CPU and memory, the range
    // query whose steps are p50, p95, p99 and max of one evaluation of the subquery (four
    // instant queries would evaluate it four times; PromQL shares no evaluation between the
    // parts of one expression).
    static int stepsOf(Figure figure) { return isDistribution(figure) ? kDistributionSteps : 1; }
    static constexpr int kDistributionSteps = 4;

    // The engine exporters' figures for the pods, in one query (docs/IMPORT.md, "Engine
    // exporters"): each answer names its figure in the label kEngineFigureLabel, one of
    // engineFigureNames(). Pods without an exporter have no answer at all.
    QString engineFigures(const QString& podRegex) const;
    static const QString kEngineFigureLabel;
    static QStringList engineFigureNames();

    // An anchored alternation of the names, quoted for a PromQL string.
    static QString regexOf(const QStringList& names);

private:
    QString podLabels(const QString& extra) const;
    QString distribution(const QString& series, PodSeries podSeries) const;
    QString enginePeaks(const QString& name, const QString& perPod) const;
    static QString named(const QString& name, const QString& expression);
    // The JVM heap's "used" or "max" bytes per pod, from whichever exporter reports it.
    static QString engineHeap(const QString& pods, const QString& figure);
    static QString javaAgentHeap(const QString& pods, const QString& figure);
    static QString elasticsearchHeap(const QString& pods, const QString& figure);

    QString m_selector;
    qint64 m_windowSeconds;
    QString m_window; // "1209600s"
    QString m_step;
    QString m_stepsRange; // the window, plus the milliseconds the later steps are evaluated after it
    QString m_discoveryStep;
};

} // namespace headroom
