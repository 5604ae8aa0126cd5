// SPDX-License-Identifier: Apache-2.0
// Proof by a real engine: the rabbitmq.conf Headroom exports, as the chart renders it into its
// ConfigMap, starts Debian's rabbitmq-server 3.10 (the test's own node on loopback ports, with
// its own data, logs, Erlang cookie and port mapper, never a system service), and the running
// node reports the memory high watermark and the disk free limit the sizing planned. Skips
// only when rabbitmq-server is not installed.
#include "charttemplate.h"
#include "engine/sizingengine.h"
#include "testutils.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace headroom;

namespace {

// The scripts themselves: /usr/sbin's wrappers switch to the rabbitmq system user.
const QString kBin = QStringLiteral("/usr/lib/rabbitmq/bin/");
const QString kEpmd = QStringLiteral("epmd");

// What only the pod's environment decides: where the node listens. The management plugin is
// not enabled here, so its lines go.
QString forThisHost(QString conf, quint16 port)
{
    static const QRegularExpression listener(QStringLiteral("^listeners\\.tcp\\..*$"),
                                             QRegularExpression::MultilineOption);
    static const QRegularExpression management(QStringLiteral("^management\\..*$"),
                                               QRegularExpression::MultilineOption);
    conf.replace(listener, QStringLiteral("listeners.tcp.1 = 127.0.0.1:%1").arg(port));
    conf.replace(management, QString());
    return conf;
}

// A node of the test's own: data, logs, cookie (HOME) and the port mapper in `dir`.
class Node
{
public:
    Node(const QTemporaryDir& dir, quint16 distPort, quint16 epmdPort)
        : m_name(QStringLiteral("headroom-test@localhost"))
        , m_epmdPort(epmdPort)
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), dir.path());
        m_env.insert(QStringLiteral("RABBITMQ_MNESIA_BASE"), dir.filePath(QStringLiteral("mnesia")));
        m_env.insert(QStringLiteral("RABBITMQ_LOG_BASE"), dir.filePath(QStringLiteral("log")));
        m_env.insert(QStringLiteral("RABBITMQ_CONFIG_FILE"), dir.filePath(QStringLiteral("rabbitmq.conf")));
        m_env.insert(QStringLiteral("RABBITMQ_ENABLED_PLUGINS_FILE"), dir.filePath(QStringLiteral("enabled_plugins")));
        m_env.insert(QStringLiteral("RABBITMQ_PID_FILE"), dir.filePath(QStringLiteral("rabbit.pid")));
        m_env.insert(QStringLiteral("RABBITMQ_NODENAME"), m_name);
        m_env.insert(QStringLiteral("RABBITMQ_DIST_PORT"), QString::number(distPort));
        m_env.insert(QStringLiteral("ERL_EPMD_PORT"), QString::number(epmdPort));
        testutils::writeFile(dir.filePath(QStringLiteral("enabled_plugins")), "[].\n");
    }

    ~Node() { stop(); }

    bool start()
    {
        m_server.setProcessEnvironment(m_env);
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.start(kBin + QStringLiteral("rabbitmq-server"), {});
        if (!m_server.waitForStarted(10000))
            return false;
        const QDeadlineTimer deadline(120000);
        while (!deadline.hasExpired() && m_server.state() == QProcess::Running) {
            if (ctl(QStringLiteral("rabbitmq-diagnostics"), { QStringLiteral("check_running") }).exitCode == 0)
                return true;
            QThread::msleep(250);
        }
        return false;
    }

    // Stops the node (SIGTERM makes the script stop it cleanly), then the port mapper it started.
    void stop()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            if (!m_server.waitForFinished(60000))
                m_server.kill();
            m_server.waitForFinished(5000);
        }
        if (!m_stopped) {
            m_stopped = true;
            testutils::runProcess(kEpmd,
                                  { QStringLiteral("-port"), QString::number(m_epmdPort), QStringLiteral("-kill") },
                                  m_env, {}, 10000);
        }
    }

    // An Erlang expression evaluated on the node, as rabbitmqctl prints its result.
    QString eval(const QString& expression)
    {
        const auto r = ctl(QStringLiteral("rabbitmqctl"), { QStringLiteral("eval"), expression });
        return r.exitCode == 0 ? r.out.trimmed() : QStringLiteral("(rabbitmqctl failed: %1)").arg(r.err.trimmed());
    }

    QString output() { return QString::fromUtf8(m_server.readAll()); }

