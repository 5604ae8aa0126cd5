#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

// Runs the real `headroom` executable, as a user or a CI job would.
class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Result run(const QStringList& arguments, bool withDisplay = false)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!withDisplay) {
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        }
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HEADROOM_EXECUTABLE), arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            return {};
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
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

    void postgresLargeBreakdown()
    {
        const auto r = run({ QStringLiteral("size"), QStringLiteral("postgresql"), QStringLiteral("--tier"),
                             QStringLiteral("large"), QStringLiteral("--connections"), QStringLiteral("200") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        for (const char* part : { "Memory breakdown", "shared_buffers", "work_mem x connections", "Backend overhead",
                                  "OS and page cache", "20MB", "4GB", "12GB", "Why" })
            QVERIFY2(r.out.contains(QLatin1String(part)), part);
        // Every formula line carries its explanation.
        QVERIFY(r.out.contains(QStringLiteral("PostgreSQL's own buffer cache")));
    }

    void everyServiceAndTierAnswers_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("tier");
        const QStringList services = { QStringLiteral("postgresql"), QStringLiteral("mysql"),
                                       QStringLiteral("mongodb"),    QStringLiteral("redis"),
                                       QStringLiteral("elasticsearch"), QStringLiteral("kafka"),
                                       QStringLiteral("rabbitmq"),   QStringLiteral("prometheus"),
                                       QStringLiteral("grafana"),    QStringLiteral("loki"),
                                       QStringLiteral("keycloak"),   QStringLiteral("nextcloud") };
        for (const auto& s : services) {
            for (const char* t : { "small", "medium", "large", "xlarge" })
                QTest::addRow("%s/%s", qPrintable(s), t) << s << QString::fromLatin1(t);
        }
    }

    void everyServiceAndTierAnswers()
    {
        QFETCH(QString, service);
        QFETCH(QString, tier);
        const auto r = run({ QStringLiteral("size"), service, QStringLiteral("--tier"), tier, QStringLiteral("--format"),
                             QStringLiteral("json") });
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
        const auto r = run({ QStringLiteral("size"), QStringLiteral("postgresql"), QStringLiteral("--memory"),
                             QStringLiteral("4Gi"), QStringLiteral("--cpu"), QStringLiteral("1500m"),
                             QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        const auto o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const auto limits = o.value(QStringLiteral("resources")).toObject().value(QStringLiteral("limits")).toObject();
        QCOMPARE(limits.value(QStringLiteral("memory")).toString(), QStringLiteral("4Gi"));
        QCOMPARE(limits.value(QStringLiteral("cpu")).toString(), QStringLiteral("1500m"));
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
        QTest::addRow("negative memory") << QStringList { size, pg, QStringLiteral("--memory"),
                                                          QStringLiteral("-1Gi") }
                                         << QStringLiteral("--memory: '-1Gi'");
        QTest::addRow("huge memory") << QStringList { size, pg, QStringLiteral("--memory"), QStringLiteral("1e400") }
                                     << QStringLiteral("--memory: '1e400'");
        QTest::addRow("spaced memory") << QStringList { size, pg, QStringLiteral("--memory"), QStringLiteral("4 GB") }
                                       << QStringLiteral("no space");
        QTest::addRow("bad cpu") << QStringList { size, pg, QStringLiteral("--cpu"), QStringLiteral("two") }
                                 << QStringLiteral("--cpu: 'two'");
        QTest::addRow("bad connections") << QStringList { size, pg, QStringLiteral("--connections"),
                                                          QStringLiteral("many") }
                                         << QStringLiteral("connections: 'many'");
        QTest::addRow("zero connections") << QStringList { size, pg, QStringLiteral("--connections"),
                                                           QStringLiteral("0") }
                                          << QStringLiteral("--connections: connections is 0, below its minimum 1");
        QTest::addRow("unknown input") << QStringList { size, pg, QStringLiteral("--set"), QStringLiteral("foo=1") }
                                       << QStringLiteral("--set: postgresql has no input 'foo'; its inputs are: ");
        QTest::addRow("set without value") << QStringList { size, pg, QStringLiteral("--set"),
                                                            QStringLiteral("dataset") }
                                           << QStringLiteral("--set: 'dataset' is not name=value");
        QTest::addRow("set wrong unit") << QStringList { size, pg, QStringLiteral("--set"),
                                                         QStringLiteral("dataset=fast") }
                                        << QStringLiteral("--set dataset: 'fast' is not a memory quantity");
        QTest::addRow("unknown format") << QStringList { size, pg, QStringLiteral("--format"), QStringLiteral("xml") }
                                        << QStringLiteral("--format: 'xml' is not one of table, yaml, json");
        QTest::addRow("unknown option") << QStringList { size, pg, QStringLiteral("--frobnicate") }
                                        << QStringLiteral("frobnicate");
        QTest::addRow("request above limit") << QStringList { size, pg, QStringLiteral("--tier"),
                                                              QStringLiteral("small"), QStringLiteral("--memory-request"),
                                                              QStringLiteral("8Gi") }
                                             << QStringLiteral("above the limit");
        QTest::addRow("unknown storage class") << QStringList { size, pg, QStringLiteral("--storage-class"),
                                                                QStringLiteral("floppy") }
                                               << QStringLiteral("--storage-class: unknown storage class 'floppy'");
        QTest::addRow("bad replicas") << QStringList { size, pg, QStringLiteral("--replicas"), QStringLiteral("0") }
                                      << QStringLiteral("--replicas: '0' is not a whole number from 1 to 10000");
        QTest::addRow("unknown catalog list") << QStringList { QStringLiteral("catalog"), QStringLiteral("widgets") }
                                              << QStringLiteral("'widgets' is not one of services, tiers");
        QTest::addRow("missing catalog file") << QStringList { size, pg, QStringLiteral("--catalog"),
                                                               QStringLiteral("/nonexistent/catalog.yaml") }
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

    void withoutDisplayPrintsTheSample()
    {
        const auto r = run({});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("No display found")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Small production stack")));
        QVERIFY(r.out.contains(QStringLiteral("app-db")));
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
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
