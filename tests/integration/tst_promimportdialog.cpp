// SPDX-License-Identifier: Apache-2.0
// File › Import from Prometheus…: the real dialog, offscreen, against a real Prometheus over
// the backfilled dataset (promdataset.h) and against a server that accepts and never answers.
#include "io/planwriter.h"
#include "promdataset.h"
#include "promserver.h"
#include "testcertificates.h"
#include "testutils.h"
#include "translations/translationloader.h"
#include "ui/mainwindow.h"
#include "ui/plandocument.h"
#include "ui/promimportdialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace headroom;

namespace {

constexpr int kMeasureTimeoutMs = 120'000;

// Accepts connections, keeps what they send and never answers.
class StallingServer : public QTcpServer
{
public:
    StallingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                ++m_open;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { m_received += socket->readAll(); });
                connect(socket, &QTcpSocket::disconnected, this, [this] { --m_open; });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    const QByteArray& received() const { return m_received; }
    int openConnections() const { return m_open; }

private:
    QByteArray m_received;
    int m_open = 0;
};

QPushButton* importButton(const PromImportDialog& dialog)
{
    return dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
}

} // namespace

class TestPromImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void measuresIntoANewPlan();
    void summaryListsEngineFigures();
    void importIsOneUndoStep();
    void secretsStayOutOfThePlan();
    void badFieldsSayWhy();
    void measuresOverHttps();
    void cancelNeverWaits();

private:
    void fill(PromImportDialog& dialog) const;
    bool measure(PromImportDialog& dialog) const;
    double direct(const QString& promql) const;
    QString peakOf(const QString& series, Quantity (*unit)(std::int64_t), const QString& ceiling = {}) const;
    void screenshots(PromImportDialog& dialog) const;

    PromDataset m_dataset;
    QTemporaryDir m_dir;
    PromServer m_server;
    TestCertificates m_certificates;
    PromServer m_tlsServer;
    std::optional<Catalog> m_catalog;
};

void TestPromImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Screenshots in the language HEADROOM_LANGUAGE names; the tests compare English text.
    if (!qEnvironmentVariable("HEADROOM_SCREENSHOTS").isEmpty())
        i18n::install(qApp, i18n::currentLanguage(false));
    HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
    if (!PromServer::available())
        QSKIP("prometheus and promtool are not installed (Debian's prometheus package; scripts/setup.sh)");
    QVERIFY(m_dir.isValid());
    const QString tsdb = m_dir.filePath(QStringLiteral("tsdb"));
    const QString backfilled = PromServer::backfill(m_dataset.openMetrics(), tsdb);
    QVERIFY2(backfilled.isEmpty(), qPrintable(backfilled));
    const QString started = m_server.start(tsdb);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString certificates = m_certificates.create();
    QVERIFY2(certificates.isEmpty(), qPrintable(certificates));
    m_tlsServer.useTls(m_certificates.serverCertificate(), m_certificates.serverKey(), m_certificates.caFile());
    const QString tlsStarted = m_tlsServer.start(tsdb);
    QVERIFY2(tlsStarted.isEmpty(), qPrintable(tlsStarted));
}

void TestPromImportDialog::fill(PromImportDialog& dialog) const
{
    dialog.setUrl(m_server.url());
    dialog.setWindow(QStringLiteral("24h"));
    dialog.setAt(QString::number(PromDataset::at()));
}

bool TestPromImportDialog::measure(PromImportDialog& dialog) const
{
    QSignalSpy finished(&dialog, &PromImportDialog::measurementFinished);
    dialog.measure();
    return finished.count() > 0 || finished.wait(kMeasureTimeoutMs);
}

double TestPromImportDialog::direct(const QString& promql) const
{
    const auto root = QJsonDocument::fromJson(m_server.query(promql, PromDataset::at())).object();
    const auto result = root.value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray();
    return result.isEmpty()
        ? -1
        : result.first().toObject().value(QStringLiteral("value")).toArray().at(1).toString().toDouble();
}

