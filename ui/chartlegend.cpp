// SPDX-License-Identifier: Apache-2.0
#include "ui/chartlegend.h"

#include "ui/flowlayout.h"

#include <QAreaSeries>
#include <QChart>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QXYSeries>

#include <algorithm>
#include <utility>

namespace headroom {

ChartLegend::ChartLegend(QWidget* parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(fontMetrics().averageCharWidth() * 2);
    m_layout->setRowSpacing(2); // rows close together: the legend leaves the chart its height
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

ChartLegend::Entry ChartLegend::entryOf(const QAbstractSeries* series)
{
    Entry entry;
    entry.name = series->name();
    if (const auto* area = qobject_cast<const QAreaSeries*>(series)) {
        entry.swatch = Entry::Swatch::Area;
        entry.color = area->brush().color();
        entry.border = area->pen().color();
    } else if (const auto* dot = qobject_cast<const QScatterSeries*>(series)) {
        entry.swatch = Entry::Swatch::Dot;
        entry.color = dot->color();
        entry.border = dot->borderColor();
    } else if (const auto* line = qobject_cast<const QXYSeries*>(series)) {
        entry.color = line->pen().color();
        entry.style = line->pen().style();
        entry.width = std::clamp(line->pen().widthF(), 1.0, 3.0);
    }
    return entry;
}

QPixmap ChartLegend::swatchPixmap(const Entry& entry) const
{
    const int height = fontMetrics().height();
    const QSize size(height * 2, height);
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(1.5, height * 0.2, size.width() - 3, height * 0.6);
    switch (entry.swatch) {
    case Entry::Swatch::Area:
        painter.setPen(QPen(entry.border, 1));
        painter.setBrush(entry.color);
        painter.drawRect(box);
        break;
    case Entry::Swatch::Dot: {
        painter.setPen(QPen(entry.border, 1));
        painter.setBrush(entry.color);
        const qreal d = height * 0.6;
        painter.drawEllipse(QRectF(box.center().x() - d / 2, box.center().y() - d / 2, d, d));
        break;
    }
    case Entry::Swatch::Line:
        painter.setPen(QPen(entry.color, entry.width, entry.style, Qt::FlatCap));
        painter.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
        break;
    }
    return pixmap;
}

void ChartLegend::showSeriesOf(const QChart* chart)
{
    QList<Entry> entries;
    for (const QAbstractSeries* series : chart->series()) {
        if (!series->name().isEmpty())
            entries << entryOf(series);
    }
    if (entries == m_entries)
        return;
    const bool sameCount = entries.size() == m_entries.size();
    const QList<Entry> before = std::exchange(m_entries, entries);
    if (!sameCount)
        addEntryWidgets();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (!sameCount || !(before[i] == m_entries[i]))
            updateEntryWidgets(i);
    }
    wrapWideNames();
    setVisible(!m_entries.isEmpty());
}

QSize ChartLegend::minimumSizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 20, m_layout->minimumSize().height());
}

void ChartLegend::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    wrapWideNames();
}

void ChartLegend::wrapWideNames()
{
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        QLabel* label = m_labels[i];
        const int oneLine = m_swatches[i]->sizeHint().width() + m_boxes[i]->layout()->spacing()
            + label->fontMetrics().horizontalAdvance(label->text());
        const bool wrap = oneLine > width();
        if (label->wordWrap() != wrap)
            label->setWordWrap(wrap);
    }
}

void ChartLegend::addEntryWidgets()
{
    qDeleteAll(m_boxes);
    m_boxes.clear();
    m_swatches.clear();
    m_labels.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        auto* box = new QWidget(this);
        auto* row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(fontMetrics().averageCharWidth() / 2);
        auto* swatch = new QLabel(box);
        auto* label = new QLabel(box);
        label->setTextFormat(Qt::PlainText);
        row->addWidget(swatch);
        row->addWidget(label);
        m_layout->addWidget(box);
        m_boxes << box;
        m_swatches << swatch;
        m_labels << label;
    }
}

void ChartLegend::updateEntryWidgets(qsizetype index)
{
    const Entry& entry = m_entries[index];
    m_swatches[index]->setPixmap(swatchPixmap(entry));
    m_labels[index]->setText(entry.name);
}

} // namespace headroom
