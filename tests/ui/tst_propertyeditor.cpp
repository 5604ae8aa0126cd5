// SPDX-License-Identifier: Apache-2.0
#include "io/planloader.h"
#include "testutils.h"
#include "ui/plandocument.h"
#include "ui/propertyeditor.h"

#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace headroom;

namespace {

PlannedService service(const QString& name, const QString& kind, std::optional<int> readReplicas = std::nullopt)
{
    PlannedService s;
    s.name = name;
    s.request.service = kind;
    s.request.size = QStringLiteral("small");
    if (readReplicas) {
        PostgresTopology t;
        t.readReplicas = *readReplicas;
        s.topology = t;
    }
    return s;
}

} // namespace

class TestPropertyEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QGroupBox* topologyBox(PropertyEditor& editor)
    {
        for (auto* box : editor.findChildren<QGroupBox*>()) {
            if (box->isCheckable() && box->isVisible())
                return box;
        }
        return nullptr;
    }

    // Saves the document and loads the file back as `headroom` would.
    void savedPlanLoads(PlanDocument& document)
    {
        const QString path = m_dir.filePath(QStringLiteral("saved.headroom.yaml"));
        const auto error = document.saveAs(path);
        QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
        PlanLoader loader(document.baseCatalog());
        const auto plan = loader.loadFile(path);
        QVERIFY2(plan.hasValue(), plan.hasValue() ? "" : qPrintable(plan.error().toString()));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Each way to give a PostgreSQL service read replicas whose releases cannot be saved and
    // loaded again is refused where it is made; what is accepted saves and loads.
    void readReplicasThatBreakReleaseNamesAreRefused_data()
    {
        QTest::addColumn<QList<PlannedService>>("services");
        QTest::addColumn<bool>("refused");
        QTest::addRow("another service exports the primary's release")
            << QList<PlannedService> { service(QStringLiteral("app-db"), QStringLiteral("postgresql"), 0),
                                       service(QStringLiteral("app-db-primary"), QStringLiteral("redis")) }
            << true;
        QTest::addRow("another service exports the replica's release")
            << QList<PlannedService> { service(QStringLiteral("app-db-replica"), QStringLiteral("redis")),
                                       service(QStringLiteral("app-db"), QStringLiteral("postgresql"), 0) }
            << true;
        QTest::addRow("role releases longer than Helm takes")
            << QList<PlannedService> { service(QString(48, QLatin1Char('a')), QStringLiteral("postgresql"), 0) }
            << true;
        QTest::addRow("the longest name that fits")
            << QList<PlannedService> { service(QString(45, QLatin1Char('a')), QStringLiteral("postgresql"), 0) }
            << false;
        QTest::addRow("no collision") << QList<PlannedService> {
            service(QStringLiteral("app-db"), QStringLiteral("postgresql"), 0),
            service(QStringLiteral("app-db-cache"), QStringLiteral("redis"))
        } << false;
    }

    void readReplicasThatBreakReleaseNamesAreRefused()
    {
        QFETCH(QList<PlannedService>, services);
        QFETCH(bool, refused);
        auto catalog = testutils::builtInCatalog();
        QVERIFY(catalog.hasValue());
        PlanDocument document(catalog.value());
        Plan plan;
        plan.services = services;
        QVERIFY(!document.setPlan(plan, {}));
        const QString name = [&] {
            for (const auto& s : services) {
                if (s.topology)
                    return s.name;
            }
            return QString();
        }();
        PropertyEditor editor(&document);
        editor.resize(500, 900);
        editor.show();
        editor.showService(name);
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QGroupBox* box = topologyBox(editor);
        QVERIFY(box);
        auto* replicas = box->findChild<QSpinBox*>();
        QVERIFY(replicas);
        QCOMPARE(replicas->value(), 0);
        const int steps = document.undoStack()->count();

        replicas->setFocus();
        QTest::keyClick(replicas, Qt::Key_Up);

        if (refused) {
            QCOMPARE(document.undoStack()->count(), steps);
            QCOMPARE(document.plan().service(name)->topology->readReplicas, 0);
            QCOMPARE(replicas->value(), 0);
            QLabel* shown = nullptr;
            for (auto* label : box->findChildren<QLabel*>()) {
                if (label->isVisible() && label->text().contains(QLatin1String("Helm release")))
                    shown = label;
            }
            QVERIFY2(shown, "the refusal is shown under the topology");
        } else {
            QCOMPARE(document.undoStack()->count(), steps + 1);
            QCOMPARE(document.plan().service(name)->topology->readReplicas, 1);
        }
        savedPlanLoads(document);
    }
};

QTEST_MAIN(TestPropertyEditor)
#include "tst_propertyeditor.moc"