// HEADROOM_SCREENSHOTS=DIR: the dialog after a measurement, at the sizes the docs use, in the
// language of HEADROOM_LANGUAGE (run measuresIntoANewPlan alone: other tests compare English).
void TestPromImportDialog::screenshots(PromImportDialog& dialog) const
{
    const QString dir = qEnvironmentVariable("HEADROOM_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    for (const QSize size : { QSize(1024, 700), QSize(1600, 1000) }) {
        dialog.resize(size);
        dialog.show();
        QApplication::processEvents();
        QVERIFY(dialog.grab().save(QStringLiteral("%1/prometheus-dialog-%2-%3x%4.png")
                                       .arg(dir, i18n::installedLanguage())
                                       .arg(size.width())
                                       .arg(size.height())));
    }
}

// With no plan open, a new plan with a service per release of a known chart; each figure is
// the dataset's truth and Prometheus's own answer.
void TestPromImportDialog::measuresIntoANewPlan()
{
    PromImportDialog dialog(Plan {}, *m_catalog);
    QVERIFY(!dialog.updatesPlan());
    fill(dialog);
    QVERIFY(!importButton(dialog)->isEnabled());
    QVERIFY(measure(dialog));
    QVERIFY2(dialog.resultPlan().has_value(), qPrintable(dialog.summaryText()));
    QVERIFY(importButton(dialog)->isEnabled());
    const Plan& plan = *dialog.resultPlan();
    const PlannedService* db = plan.service(QStringLiteral("db"));
    QVERIFY(db && db->measured && db->measured->memory);
    const double memoryMax = direct(QStringLiteral(
        "max_over_time(sum by (namespace, pod) (container_memory_working_set_bytes{pod=\"db-postgresql-0\","
        "container!=\"\",container!=\"POD\"})[86400s:300s])"));
    QCOMPARE(double(db->measured->memory->max.raw()), memoryMax);
    QCOMPARE(db->measured->memory->max.raw(), 1LL << 30); // the dataset's constant 1 GiB
    const PlannedService* queue = plan.service(QStringLiteral("queue"));
    QVERIFY(queue && queue->measured);
    QCOMPARE(queue->measured->oomKills, 1);
    QVERIFY(!plan.service(QStringLiteral("legacy"))); // no chart, no kind
    for (const auto* text : { "db", "cache", "queue", "pg-primary", "legacy", "measured." })
        QVERIFY2(dialog.summaryText().contains(QLatin1String(text)), text);
    screenshots(dialog);
}

// An engine exporter's figure of one pod as the summary should print it, from Prometheus's own
// answers: p95 and max over the window, of the ceiling series where there is one.
QString TestPromImportDialog::peakOf(const QString& series, Quantity (*unit)(std::int64_t),
                                     const QString& ceiling) const
{
    const QString window = QStringLiteral(")[%1s:300s])").arg(PromDataset::window());
    const auto text = [&](const QString& function) {
        return unit(std::llround(direct(function + series + window))).toDisplayString();
    };
    const QString p95 = text(QStringLiteral("quantile_over_time(0.95, ("));
    const QString max = text(QStringLiteral("max_over_time(("));
    if (ceiling.isEmpty())
        return QStringLiteral("p95 %1, max %2").arg(p95, max);
    return QStringLiteral("p95 %1, max %2 of %3")
        .arg(p95, max, Quantity::bytes(std::llround(direct(ceiling))).toDisplayString());
}

