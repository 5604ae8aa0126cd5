// SPDX-License-Identifier: Apache-2.0
#include "ui/importdialog.h"

#include "liveimport/importworker.h"
#include "liveimport/pgconnection.h"
#include "measure/planimporter.h"
#include "ui/backgroundworker.h"
#include "ui/reportfont.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace headroom {

ImportDialog::ImportDialog(const Plan& current, const Catalog& catalog, QWidget* parent)
    : QDialog(parent)
    , m_current(current)
    , m_catalog(catalog)
{
    setWindowTitle(tr("Import from PostgreSQL"));

    auto* connection = new QGroupBox(tr("Servers"), this);
    auto* form = new QFormLayout(connection);
    m_primary = new QLineEdit(connection);
    m_primary->setPlaceholderText(tr("host=db1 port=5432 user=monitor dbname=postgres sslmode=verify-full"));
    m_primary->setToolTip(tr("A libpq connection string: key=value pairs, a postgresql:// URI or service=NAME."));
    form->addRow(tr("&Primary:"), m_primary);
    m_replicas = new QPlainTextEdit(connection);
    m_replicas->setPlaceholderText(
        tr("One connection string per line. Empty: the standbys in the primary's pg_stat_replication are tried."));
    m_replicas->setTabChangesFocus(true);
    m_replicas->setFixedHeight(m_replicas->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Replicas:"), m_replicas);
    m_password = new QLineEdit(connection);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: the password file (~/.pgpass) or PGPASSWORD"));
    m_password->setToolTip(tr("Used for this measurement only; never saved in the plan, the settings or a recovery "
                              "file."));
    form->addRow(tr("Pass&word:"), m_password);
    m_interval = new QSpinBox(connection);
    m_interval->setRange(1, 3600);
    m_interval->setValue(30);
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("Counters are read twice, this far apart, to get rates."));
    form->addRow(tr("In&terval:"), m_interval);
    auto* note = new QLabel(tr("The role needs pg_monitor (GRANT pg_monitor TO monitor;)."), connection);
    note->setWordWrap(true);
    form->addRow(QString(), note);

    auto* target = new QGroupBox(tr("Into"), this);
    auto* targetLayout = new QFormLayout(target);
    m_newPlan = new QRadioButton(tr("A &new plan, service:"), target);
    m_newService = new QLineEdit(PlanImporter::defaultServiceName(), target);
    targetLayout->addRow(m_newPlan, m_newService);
    m_update = new QRadioButton(tr("&Update the measured inputs of:"), target);
    m_service = new QComboBox(target);
    for (const auto& s : m_current.services) {
        if (s.request.service == QLatin1String("postgresql"))
            m_service->addItem(s.name);
    }
    targetLayout->addRow(m_update, m_service);
    auto* group = new QButtonGroup(this);
    group->addButton(m_newPlan);
    group->addButton(m_update);
    const bool canUpdate = m_service->count() > 0;
    m_update->setEnabled(canUpdate);
    m_service->setEnabled(canUpdate);
    (canUpdate ? m_update : m_newPlan)->setChecked(true);

    m_measure = new QPushButton(tr("&Measure"), this);
    m_cancel = new QPushButton(tr("&Cancel measuring"), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_step = new QLabel(tr("Not measured yet."), this);
    auto* run = new QHBoxLayout;
    run->addWidget(m_measure);
    run->addWidget(m_progress, 1);
    run->addWidget(m_cancel);

    m_summary = new QPlainTextEdit(this);
    m_summary->setReadOnly(true);
    m_summary->setFont(reportFont());
    m_summary->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_summary->setPlaceholderText(tr("What was measured, the findings and what the plan becomes appear here before "
                                     "anything is applied."));

    m_buttons = new QDialogButtonBox(this);
    QPushButton* apply = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("importButton"));
    m_buttons->addButton(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(connection);
    layout->addWidget(target);
    layout->addLayout(run);
    layout->addWidget(m_step);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_buttons);

    connect(m_measure, &QPushButton::clicked, this, &ImportDialog::measure);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelMeasuring);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_primary, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    connect(m_newPlan, &QRadioButton::toggled, this, &ImportDialog::rebuild);
    connect(m_service, &QComboBox::currentTextChanged, this, &ImportDialog::rebuild);
    connect(m_newService, &QLineEdit::textChanged, this, &ImportDialog::rebuild);
    resize(760, 640);
    updateButtons();
}

// m_run cancels a running measurement without waiting for it.
ImportDialog::~ImportDialog() = default;

bool ImportDialog::updatesService() const
{
    return m_update->isChecked();
}

QString ImportDialog::serviceName() const
{
    return updatesService() ? m_service->currentText() : m_newService->text().trimmed();
}

