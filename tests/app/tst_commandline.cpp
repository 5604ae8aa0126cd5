// SPDX-License-Identifier: Apache-2.0
#include "testutils.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using headroom::testutils::readFile;
using headroom::testutils::writeFile;

// Runs the real `headroom` executable, as a user or a CI job would.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    using Result = headroom::testutils::ProcessResult;

    // Without a display unless `withDisplay`; `language` sets HEADROOM_LANGUAGE ("en", "ko"),
    // empty leaves the environment's.
    static QProcessEnvironment environment(bool withDisplay = false, const QString& language = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!language.isEmpty())
            env.insert(QStringLiteral("HEADROOM_LANGUAGE"), language);
        if (!withDisplay) {
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        }
        return env;
    }

    static Result run(const QStringList& arguments, bool withDisplay = false, const QString& language = {})
    {
        return headroom::testutils::runProcess(QStringLiteral(HEADROOM_EXECUTABLE), arguments,
                                               environment(withDisplay, language));
    }

private slots:
    void version()
    {
        const auto r = run({ QStringLiteral("--version") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral(HEADROOM_VERSION)), qPrintable(r.out));
    }

    void help()
    {
        const auto r = run({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("size")));
        QVERIFY(r.out.contains(QStringLiteral("catalog")));
        const auto size = run({ QStringLiteral("size"), QStringLiteral("--help") });
        QCOMPARE(size.exitCode, 0);
        QVERIFY(size.out.contains(QStringLiteral("--connections")));
    }

    // `headroom --help` lists every command, each of which answers --help.
    void helpListsEveryCommand()
    {
        const auto r = run({ QStringLiteral("--help") });
        for (const char* name :
             { "size", "catalog", "check", "report", "diff", "export", "tune", "import", "sample" }) {
            const QString command = QString::fromLatin1(name);
            QVERIFY2(r.out.contains(QStringLiteral("\n  %1 ").arg(command)), name);
            const auto help = run({ command, QStringLiteral("--help") });
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.startsWith(QStringLiteral("Usage: ")), qPrintable(help.out));
        }
    }

    void postgresLargeBreakdown()
    {
        const auto r = run({ QStringLiteral("size"), QStringLiteral("postgresql"), QStringLiteral("--tier"),
                             QStringLiteral("large"), QStringLiteral("--connections"), QStringLiteral("200") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        for (const char* part : { "Memory breakdown", "shared_buffers", "work_mem x connections", "Backend overhead",
                                  "autovacuum_max_workers x autovacuum_work_mem", "OS and page cache", "Why",
                                  "PostgreSQL profile: Headroom (container-aware) (headroom)" })
            QVERIFY2(r.out.contains(QLatin1String(part)), part);
        // Every formula line carries its explanation.
        QVERIFY(r.out.contains(QStringLiteral("PostgreSQL's own buffer cache")));
    }

    // `--profile` on size, report and check, as on export; the plan's own profile otherwise.
    static QJsonObject jsonOf(const Result& r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }

    static QJsonObject firstRole(const QJsonObject& report)
    {
        return report.value(QStringLiteral("services"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("roles"))
            .toArray()
            .first()
            .toObject();
    }

    void profileOption()
    {
        const QStringList size { QStringLiteral("size"),   QStringLiteral("postgresql"), QStringLiteral("--tier"),
                                 QStringLiteral("medium"), QStringLiteral("--format"),   QStringLiteral("json") };
        const auto byDefault = run(size);
        QCOMPARE(byDefault.exitCode, 0);
        QCOMPARE(jsonOf(byDefault).value(QStringLiteral("postgresProfile")).toString(), QStringLiteral("headroom"));
        const auto guide = run(size + QStringList { QStringLiteral("--profile"), QStringLiteral("guide") });
        QCOMPARE(guide.exitCode, 0);
        const QJsonObject guideSizing = jsonOf(guide);
        QCOMPARE(guideSizing.value(QStringLiteral("postgresProfile")).toString(), QStringLiteral("guide"));
        QVERIFY(guideSizing.value(QStringLiteral("settings")) != jsonOf(byDefault).value(QStringLiteral("settings")));
        const auto unknown = run(size + QStringList { QStringLiteral("--profile"), QStringLiteral("nope") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("--profile")), qPrintable(unknown.err));

        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.yaml"));
        QVERIFY(writeFile(plan,
                          "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: p}\nservices:\n"
                          "  - {name: db, kind: postgresql, tier: medium}\n"));
        const auto report = run({ QStringLiteral("report"), plan, QStringLiteral("--format"), QStringLiteral("json"),
                                  QStringLiteral("--profile"), QStringLiteral("guide") });
        QCOMPARE(report.exitCode, 0);
        const QJsonObject role = firstRole(jsonOf(report));
        QCOMPARE(role.value(QStringLiteral("postgresProfile")).toString(), QStringLiteral("guide"));
        QCOMPARE(role.value(QStringLiteral("settings")), guideSizing.value(QStringLiteral("settings")));
        QCOMPARE(role.value(QStringLiteral("memory")), guideSizing.value(QStringLiteral("memory")));

        QCOMPARE(run({ QStringLiteral("check"), plan }).exitCode, 0);
        const auto casestudy
            = run({ QStringLiteral("check"), plan, QStringLiteral("--profile"), QStringLiteral("casestudy") });
        QCOMPARE(casestudy.exitCode, 1);
        QVERIFY2(casestudy.out.contains(QStringLiteral("memory.overcommit")), qPrintable(casestudy.out));
    }

    // A plan that names its profile is sized, checked and exported with it.
    void planNamesItsProfile()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.yaml"));
        QVERIFY(writeFile(plan,
                          "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: p}\n"
                          "postgresProfile: casestudy\nservices:\n"
                          "  - {name: db, kind: postgresql, tier: large}\n"));
        const auto check = run({ QStringLiteral("check"), plan });
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(QStringLiteral("memory.overcommit")), qPrintable(check.out));
        const auto report = run({ QStringLiteral("report"), plan, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(firstRole(jsonOf(report)).value(QStringLiteral("postgresProfile")).toString(),
                 QStringLiteral("casestudy"));
        const QString out = dir.filePath(QStringLiteral("out"));
        const auto exported
            = run({ QStringLiteral("export"), plan, QStringLiteral("--out"), out, QStringLiteral("--allow-findings") });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QByteArray conf = readFile(out + QStringLiteral("/db.postgresql.conf"));
        QVERIFY2(conf.contains("profile: Case study tuning"), conf.constData());
        QVERIFY(readFile(out + QStringLiteral("/db.values.yaml")).contains("Profile: casestudy"));
    }

    void everyServiceAndTierAnswers_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("tier");
        const QStringList services
            = { QStringLiteral("postgresql"), QStringLiteral("mysql"),         QStringLiteral("mongodb"),
                QStringLiteral("redis"),      QStringLiteral("elasticsearch"), QStringLiteral("kafka"),
                QStringLiteral("rabbitmq"),   QStringLiteral("prometheus"),    QStringLiteral("grafana"),
                QStringLiteral("loki"),       QStringLiteral("keycloak"),      QStringLiteral("nextcloud") };
        for (const auto& s : services) {
            for (const char* t : { "small", "medium", "large", "xlarge" })
                QTest::addRow("%s/%s", qPrintable(s), t) << s << QString::fromLatin1(t);
        }
    }

    void everyServiceAndTierAnswers()
    {
        QFETCH(QString, service);
        QFETCH(QString, tier);
        const auto r = run({ QStringLiteral("size"), service, QStringLiteral("--tier"), tier,
                             QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(doc.object().value(QStringLiteral("service")).toString(), service);
        QCOMPARE(doc.object().value(QStringLiteral("tier")).toString(), tier);
        QVERIFY(!doc.object().value(QStringLiteral("resources")).toObject().isEmpty());
    }

    void yamlFormat()
    {
        const auto r = run({ QStringLiteral("size"), QStringLiteral("redis"), QStringLiteral("--tier"),
                             QStringLiteral("large"), QStringLiteral("--format"), QStringLiteral("yaml") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("maxmemory: \"6gb\"")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("service: redis")));
    }

    void explicitLimits()
    {
        const auto r
            = run({ QStringLiteral("size"), QStringLiteral("postgresql"), QStringLiteral("--memory"),
                    QStringLiteral("4Gi"), QStringLiteral("--cpu"), QStringLiteral("1500m"), QStringLiteral("--format"),
                    QStringLiteral("json"), QStringLiteral("--profile"), QStringLiteral("guide") });
        QCOMPARE(r.exitCode, 0);
        const auto o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const auto limits = o.value(QStringLiteral("resources")).toObject().value(QStringLiteral("limits")).toObject();
        QCOMPARE(limits.value(QStringLiteral("memory")).toString(), QStringLiteral("4Gi"));
        QCOMPARE(limits.value(QStringLiteral("cpu")).toString(), QStringLiteral("1500m"));
        QCOMPARE(o.value(QStringLiteral("postgresProfile")).toString(), QStringLiteral("guide"));
        QCOMPARE(o.value(QStringLiteral("settings")).toObject().value(QStringLiteral("shared_buffers")).toString(),
                 QStringLiteral("1GB"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        const QString size = QStringLiteral("size");
        const QString pg = QStringLiteral("postgresql");
        QTest::addRow("unknown service") << QStringList { size, QStringLiteral("oracle") }
                                         << QStringLiteral("unknown service 'oracle'; the services are: ");
        QTest::addRow("no service") << QStringList { size } << QStringLiteral("give exactly one service");
        QTest::addRow("two services") << QStringList { size, pg, QStringLiteral("mysql") }
                                      << QStringLiteral("give exactly one service");
        QTest::addRow("unknown tier") << QStringList { size, pg, QStringLiteral("--tier"), QStringLiteral("huge") }
                                      << QStringLiteral("--tier: unknown tier 'huge'; the tiers are: small, medium");
        QTest::addRow("bad memory") << QStringList { size, pg, QStringLiteral("--memory"), QStringLiteral("12XB") }
                                    << QStringLiteral("--memory: '12XB' is not a memory quantity");
        QTest::addRow("negative memory") << QStringList { size, pg, QStringLiteral("--memory"), QStringLiteral("-1Gi") }
                                         << QStringLiteral("--memory: '-1Gi'");
        QTest::addRow("huge memory") << QStringList { size, pg, QStringLiteral("--memory"), QStringLiteral("1e400") }
                                     << QStringLiteral("--memory: '1e400'");
        // The same bounds as a plan's resources, so a size that works here loads as a plan.
        QTest::addRow("memory beyond a plan's")
            << QStringList { size, pg, QStringLiteral("--memory"), QStringLiteral("2Pi") }
            << QStringLiteral("--memory: a memory amount must be above 0 and at most 1Pi.");
        QTest::addRow("zero memory request")
            << QStringList { size, pg, QStringLiteral("--memory-request"), QStringLiteral("0") }
            << QStringLiteral("--memory-request: a memory amount must be above 0");
        QTest::addRow("cpu beyond a plan's")
            << QStringList { size, pg, QStringLiteral("--cpu"), QStringLiteral("1001") }
            << QStringLiteral("--cpu: a CPU amount must be above 0 and at most 1000 cores.");
        QTest::addRow("spaced memory") << QStringList { size, pg, QStringLiteral("--memory"), QStringLiteral("4 GB") }
                                       << QStringLiteral("no space");
        QTest::addRow("bad cpu") << QStringList { size, pg, QStringLiteral("--cpu"), QStringLiteral("two") }
                                 << QStringLiteral("--cpu: 'two'");
        QTest::addRow("bad connections") << QStringList { size, pg, QStringLiteral("--connections"),
                                                          QStringLiteral("many") }
                                         << QStringLiteral("connections: 'many'");
        QTest::addRow("zero connections")
            << QStringList { size, pg, QStringLiteral("--connections"), QStringLiteral("0") }
            << QStringLiteral("--connections: connections is 0, below its minimum 1");
        QTest::addRow("unknown input") << QStringList { size, pg, QStringLiteral("--set"), QStringLiteral("foo=1") }
                                       << QStringLiteral("--set: postgresql has no input 'foo'; its inputs are: ");
        QTest::addRow("set without value")
            << QStringList { size, pg, QStringLiteral("--set"), QStringLiteral("dataset") }
            << QStringLiteral("--set: 'dataset' is not name=value");
        QTest::addRow("set wrong unit") << QStringList { size, pg, QStringLiteral("--set"),
                                                         QStringLiteral("dataset=fast") }
                                        << QStringLiteral("--set dataset: 'fast' is not a memory quantity");
        QTest::addRow("unknown format") << QStringList { size, pg, QStringLiteral("--format"), QStringLiteral("xml") }
                                        << QStringLiteral("--format: 'xml' is not one of table, yaml, json");
        QTest::addRow("unknown option") << QStringList { size, pg, QStringLiteral("--frobnicate") }
                                        << QStringLiteral("frobnicate");
        QTest::addRow("request above limit") << QStringList { size,
                                                              pg,
                                                              QStringLiteral("--tier"),
                                                              QStringLiteral("small"),
                                                              QStringLiteral("--memory-request"),
                                                              QStringLiteral("8Gi") }
                                             << QStringLiteral("above the limit");
        QTest::addRow("unknown storage class")
            << QStringList { size, pg, QStringLiteral("--storage-class"), QStringLiteral("floppy") }
            << QStringLiteral("--storage-class: unknown storage class 'floppy'");
        QTest::addRow("bad replicas") << QStringList { size, pg, QStringLiteral("--replicas"), QStringLiteral("0") }
                                      << QStringLiteral("--replicas: '0' is not a whole number from 1 to 10000");
        QTest::addRow("unknown catalog list") << QStringList { QStringLiteral("catalog"), QStringLiteral("widgets") }
                                              << QStringLiteral("'widgets' is not one of services, tiers");
        QTest::addRow("missing catalog file")
            << QStringList { size, pg, QStringLiteral("--catalog"), QStringLiteral("/nonexistent/catalog.yaml") }
            << QStringLiteral("/nonexistent/catalog.yaml");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const auto r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
        // One clear line, no stack trace or noise.
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(r.err.startsWith(QStringLiteral("headroom ")));
    }

    void catalogLists()
    {
        const auto services = run({ QStringLiteral("catalog"), QStringLiteral("services") });
        QCOMPARE(services.exitCode, 0);
        for (const char* s : { "postgresql", "mysql", "mongodb", "redis", "elasticsearch", "kafka", "rabbitmq",
                               "prometheus", "grafana", "loki", "keycloak", "nextcloud" })
            QVERIFY2(services.out.contains(QLatin1String(s)), s);
        const auto tiers = run({ QStringLiteral("catalog"), QStringLiteral("tiers") });
        QCOMPARE(tiers.exitCode, 0);
        QVERIFY(tiers.out.contains(QStringLiteral("High Performance")));
        QVERIFY(tiers.out.contains(QStringLiteral("xlarge")));
        const auto classes = run({ QStringLiteral("catalog"), QStringLiteral("storage-classes") });
        QCOMPARE(classes.exitCode, 0);
        QVERIFY(classes.out.contains(QStringLiteral("Network SSD (Premium)")));
        const auto one = run({ QStringLiteral("catalog"), QStringLiteral("services"), QStringLiteral("postgresql") });
        QCOMPARE(one.exitCode, 0);
        QVERIFY(one.out.contains(QStringLiteral("Large production, < 200 GB data")));
        QVERIFY(one.out.contains(QStringLiteral("shared_buffers")));
    }

    // A service's matrix prints its quantities as every other output does (integers in full),
    // not as the catalog file abbreviates them.
    void catalogMatrixPrintsWholeNumbers()
    {
        const auto r = run({ QStringLiteral("catalog"), QStringLiteral("services"), QStringLiteral("rabbitmq") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("10000/s")), qPrintable(r.out));
        static const QRegularExpression abbreviated(QStringLiteral("\\b\\d+k(/s)?\\b"));
        QVERIFY2(!r.out.contains(abbreviated), qPrintable(r.out));
    }

    void withoutDisplayPrintsTheSample()
    {
        const auto r = run({});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("No display found")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Small production stack")));
        QVERIFY(r.out.contains(QStringLiteral("app-db")));
    }

    // The window starts, paints and quits, every time: the catalog worker that runs beside
    // QApplication's start once raced it for Qt's main thread ("QApplication was not created
    // in the main() thread"), and the losing start-ups hung (about one in fifteen).
    void windowStartsCleanlyEveryTime()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HEADROOM_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        for (int i = 0; i < 20; ++i) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(HEADROOM_HOOKED_EXECUTABLE), QStringList());
            if (!process.waitForFinished(20000)) {
                process.kill();
                process.waitForFinished();
                QFAIL(qPrintable(
                    QStringLiteral("start %1 hung: %2").arg(i).arg(QString::fromUtf8(process.readAllStandardError()))));
            }
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(err));
            QVERIFY2(process.readAllStandardOutput().contains("first-paint"), qPrintable(err));
            QVERIFY2(!err.contains(QStringLiteral("main() thread")), qPrintable(err));
        }
    }

    // The window's own options are checked like the commands': exit 2, one line, at once;
    // without a display too, rather than printing the sample as if nothing was wrong.
    void windowBadOptionWithoutDisplayExitsTwo()
    {
        const auto r = run({ QStringLiteral("--frobnicate") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.trimmed(), QStringLiteral("headroom: Unknown option 'frobnicate'."));
    }

    // A plan given without a display: its report, not the sample's.
    void withoutDisplayReportsTheGivenPlan()
    {
        const QString plan = example("case-study-before.yaml");
        const auto r = run({ plan });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, run({ QStringLiteral("report"), plan }).out);
        QVERIFY2(r.err.contains(plan), qPrintable(r.err));
        const auto missing = run({ QStringLiteral("/nonexistent/plan.yaml") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("/nonexistent/plan.yaml")), qPrintable(missing.err));
    }

    void windowBadOptionExitsTwo()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HEADROOM_EXECUTABLE), { QStringLiteral("--frobnicate") });
        QVERIFY(process.waitForFinished(20000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.contains(QStringLiteral("headroom: Unknown option 'frobnicate'.")), qPrintable(err));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void screenshotRendersOffscreen()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("window.png"));
        const auto r = run({ QStringLiteral("--screenshot"), png });
        QCOMPARE(r.exitCode, 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
    }

    // Every view renders at the size asked for, the smallest the window supports among them.
    void screenshotOfEveryViewAtASize_data()
    {
        QTest::addColumn<QString>("view");
        for (const char* view : { "sizing", "whatif", "cluster", "exports", "findings", "welcome" })
            QTest::addRow("%s", view) << QString::fromLatin1(view);
    }

    void screenshotOfEveryViewAtASize()
    {
        QFETCH(QString, view);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("window.png"));
        const auto r = run({ QStringLiteral("--screenshot"), png, QStringLiteral("--size"), QStringLiteral("1024x700"),
                             QStringLiteral("--view"), view, example("case-study-before.yaml") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QImage(png).size(), QSize(1024, 700));
    }

    // A screenshot is not the user opening a plan: the recent files and the plan reopened at
    // the next start stay as they were.
    void screenshotLeavesTheSettingsAlone()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        const QString plan = example("case-study-before.yaml");
        const auto r = headroom::testutils::runProcess(
            QStringLiteral(HEADROOM_EXECUTABLE),
            { QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")), plan }, env);
        QCOMPARE(r.exitCode, 0);
        QDirIterator files(dir.filePath(QStringLiteral("config")), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QVERIFY2(!headroom::testutils::readFile(path).contains(QFileInfo(plan).fileName().toUtf8()),
                     qPrintable(path));
        }
    }

    void screenshotRefusesABadSize()
    {
        QTemporaryDir dir;
        const auto r = run({ QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")),
                             QStringLiteral("--size"), QStringLiteral("big") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--size: 'big'")), qPrintable(r.err));
    }

    // headroom tune: PGTune's settings, as a user or a CI job runs it.
private:
    static QStringList tuneExampleArguments()
    {
        return { QStringLiteral("tune"),    QStringLiteral("--pg-version"),
                 QStringLiteral("18"),      QStringLiteral("--os"),
                 QStringLiteral("linux"),   QStringLiteral("--type"),
                 QStringLiteral("web"),     QStringLiteral("--memory"),
                 QStringLiteral("1GB"),     QStringLiteral("--cpus"),
                 QStringLiteral("2"),       QStringLiteral("--connections"),
                 QStringLiteral("100"),     QStringLiteral("--storage"),
                 QStringLiteral("ssd"),     QStringLiteral("--db-size"),
                 QStringLiteral("less_ram") };
    }

    // Three machines in PGTune's keys: the profile's first example (every key), the second (numbers as strings,
    // as PGTune's form sends them), and one with most keys left to their defaults and blank CPUs/connections.
    static QByteArray tuneBatchInput()
    {
        return "{\"dbVersion\": 18, \"osType\": \"linux\", \"dbType\": \"web\", \"totalMemory\": 1, "
               "\"totalMemoryUnit\": \"GB\", \"cpuNum\": 2, \"connectionNum\": 100, \"hdType\": \"ssd\", "
               "\"dbSize\": \"less_ram\"}\n"
               "{\"totalMemory\": \"512\", \"totalMemoryUnit\": \"MB\", \"cpuNum\": \"8\", \"connectionNum\": \"200\", "
               "\"dbSize\": \"less_ram\"}\n"
               "\n"
               "{\"dbVersion\": 14, \"osType\": \"windows\", \"dbType\": \"desktop\", \"totalMemory\": 64, "
               "\"cpuNum\": null, \"connectionNum\": \"\"}\n";
    }

    // The same three machines as options, for comparing the batch with single runs.
    static QList<QStringList> tuneBatchAsOptions()
    {
        const QString t = QStringLiteral("tune");
        return {
            tuneExampleArguments(),
            { t, QStringLiteral("--memory"), QStringLiteral("512MB"), QStringLiteral("--cpus"), QStringLiteral("8"),
              QStringLiteral("--connections"), QStringLiteral("200"), QStringLiteral("--db-size"),
              QStringLiteral("less_ram") },
            { t, QStringLiteral("--pg-version"), QStringLiteral("14"), QStringLiteral("--os"),
              QStringLiteral("windows"), QStringLiteral("--type"), QStringLiteral("desktop"),
              QStringLiteral("--memory"), QStringLiteral("64GB") },
        };
    }

    // The parameter names of a JSON line in the order written. QJsonObject sorts its keys, so the order is read
    // from the text itself.
    static QStringList keysInOrder(const QString& jsonLine)
    {
        static const QRegularExpression key(QStringLiteral("\"([a-z_]+)\"\\s*:\\s*\""));
        QStringList keys;
        for (auto it = key.globalMatch(jsonLine); it.hasNext();)
            keys << it.next().captured(1);
        return keys;
    }

    // The "name = value" lines of `headroom tune` output, in order, as name → value pairs.
    static QList<QPair<QString, QString>> confSettings(const QString& conf)
    {
        QList<QPair<QString, QString>> settings;
        for (const QString& line : conf.split(QLatin1Char('\n'))) {
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const qsizetype eq = line.indexOf(QStringLiteral(" = "));
            settings.append({ line.left(eq), line.mid(eq + 3) });
        }
        return settings;
    }

    static void checkTuneBatchOutput(const Result& r)
    {
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QStringList outLines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(outLines.size(), 3);
        QVERIFY(r.out.endsWith(QLatin1Char('\n')));
        const auto singles = tuneBatchAsOptions();
        for (int i = 0; i < 3; ++i) {
            QJsonParseError error;
            const auto doc = QJsonDocument::fromJson(outLines.at(i).toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QCOMPARE(doc.object().keys(), QStringList { QStringLiteral("out") });
            const QJsonObject out = doc.object().value(QStringLiteral("out")).toObject();

            const auto single = run(singles.at(i));
            QCOMPARE(single.exitCode, 0);
            const auto expected = confSettings(single.out);
            QStringList expectedOrder;
            for (const auto& [name, value] : expected) {
                expectedOrder << name;
                QCOMPARE(out.value(name).toString(), value);
            }
            QCOMPARE(keysInOrder(outLines.at(i)), expectedOrder);
            QCOMPARE(out.size(), expected.size());
        }
        const QJsonObject first
            = QJsonDocument::fromJson(outLines.at(0).toUtf8()).object().value(QStringLiteral("out")).toObject();
        QCOMPARE(first.value(QStringLiteral("shared_buffers")).toString(), QStringLiteral("256MB"));
        QCOMPARE(first.value(QStringLiteral("wal_buffers")).toString(), QStringLiteral("7864kB"));
        QCOMPARE(first.value(QStringLiteral("checkpoint_completion_target")).toString(), QStringLiteral("0.9"));
        QCOMPARE(keysInOrder(outLines.at(0)),
                 QStringList({ "max_connections", "shared_buffers", "effective_cache_size", "maintenance_work_mem",
                               "checkpoint_completion_target", "wal_buffers", "default_statistics_target",
                               "random_page_cost", "effective_io_concurrency", "work_mem", "huge_pages", "jit",
                               "wal_compression", "io_method", "min_wal_size", "max_wal_size" }));
    }

    static Result runWithInput(const QStringList& arguments, const QByteArray& input)
    {
        return headroom::testutils::runProcess(QStringLiteral(HEADROOM_EXECUTABLE), arguments, environment(), input);
    }

private slots:
    void tuneWorkedExample()
    {
        const auto r = run(tuneExampleArguments());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QStringList outLines = r.out.split(QLatin1Char('\n'));
        for (const char* line :
             { "shared_buffers = 256MB", "wal_buffers = 7864kB", "io_method = io_uring", "effective_cache_size = 768MB",
               "work_mem = 4MB", "# DB Version: 18", "# Total Memory (RAM): 1 GB" })
            QVERIFY2(outLines.contains(QLatin1String(line)), line);
        QVERIFY(!r.out.contains(QStringLiteral("max_worker_processes")));
        // Defaults: the same machine with only what differs from PGTune's defaults gives the same settings.
        const auto defaults = run({ QStringLiteral("tune"), QStringLiteral("--memory"), QStringLiteral("1GB"),
                                    QStringLiteral("--cpus"), QStringLiteral("2"), QStringLiteral("--connections"),
                                    QStringLiteral("100"), QStringLiteral("--db-size"), QStringLiteral("less_ram") });
        QCOMPARE(defaults.exitCode, 0);
        QCOMPARE(defaults.out, r.out);
    }

    void tuneAlterSystem()
    {
        const auto r = run(tuneExampleArguments() << QStringLiteral("--format") << QStringLiteral("alter-system"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QStringList outLines = r.out.split(QLatin1Char('\n'));
        for (const char* line :
             { "ALTER SYSTEM SET shared_buffers = '256MB';", "ALTER SYSTEM SET wal_buffers = '7864kB';",
               "ALTER SYSTEM SET io_method = 'io_uring';", "-- DB Version: 18", "-- Data Storage: ssd" })
            QVERIFY2(outLines.contains(QLatin1String(line)), line);
        for (const QString& line : outLines)
            QVERIFY2(line.isEmpty() || line.startsWith(QLatin1String("-- "))
                         || line.startsWith(QLatin1String("ALTER SYSTEM SET ")),
                     qPrintable(line));
        QCOMPARE(r.out.count(QStringLiteral("ALTER SYSTEM SET ")), 16);
    }

    void tuneHelp()
    {
        const auto r = run({ QStringLiteral("tune"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        for (const char* part :
             { "--pg-version", "--memory", "--db-size", "--format", "--batch", "dbVersion", "stops" })
            QVERIFY2(r.out.contains(QLatin1String(part)), part);
    }

    void tuneBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        const QString tune = QStringLiteral("tune");
        const QString memory = QStringLiteral("--memory");
        const QString gb8 = QStringLiteral("8GB");
        QTest::addRow("memory unit") << QStringList { tune, memory, QStringLiteral("8 XB") }
                                     << QStringLiteral("--memory: '8 XB' is not a whole number followed by MB, GB or "
                                                       "TB");
        QTest::addRow("memory fraction") << QStringList { tune, memory, QStringLiteral("1.5GB") }
                                         << QStringLiteral("--memory: '1.5GB' is not");
        QTest::addRow("memory zero") << QStringList { tune, memory, QStringLiteral("0GB") }
                                     << QStringLiteral("--memory: '0GB' is not above 0");
        QTest::addRow("memory too large") << QStringList { tune, memory, QStringLiteral("65TB") }
                                          << QStringLiteral("--memory: '65TB' is more than 64TB");
        QTest::addRow("memory missing") << QStringList { tune } << QStringLiteral("--memory is required");
        QTest::addRow("type") << QStringList { tune, memory, gb8, QStringLiteral("--type"), QStringLiteral("foo") }
                              << QStringLiteral("--type: 'foo' is not one of web, oltp, dw, desktop, mixed");
        QTest::addRow("os") << QStringList { tune, memory, gb8, QStringLiteral("--os"), QStringLiteral("bsd") }
                            << QStringLiteral("--os: 'bsd' is not one of linux, windows, mac");
        QTest::addRow("storage") << QStringList { tune, memory, gb8, QStringLiteral("--storage"),
                                                  QStringLiteral("tape") }
                                 << QStringLiteral("--storage: 'tape' is not one of ssd, nvme, san, hdd");
        QTest::addRow("db size") << QStringList { tune, memory, gb8, QStringLiteral("--db-size"),
                                                  QStringLiteral("huge") }
                                 << QStringLiteral("--db-size: 'huge' is not one of less_ram, mid_ram, greater_ram");
        QTest::addRow("version 9") << QStringList { tune, memory, gb8, QStringLiteral("--pg-version"),
                                                    QStringLiteral("9") }
                                   << QStringLiteral("--pg-version: '9' is not a PostgreSQL version from 10 to 18");
        QTest::addRow("cpus 0") << QStringList { tune, memory, gb8, QStringLiteral("--cpus"), QStringLiteral("0") }
                                << QStringLiteral("--cpus: '0' is not a whole number from 1 to 10000");
        QTest::addRow("connections text")
            << QStringList { tune, memory, gb8, QStringLiteral("--connections"), QStringLiteral("many") }
            << QStringLiteral("--connections: 'many' is not a whole number from 1 to "
                              "100000");
        QTest::addRow("format") << QStringList { tune, memory, gb8, QStringLiteral("--format"), QStringLiteral("xml") }
                                << QStringLiteral("--format: 'xml' is not one of conf, alter-system");
        QTest::addRow("unknown option") << QStringList { tune, memory, gb8, QStringLiteral("--frobnicate") }
                                        << QStringLiteral("frobnicate");
        QTest::addRow("batch with options")
            << QStringList { tune, QStringLiteral("--batch"), QStringLiteral("-"), memory, gb8 }
            << QStringLiteral("--memory cannot be used with --batch");
        QTest::addRow("batch file missing")
            << QStringList { tune, QStringLiteral("--batch"), QStringLiteral("/nonexistent/machines.jsonl") }
            << QStringLiteral("--batch: cannot read '/nonexistent/machines.jsonl'");
    }

    void tuneBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const auto r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(r.err.startsWith(QStringLiteral("headroom tune: ")));
    }

    void tuneBatchFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("machines.jsonl")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(tuneBatchInput());
        file.close();
        const auto r = run({ QStringLiteral("tune"), QStringLiteral("--batch"), file.fileName() });
        checkTuneBatchOutput(r);
    }

    void tuneBatchStdin()
    {
        const auto r = runWithInput({ QStringLiteral("tune"), QStringLiteral("--batch"), QStringLiteral("-") },
                                    tuneBatchInput());
        checkTuneBatchOutput(r);
    }

    void tuneBatchStopsAtTheBadLine_data()
    {
        QTest::addColumn<QByteArray>("badLine");
        QTest::addColumn<QString>("message");
        QTest::addRow("cpuNum 0") << QByteArray("{\"totalMemory\": 8, \"cpuNum\": 0}")
                                  << QStringLiteral("line 3: cpuNum: '0' is not a whole number from 1 to 10000.");
        QTest::addRow("unit") << QByteArray("{\"totalMemory\": 8, \"totalMemoryUnit\": \"XB\"}")
                              << QStringLiteral("line 3: totalMemoryUnit: 'XB' is not one of MB, GB, TB.");
        QTest::addRow("missing memory") << QByteArray("{\"dbType\": \"oltp\"}")
                                        << QStringLiteral("line 3: totalMemory: missing");
        QTest::addRow("misspelt key") << QByteArray("{\"totalMemory\": 8, \"cpus\": 4}")
                                      << QStringLiteral("line 3: unknown key 'cpus'");
        QTest::addRow("not JSON") << QByteArray("{\"totalMemory\": 8") << QStringLiteral("line 3: not valid JSON");
        QTest::addRow("type") << QByteArray("{\"totalMemory\": 8, \"dbType\": \"foo\"}")
                              << QStringLiteral("line 3: dbType: 'foo' is not one of web, oltp, dw, desktop, mixed.");
        QTest::addRow("repeated key") << QByteArray("{\"totalMemory\": 8, \"totalMemory\": 16}")
                                      << QStringLiteral("line 3: key 'totalMemory' appears twice");
        QTest::addRow("repeated key, escaped") << QByteArray("{\"dbType\": \"web\", \"db\\u0054ype\": \"dw\"}")
                                               << QStringLiteral("line 3: key 'dbType' appears twice");
        QTest::addRow("line too long") << QByteArray(3 * 1024 * 1024, ' ')
                                       << QStringLiteral("line 3: longer than 1048576 bytes");
    }

    void tuneBatchStopsAtTheBadLine()
    {
        QFETCH(QByteArray, badLine);
        QFETCH(QString, message);
        const QByteArray input = "{\"totalMemory\": 8}\n\n" + badLine + "\n{\"totalMemory\": 16}\n";
        const auto r = runWithInput({ QStringLiteral("tune"), QStringLiteral("--batch"), QStringLiteral("-") }, input);
        QCOMPARE(r.exitCode, 2);
        // The line before the bad one is out in full; nothing for the bad line or after it.
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.startsWith(QStringLiteral("{\"out\":{\"max_connections\":\"200\"")));
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isObject());
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(r.err.startsWith(QStringLiteral("headroom tune: ") + message), qPrintable(r.err));
    }

    // --- Plans: check, report, diff -------------------------------------------------

private:
    static QString example(const char* name)
    {
        return QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/") + QLatin1String(name);
    }

    // A line of a text table that holds every one of `cells`, in order.
    static bool hasRow(const QString& text, const QStringList& cells)
    {
        for (const auto& line : text.split(QLatin1Char('\n'))) {
            const QStringList got = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            qsizetype at = 0;
            bool all = true;
            for (const auto& c : cells) {
                at = got.indexOf(c, at);
                if (at < 0) {
                    all = false;
                    break;
                }
                ++at;
            }
            if (all)
                return true;
        }
        return false;
    }

private slots:
    void checkExitCodes_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("outPart");
        QTest::addRow("after: no findings") << example("case-study-after.yaml") << 0 << QStringLiteral("No findings.");
        QTest::addRow("before: errors") << example("case-study-before.yaml") << 1
                                        << QStringLiteral("memory.overcommit");
        QTest::addRow("sample: warnings only") << example("small-production-stack.yaml") << 0 << QString();
    }

    void checkExitCodes()
    {
        QFETCH(QString, plan);
        QFETCH(int, exitCode);
        QFETCH(QString, outPart);
        const auto r = run({ QStringLiteral("check"), plan });
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.contains(outPart), qPrintable(r.out));
    }

    void checkBeforeListsTheFindings()
    {
        const auto r = run({ QStringLiteral("check"), example("case-study-before.yaml") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(hasRow(
            r.out,
            { QStringLiteral("error"), QStringLiteral("benchmarkdb/replica"), QStringLiteral("memory.overcommit") }));
        QVERIFY(hasRow(r.out,
                       { QStringLiteral("warning"), QStringLiteral("benchmarkdb"),
                         QStringLiteral("postgresql.allocation-inverse-to-load") }));
        QVERIFY(r.out.contains(QStringLiteral("3.1x")));
        QVERIFY(r.out.contains(QStringLiteral("[headroom check --apply]")));

        const auto json = run({ QStringLiteral("check"), example("case-study-before.yaml"), QStringLiteral("--format"),
                                QStringLiteral("json") });
        QCOMPARE(json.exitCode, 1);
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(!doc.object().value(QStringLiteral("findings")).toArray().isEmpty());
    }

    void checkInvalidPlan_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where"); // file:line:column after the path
        QTest::addColumn<QString>("messagePart");
        const QByteArray head = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: x}\n";
        QTest::addRow("unknown kind") << QByteArray(head
                                                    + "services:\n  - name: db\n    kind: oracle\n    tier: small\n")
                                      << QStringLiteral(":6:11: services.db.kind: ")
                                      << QStringLiteral("unknown service kind 'oracle'");
        QTest::addRow("syntax") << QByteArray(head + "services:\n  - name: [db\n") << QStringLiteral(":6:")
                                << QStringLiteral("not valid YAML");
        QTest::addRow("pooler mode") << QByteArray(head
                                                   + "services:\n  - name: db\n    kind: postgresql\n    tier: small\n"
                                                     "    topology: {readReplicas: 1, pooler: {mode: banana}}\n")
                                     << QStringLiteral(":8:48: services.db.topology.pooler.mode: ")
                                     << QStringLiteral("'banana' is not a PgBouncer pool mode");
        // The message quotes the plan; its control characters reach the terminal escaped.
        QTest::addRow("escape sequences in a service name")
            << QByteArray(head + "services:\n  - name: \"\\e]0;owned\\a\\e[2J\"\n    kind: redis\n    tier: small\n")
            << QStringLiteral(":5:11: services.\\x1b]0;owned\\x07\\x1b[2J.name: ")
            << QStringLiteral("cannot name a Helm release");
        QTest::addRow("line break in a storage class")
            << QByteArray(head + "storage: {defaultClass: \"ssd\\nheadroom check: all good\"}\nservices: []\n")
            << QStringLiteral(":4:25: storage.defaultClass: ") << QStringLiteral("'ssd\\x0aheadroom check: all good'");
    }

    void checkInvalidPlan()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.yaml"));
        QVERIFY(writeFile(path, text));
        const auto r = run({ QStringLiteral("check"), path });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(!r.err.contains(QChar(0x1b)), qPrintable(r.err));
        QVERIFY2(r.err.startsWith(QStringLiteral("headroom check: ") + path + where), qPrintable(r.err));
        QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
    }

    void warningsEscapeControlCharacters()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.yaml"));
        QVERIFY(writeFile(path,
                          "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: x}\n\"\\e]0;owned\\a\": 1\n"
                          "services: []\n"));
        const auto r = run({ QStringLiteral("check"), path });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.startsWith(QStringLiteral("warning: ") + path + QStringLiteral(":4:1: \\x1b]0;owned\\x07: ")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QChar(0x1b)) && !r.err.contains(QChar(0x07)), qPrintable(r.err));
    }

    // A check's message and fix are catalog text, and a catalog may be the user's: printed by
    // check, report, export and size, its escape sequences are visible and it keeps to one
    // line, as the loader's own messages do.
    void catalogFindingsEscapeControlCharacters_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("check") << QStringList { QStringLiteral("check"), QStringLiteral("PLAN") } << 1;
        QTest::addRow("report") << QStringList { QStringLiteral("report"), QStringLiteral("PLAN") } << 0;
        QTest::addRow("report markdown") << QStringList { QStringLiteral("report"), QStringLiteral("PLAN"),
                                                          QStringLiteral("--format"), QStringLiteral("markdown") }
                                         << 0;
        QTest::addRow("export") << QStringList { QStringLiteral("export"), QStringLiteral("PLAN"),
                                                 QStringLiteral("--out"), QStringLiteral("OUT") }
                                << 1;
        QTest::addRow("size") << QStringList { QStringLiteral("size"), QStringLiteral("redis"),
                                               QStringLiteral("--tier"), QStringLiteral("small") }
                              << 0;
    }

    void catalogFindingsEscapeControlCharacters()
    {
        QFETCH(QStringList, command);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        QByteArray redis = headroom::testutils::readFile(
            QStringLiteral(HEADROOM_SOURCE_DIR "/resources/catalog/services/redis.yaml"));
        QVERIFY(redis.contains("\nchecks:\n"));
        redis.replace("\nchecks:\n",
                      "\nchecks:\n  - code: redis.hostile\n    severity: error\n    when: \"1 > 0\"\n"
                      "    message: \"\\e]0;owned\\a\\e[2Jcleared\\nerror  cache  forged  a line\"\n"
                      "    fix: \"\\e[31mred\\e[0m\\r\"\n");
        const QString catalog = dir.filePath(QStringLiteral("catalog.yaml"));
        QVERIFY(writeFile(catalog, redis));
        const QString plan = dir.filePath(QStringLiteral("plan.yaml"));
        QVERIFY(writeFile(plan,
                          "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: x}\n"
                          "services:\n  - {name: cache, kind: redis, tier: small}\n"));
        command.replaceInStrings(QStringLiteral("PLAN"), plan);
        command.replaceInStrings(QStringLiteral("OUT"), dir.filePath(QStringLiteral("out")));
        const auto r = run(command + QStringList { QStringLiteral("--catalog"), catalog });
        QCOMPARE(r.exitCode, exitCode);
        const QString printed = r.out + r.err;
        for (const QChar c : { QChar(0x1b), QChar(0x07), QChar(u'\r') })
            QVERIFY2(!printed.contains(c), qPrintable(printed));
        // Markdown escapes the backslashes and brackets once more; the text shows them as printed.
        if (!command.contains(QStringLiteral("markdown")))
            QVERIFY2(printed.contains(QStringLiteral("\\x1b]0;owned\\x07\\x1b[2Jcleared error cache forged a line")),
                     qPrintable(printed));
        for (const auto& line : printed.split(QLatin1Char('\n')))
            QVERIFY2(!line.trimmed().startsWith(QLatin1String("error  cache  forged")), qPrintable(printed));
    }

    void checkMissingPlan()
    {
        const QString path = QStringLiteral("/nonexistent/plan.yaml");
        const auto r = run({ QStringLiteral("check"), path });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("headroom check: ") + path));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void checkApplyWritesTheAfterPlan()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("rebalanced.yaml"));
        const auto r = run({ QStringLiteral("check"), example("case-study-before.yaml"), QStringLiteral("--apply"),
                             QStringLiteral("--out"), out });
        // The findings printed are those of the changed plan: none.
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("applied to benchmarkdb: Move memory to follow the load")));
        QVERIFY(r.out.contains(QStringLiteral("applied to benchmarkdb: Put PgBouncer in transaction mode")));
        QVERIFY(r.out.contains(QStringLiteral("wrote ") + out));
        QVERIFY(r.out.contains(QStringLiteral("No findings.")));

        const QByteArray written = readFile(out);
        QVERIFY(written.startsWith("apiVersion: headroom/v1\nkind: Plan\n"));
        for (const char* part : { "memory: \"4Gi\"", "memory: \"6Gi\"", "maxConnections: \"28\"",
                                  "maxConnections: \"48\"", "pooler:\n        enabled: true" })
            QVERIFY2(written.contains(part), part);

        // The same plan as the case study's after plan: no difference, and nothing to fix.
        const auto diff = run({ QStringLiteral("diff"), out, example("case-study-after.yaml") });
        QCOMPARE(diff.exitCode, 0);
        QVERIFY2(diff.out.contains(QStringLiteral("No differences")), qPrintable(diff.out));
        const auto check = run({ QStringLiteral("check"), out });
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.err.isEmpty());
    }

    void checkApplyOverThePlanItself()
    {
        QTemporaryDir dir;
        const QString plan = dir.filePath(QStringLiteral("plan.yaml"));
        QVERIFY(writeFile(plan, readFile(example("case-study-before.yaml"))));
        const auto r = run({ QStringLiteral("check"), plan, QStringLiteral("--apply"), QStringLiteral("--out"), plan });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(run({ QStringLiteral("diff"), plan, example("case-study-after.yaml") }).exitCode, 0);
    }

    void checkApplyNeedsOut()
    {
        const auto r = run({ QStringLiteral("check"), example("case-study-before.yaml"), QStringLiteral("--apply") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.trimmed(), QStringLiteral("headroom check: --apply needs --out FILE for the changed plan."));
    }

    void checkApplyIntoAMissingDirectory()
    {
        const auto r = run({ QStringLiteral("check"), example("case-study-before.yaml"), QStringLiteral("--apply"),
                             QStringLiteral("--out"), QStringLiteral("/nonexistent/dir/plan.yaml") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("headroom check: /nonexistent/dir/plan.yaml")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("cannot write the plan")));
    }

    void reportFormats_data()
    {
        QTest::addColumn<QString>("plan");
        const QStringList names = { QStringLiteral("case-study-after.yaml"), QStringLiteral("case-study-before.yaml"),
                                    QStringLiteral("data-stack.yaml"), QStringLiteral("small-production-stack.yaml") };
        for (const auto& n : names)
            QTest::addRow("%s", qPrintable(n)) << example(qPrintable(n));
    }

    void reportFormats()
    {
        QFETCH(QString, plan);
        const auto json = run({ QStringLiteral("report"), plan, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.err.isEmpty(), qPrintable(json.err));
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject root = doc.object();
        for (const char* key : { "plan", "services", "clusterFit", "findings" })
            QVERIFY2(root.contains(QLatin1String(key)), key);
        QVERIFY(!root.value(QStringLiteral("services")).toArray().isEmpty());
        const QString name = root.value(QStringLiteral("plan")).toString();
        QVERIFY(!name.isEmpty());

        const auto md = run({ QStringLiteral("report"), plan, QStringLiteral("--format"), QStringLiteral("markdown") });
        QCOMPARE(md.exitCode, 0);
        QVERIFY(md.out.startsWith(QStringLiteral("# ") + name));
        QVERIFY(md.out.contains(QStringLiteral("| Service | Kind | Tier |")));
        QVERIFY(md.out.contains(QStringLiteral("## Findings")));

        const auto text = run({ QStringLiteral("report"), plan, QStringLiteral("--format"), QStringLiteral("text") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith(QStringLiteral("Plan: ") + name));
        for (const auto& s : root.value(QStringLiteral("services")).toArray())
            QVERIFY(text.out.contains(s.toObject().value(QStringLiteral("name")).toString()));
        // Text is the default.
        QCOMPARE(run({ QStringLiteral("report"), plan }).out, text.out);
    }

    // JSON and YAML are English in any language, the catalog's check messages and the
    // engine's own findings included (docs/TRANSLATIONS.md); the text form of the same run is
    // Korean, so the language really was in force.
    void machineReadableOutputIsEnglish_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("textFormat");
        QTest::addColumn<QString>("finding");
        const QStringList overloaded { QStringLiteral("size"),          QStringLiteral("postgresql"),
                                       QStringLiteral("--tier"),        QStringLiteral("small"),
                                       QStringLiteral("--connections"), QStringLiteral("2000") };
        // A catalog check (postgresql.work-mem-low) and the engine's memory.overcommit fire.
        QTest::addRow("size json") << overloaded << QStringLiteral("json") << QStringLiteral("table")
                                   << QStringLiteral("so larger sorts and hashes spill to disk");
        QTest::addRow("size yaml") << overloaded << QStringLiteral("yaml") << QStringLiteral("table")
                                   << QStringLiteral("The memory components need");
        const QStringList check { QStringLiteral("check"), example("case-study-before.yaml") };
        QTest::addRow("check json") << check << QStringLiteral("json") << QStringLiteral("text")
                                    << QStringLiteral("the commits of the primary");
        const QStringList report { QStringLiteral("report"), example("case-study-before.yaml") };
        QTest::addRow("report json") << report << QStringLiteral("json") << QStringLiteral("text")
                                     << QStringLiteral("the commits of the primary");
    }

    void machineReadableOutputIsEnglish()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, format);
        QFETCH(QString, textFormat);
        QFETCH(QString, finding);
        const QStringList machine = arguments + QStringList { QStringLiteral("--format"), format };
        const auto english = run(machine, false, QStringLiteral("en"));
        const auto korean = run(machine, false, QStringLiteral("ko"));
        QVERIFY2(english.out.contains(finding), qPrintable(english.out));
        QCOMPARE(korean.exitCode, english.exitCode);
        QCOMPARE(korean.out, english.out);

        const QStringList text = arguments + QStringList { QStringLiteral("--format"), textFormat };
        const auto englishText = run(text, false, QStringLiteral("en"));
        const auto koreanText = run(text, false, QStringLiteral("ko"));
        QVERIFY2(englishText.out.contains(finding), qPrintable(englishText.out));
        QVERIFY2(!koreanText.out.contains(finding), qPrintable(koreanText.out));
    }

    // With --apply and --format json, standard output is the JSON document alone.
    void checkApplyJsonIsOnlyJson()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("after.yaml"));
        const auto r = run({ QStringLiteral("check"), example("case-study-before.yaml"), QStringLiteral("--apply"),
                             QStringLiteral("--out"), out, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QLatin1Char('\n') + r.out));
        QVERIFY2(r.err.contains(QStringLiteral("applied to")), qPrintable(r.err));
        QVERIFY(QFile::exists(out));
    }

    void reportUnknownFormat()
    {
        const auto r = run({ QStringLiteral("report"), example("case-study-after.yaml"), QStringLiteral("--format"),
                             QStringLiteral("xml") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--format: 'xml' is not one of text, markdown, json")),
                 qPrintable(r.err));
    }

    void diffBeforeAfter()
    {
        const auto r
            = run({ QStringLiteral("diff"), example("case-study-before.yaml"), example("case-study-after.yaml") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(hasRow(
            r.out,
            { QStringLiteral("Where"), QStringLiteral("What"), QStringLiteral("Before"), QStringLiteral("After") }));
        QVERIFY2(hasRow(r.out,
                        { QStringLiteral("benchmarkdb/primary"), QStringLiteral("memory"), QStringLiteral("limit"),
                          QStringLiteral("7Gi"), QStringLiteral("4Gi") }),
                 qPrintable(r.out));
        QVERIFY(hasRow(r.out,
                       { QStringLiteral("benchmarkdb/replica"), QStringLiteral("memory"), QStringLiteral("limit"),
                         QStringLiteral("3Gi"), QStringLiteral("6Gi") }));
        QVERIFY(hasRow(r.out,
                       { QStringLiteral("benchmarkdb/replica"), QStringLiteral("setting"),
                         QStringLiteral("max_connections"), QStringLiteral("200"), QStringLiteral("48") }));

        // The other way round, the same rows with before and after swapped.
        const auto back
            = run({ QStringLiteral("diff"), example("case-study-after.yaml"), example("case-study-before.yaml") });
        QCOMPARE(back.exitCode, 1);
        QVERIFY(hasRow(back.out,
                       { QStringLiteral("benchmarkdb/primary"), QStringLiteral("memory"), QStringLiteral("limit"),
                         QStringLiteral("4Gi"), QStringLiteral("7Gi") }));
    }

    void diffSamePlan()
    {
        const auto r = run({ QStringLiteral("diff"), example("data-stack.yaml"), example("data-stack.yaml") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("No differences in resources, settings, storage, nodes or cost.\n"));
    }

    void diffBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        const QString diff = QStringLiteral("diff");
        QTest::addRow("missing old") << QStringList { diff, QStringLiteral("/nonexistent/old.yaml"),
                                                      example("case-study-after.yaml") }
                                     << QStringLiteral("headroom diff: /nonexistent/old.yaml: cannot open the plan");
        QTest::addRow("missing new") << QStringList { diff, example("case-study-after.yaml"),
                                                      QStringLiteral("/nonexistent/new.yaml") }
                                     << QStringLiteral("headroom diff: /nonexistent/new.yaml: cannot open the plan");
        QTest::addRow("one plan") << QStringList { diff, example("case-study-after.yaml") }
                                  << QStringLiteral("give two plan files: OLD NEW");
    }

    void diffBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const auto r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
