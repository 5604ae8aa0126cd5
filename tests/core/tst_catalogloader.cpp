// SPDX-License-Identifier: Apache-2.0
#include "engine/sizingengine.h"
#include "io/catalogloader.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace headroom;

namespace {

// A small valid service to vary in the bad-input rows.
const char* kServiceTemplate = R"(apiVersion: headroom/v1
kind: Service
id: widget
name: Widget
group: applications
storageClass: standard-ssd
requests: {cpu: 50%, memory: 50%}
matrix:
  columns:
    - {id: cpu, title: vCPU, dimension: cpu}
    - {id: memory, title: Memory, dimension: memory}
  rows:
    small: {cpu: "1", memory: 1Gi}
    medium: {cpu: "2", memory: 2Gi}
    large: {cpu: "4", memory: 4Gi}
    xlarge: {cpu: "8", memory: 8Gi}
inputs:
  - name: sessions
    dimension: count
    default: 100
    min: 1
    max: 1000000
    description: Open sessions.
formulas:
  - name: cache
    dimension: memory
    expression: memory * 0.5
    explanation: Half the limit.
memory:
  components:
    - {name: cache, formula: cache}
  remainder: Everything else
)";

} // namespace

class TestCatalogLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text);
        return path;
    }

private slots:
    void builtInCatalogLoadsWithoutWarnings()
    {
        CatalogLoader loader;
        auto catalog = loader.loadBuiltIn();
        QVERIFY2(catalog.hasValue(), qPrintable(testutils::errorText(catalog)));
        QCOMPARE(catalog->services.size(), 12);
        QCOMPARE(catalog->workloadSizeIds(),
                 (QStringList { QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large"),
                                QStringLiteral("xlarge") }));
        QCOMPARE(catalog->performanceTiers.size(), 3);
        QCOMPARE(catalog->storageClasses.size(), 4);
        QStringList warnings;
        for (const auto& w : loader.warnings())
            warnings << w.toString();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    void overrideExtendsAndReplaces()
    {
        const QByteArray text = QByteArray(kServiceTemplate)
            + "---\napiVersion: headroom/v1\nkind: StorageClasses\nstorageClasses:\n"
              "  - id: gp3\n    name: gp3\n    iops: {baseline: 3k, provisioned: 2k, max: 16k}\n"
              "    throughput: 125MB/s\n    latency: {min: 1ms, max: 3ms}\n    cost: {rank: 2, label: Low}\n"
              "  - id: io-per-gib\n    name: Per GiB\n    iops: {perGiB: 3, floor: 100, ceiling: 16k}\n"
              "    throughput: 250MB/s\n"
              "  - id: local-ssd\n    name: Faster local SSD\n    iops: {fixed: 200k}\n    throughput: 2GB/s\n";
        const QString path = write(QStringLiteral("override.yaml"), text);
        CatalogLoader loader;
        auto catalog = loader.loadWithOverride(path);
        QVERIFY2(catalog.hasValue(), qPrintable(testutils::errorText(catalog)));
        QCOMPARE(catalog->services.size(), 13);
        QVERIFY(catalog->service(QStringLiteral("widget")));
        QCOMPARE(catalog->storageClasses.size(), 6);
        QCOMPARE(catalog->storageClass(QStringLiteral("local-ssd"))->iops.fixed, 200000);
        QCOMPARE(catalog->storageClass(QStringLiteral("gp3"))->iops.ceilingFor(100LL << 30), 5000);
        QCOMPARE(catalog->storageClass(QStringLiteral("io-per-gib"))->iops.ceilingFor(10LL << 30), 100);
        QCOMPARE(catalog->storageClass(QStringLiteral("io-per-gib"))->iops.ceilingFor(1000LL << 30), 3000);
        QCOMPARE(catalog->storageClass(QStringLiteral("io-per-gib"))->iops.ceilingFor(100000LL << 30), 16000);

        // The user's service sizes like a built-in one.
        SizingEngine engine(std::move(catalog.value()));
        ServiceRequest request;
        request.service = QStringLiteral("widget");
        request.size = QStringLiteral("large");
        auto sizing = engine.size(request);
        QVERIFY(sizing.hasValue());
        QCOMPARE(sizing->memoryComponent(QStringLiteral("cache"))->allocated, Quantity::bytes(2LL << 30));
        QCOMPARE(sizing->memoryRemainder, Quantity::bytes(2LL << 30));
    }

    void unknownKeysAreWarnings()
    {
        QByteArray text(kServiceTemplate);
        text.replace("name: Widget\n", "name: Widget\nnmae: typo\n");
        const QString path = write(QStringLiteral("typo.yaml"), text);
        CatalogLoader loader;
        auto catalog = loader.loadWithOverride(path);
        QVERIFY(catalog.hasValue());
        QCOMPARE(loader.warnings().size(), 1);
        const Error& w = loader.warnings().first();
        QCOMPARE(w.location.file, path);
        QCOMPARE(w.location.line, 5);
        QCOMPARE(w.location.column, 1);
        QCOMPARE(w.keyPath, QStringLiteral("services.widget.nmae"));
        QVERIFY(w.message.contains(QStringLiteral("unknown key 'nmae'")));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("keyPath");
        QTest::addColumn<QString>("messagePart");

        QTest::addRow("yaml syntax") << QByteArray("name: Widget\n") << QByteArray("name: [Widget\n") << 5 << QString()
                                     << QStringLiteral("not valid YAML");
        QTest::addRow("wrong api version")
            << QByteArray("apiVersion: headroom/v1\n") << QByteArray("apiVersion: headroom/v9\n") << 1
            << QStringLiteral("apiVersion") << QStringLiteral("headroom/v9");
        QTest::addRow("unknown kind") << QByteArray("kind: Service\n") << QByteArray("kind: Servce\n") << 2
                                      << QStringLiteral("kind") << QStringLiteral("unknown kind 'Servce'");
        QTest::addRow("bad id") << QByteArray("id: widget\n") << QByteArray("id: Widget Thing\n") << 3
                                << QStringLiteral("id") << QStringLiteral("not a valid id");
        QTest::addRow("bad matrix quantity")
            << QByteArray("large: {cpu: \"4\", memory: 4Gi}") << QByteArray("large: {cpu: \"4\", memory: 4GX}") << 15
            << QStringLiteral("services.widget.matrix.rows.large.memory")
            << QStringLiteral("'4GX' is not a memory quantity");
        QTest::addRow("missing matrix cell")
            << QByteArray("large: {cpu: \"4\", memory: 4Gi}") << QByteArray("large: {cpu: \"4\"}") << 15
            << QStringLiteral("services.widget.matrix.rows.large.memory")
            << QStringLiteral("no value for the column 'memory'");
        QTest::addRow("unknown dimension") << QByteArray("dimension: count\n") << QByteArray("dimension: sheep\n") << 19
                                           << QStringLiteral("services.widget.inputs.sessions.dimension")
                                           << QStringLiteral("unknown dimension 'sheep'");
        QTest::addRow("default of wrong unit")
            << QByteArray("default: 100\n") << QByteArray("default: 100Gi\n") << 20
            << QStringLiteral("services.widget.inputs.sessions.default") << QStringLiteral("'100Gi' is not a count");
        QTest::addRow("negative min") << QByteArray("min: 1\n") << QByteArray("min: -1\n") << 21
                                      << QStringLiteral("services.widget.inputs.sessions.min")
                                      << QStringLiteral("negative");
        QTest::addRow("list instead of map")
            << QByteArray("requests: {cpu: 50%, memory: 50%}") << QByteArray("requests: [50%, 50%]") << 7
            << QStringLiteral("services.widget.requests") << QStringLiteral("expected a mapping");
        QTest::addRow("request share above 100 percent")
            << QByteArray("requests: {cpu: 50%, memory: 50%}") << QByteArray("requests: {cpu: 150%, memory: 50%}") << 7
            << QStringLiteral("services.widget.requests") << QStringLiteral("at most 100%");
        QTest::addRow("formula unknown name")
            << QByteArray("expression: memory * 0.5") << QByteArray("expression: memroy * 0.5") << 27
            << QStringLiteral("services.widget.formulas.cache") << QStringLiteral("unknown name 'memroy'");
        QTest::addRow("formula cycle") << QByteArray("expression: memory * 0.5")
                                       << QByteArray("expression: cache * 0.5") << 27
                                       << QStringLiteral("services.widget.formulas.cache")
                                       << QStringLiteral("cycle: cache -> cache");
        QTest::addRow("formula syntax") << QByteArray("expression: memory * 0.5")
                                        << QByteArray("expression: memory * (0.5") << 27
                                        << QStringLiteral("services.widget.formulas.cache")
                                        << QStringLiteral("cannot read");
        QTest::addRow("formula with a decimal comma")
            << QByteArray("expression: memory * 0.5") << QByteArray("expression: memory * 0, 5") << 27
            << QStringLiteral("services.widget.formulas.cache") << QStringLiteral("gives 2 values separated by commas");
        QTest::addRow("key twice") << QByteArray("id: widget\n") << QByteArray("id: widget\nid: gadget\n") << 4
                                   << QStringLiteral("id") << QStringLiteral("'id' is given twice");
        QTest::addRow("missing explanation") << QByteArray("    explanation: Half the limit.\n") << QByteArray() << 25
                                             << QStringLiteral("services.widget.formulas.cache.explanation")
                                             << QStringLiteral("'explanation' is required");
        QTest::addRow("unknown setting format")
            << QByteArray("  remainder: Everything else\n")
            << QByteArray("  remainder: Everything else\nsettings:\n  - {name: x, formula: cache, format: roman}\n")
            << 34 << QStringLiteral("services.widget.settings[0].format") << QStringLiteral("unknown format 'roman'");
        // Setting text is written into exported configuration as it is: a line break would
        // add a line of the catalog's choosing (a redis.conf directive, a my.cnf section).
        QTest::addRow("line break in a setting's value")
            << QByteArray("  remainder: Everything else\n")
            << QByteArray(
                   "  remainder: Everything else\nsettings:\n  - {name: x, value: \"lru\\nreplicaof evil 6379\", "
                   "explanation: Why.}\n")
            << 34 << QStringLiteral("services.widget.settings[0].value") << QStringLiteral("U+000A");
        QTest::addRow("carriage return in a setting's name")
            << QByteArray("  remainder: Everything else\n")
            << QByteArray("  remainder: Everything else\nsettings:\n  - {name: \"x\\rinit_file\", formula: cache, "
                          "format: mysql}\n")
            << 34 << QStringLiteral("services.widget.settings[0].name") << QStringLiteral("U+000D");
        QTest::addRow("line separator in a setting's template")
            << QByteArray("  remainder: Everything else\n")
            << QByteArray("  remainder: Everything else\nsettings:\n  - {name: x, formula: cache, format: redis, "
                          "template: \"{value}\\u2028save 1 1\"}\n")
            << 34 << QStringLiteral("services.widget.settings[0].template") << QStringLiteral("U+2028");
        QTest::addRow("line break in a profile setting's value")
            << QByteArray("  remainder: Everything else\n")
            << QByteArray("  remainder: Everything else\n---\napiVersion: headroom/v1\nkind: PostgresProfile\nid: "
                          "mine\nname: Mine\ndescription: Mine.\nsettings:\n  - {name: work_mem, value: "
                          "\"4MB\\nfsync = off\", explanation: Why.}\n")
            << 40 << QStringLiteral("postgresProfiles.mine.settings.work_mem.value") << QStringLiteral("U+000A");
        // An exported postgresql.conf must not read files, run commands or load code of the catalog's choosing.
        const QByteArray profileHead = "  remainder: Everything else\n---\napiVersion: headroom/v1\nkind: "
                                       "PostgresProfile\nid: mine\nname: Mine\ndescription: Mine.\nsettings:\n";
        const struct
        {
            const char* setting;
            const char* why;
        } unsafe[] = { { "include", "read other files" },
                       { "include_dir", "read other files" },
                       { "include_if_exists", "read other files" },
                       { "archive_command", "run a shell command" },
                       { "restore_command", "run a shell command" },
                       { "archive_cleanup_command", "run a shell command" },
                       { "recovery_end_command", "run a shell command" },
                       { "ssl_passphrase_command", "run a shell command" },
                       { "shared_preload_libraries", "load code" },
                       { "session_preload_libraries", "load code" },
                       { "local_preload_libraries", "load code" },
                       { "dynamic_library_path", "load code" },
                       { "Archive_Command", "run a shell command" } };
        for (const auto& [setting, why] : unsafe) {
            QTest::addRow("profile setting %s", setting)
                << QByteArray("  remainder: Everything else\n")
                << QByteArray(profileHead + "  - {name: " + setting + ", value: \"x\", explanation: Why.}\n") << 40
                << QStringLiteral("postgresProfiles.mine.settings.%1.name").arg(QLatin1String(setting))
                << QStringLiteral("'%1' makes the server %2").arg(QLatin1String(setting), QLatin1String(why));
        }
    }

    void badInput()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(int, line);
        QFETCH(QString, keyPath);
        QFETCH(QString, messagePart);
        QByteArray text(kServiceTemplate);
        QVERIFY2(text.contains(from), from.constData());
        text.replace(from, to);
        const QString path = write(QStringLiteral("bad.yaml"), text);
        CatalogLoader loader;
        auto catalog = loader.loadWithOverride(path);
        QVERIFY(!catalog.hasValue());
        const Error& e = catalog.error();
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.toString()));
        QCOMPARE(e.location.file, path);
        QCOMPARE(e.location.line, line);
        QVERIFY(e.location.column >= 1);
        if (!keyPath.isEmpty())
            QCOMPARE(e.keyPath, keyPath);
        QVERIFY(e.toString().startsWith(path + QLatin1Char(':') + QString::number(line) + QLatin1Char(':')));
    }

    void semanticErrors_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("keyPath");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("missing size row")
            << QByteArray("    xlarge: {cpu: \"8\", memory: 8Gi}\n") << QByteArray()
            << QStringLiteral("services.widget.matrix.rows") << QStringLiteral("no row for the workload size 'xlarge'");
        QTest::addRow("unknown size row")
            << QByteArray("    xlarge:") << QByteArray("    huge:") << QStringLiteral("services.widget.matrix.rows")
            << QStringLiteral("no row for the workload size 'xlarge'");
        QTest::addRow("no memory column")
            << QByteArray("    - {id: memory, title: Memory, dimension: memory}\n")
            << QByteArray("    - {id: memory, title: Memory}\n") << QStringLiteral("services.widget.matrix.columns")
            << QStringLiteral("'memory' column of dimension memory");
        QTest::addRow("unknown storage class")
            << QByteArray("storageClass: standard-ssd") << QByteArray("storageClass: floppy")
            << QStringLiteral("services.widget.storageClass") << QStringLiteral("unknown storage class 'floppy'");
        QTest::addRow("component not a memory formula")
            << QByteArray("{name: cache, formula: cache}") << QByteArray("{name: cache, formula: sessions}")
            << QStringLiteral("services.widget.memory.components.cache") << QStringLiteral("not a memory formula");
        QTest::addRow("component demand not a memory formula")
            << QByteArray("{name: cache, formula: cache}")
            << QByteArray("{name: cache, formula: cache, demand: sessions}")
            << QStringLiteral("services.widget.memory.components.cache")
            << QStringLiteral("'sessions' is not a memory formula");
        QTest::addRow("input shadows built-in")
            << QByteArray("  - name: sessions\n") << QByteArray("  - name: replicas\n")
            << QStringLiteral("services.widget.inputs.replicas") << QStringLiteral("taken by a built-in name");
        QTest::addRow("default column missing")
            << QByteArray("default: 100\n") << QByteArray("default: {column: sessions}\n")
            << QStringLiteral("services.widget.inputs.sessions.default") << QStringLiteral("not a count column");
    }

    void semanticErrors()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, keyPath);
        QFETCH(QString, messagePart);
        QByteArray text(kServiceTemplate);
        QVERIFY2(text.contains(from), from.constData());
        text.replace(from, to);
        const QString path = write(QStringLiteral("semantic.yaml"), text);
        CatalogLoader loader;
        auto catalog = loader.loadWithOverride(path);
        QVERIFY(!catalog.hasValue());
        QVERIFY2(catalog.error().message.contains(messagePart), qPrintable(catalog.error().toString()));
        QCOMPARE(catalog.error().keyPath, keyPath);
        QCOMPARE(catalog.error().location.file, path);
    }

    void wholeFileProblems_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("empty") << QByteArray() << QStringLiteral("the file is empty");
        QTest::addRow("only spaces") << QByteArray("   \n\n") << QStringLiteral("the file is empty");
        QTest::addRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\x00\x00\x00",
                                              10)
                                << QStringLiteral("binary file");
        QTest::addRow("a scalar") << QByteArray("hello") << QStringLiteral("expected a mapping");
        QTest::addRow("a list") << QByteArray("- 1\n- 2\n") << QStringLiteral("expected a mapping");
        QTest::addRow("no kind") << QByteArray("apiVersion: headroom/v1\n") << QStringLiteral("'kind' is required");
        QTest::addRow("tab indentation") << QByteArray("apiVersion: headroom/v1\nkind: Service\n\tid: x\n")
                                         << QStringLiteral("not valid YAML");
    }

    void wholeFileProblems()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, messagePart);
        const QString path = write(QStringLiteral("whole.yaml"), content);
        CatalogLoader loader;
        auto catalog = loader.loadWithOverride(path);
        QVERIFY(!catalog.hasValue());
        QVERIFY2(catalog.error().message.contains(messagePart), qPrintable(catalog.error().toString()));
        QCOMPARE(catalog.error().location.file, path);
    }

    void missingFile()
    {
        CatalogLoader loader;
        auto catalog = loader.loadWithOverride(m_dir.filePath(QStringLiteral("absent.yaml")));
        QVERIFY(!catalog.hasValue());
        QVERIFY(catalog.error().message.contains(QStringLiteral("cannot open")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "tst_catalogloader.moc"
