// SPDX-License-Identifier: Apache-2.0
#include "ui/exportdialog.h"

#include "ui/exportsview.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace headroom {

ExportDialog::ExportDialog(PlanDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_view(new ExportsView(document, this))
{
    setWindowTitle(tr("Export Plan"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_view->refresh();
    // Room for the preview, but never larger than the window it opens from: at 1024×700 it
    // was wider than the screen.
    resize(parent ? QSize(1100, 700).boundedTo(parent->window()->size()) : QSize(1100, 700));
}

} // namespace headroom
