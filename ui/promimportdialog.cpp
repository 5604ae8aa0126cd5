// SPDX-License-Identifier: Apache-2.0
#include "ui/promimportdialog.h"

#include "engine/plansizer.h"
#include "export/chartmaploader.h"
#include "promimport/promimportworker.h"
#include "promimport/promplanbuilder.h"
#include "ui/backgroundworker.h"
#include "ui/reportfont.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace headroom {

namespace {

QString distributionText(const std::optional<UsageDistribution>& d)
{
    return d ? PromImportDialog::tr("p95 %1, max %2").arg(d->p95.toDisplayString(), d->max.toDisplayString())
             : PromImportDialog::tr("not measured");
}

// An engine exporter's figure, of its ceiling where the exporter reports one; a dash where no
// exporter gave it.
QString peakText(const std::optional<EnginePeak>& peak, const std::optional<Quantity>& ceiling = std::nullopt)
{
    if (!peak)
        return QStringLiteral("—");
    if (ceiling && ceiling->raw() > 0)
        return PromImportDialog::tr("p95 %1, max %2 of %3")
            .arg(peak->p95.toDisplayString(), peak->max.toDisplayString(), ceiling->toDisplayString());
    return PromImportDialog::tr("p95 %1, max %2").arg(peak->p95.toDisplayString(), peak->max.toDisplayString());
}

} // namespace

PromImportDialog::PromImportDialog(const Plan& current, const Catalog& catalog, QWidget* parent)
    : QDialog(parent)
    , m_current(current)
    , m_catalog(catalog)
{
    // Built in and checked by the tests: only a broken build lacks them, and then no release has a kind.
    if (auto charts = ChartMapLoader().loadBuiltIn())
        m_charts = charts.value();
    setWindowTitle(tr("Import from Prometheus"));
    m_measure = new QPushButton(tr("&Measure"), this);
    m_cancel = new QPushButton(tr("&Cancel measuring"), this);
    m_cancel->setObjectName(QStringLiteral("cancelMeasuringButton"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_step = new QLabel(tr("Not measured yet."), this);
    m_step->setWordWrap(true);
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

    auto* top = new QHBoxLayout;
    top->addWidget(makeServerBox(), 1);
    auto* right = new QVBoxLayout;
    right->addWidget(makeQueryBox());
    right->addWidget(makeTargetBox());
    right->addStretch(1);
    top->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(run);
    layout->addWidget(m_step);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_buttons);

    connect(m_measure, &QPushButton::clicked, this, &PromImportDialog::measure);
    connect(m_cancel, &QPushButton::clicked, this, &PromImportDialog::cancelMeasuring);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PromImportDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &PromImportDialog::updateButtons);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &PromImportDialog::updateButtons);
    connect(m_newPlan, &QRadioButton::toggled, this, &PromImportDialog::rebuild);
    resize(900, 640);
    updateButtons();
}

// m_run cancels a running measurement without waiting for it.
PromImportDialog::~PromImportDialog() = default;

QWidget* PromImportDialog::makeServerBox()
{
    auto* box = new QGroupBox(tr("Server"), this);
    auto* form = new QFormLayout(box);
    m_url = new QLineEdit(box);
    m_url->setPlaceholderText(tr("http://prometheus:9090 or https://mimir/prometheus"));
    m_url->setToolTip(tr("Prometheus, Thanos Query, Mimir or VictoriaMetrics: the base URL of the query API."));
    form->addRow(tr("&URL:"), m_url);
    m_auth = new QComboBox(box);
    m_auth->addItem(tr("None"));
    m_auth->addItem(tr("Bearer token from a file"));
    m_auth->addItem(tr("User and password from a file"));
    form->addRow(tr("&Authentication:"), m_auth);
    m_tokenFile = new QLineEdit(box);
    form->addRow(tr("&Token file:"), fileField(m_tokenFile, tr("Token File")));
    m_user = new QLineEdit(box);
    form->addRow(tr("U&ser:"), m_user);
    m_passwordFile = new QLineEdit(box);
    form->addRow(tr("&Password file:"), fileField(m_passwordFile, tr("Password File")));
    m_caFile = new QLineEdit(box);
    m_caFile->setPlaceholderText(tr("Empty: the system's certificates"));
    form->addRow(tr("CA &file:"), fileField(m_caFile, tr("CA Certificates")));
    m_orgId = new QLineEdit(box);
    m_orgId->setPlaceholderText(tr("Mimir or Cortex tenant; empty for Prometheus"));
    m_orgId->setToolTip(tr("Sent as the X-Scope-OrgID header; several tenants are joined by |."));
    form->addRow(tr("Te&nant:"), m_orgId);
    auto* note = new QLabel(tr("Secrets are read from their files when measuring and are never saved in the plan, "
                               "the settings or a recovery file."),
                            box);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    return box;
}

