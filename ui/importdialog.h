// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/plansizer.h"
#include "measure/pgmeasurement.h"
#include "model/catalog.h"
#include "model/plan.h"
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
class QSpinBox;

namespace headroom {

// File > Import from PostgreSQL…: connection strings, a password that is never stored,
// the sampling interval; Measure runs liveimport's LiveImporter on a worker thread with a
// progress bar and Cancel; the summary shows what was measured, the findings and what the
// plan will become before Import applies it (a new plan, or the measured inputs of one
// PostgreSQL service of the open plan).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const Plan& current, const Catalog& catalog, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // The plan to apply once accepted.
    const std::optional<Plan>& resultPlan() const { return m_result; }
    bool updatesService() const;
    QString serviceName() const;

    // Shows a measurement as if it had just been taken (tests and screenshots).
    void setMeasurement(const PgMeasurement& measurement);
    void setPrimary(const QString& conninfo);
    void setReplicas(const QStringList& conninfos);
    void setIntervalSeconds(int seconds);
    void setPassword(const QString& password);
    bool isMeasuring() const { return m_run.isRunning(); }

public slots:
    void measure();
    void cancelMeasuring();
    void reject() override;

signals:
    void measurementFinished(); // with a measurement, an error or a cancel

private:
    void onProgress(int percent, const QString& step);
    void onFinished();
    void rebuild(); // the result and the summary from the measurement and the mode
    void updateButtons();

    Plan m_current;
    Catalog m_catalog;
    QLineEdit* m_primary;
    QPlainTextEdit* m_replicas;
    QLineEdit* m_password;
    QSpinBox* m_interval;
    QRadioButton* m_newPlan;
    QRadioButton* m_update;
    QLineEdit* m_newService;
    QComboBox* m_service;
    QPushButton* m_measure;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_step;
    QPlainTextEdit* m_summary;
    QDialogButtonBox* m_buttons;
    BackgroundWorker m_run;
    std::optional<PgMeasurement> m_measurement;
    std::optional<Plan> m_result;
};

} // namespace headroom
