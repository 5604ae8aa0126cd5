// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/exportfile.h"
#include "export/planexporter.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QFormLayout;
class QSplitter;
class QPushButton;

namespace headroom {

class ExportFilesModel;
class ExportServicesModel;
class PlanDocument;

// The plan's export files, the same as `headroom export` writes: pick services, profile
// and format, preview each file, copy it, or write them all to a folder. Only the current
// service's files are rendered to be shown (a plan may have a hundred thousand services);
// all of them when they are written or asked for. Both lists are views over item models, so
// the tab costs the rows it shows, not one widget item per service.
class ExportsView : public QWidget
{
    Q_OBJECT

public:
    explicit ExportsView(PlanDocument* document, QWidget* parent = nullptr);
    void refresh();

    // Every file of the ticked services, rendered on first use after a change.
    const QList<ExportFile>& files();
    // The files of the current service, which the file list shows.
    const QList<ExportFile>& shownFiles() const;
    // The services (checkable: ticked ones are exported; model: ExportServicesModel) and the
    // current service's files (model: ExportFilesModel).
    QListView* serviceList() const { return m_services; }
    QListView* fileList() const { return m_fileList; }
    QComboBox* profileCombo() const { return m_profile; }
    QComboBox* formatCombo() const { return m_format; }
    // Writes every file into `directory`, all or none: a file edited since Headroom wrote it
    // is shown (EditedFileDialog) and either overwritten or kept, and keeping one writes
    // nothing. Returns a sentence for the status bar.
    QString writeTo(const QString& directory);
    // Asks whether to write files of a plan with error findings (Yes/No, listing them), as
    // `headroom export` refuses without --allow-findings; true when there are none.
    bool confirmFindings();
    // The same profile, format and services as `other` (the Export dialog starts from the tab's).
    void takeChoicesFrom(const ExportsView& other);
    // The narrowest width at which the preview shows 60 characters of a file (a values.yaml
    // or postgresql.conf line) with the controls above it.
    int readableWidth() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // Controls beside the preview when both fit, above it when the tab is narrow.
    void arrangeForWidth(int width);
    // The preview's width for 60 characters of its font, with its frame, margins and scroll bar.
    int readablePreviewWidth() const;
    void regenerate();
    void showService(int row);
    void showFile(int row);
    PlanExportOptions options() const;
    // options() with the ticked services (none named when all are ticked, as `headroom export`).
    PlanExportOptions exportOptions() const;
    // Asks about each edited file; true (and the file's name in `kept`) when one is kept.
    bool keepsEditedFiles(const QStringList& edited, QString& kept);

    PlanDocument* m_document;
    QList<ExportFile> m_files; // valid when m_filesMade
    bool m_filesMade = false;
    QString m_filesError;
    ExportServicesModel* m_serviceModel = nullptr;
    ExportFilesModel* m_fileModel = nullptr;
    QListView* m_services = nullptr;
    QComboBox* m_profile = nullptr;
    QString m_plannedProfile; // the plan's profile when last shown: a new one is selected again
    QComboBox* m_format = nullptr;
    QListView* m_fileList = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QSplitter* m_splitter = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_write = nullptr;
    // Set while the lists are refilled: their current rows move, and what follows from that
    // is done once afterwards.
    bool m_refilling = false;
};

} // namespace headroom