// Beside CPU and memory, every release's engine figures as its exporters gave them, and a dash
// for each figure no exporter gave.
void TestPromImportDialog::summaryListsEngineFigures()
{
    PromImportDialog dialog(Plan {}, *m_catalog);
    fill(dialog);
    QVERIFY(measure(dialog) && dialog.resultPlan());
    const QStringList lines = dialog.summaryText().split(QLatin1Char('\n'));
    const auto engineLine = [&lines](const QString& release) {
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (lines.at(i).startsWith(QStringLiteral("• %1 (").arg(release)))
                return lines.at(i + 1);
        }
        return QString();
    };
    const auto expected
        = [](const QString& commits, const QString& connections, const QString& used, const QString& heap) {
              return QStringLiteral("  engine: commits %1; connections %2; used memory %3; JVM heap %4")
                  .arg(commits, connections, used, heap);
          };
    const QString none = QStringLiteral("—");
    QCOMPARE(engineLine(QStringLiteral("db")),
             expected(peakOf(QStringLiteral("sum(rate(pg_stat_database_xact_commit{pod=\"db-postgresql-0\"}[5m]))"),
                             &Quantity::perSecond),
                      peakOf(QStringLiteral("sum(pg_stat_activity_count{pod=\"db-postgresql-0\"})"), &Quantity::count),
                      none, none));
    // cache-redis-1 has no exporter: the release's figure is cache-redis-0's.
    QCOMPARE(engineLine(QStringLiteral("cache")),
             expected(none, none,
                      peakOf(QStringLiteral("max(redis_memory_used_bytes{pod=\"cache-redis-0\"})"), &Quantity::bytes,
                             QStringLiteral("max(redis_memory_max_bytes{pod=\"cache-redis-0\"})")),
                      none));
    QCOMPARE(engineLine(QStringLiteral("queue")),
             expected(none, none, none,
                      peakOf(QStringLiteral("sum(jvm_memory_used_bytes{area=\"heap\",pod=\"queue-kafka-0\"})"),
                             &Quantity::bytes,
                             QStringLiteral("sum(jvm_memory_max_bytes{area=\"heap\",pod=\"queue-kafka-0\"} > 0)"))));
    QCOMPARE(engineLine(QStringLiteral("legacy")), expected(none, none, none, none));
}

// Through the window: File › Import from Prometheus… into the open plan's services is one undo
// step, and Ctrl+Z takes it back.
void TestPromImportDialog::importIsOneUndoStep()
{
    Plan open;
    {
        PromImportDialog first(Plan {}, *m_catalog);
        fill(first);
        QVERIFY(measure(first) && first.resultPlan());
        open = *first.resultPlan();
        for (auto& s : open.services)
            s.measured.reset();
    }
    MainWindow window(*m_catalog);
    window.setInteractive(false);
    QVERIFY(!window.document()->setPlan(open, QString()));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<PromImportDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QVERIFY(dialog->updatesPlan());
        fill(*dialog);
        QVERIFY(measure(*dialog));
        QVERIFY2(dialog->summaryText().contains(QLatin1String("Import stores the measurement of")),
                 qPrintable(dialog->summaryText()));
        driven = true;
        importButton(*dialog)->click();
    });
    window.findChild<QAction*>(QStringLiteral("importPrometheusAction"))->trigger();
    QVERIFY(driven);
    QCOMPARE(window.document()->undoStack()->count(), 1);
    const PlannedService* db = window.document()->plan().service(QStringLiteral("db"));
    QVERIFY(db && db->measured);
    QVERIFY(db->request == open.service(QStringLiteral("db"))->request); // what the user set stays

    // The offscreen platform activates no window when a modal dialog closes; a desktop does.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QWidget* focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : &window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!window.document()->plan().service(QStringLiteral("db"))->measured);
    QVERIFY(window.document()->plan() == open);
}

// A token read from its file goes to the server and nowhere else: not into the plan.
void TestPromImportDialog::secretsStayOutOfThePlan()
{
    const QString tokenFile = m_dir.filePath(QStringLiteral("token"));
    const QByteArray token = "s3cret-token-4711";
    QVERIFY(testutils::writeFile(tokenFile, token + '\n'));
    PromImportDialog dialog(Plan {}, *m_catalog);
    fill(dialog);
    dialog.setAuth(PromImportDialog::Auth::Token, tokenFile);
    QVERIFY(measure(dialog) && dialog.resultPlan());
    const QByteArray yaml = PlanWriter::toYaml(*dialog.resultPlan());
    QVERIFY(yaml.contains("measured"));
    QVERIFY(!yaml.contains(token));
    QVERIFY(!dialog.summaryText().contains(QLatin1String(token)));
}