QWidget* PromImportDialog::makeQueryBox()
{
    auto* box = new QGroupBox(tr("Query"), this);
    auto* form = new QFormLayout(box);
    m_selector = new QLineEdit(box);
    m_selector->setPlaceholderText(tr("{namespace=\"prod\"}"));
    m_selector->setToolTip(tr("Label matchers over kube_pod_labels; empty: every release."));
    form->addRow(tr("S&elector:"), m_selector);
    m_window = new QLineEdit(QStringLiteral("14d"), box);
    m_window->setToolTip(tr("How far back to measure, from 10m to 1y, e.g. 14d or 36h."));
    form->addRow(tr("&Window:"), m_window);
    m_at = new QLineEdit(box);
    m_at->setPlaceholderText(tr("Now, or 2026-05-01T12:00:00Z"));
    m_at->setToolTip(tr("The end of the window: an ISO 8601 time or Unix seconds."));
    form->addRow(tr("En&d at:"), m_at);
    return box;
}

QWidget* PromImportDialog::makeTargetBox()
{
    auto* box = new QGroupBox(tr("Into"), this);
    auto* layout = new QVBoxLayout(box);
    m_newPlan = new QRadioButton(tr("A new p&lan, a service per release"), box);
    m_update = new QRadioButton(tr("The measurements of the &open plan's services"), box);
    layout->addWidget(m_newPlan);
    layout->addWidget(m_update);
    auto* group = new QButtonGroup(box);
    group->addButton(m_newPlan);
    group->addButton(m_update);
    const bool canUpdate = !m_current.services.isEmpty();
    m_update->setEnabled(canUpdate);
    (canUpdate ? m_update : m_newPlan)->setChecked(true);
    return box;
}

QWidget* PromImportDialog::fileField(QLineEdit* edit, const QString& title)
{
    auto* field = new QWidget(edit->parentWidget());
    auto* layout = new QHBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setParent(field);
    layout->addWidget(edit, 1);
    auto* browse = new QToolButton(field);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the file"));
    layout->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, title] {
        const QString path = QFileDialog::getOpenFileName(this, title, QFileInfo(edit->text()).absolutePath());
        if (!path.isEmpty())
            edit->setText(path);
    });
    return field;
}

bool PromImportDialog::updatesPlan() const
{
    return m_update->isChecked();
}

QString PromImportDialog::summaryText() const
{
    return m_summary->toPlainText();
}

QString PromImportDialog::stepText() const
{
    return m_step->text();
}

void PromImportDialog::setUrl(const QString& url)
{
    m_url->setText(url);
}

void PromImportDialog::setAuth(Auth auth, const QString& fileOrUser, const QString& passwordFile)
{
    m_auth->setCurrentIndex(int(auth));
    m_tokenFile->setText(auth == Auth::Token ? fileOrUser : QString());
    m_user->setText(auth == Auth::Basic ? fileOrUser : QString());
    m_passwordFile->setText(passwordFile);
}

void PromImportDialog::setCaFile(const QString& path)
{
    m_caFile->setText(path);
}

void PromImportDialog::setOrgId(const QString& tenant)
{
    m_orgId->setText(tenant);
}

void PromImportDialog::setSelector(const QString& selector)
{
    m_selector->setText(selector);
}

void PromImportDialog::setWindow(const QString& window)
{
    m_window->setText(window);
}

void PromImportDialog::setAt(const QString& at)
{
    m_at->setText(at);
}

void PromImportDialog::setUpdatesPlan(bool update)
{
    (update && m_update->isEnabled() ? m_update : m_newPlan)->setChecked(true);
}

