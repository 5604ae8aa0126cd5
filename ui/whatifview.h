// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/whatifsweep.h"

#include <QChart>
#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QAbstractAxis;
class QAbstractSeries;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QLineSeries;
class QToolButton;
class QSlider;
class QValueAxis;

namespace headroom {

class ChartLegend;
class PlanDocument;
class ZoomableChartView;

// Memory what-if: one input of the selected service swept over a range, the memory the
// engine demands for each value as stacked areas, with the container limit, the tier's
// memory and the largest node as lines. A PostgreSQL topology is swept per role (primary
// or replica) as the plan sizes that role. The slider sets the input in the plan (one undo
// step per drag), so the sizing table follows. Each chart exports to PNG and SVG.
class WhatIfView : public QWidget
{
    Q_OBJECT

public:
    // Memory: the breakdown against the limits. Iops: IOPS needed against each storage
    // class's ceiling. Storage: the volume's use over the planning horizon.
    enum class Curve { Memory, Iops, Storage };

    explicit WhatIfView(PlanDocument* document, QWidget* parent = nullptr);
    void setCurve(Curve curve);
    Curve curve() const;

    void setService(const QString& name);
    // "primary" or "replica" for a PostgreSQL topology (ignored otherwise).
    void setRole(const QString& role);
    QString role() const;
    // Re-sweeps after the plan changed.
    void refresh();

    QComboBox* curveCombo() const { return m_curve; }
    QComboBox* inputCombo() const { return m_input; }
    // The end of the range as the user typed it; empty for the break point.
    QLineEdit* rangeEdit() const { return m_rangeTo; }
    const WhatIfRange& range() const { return m_range; }
    // Where the demand breaks a ceiling inside the range, if it does.
    const std::optional<WhatIfBreak>& breakPoint() const { return m_break; }
    QComboBox* roleCombo() const { return m_role; }
    QSlider* slider() const { return m_slider; }
    QChart* chart() const { return m_chart; }
    ZoomableChartView* chartView() const { return m_view; }
    // The chart with its title above it and its legend below it: what Export and Copy Chart
    // take a picture of.
    QWidget* chartPanel() const { return m_panel; }
    // The chart's title, which wraps above the chart rather than be elided in it.
    QString title() const;
    const QList<WhatIfPoint>& points() const { return m_points; }
    bool savePng(const QString& path) const;
    bool saveSvg(const QString& path) const;
    // The file an export writes for the name the user chose: the format's extension added
    // when the name has another or none.
    static QString withImageSuffix(const QString& path, const QString& suffix);

    static constexpr int pointCount = 41;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void resweep(bool newRange);
    // The range for the current curve: to the break point, or to the user's end.
    void chooseRange(const ServiceRequest& request, const QString& input, const WhatIfRange& plain, bool renew);
    WhatIfCeilings ceilings(const ServiceRequest& request) const;
    const InputDefinition* sweptInput() const;
    void extendRange();
    void takeUserRange();
    void updateControls();
    void resweepWhenShown(bool newRange);
    void rebuildChart();
    void clearChart();
    // The chart the build functions describe, applied by applyDraft(): into the shown
    // chart's own series and axes when it has the same shape (a slider step, an edit), else
    // as a new chart. Building and deleting a QChart was a quarter of an edit's refresh.
    struct ChartDraft
    {
        QString title;
        QList<QPair<QAbstractAxis*, Qt::Alignment>> axes;
        QList<QPair<QAbstractSeries*, QList<QAbstractAxis*>>> series;
    };
    void applyDraft();
    void showTitle(const QString& title);
    QChart::ChartTheme chartTheme() const; // light or dark, from the palette
    bool draftFitsShownChart() const;
    void memoryChart();
    // The measured working set, p50 to max, as a band across the chart; the top it reaches.
    double measuredMemoryBand(QValueAxis* axisX, QValueAxis* axisY, double scale);
    // The largest memory figure the chart shows, in bytes: it picks the axis's unit.
    double memoryChartTop(const ServiceSizing& first) const;
    void memoryAreas(QValueAxis* axisX, QValueAxis* axisY, double scale);
    void memoryLines(const ServiceSizing& first, QValueAxis* axisX, QValueAxis* axisY, double scale);
    // "Breaks at 312 connections" at the break, and the current value as a vertical line.
    void addBreakMarker(QAbstractAxis* axisX, QAbstractAxis* axisY, double y);
    void addCurrentMarker(QAbstractAxis* axisX, QAbstractAxis* axisY, double low, double high);
    QString breakText() const;
    // The break as a sentence: which ceiling the demand rises above, with both figures.
    QString breakSentence() const;
    void iopsChart();
    void storageChart();
    void hover(const QPointF& point, bool state);
    void setSweptValue(int index);
    void exportChart(bool svg);
    // The x axis of the swept input, added to the chart.
    QValueAxis* addSweptAxis();
    void attach(QAbstractSeries* series, const QList<QAbstractAxis*>& axes);
    double xValue(const Quantity& q) const;

    PlanDocument* m_document;
    QString m_service;
    QString m_rangeKey;
    WhatIfRange m_range;
    std::optional<WhatIfBreak> m_break;
    std::optional<Quantity> m_userTo; // the range's end as the user set it
    QList<WhatIfPoint> m_points;
    QComboBox* m_curve = nullptr;
    QComboBox* m_input = nullptr;
    QComboBox* m_role = nullptr;
    QLabel* m_roleLabel = nullptr;
    QWidget* m_roleBox = nullptr; // the role's label and combo, shown for a PostgreSQL topology
    QSlider* m_slider = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QLineEdit* m_rangeTo = nullptr;
    QLabel* m_message = nullptr;
    QToolButton* m_export = nullptr;
    QChart* m_chart = nullptr;
    ChartDraft m_draft;
    QList<QPair<QAbstractAxis*, Qt::Alignment>> m_shownAxes; // of m_chart, in the draft's order
    ZoomableChartView* m_view = nullptr;
    ChartLegend* m_legend = nullptr;
    QLabel* m_title = nullptr;
    QWidget* m_panel = nullptr;
    bool m_stale = false; // the plan or service changed while the view was hidden
};

} // namespace headroom
