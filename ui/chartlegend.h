// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

class QChart;
class QLabel;
class QAbstractSeries;

namespace headroom {

class FlowLayout;

// A chart's legend as a widget below it: each series' swatch and name, in rows that wrap
// at the widget's width, every name whole. The chart's own legend beside the plot takes at
// most 40% of the chart's width and elides what does not fit, and below the plot it keeps
// to one row and elides too: on a small screen most names were cut.
class ChartLegend : public QWidget
{
    Q_OBJECT

public:
    explicit ChartLegend(QWidget* parent = nullptr);

    // Shows the named series of `chart`, in its order. Entries that did not change are left
    // alone: a slider step renames a series or two, not the whole legend.
    void showSeriesOf(const QChart* chart);
    // Narrow enough for any pane: a name wider than the legend wraps.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // What an entry shows: its swatch (an area's fill, a line's pen, a marker's dot) and name.
    struct Entry
    {
        enum class Swatch { Area, Line, Dot };
        Swatch swatch = Swatch::Line;
        QColor color;
        QColor border;
        Qt::PenStyle style = Qt::SolidLine;
        double width = 1;
        QString name;
        bool operator==(const Entry&) const = default;
    };
    static Entry entryOf(const QAbstractSeries* series);
    QPixmap swatchPixmap(const Entry& entry) const;
    void addEntryWidgets();
    void updateEntryWidgets(qsizetype index);
    // Names on one line, but those wider than the legend on as many as they need.
    void wrapWideNames();

    FlowLayout* m_layout = nullptr;
    QList<Entry> m_entries;
    QList<QLabel*> m_swatches;
    QList<QLabel*> m_labels;
    QList<QWidget*> m_boxes;
};

} // namespace headroom