Expected<PromImportOptions> PromImportDialog::options() const
{
    PromImportOptions options;
    options.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    const QString scheme = options.url.scheme();
    if (!options.url.isValid() || options.url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || !options.url.userInfo().isEmpty())
        return Error { tr("URL: '%1' is not an http or https URL without credentials.").arg(m_url->text()), {}, {} };
    const auto selector = PromImportOptions::parseSelector(m_selector->text());
    if (!selector)
        return Error {
            tr("Selector: '%1' is not a label selector in braces, e.g. {namespace=\"prod\"}.").arg(m_selector->text()),
            {},
            {}
        };
    options.selector = selector.value();
    const auto window = PromImportOptions::secondsFrom(m_window->text().trimmed());
    if (!window || *window < 600 || *window > 366LL * 86400)
        return Error { tr("Window: '%1' is not a duration from 10m to 1y, e.g. 14d.").arg(m_window->text()), {}, {} };
    options.windowSeconds = *window;
    const QString at = m_at->text().trimmed();
    options.at = at.isEmpty() ? QDateTime::currentDateTimeUtc() : PromImportOptions::timeFrom(at);
    if (!options.at.isValid())
        return Error { tr("End at: '%1' is not an ISO 8601 time or Unix seconds.").arg(at), {}, {} };
    if (!m_orgId->text().trimmed().isEmpty()) {
        const auto orgId = PromImportOptions::orgIdFrom(m_orgId->text().trimmed());
        if (!orgId)
            return Error { tr("Tenant: '%1' is not a tenant ID.").arg(m_orgId->text()), {}, {} };
        options.orgId = orgId.value();
    }
    return readCredentials(options);
}

Expected<PromImportOptions> PromImportDialog::readCredentials(PromImportOptions options) const
{
    if (const QString caFile = m_caFile->text().trimmed(); !caFile.isEmpty()) {
        const auto certificates = PromImportOptions::caCertificatesFrom(caFile, tr("CA file"));
        if (!certificates)
            return certificates.error();
        options.caCertificates = certificates.value();
    }
    const auto auth = Auth(m_auth->currentIndex());
    if (auth == Auth::None)
        return options;
    const auto header = auth == Auth::Token
        ? PromImportOptions::bearerFrom(m_tokenFile->text().trimmed())
        : PromImportOptions::basicFrom(m_user->text().trimmed(), m_passwordFile->text().trimmed());
    if (!header)
        return header.error();
    options.authorization = header.value();
    return options;
}

void PromImportDialog::measure()
{
    if (m_run.isRunning())
        return;
    m_services.reset();
    m_result.reset();
    m_summary->clear();
    m_progress->setValue(0);
    auto chosen = options();
    if (!chosen) {
        m_step->setText(tr("Nothing was measured."));
        m_summary->setPlainText(chosen.error().message);
        updateButtons();
        emit measurementFinished();
        return;
    }
    start(chosen.value());
}

void PromImportDialog::start(PromImportOptions options)
{
    m_source = options.sourceText();
    m_step->setText(tr("Asking %1 for the releases…").arg(m_source));
    m_run.start(new PromImportWorker(std::move(options)), this, &PromImportDialog::onProgress,
                &PromImportDialog::onFinished);
    updateButtons();
}

void PromImportDialog::cancelMeasuring()
{
    // Never waits: the client aborts its requests when its thread sees the cancel.
    if (!m_run.cancel())
        return;
    m_progress->setValue(0);
    m_step->setText(tr("Cancelled; nothing was measured."));
    updateButtons();
    emit measurementFinished();
}

void PromImportDialog::reject()
{
    m_run.cancel();
    QDialog::reject();
}

void PromImportDialog::onProgress(int done, int total)
{
    m_progress->setValue(total > 0 ? done * 100 / total : 0);
    m_step->setText(tr("Measured %1 of %n release(s).", nullptr, total).arg(done));
}

void PromImportDialog::onFinished()
{
    const auto* worker = m_run.worker<PromImportWorker>();
    if (!worker)
        return;
    const bool succeeded = worker->succeeded();
    const QString error = worker->errorText();
    const int requests = worker->requests();
    QList<ImportedService> services = worker->services();
    m_run.release();
    if (!succeeded) {
        m_progress->setValue(0);
        m_step->setText(tr("The measurement failed."));
        m_summary->setPlainText(error);
    } else {
        PromPlanBuilder(m_catalog, m_charts).resolveKinds(services);
        m_services = services;
        m_progress->setValue(100);
        m_step->setText(tr("Measured %n release(s) with %1 HTTP requests. Check the summary, then Import.", nullptr,
                           int(services.size()))
                            .arg(requests));
        rebuild();
    }
    updateButtons();
    emit measurementFinished();
}

