// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QScrollArea>

namespace headroom {

// Holds a form that must fit its pane's width: it scrolls up and down but never sideways,
// and asks for its form's minimum width (and room for the vertical scroll bar), so that a
// splitter never makes the pane narrower than the form and clips a field.
class FormScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit FormScrollArea(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace headroom
