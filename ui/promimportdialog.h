// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/chartmap.h"
#include "model/catalog.h"
#include "model/error.h"
#include "model/plan.h"
#include "promimport/importedservice.h"
#include "promimport/promimportoptions.h"
#include "ui/backgroundworker.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace headroom {

// File > Import from Prometheus…: the server's URL, credentials read from files (only their
// paths are in the dialog; never stored in the plan, the settings or a recovery file), a CA
// file, the tenant, selector, window and end time. Measure runs promimport's PromImporter on
// a worker thread with a progress bar and a Cancel that never waits; the summary shows what
// was measured and what the plan becomes before Import applies it (a new plan, or the
// measurements of the open plan's services).
class PromImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Auth { None, Token, Basic };

    PromImportDialog(const Plan& current, const Catalog& catalog, QWidget* parent = nullptr);
    ~PromImportDialog() override;

    // The plan to apply once accepted.
    const std::optional<Plan>& resultPlan() const { return m_result; }
    bool updatesPlan() const;
    bool isMeasuring() const { return m_run.isRunning(); }
    QString summaryText() const;
    QString stepText() const;

    // The fields, for tests and screenshots.
    void setUrl(const QString& url);
    void setAuth(Auth auth, const QString& fileOrUser, const QString& passwordFile = {});
    void setCaFile(const QString& path);
    void setOrgId(const QString& tenant);
    void setSelector(const QString& selector);
    void setWindow(const QString& window);
    void setAt(const QString& at);
    void setUpdatesPlan(bool update);

public slots:
    void measure();
    void cancelMeasuring();
    void reject() override;

signals:
    void measurementFinished(); // with a measurement, an error or a cancel

private:
    QWidget* makeServerBox();
    QWidget* makeQueryBox();
    QWidget* makeTargetBox();
    QWidget* fileField(QLineEdit* edit, const QString& title);
    Expected<PromImportOptions> options() const;
    Expected<PromImportOptions> readCredentials(PromImportOptions options) const;
    void start(PromImportOptions options);
    void onProgress(int done, int total);
    void onFinished();
    void rebuild(); // the result and the summary from the measurement and the mode
    QStringList releaseLines() const;
    QStringList findingLines() const;
    void updateButtons();

    Plan m_current;
    Catalog m_catalog;
    QList<ChartMap> m_charts;
    QLineEdit* m_url;
    QComboBox* m_auth;
    QLineEdit* m_tokenFile;
    QLineEdit* m_user;
    QLineEdit* m_passwordFile;
    QLineEdit* m_caFile;
    QLineEdit* m_orgId;
    QLineEdit* m_selector;
    QLineEdit* m_window;
    QLineEdit* m_at;
    QRadioButton* m_newPlan;
    QRadioButton* m_update;
    QPushButton* m_measure;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_step;
    QPlainTextEdit* m_summary;
    QDialogButtonBox* m_buttons;
    BackgroundWorker m_run;
    std::optional<QList<ImportedService>> m_services;
    QString m_source;
    std::optional<Plan> m_result;
};

} // namespace headroom
