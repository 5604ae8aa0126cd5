// SPDX-License-Identifier: Apache-2.0
// A re-export renders a service again exactly when its files would change: each row edits one
// input the exporters read (a plan field, an option, a profile of the plan's catalog), exports
// again into the folder of the unedited plan, and compares with the oracle, a fresh export of
// the edited plan into an empty folder.
#include "engine/plansizer.h"
#include "export/exportfolder.h"
#include "export/exportinputhash.h"
#include "export/planexport.h"
#include "export/planexporter.h"
#include "io/planloader.h"
#include "testutils.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <map>

using namespace headroom;

namespace {

const QByteArray kPlan = R"(apiVersion: headroom/v1
kind: Plan
metadata:
  name: Inputs
  notes: Every kind of export.
nodePools:
  - name: db
    cpu: "8"
    memory: 32Gi
    count: 4
    hugePages2Mi: 0
storage:
  defaultClass: standard-ssd
  horizon: 365d
services:
  - name: orders
    kind: postgresql
    tier: small
    inputs:
      dataset: "20Gi"
    topology:
      readReplicas: 1
      primary:
        resources:
          limits: {cpu: "2", memory: 4Gi}
        maxConnections: "28"
        measured: {commits: "303k", activeConnections: "18"}
      replica:
        resources:
          limits: {cpu: "2", memory: 6Gi}
        maxConnections: "48"
        measured: {commits: "950k", activeConnections: "81"}
      pooler:
        enabled: true
  - name: shop
    kind: mysql
    tier: medium
  - name: cache
    kind: redis
    tier: small
  - name: events
    kind: kafka
    tier: medium
    replicas: 3
    volume:
      growth: {amount: 20Gi, every: 30d}
catalog:
  - apiVersion: headroom/v1
    kind: PostgresProfile
    id: mine
    name: Mine
    description: Half for shared_buffers.
    settings:
      - {name: shared_buffers, expression: "floor(memory / 2 / MiB) * MiB", format: postgres, explanation: Half.}
      - {name: jit, value: "off", explanation: Short queries.}
)";

struct Sized
{
    Plan plan;
    Catalog catalog;
    PlanSizing sizing;
};

Sized load(const QByteArray& text)
{
    auto base = testutils::builtInCatalog();
    if (!base)
        qFatal("no catalog");
    PlanLoader loader(base.value());
    auto plan = loader.load(text, QStringLiteral("plan.yaml"));
    if (!plan)
        qFatal("%s", qPrintable(plan.error().toString()));
    Sized s { plan.value(), loader.effectiveCatalog(), {} };
    s.sizing = PlanSizer(s.catalog).size(s.plan);
    return s;
}

std::map<QString, QByteArray> filesIn(const QString& dir)
{
    std::map<QString, QByteArray> out;
    for (const auto& name : QDir(dir).entryList(QDir::Files)) // hidden files (the manifest) left out
        out[name] = testutils::readFile(QDir(dir).filePath(name));
    return out;
}

Expected<ExportFolderReport> exportInto(const QString& dir, const Sized& s, const PlanExportOptions& options)
{
    return ExportFolder::write(dir, PlanExport(s.plan, s.sizing, s.catalog, options),
                               ExportFolderOptions { false, true, false });
}

QStringList namesOf(const QStringList& paths)
{
    QStringList names;
    for (const auto& p : paths)
        names << QFileInfo(p).fileName();
    names.sort();
    return names;
}

using Edit = std::function<void(QByteArray& plan, PlanExportOptions& options)>;

Edit replace(const char* from, const char* to)
{
    return [from, to](QByteArray& plan, PlanExportOptions&) {
        if (!plan.contains(from))
            qFatal("the plan has no '%s'", from);
        plan.replace(from, to);
    };
}

} // namespace