void ImportDialog::setPrimary(const QString& conninfo)
{
    m_primary->setText(conninfo);
}
void ImportDialog::setReplicas(const QStringList& conninfos)
{
    m_replicas->setPlainText(conninfos.join(QLatin1Char('\n')));
}
void ImportDialog::setIntervalSeconds(int seconds)
{
    m_interval->setValue(seconds);
}
void ImportDialog::setPassword(const QString& password)
{
    m_password->setText(password);
}

void ImportDialog::measure()
{
    if (m_run.isRunning() || m_primary->text().trimmed().isEmpty())
        return;
    LiveImportOptions options;
    options.primary = m_primary->text().trimmed();
    for (const auto& line : m_replicas->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            options.replicas << line.trimmed();
    }
    options.intervalMs = m_interval->value() * 1000;
    options.password = m_password->text();

    m_measurement.reset();
    m_result.reset();
    m_summary->clear();
    m_progress->setValue(0);
    m_run.start(new ImportWorker(std::move(options)), this, &ImportDialog::onProgress, &ImportDialog::onFinished);
    updateButtons();
}

void ImportDialog::cancelMeasuring()
{
    // Never waits: the worker sees the cancel within 0.1 s (PQcancel for a running query),
    // and a server that answers nothing still costs it no more than the timeout.
    if (!m_run.cancel())
        return;
    m_progress->setValue(0);
    m_step->setText(tr("Cancelled; nothing was measured."));
    updateButtons();
    emit measurementFinished();
}

void ImportDialog::reject()
{
    m_run.cancel();
    QDialog::reject();
}

void ImportDialog::onProgress(int percent, const QString& step)
{
    m_progress->setValue(percent);
    m_step->setText(step);
}

void ImportDialog::onFinished()
{
    const auto* worker = m_run.worker<ImportWorker>();
    if (!worker)
        return;
    const bool cancelled = worker->wasCancelled();
    const QString error = worker->errorText();
    const std::optional<PgMeasurement> measurement = worker->measurement();
    const bool needsPassword = worker->needsPassword();
    m_run.release();
    if (cancelled) {
        m_progress->setValue(0);
        m_step->setText(tr("Cancelled; nothing was measured."));
    } else if (!measurement) {
        m_progress->setValue(0);
        m_step->setText(needsPassword ? tr("The server asks for a password: enter it above and measure again.")
                                      : tr("The measurement failed."));
        m_summary->setPlainText(error);
    } else {
        setMeasurement(*measurement);
    }
    updateButtons();
    emit measurementFinished();
}

void ImportDialog::setMeasurement(const PgMeasurement& measurement)
{
    m_measurement = measurement;
    m_progress->setValue(100);
    m_step->setText(tr("Measured %1 over %2 s. Check the summary, then Import.")
                        .arg(measurement.primary.last.server)
                        .arg(QLocale().toString(measurement.primary.seconds, 'f', 1)));
    rebuild();
}

void ImportDialog::rebuild()
{
    m_result.reset();
    if (!m_measurement) {
        updateButtons();
        return;
    }
    const PlanImporter importer(m_catalog);
    QStringList text = PlanImporter::summary(*m_measurement);
    const QString service = serviceName();
    if (service.isEmpty()) {
        text << QString() << tr("Name the service to import into.");
    } else if (updatesService()) {
        auto updated = importer.update(m_current, service, *m_measurement);
        if (updated) {
            m_result = updated.value();
            text << QString()
                 << tr("Import updates %1: requests per second, read share, client connections, measured commits "
                       "and connections per role, dataset. Everything else stays as you set it.")
                        .arg(service);
        } else {
            text << QString() << updated.error().message;
        }
    } else {
        m_result = importer.newPlan(*m_measurement, service);
        text << QString()
             << tr("Import replaces the open plan with a new one holding service %1 (undo brings the old one back).")
                    .arg(service);
    }
    if (m_result) {
        const QList<PlanFinding> findings = importer.findings(*m_result, service, *m_measurement);
        text << QString() << tr("Findings: %1").arg(findings.size());
        for (const auto& f : findings) {
            text << QStringLiteral("• %1 %2: %3")
                        .arg(severityText(f.finding.severity), f.finding.code, f.finding.message);
            if (f.recommendation && !f.recommendation->summary.isEmpty())
                text << tr("  recommendation: %1").arg(f.recommendation->summary);
        }
    }
    m_summary->setPlainText(text.join(QLatin1Char('\n')));
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const bool running = m_run.isRunning();
    m_measure->setEnabled(!running && !m_primary->text().trimmed().isEmpty());
    m_cancel->setEnabled(running);
    m_primary->setEnabled(!running);
    m_replicas->setEnabled(!running);
    m_password->setEnabled(!running);
    m_interval->setEnabled(!running);
    if (QPushButton* apply = m_buttons->findChild<QPushButton*>(QStringLiteral("importButton")))
        apply->setEnabled(!running && m_result.has_value());
}

} // namespace headroom
