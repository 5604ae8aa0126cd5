// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLayout>
#include <QList>

namespace headroom {

// Lays its items out left to right in rows, starting a new row when the next item would
// pass the right edge. Each item keeps its preferred width, or the row's when that is less
// (an item whose height follows its width, such as a wrapping label, then grows taller).
// The layout's height follows its width; its minimum width is its widest item's minimum.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    // The gap between rows; spacing() (or the style's) by default.
    void setRowSpacing(int spacing);
    ~FlowLayout() override;
    FlowLayout(const FlowLayout&) = delete;
    FlowLayout& operator=(const FlowLayout&) = delete;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Places the items in `rect` (only measures when `apply` is false); the height used.
    int arrange(const QRect& rect, bool apply) const;
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem*> m_items;
    int m_rowSpacing = -1;
};

} // namespace headroom