void PromImportDialog::rebuild()
{
    m_result.reset();
    if (!m_services) {
        updateButtons();
        return;
    }
    QStringList text = releaseLines();
    const PromPlanBuilder builder(m_catalog, m_charts);
    if (updatesPlan()) {
        Plan plan = m_current;
        const QStringList names = builder.update(plan, *m_services);
        if (names.isEmpty()) {
            text << QString() << tr("No release matches a service of the open plan; choose a new plan instead.");
        } else {
            m_result = plan;
            text << QString()
                 << tr("Import stores the measurement of %1. Everything else stays as you set it.")
                        .arg(names.join(QStringLiteral(", ")));
        }
    } else {
        QStringList skipped;
        m_result = builder.newPlan(*m_services, m_source, skipped);
        text << QString()
             << tr("Import replaces the open plan with a new one holding %n service(s) (undo brings the old one back).",
                   nullptr, int(m_result->services.size()));
        for (const auto& line : skipped)
            text << tr("Left out %1.").arg(line);
    }
    text << findingLines();
    m_summary->setPlainText(text.join(QLatin1Char('\n')));
    updateButtons();
}

QStringList PromImportDialog::releaseLines() const
{
    QStringList lines { tr("%n release(s) measured:", nullptr, int(m_services->size())) };
    for (const auto& s : *m_services) {
        const Measurement& m = s.measurement;
        const QString service = PromPlanBuilder::serviceFor(m_current, s.name);
        lines << tr("• %1 (%2, namespace %3, %n pod(s)): CPU %4; memory %5; OOM kills %6, restarts %7", nullptr, m.pods)
                     .arg(s.name, s.kind.isEmpty() ? tr("unknown chart") : s.kind, s.ns, distributionText(m.cpu),
                          distributionText(m.memory))
                     .arg(m.oomKills)
                     .arg(m.restarts);
        const EngineMeasurement& e = m.engine;
        lines << tr("  engine: commits %1; connections %2; used memory %3; JVM heap %4")
                     .arg(peakText(e.commitsPerSecond), peakText(e.connections), peakText(e.usedMemory, e.maxMemory),
                          peakText(e.heapUsed, e.heapMax));
        if (updatesPlan() && !service.isEmpty())
            lines << tr("  into service %1").arg(service);
    }
    return lines;
}

QStringList PromImportDialog::findingLines() const
{
    if (!m_result)
        return {};
    QList<PlanFinding> findings = PlanSizer(m_catalog).size(*m_result).findings;
    findings.removeIf([](const PlanFinding& f) { return !f.finding.code.startsWith(QLatin1String("measured.")); });
    QStringList lines { QString(), tr("Measured findings: %1").arg(findings.size()) };
    for (const auto& f : findings) {
        lines << QStringLiteral("• %1 %2 %3: %4")
                     .arg(severityText(f.finding.severity), f.service, f.finding.code, f.finding.message);
        if (f.recommendation && !f.recommendation->summary.isEmpty())
            lines << tr("  recommendation: %1").arg(f.recommendation->summary);
    }
    return lines;
}

void PromImportDialog::updateButtons()
{
    const bool running = m_run.isRunning();
    const auto auth = Auth(m_auth->currentIndex());
    m_measure->setEnabled(!running && !m_url->text().trimmed().isEmpty());
    m_cancel->setEnabled(running);
    for (QWidget* w : std::initializer_list<QWidget*> { m_url, m_auth, m_caFile, m_orgId, m_selector, m_window, m_at })
        w->setEnabled(!running);
    m_tokenFile->setEnabled(!running && auth == Auth::Token);
    m_user->setEnabled(!running && auth == Auth::Basic);
    m_passwordFile->setEnabled(!running && auth == Auth::Basic);
    if (QPushButton* apply = m_buttons->findChild<QPushButton*>(QStringLiteral("importButton")))
        apply->setEnabled(!running && m_result.has_value());
}

} // namespace headroom
