// SPDX-License-Identifier: Apache-2.0
#include "io/catalogloader.h"
#include "io/planloader.h"
#include "io/recoveryfile.h"
#include "testutils.h"
#include "ui/plandocument.h"
#include "ui/recoverystore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace headroom;
using headroom::testutils::roleOf;

namespace {
QString example(const char* name)
{
    return QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/") + QLatin1String(name);
}
} // namespace

class TestPlanDocument : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    Plan fileContent(const QString& path)
    {
        auto plan = PlanLoader(m_catalog).loadFile(path);
        return plan ? plan.value() : Plan();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("headroom-tests"));
        HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
        QDir(RecoveryStore::directory()).removeRecursively();
    }

    // Edit › Undo and the status bar name what changed as the window shows it: a storage
    // class's name, an input's title, the fix's own sentence, the topology field edited.
    void undoTextsSpeakTheUsersWords()
    {
        PlanDocument doc(m_catalog);
        QVERIFY(!doc.open(example("case-study-before.yaml")));
        const QString service = QStringLiteral("benchmarkdb");
        const auto undoText = [&doc] { return doc.undoStack()->undoText(); };

        doc.setStorageClass(service, QStringLiteral("network-hdd"));
        QCOMPARE(undoText(), QStringLiteral("Set storage class of benchmarkdb to Network HDD"));

        doc.setInput(service, QStringLiteral("dataset"), Quantity::bytes(30LL << 30));
        QVERIFY2(!undoText().contains(QLatin1String("dataset")), qPrintable(undoText()));
        QVERIFY2(undoText().contains(QLatin1String("30Gi")), qPrintable(undoText()));

        PostgresTopology topology = *doc.plan().service(service)->topology;
        topology.readReplicas = 2;
        doc.setTopology(service, topology);
        QCOMPARE(undoText(), QStringLiteral("Set read replicas of benchmarkdb to 2"));
        topology.pooler.enabled = !topology.pooler.enabled;
        doc.setTopology(service, topology);
        QVERIFY2(undoText().contains(QLatin1String("PgBouncer")), qPrintable(undoText()));

        const PlanFinding* fixable = nullptr;
        for (const auto& finding : doc.sizing().findings) {
            if (finding.recommendation && !finding.recommendation->isEmpty())
                fixable = &finding;
        }
        QVERIFY(fixable);
        const PlanFinding copy = *fixable;
        doc.applyFinding(copy);
        QVERIFY2(!undoText().contains(copy.finding.code), qPrintable(undoText()));
        QVERIFY2(undoText().contains(copy.recommendation->summary), qPrintable(undoText()));
    }

    void editsAreUndoableAndResize()
    {
        PlanDocument doc(m_catalog);
        const QString path = example("small-production-stack.yaml");
        QVERIFY(!doc.open(path));
        const Plan original = fileContent(path);
        QVERIFY(doc.plan() == original);
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.displayName(), QStringLiteral("small-production-stack.yaml"));

        QSignalSpy modified(&doc, &PlanDocument::modifiedChanged);
        doc.setTier(QStringLiteral("cache"), QStringLiteral("large"));
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(doc.undoStack()->text(0), QStringLiteral("Set tier of cache to large"));
        QCOMPARE(doc.plan().service(QStringLiteral("cache"))->request.size, QStringLiteral("large"));

        // The document's sizing is PlanSizer's for the edited plan.
        const PlanSizing expected = PlanSizer(doc.catalog()).size(doc.plan());
        const RoleSizing* cache = roleOf(doc.sizing(), QStringLiteral("cache"));
        QVERIFY(cache);
        QCOMPARE(cache->sizing.resources.memoryLimit,
                 roleOf(expected, QStringLiteral("cache"))->sizing.resources.memoryLimit);
        QVERIFY(!(
            cache->sizing.resources.memoryLimit
            == roleOf(PlanSizer(doc.catalog()).size(original), QStringLiteral("cache"))->sizing.resources.memoryLimit));

        // Consecutive edits of one input merge into one step (a slider drag).
        const int before = doc.undoStack()->count();
        doc.setInput(QStringLiteral("metrics"), QStringLiteral("samples_per_second"), Quantity::perSecond(30'000));
        doc.setInput(QStringLiteral("metrics"), QStringLiteral("samples_per_second"), Quantity::perSecond(40'000));
        QCOMPARE(doc.undoStack()->count(), before + 1);
        QCOMPARE(
            doc.plan().service(QStringLiteral("metrics"))->request.inputs.value(QStringLiteral("samples_per_second")),
            Quantity::perSecond(40'000));

        doc.setReplicas(QStringLiteral("sso"), 3);
        doc.setStorageClass(QStringLiteral("logs"), QStringLiteral("standard-ssd"));
        auto topology = doc.plan().service(QStringLiteral("app-db"))->topology;
        QVERIFY(topology);
        topology->readReplicas = 2;
        doc.setTopology(QStringLiteral("app-db"), topology);
        QCOMPARE(roleOf(doc.sizing(), QStringLiteral("app-db"), QStringLiteral("replica"))->pods, 2);
        // A change to the same value is no command.
        const int count = doc.undoStack()->count();
        doc.setReplicas(QStringLiteral("sso"), 3);
        QCOMPARE(doc.undoStack()->count(), count);

        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QVERIFY(doc.plan() == original);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QVERIFY(doc.isModified());
    }

    void failedOpenKeepsTheDocument()
    {
        PlanDocument doc(m_catalog);
        const QString path = example("small-production-stack.yaml");
        QVERIFY(!doc.open(path));
        doc.setTier(QStringLiteral("cache"), QStringLiteral("medium"));
        const Plan edited = doc.plan();

        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.yaml"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: x}\nservices:\n"
                "  - name: db\n    kind: postgresql\n    tier: enormous\n");
        f.close();
        const auto error = doc.open(broken);
        QVERIFY(error);
        const QString text = error->toString();
        QVERIFY2(text.contains(QStringLiteral("broken.yaml:7:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("tier")), qPrintable(text));
        QVERIFY(doc.plan() == edited);
        QCOMPARE(doc.filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(doc.isModified());
        QVERIFY(doc.open(dir.filePath(QStringLiteral("missing.yaml"))));
        QVERIFY(doc.plan() == edited);
    }

    void saveMarksClean()
    {
        PlanDocument doc(m_catalog);
        QVERIFY(!doc.open(example("small-production-stack.yaml")));
        doc.setTier(QStringLiteral("dashboards"), QStringLiteral("medium"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.yaml"));
        QSignalSpy pathSpy(&doc, &PlanDocument::filePathChanged);
        QVERIFY(!doc.saveAs(path));
        QVERIFY(!doc.isModified());
        QCOMPARE(pathSpy.count(), 1);
        QVERIFY(fileContent(path) == doc.plan());
        // Undo past the save point modifies again.
        doc.undoStack()->undo();
        QVERIFY(doc.isModified());
    }

    void findingFixIsOneUndoStep()
    {
        PlanDocument doc(m_catalog);
        QVERIFY(!doc.open(example("case-study-before.yaml")));
        const Plan original = doc.plan();
        const PlanFinding* fixable = nullptr;
        for (const auto& f : doc.sizing().findings) {
            if (f.recommendation && !f.recommendation->isEmpty()) {
                fixable = &f;
                break;
            }
        }
        QVERIFY(fixable);
        const PlanFinding finding = *fixable;
        doc.applyFinding(finding);
        QVERIFY(PlanSizer::apply(original, finding) == doc.plan());
        QVERIFY(!(doc.plan() == original));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QVERIFY(doc.plan() == original);
    }

    void recoveryWritesAfterTheDelayAndGoesAtTheSavedState()
    {
        const QString path = example("small-production-stack.yaml");
        PlanDocument doc(m_catalog);
        RecoveryStore store(&doc);
        QVERIFY(!doc.open(path));
        QVERIFY(!QFile::exists(store.filePath()));
        doc.setTier(QStringLiteral("cache"), QStringLiteral("xlarge"));
        doc.setInput(QStringLiteral("app-db"), QStringLiteral("dataset"), Quantity::bytes(80LL << 30));
        QElapsedTimer timer;
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(store.filePath()), 2500);
        QVERIFY(timer.elapsed() >= RecoveryStore::delayMs - 100);
        QVERIFY(store.filePath().startsWith(RecoveryStore::directory()));

        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto decoded = RecoveryFile::decode(file.readAll(), file.fileName());
        QVERIFY(!decoded.damage);
        QCOMPARE(decoded.file.planPath, QFileInfo(path).absoluteFilePath());
        QCOMPARE(decoded.file.planName, doc.plan().name);
        QVERIFY(PlanLoader(m_catalog).load(decoded.file.planYaml, file.fileName()).value() == doc.plan());

        // Back at the saved state: nothing to recover.
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(!doc.isModified());
        QVERIFY(!QFile::exists(store.filePath()));
    }
};

QTEST_GUILESS_MAIN(TestPlanDocument)
#include "tst_plandocument.moc"