class TestExportInputHash : public QObject
{
    Q_OBJECT

private slots:
    void reExportRendersWhatChanged_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addRow("nothing") << Edit([](QByteArray&, PlanExportOptions&) {});
        QTest::addRow("plan name") << replace("name: Inputs", "name: Outputs");
        QTest::addRow("plan notes") << replace("notes: Every kind", "notes: All kinds");
        QTest::addRow("node pool memory") << replace("memory: 32Gi", "memory: 64Gi");
        QTest::addRow("node pool huge pages") << replace("hugePages2Mi: 0", "hugePages2Mi: 4Gi");
        QTest::addRow("default storage class") << replace("defaultClass: standard-ssd", "defaultClass: premium-ssd");
        QTest::addRow("horizon") << replace("horizon: 365d", "horizon: 90d");
        QTest::addRow("plan qos") << replace("storage:\n", "qos: guaranteed\nstorage:\n");
        QTest::addRow("plan profile") << replace("storage:\n", "postgresProfile: pgtune\nstorage:\n");
        QTest::addRow("service tier") << replace("kind: mysql\n    tier: medium", "kind: mysql\n    tier: large");
        QTest::addRow("service replicas") << replace("replicas: 3\n    volume", "replicas: 5\n    volume");
        QTest::addRow("service input") << replace("dataset: \"20Gi\"", "dataset: \"40Gi\"");
        QTest::addRow("service limits") << replace("kind: redis\n    tier: small",
                                                   "kind: redis\n    resources: {limits: {cpu: \"1\", memory: 3Gi}}");
        QTest::addRow("service qos") << replace("kind: redis\n    tier: small",
                                                "kind: redis\n    tier: small\n    qos: burstable");
        QTest::addRow("service storage class")
            << replace("kind: mysql\n    tier: medium", "kind: mysql\n    tier: medium\n    storageClass: premium-ssd");
        QTest::addRow("service volume") << replace("    volume:\n      growth",
                                                   "    volume:\n      size: 900Gi\n      growth");
        QTest::addRow("service growth") << replace("amount: 20Gi", "amount: 40Gi");
        QTest::addRow("service node pool")
            << replace("kind: mysql\n    tier: medium", "kind: mysql\n    tier: medium\n    nodePool: db");
        QTest::addRow("service renamed") << replace("name: cache", "name: sessions");
        QTest::addRow("service removed") << replace("  - name: cache\n    kind: redis\n    tier: small\n", "");
        QTest::addRow("service added") << replace(
            "  - name: cache\n", "  - name: queue\n    kind: rabbitmq\n    tier: small\n  - name: cache\n");
        QTest::addRow("service profile") << replace("kind: postgresql\n    tier: small",
                                                    "kind: postgresql\n    tier: small\n    postgresProfile: mine");
        QTest::addRow("read replicas") << replace("readReplicas: 1", "readReplicas: 2");
        QTest::addRow("primary limits") << replace("memory: 4Gi}", "memory: 8Gi}");
        QTest::addRow("replica max connections") << replace("maxConnections: \"48\"", "maxConnections: \"64\"");
        QTest::addRow("measured commits") << replace("commits: \"950k\"", "commits: \"500k\"");
        QTest::addRow("pooler off") << replace("enabled: true", "enabled: false");
        QTest::addRow("pooler mode") << replace("enabled: true", "enabled: true\n        mode: session");
        QTest::addRow("plan catalog profile") << replace("floor(memory / 2 / MiB)", "floor(memory / 4 / MiB)");
        QTest::addRow("export profile") << Edit([](QByteArray&, PlanExportOptions& o) { o.profile = "pgtune"; });
        QTest::addRow("export format") << Edit([](QByteArray&, PlanExportOptions& o) { o.format = "alter-system"; });
        QTest::addRow("export version") << Edit([](QByteArray&, PlanExportOptions& o) { o.pgVersion = 15; });
        QTest::addRow("headroom version")
            << Edit([](QByteArray&, PlanExportOptions& o) { o.headroomVersion = QStringLiteral("9.9"); });
    }

    void reExportRendersWhatChanged()
    {
        QFETCH(Edit, edit);
        // Exported with the plan's own profile "mine", whose expression one row edits.
        PlanExportOptions before;
        before.headroomVersion = QStringLiteral("1.0");
        QByteArray text = kPlan;
        PlanExportOptions after = before;
        edit(text, after);
        if (QByteArray(QTest::currentDataTag()) == "plan catalog profile")
            before.profile = after.profile = QStringLiteral("mine");
        const Sized original = load(kPlan);
        const Sized edited = load(text);

        QTemporaryDir folder, oracleBefore, oracleAfter;
        QVERIFY(exportInto(folder.path(), original, before).hasValue());
        QVERIFY(exportInto(oracleBefore.path(), original, before).hasValue());
        auto again = exportInto(folder.path(), edited, after);
        QVERIFY2(again.hasValue(), qPrintable(testutils::errorText(again)));
        QVERIFY(exportInto(oracleAfter.path(), edited, after).hasValue());

        // The folder holds what a fresh export of the edited plan writes, stale files aside.
        const auto expected = filesIn(oracleAfter.path());
        auto actual = filesIn(folder.path());
        for (const auto& stale : namesOf(again->stale))
            actual.erase(stale);
        QCOMPARE(actual, expected);
        // Written: exactly the files whose bytes the edit changed or added.
        const auto old = filesIn(oracleBefore.path());
        QStringList changed;
        for (const auto& [name, content] : expected) {
            const auto it = old.find(name);
            if (it == old.end() || it->second != content)
                changed << name;
        }
        changed.sort();
        QCOMPARE(namesOf(again->written), changed);
        // A service none of whose files changed was not rendered, unless its inputs changed
        // in a way that leaves its bytes as they were (the notes, the measured commits).
        if (QByteArray(QTest::currentDataTag()) == "nothing")
            QCOMPARE(again->rendered, QStringList());
    }

    void unchangedReExportRendersNothing()
    {
        const Sized s = load(kPlan);
        QTemporaryDir folder;
        auto first = exportInto(folder.path(), s, {});
        QVERIFY(first.hasValue());
        QCOMPARE(first->rendered.size(), s.sizing.services.size());
        auto second = exportInto(folder.path(), s, {});
        QVERIFY(second.hasValue());
        QCOMPARE(second->rendered, QStringList());
        QCOMPARE(second->written, QStringList());
        QCOMPARE(second->unchanged, first->written); // in the same order
        // A file deleted, or edited, makes its service render again, and only its service.
        QVERIFY(QFile::remove(folder.filePath(QStringLiteral("cache.values.yaml"))));
        auto third = exportInto(folder.path(), s, {});
        QVERIFY(third.hasValue());
        QCOMPARE(third->rendered, QStringList { QStringLiteral("cache") });
        QCOMPARE(namesOf(third->written), QStringList { QStringLiteral("cache.values.yaml") });
    }

    // A manifest read ahead (while the plan loads) serves when it is still the folder's, and
    // not once another run replaced or removed it before the folder was locked.
    void aManifestReadAheadServesOnlyIfStillThere()
    {
        const Sized s = load(kPlan);
        const PlanExport source(s.plan, s.sizing, s.catalog, {});
        const ExportFolderOptions options { false, true, false };
        QTemporaryDir folder;
        QVERIFY(exportInto(folder.path(), s, {}).hasValue());
        auto ahead = ExportFolder::readManifestAhead(folder.path());
        QVERIFY(ahead);
        auto again = ExportFolder::write(folder.path(), source, options, ahead);
        QVERIFY(again.hasValue());
        QCOMPARE(again->rendered, QStringList());
        // Removed after it was read: every service renders again, as with no manifest.
        QVERIFY(QFile::remove(folder.filePath(ExportFolder::manifestName())));
        auto without = ExportFolder::write(folder.path(), source, options, ahead);
        QVERIFY(without.hasValue());
        QCOMPARE(without->rendered.size(), s.sizing.services.size());
        // Replaced after it was read, by a run of an edited plan: the new one is read, which
        // knows `shop`'s new inputs (the old one would render it again).
        ahead = ExportFolder::readManifestAhead(folder.path());
        QByteArray text = kPlan;
        text.replace("kind: mysql\n    tier: medium", "kind: mysql\n    tier: large");
        const Sized edited = load(text);
        QVERIFY(exportInto(folder.path(), edited, {}).hasValue());
        auto replaced = ExportFolder::write(folder.path(), PlanExport(edited.plan, edited.sizing, edited.catalog, {}),
                                            options, ahead);
        QVERIFY(replaced.hasValue());
        QCOMPARE(replaced->rendered, QStringList());
        QCOMPARE(replaced->written, QStringList());
    }

    void oneServiceEditedRendersOneService()
    {
        QByteArray text = kPlan;
        text.replace("kind: mysql\n    tier: medium", "kind: mysql\n    tier: large");
        QTemporaryDir folder;
        QVERIFY(exportInto(folder.path(), load(kPlan), {}).hasValue());
        auto again = exportInto(folder.path(), load(text), {});
        QVERIFY(again.hasValue());
        QCOMPARE(again->rendered, QStringList { QStringLiteral("shop") });
    }

    // Manifests of the earlier formats (format 2: hashes and stats, no inputs; format 1: a
    // name → SHA-256 map) still read: their services are rendered once, and found unchanged.
    void olderManifestsStillRead_data()
    {
        QTest::addColumn<int>("format");
        QTest::addRow("format 2") << 2;
        QTest::addRow("format 1") << 1;
    }

    void olderManifestsStillRead()
    {
        QFETCH(int, format);
        const Sized s = load(kPlan);
        QTemporaryDir folder;
        auto first = exportInto(folder.path(), s, {});
        QVERIFY(first.hasValue());
        const QString manifest = folder.filePath(ExportFolder::manifestName());
        QJsonObject files = QJsonDocument::fromJson(testutils::readFile(manifest)).object().value("files").toObject();
        QJsonObject older;
        for (auto it = files.begin(); it != files.end(); ++it) {
            QJsonObject entry = it.value().toObject();
            entry.remove(QStringLiteral("inputs"));
            if (format == 1)
                older.insert(
                    it.key(),
                    QString::fromLatin1(QCryptographicHash::hash(testutils::readFile(folder.filePath(it.key())),
                                                                 QCryptographicHash::Sha256)
                                            .toHex()));
            else
                older.insert(it.key(), entry);
        }
        const QJsonObject json = format == 1 ? older : QJsonObject { { "format", 2 }, { "files", older } };
        QVERIFY(testutils::writeFile(manifest, QJsonDocument(json).toJson()));

        auto second = exportInto(folder.path(), s, {});
        QVERIFY2(second.hasValue(), qPrintable(testutils::errorText(second)));
        QCOMPARE(second->rendered.size(), s.sizing.services.size());
        QCOMPARE(second->written, QStringList());
        QCOMPARE(second->refused, QStringList());
        QCOMPARE(second->unchanged, first->written);
        auto third = exportInto(folder.path(), s, {});
        QVERIFY(third.hasValue());
        QCOMPARE(third->rendered, QStringList());
        QCOMPARE(third->unchanged, first->written);
    }

    void hashCoversEveryService()
    {
        const Sized s = load(kPlan);
        const ExportInputHash hash(s.plan, s.sizing, s.catalog, {});
        QSet<QByteArray> seen;
        for (const auto& service : s.sizing.services)
            seen.insert(hash.of(s.plan.service(service.name), service));
        QCOMPARE(seen.size(), s.sizing.services.size());
        // A sizing field the exporters may read tomorrow changes the hash today.
        ServicePlanSizing changed = s.sizing.services.first();
        changed.roles.first().sizing.values.first().guideNote += QStringLiteral(".");
        QVERIFY(hash.of(s.plan.service(changed.name), changed)
                != hash.of(s.plan.service(changed.name), s.sizing.services.first()));
    }

    // A folder's files are trusted by their inputs' hash, which holds the renderers'
    // generation, so every change of what the renderers write must raise it: the record
    // holds the generation and a digest of every file of every example plan, each PostgreSQL
    // profile and both postgresql.conf formats.
    void rendererGenerationFollowsTheOutput()
    {
        const auto base = testutils::builtInCatalog();
        QVERIFY2(base, qPrintable(testutils::errorText(base)));
        QCryptographicHash digest(QCryptographicHash::Sha256);
        const QDir examples(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples"));
        const QStringList plans = examples.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name);
        QVERIFY(!plans.isEmpty());
        for (const QString& name : plans) {
            const testutils::SizedPlan sized = testutils::sizePlan(*base, testutils::readFile(examples.filePath(name)));
            for (const auto& profile : sized.catalog.postgresProfiles) {
                for (const QString& format : { QStringLiteral("conf"), QStringLiteral("alter-system") }) {
                    PlanExportOptions options;
                    options.profile = profile.id;
                    options.format = format;
                    options.headroomVersion = QStringLiteral("0.0.0");
                    const auto files = PlanExporter::files(sized.plan, sized.sizing, sized.catalog, options);
                    QVERIFY2(files, qPrintable(name + QLatin1String(": ") + testutils::errorText(files)));
                    for (const ExportFile& file : *files)
                        digest.addData(file.fileName.toUtf8() + '\0' + file.content + '\0');
                }
            }
        }
        const QByteArray recorded
            = testutils::readFile(testutils::dataFile(QStringLiteral("renderer-output.txt"))).trimmed();
        const QByteArray now = "generation " + QByteArray::number(qint64(ExportInputHash::rendererGeneration()))
            + " sha256 " + digest.result().toHex();
        QVERIFY2(recorded == now,
                 qPrintable(QStringLiteral("tests/data/renderer-output.txt says '%1', the renderers now give '%2'. "
                                           "If the exporters' output changed, raise kRendererGeneration in "
                                           "core/export/exportinputhash.cpp and record the new line.")
                                .arg(QString::fromUtf8(recorded), QString::fromUtf8(now))));
    }
};

QTEST_GUILESS_MAIN(TestExportInputHash)
#include "tst_exportinputhash.moc"
