// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

namespace headroom {

class ExportsView;
class PlanDocument;

// File > Export…: the plan's export files in a dialog, the same files as `headroom
// export` writes (core PlanExporter and ExportFolder): tick services, pick the profile
// and format, preview each file, copy it, or write them all to a folder.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(PlanDocument* document, QWidget* parent = nullptr);
    ExportsView* exportsView() const { return m_view; }

private:
    ExportsView* m_view;
};

} // namespace headroom