void TestPromImportDialog::badFieldsSayWhy()
{
    PromImportDialog dialog(Plan {}, *m_catalog);
    fill(dialog);
    dialog.setWindow(QStringLiteral("fortnight"));
    QVERIFY(measure(dialog));
    QVERIFY(!dialog.isMeasuring());
    QVERIFY2(dialog.summaryText().startsWith(QLatin1String("Window: 'fortnight'")), qPrintable(dialog.summaryText()));
    QVERIFY(!importButton(dialog)->isEnabled());

    fill(dialog);
    dialog.setAuth(PromImportDialog::Auth::Token, m_dir.filePath(QStringLiteral("missing")));
    QVERIFY(measure(dialog));
    QVERIFY2(dialog.summaryText().contains(QLatin1String("cannot read")), qPrintable(dialog.summaryText()));

    // A CA file without a PEM certificate, in the words of the dialog's field.
    fill(dialog);
    dialog.setAuth(PromImportDialog::Auth::None, {});
    dialog.setCaFile(m_certificates.serverKey());
    QVERIFY(measure(dialog));
    QVERIFY2(dialog.summaryText().startsWith(
                 QStringLiteral("CA file: %1 holds no PEM certificate.").arg(m_certificates.serverKey())),
             qPrintable(dialog.summaryText()));
    QVERIFY(!importButton(dialog)->isEnabled());
}

// Over HTTPS with the CA file that signed the server's certificate, the plan of plain HTTP; with
// another CA, the summary names the certificate and why it is not trusted, and nothing to import.
void TestPromImportDialog::measuresOverHttps()
{
    PromImportDialog plain(Plan {}, *m_catalog);
    fill(plain);
    QVERIFY(measure(plain) && plain.resultPlan());

    PromImportDialog dialog(Plan {}, *m_catalog);
    fill(dialog);
    dialog.setUrl(m_tlsServer.url());
    dialog.setCaFile(m_certificates.otherCaFile());
    QVERIFY(measure(dialog));
    QVERIFY(!dialog.resultPlan());
    QVERIFY2(dialog.summaryText().contains(
                 QLatin1String("the server's certificate (127.0.0.1, issued by Headroom test CA) is not trusted")),
             qPrintable(dialog.summaryText()));
    QVERIFY(!importButton(dialog)->isEnabled());

    dialog.setCaFile(m_certificates.caFile());
    QVERIFY(measure(dialog));
    QVERIFY2(dialog.resultPlan(), qPrintable(dialog.summaryText()));
    // The plan names the URL it measured (its name, each measurement's source); the rest is the same.
    const QString https = QString::fromUtf8(PlanWriter::toYaml(*dialog.resultPlan()));
    QVERIFY(https.contains(m_tlsServer.url()));
    QCOMPARE(QString(https).replace(m_tlsServer.url(), m_server.url()),
             QString::fromUtf8(PlanWriter::toYaml(*plain.resultPlan())));
}

// A server that accepts and never answers: Cancel returns at once, the dialog is ready again,
// and the worker closes its connection within 100 ms of event-loop time. The tenant reaches
// the server as X-Scope-OrgID.
void TestPromImportDialog::cancelNeverWaits()
{
    StallingServer server;
    QVERIFY(server.isListening());
    PromImportDialog dialog(Plan {}, *m_catalog);
    dialog.setUrl(server.url());
    dialog.setOrgId(QStringLiteral("tenant-a|tenant-b"));
    QSignalSpy finished(&dialog, &PromImportDialog::measurementFinished);
    dialog.measure();
    QVERIFY(dialog.isMeasuring());
    QTRY_VERIFY_WITH_TIMEOUT(server.received().contains("\r\n\r\n"), 10'000);
    QVERIFY2(server.received().contains("X-Scope-OrgID: tenant-a|tenant-b\r\n"), server.received().constData());
    QVERIFY(server.openConnections() > 0);

    auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("cancelMeasuringButton"));
    QVERIFY(cancel && cancel->isEnabled());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY2(clock.elapsed() < 100, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!dialog.isMeasuring());
    QCOMPARE(finished.count(), 1);
    QVERIFY(dialog.stepText().startsWith(QLatin1String("Cancelled")));
    QVERIFY(!importButton(dialog)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 100);
}

QTEST_MAIN(TestPromImportDialog)
#include "tst_promimportdialog.moc"