private:
    testutils::ProcessResult ctl(const QString& tool, QStringList arguments) const
    {
        arguments.prepend(m_name);
        arguments.prepend(QStringLiteral("-n"));
        arguments.prepend(QStringLiteral("-q"));
        return testutils::runProcess(kBin + tool, arguments, m_env, {}, 60000);
    }

    QString m_name;
    quint16 m_epmdPort;
    QProcessEnvironment m_env;
    QProcess m_server;
    bool m_stopped = false;
};

} // namespace

class TestRabbitMq : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFile::exists(kBin + QStringLiteral("rabbitmq-server")))
            QSKIP("rabbitmq-server is not installed: Debian's rabbitmq-server (scripts/setup.sh installs it)");
    }

    // Two plans: the catalog's defaults, and a watermark and disk free limit of the plan's own.
    void exportedConfigStartsRabbitMq_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("inputs");
        QTest::addRow("medium, defaults") << "medium"
                                          << "";
        QTest::addRow("large, watermark 50%%, disk free 5G") << "large"
                                                             << "{watermark: 50%, disk_free_limit: 5G}";
    }

    void exportedConfigStartsRabbitMq()
    {
        QFETCH(QString, tier);
        QFETCH(QString, inputs);
        const QByteArray plan = QStringLiteral("apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: rabbitmq}\n"
                                               "services:\n  - {name: jobs, kind: rabbitmq, tier: %1%2}\n")
                                    .arg(tier, inputs.isEmpty() ? QString() : QStringLiteral(", inputs: ") + inputs)
                                    .toUtf8();
        const auto rendered
            = testutils::renderService(plan, QStringLiteral("jobs"), QStringLiteral(HEADROOM_CHARTS_DIR "/rabbitmq"),
                                       { QStringLiteral("rabbitmq.admin.password") });
        QVERIFY2(rendered.error.isEmpty(), qPrintable(rendered.error));
        const QStringList confs
            = testutils::configMapTexts(rendered.documents, QStringLiteral("vm_memory_high_watermark"));
        QCOMPARE(confs.size(), 1);

        // What the engine planned.
        auto catalog = testutils::builtInCatalog();
        QVERIFY(catalog);
        ServiceRequest request;
        request.service = QStringLiteral("rabbitmq");
        request.size = tier;
        if (!inputs.isEmpty()) {
            request.inputs.insert(QStringLiteral("watermark"),
                                  Quantity::parse(Dimension::Percent, QStringLiteral("50%")).value());
            request.inputs.insert(QStringLiteral("disk_free_limit"),
                                  Quantity::parse(Dimension::Memory, QStringLiteral("5G")).value());
        }
        const auto sizing = SizingEngine(catalog.value()).size(request);
        QVERIFY(sizing);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const quint16 port = testutils::freeLoopbackPort();
        const quint16 distPort = testutils::freeLoopbackPort();
        const quint16 epmdPort = testutils::freeLoopbackPort();
        QVERIFY(port && distPort && epmdPort && port != distPort && distPort != epmdPort && port != epmdPort);
        QVERIFY(testutils::writeFile(dir.filePath(QStringLiteral("rabbitmq.conf")),
                                     forThisHost(confs.first(), port).toUtf8()));
        Node node(dir, distPort, epmdPort);
        QElapsedTimer startup;
        startup.start();
        QVERIFY2(node.start(),
                 qPrintable(QStringLiteral("rabbitmq-server refused the exported config: ") + node.output()));
        qInfo("rabbitmq-server answered after %lld ms", static_cast<long long>(startup.elapsed()));

        // RabbitMQ's limit is the relative watermark of the memory it was told it has.
        QCOMPARE(node.eval(QStringLiteral("vm_memory_monitor:get_vm_memory_high_watermark().")),
                 sizing->setting(QStringLiteral("vm_memory_high_watermark.relative"))->value);
        const auto limit = node.eval(QStringLiteral("vm_memory_monitor:get_memory_limit().")).toLongLong();
        const std::int64_t planned = sizing->value(QStringLiteral("watermark_bytes"))->value.raw();
        // The plan states the watermark in whole MiB below RabbitMQ's exact figure.
        QVERIFY2(limit >= planned && limit - planned < std::int64_t { 1024 } * 1024,
                 qPrintable(QStringLiteral("RabbitMQ's limit %1, planned %2").arg(limit).arg(planned)));
        QCOMPARE(node.eval(QStringLiteral("rabbit_disk_monitor:get_disk_free_limit().")),
                 QString::number(sizing->input(QStringLiteral("disk_free_limit"))->value.raw()));
        QCOMPARE(node.eval(QStringLiteral("application:get_env(rabbit, channel_max).")),
                 QStringLiteral("{ok,%1}").arg(sizing->setting(QStringLiteral("channel_max"))->value));
    }
};

QTEST_GUILESS_MAIN(TestRabbitMq)
#include "tst_rabbitmq.moc"
