// SPDX-License-Identifier: Apache-2.0
#include "io/planloader.h"
#include "testutils.h"
#include "ui/plandialogs.h"
#include "ui/plandocument.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace headroom;

class TestPlanDialogs : public QObject
{
    Q_OBJECT

private slots:
    // A name whose release another service already exports (a PostgreSQL service with a
    // replica exports NAME-primary and NAME-replica) is refused in the dialog, OK disabled;
    // a name that is accepted gives a plan that saves and loads again.
    void nameOfAnotherServicesReleaseIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("refused");
        QTest::addRow("the primary's release") << QStringLiteral("app-db-primary") << true;
        QTest::addRow("the replica's release") << QStringLiteral("app-db-replica") << true;
        QTest::addRow("a name of its own") << QStringLiteral("app-db-cache") << false;
    }

    void nameOfAnotherServicesReleaseIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(bool, refused);
        auto catalog = testutils::builtInCatalog();
        QVERIFY(catalog.hasValue());
        PlanDocument document(catalog.value());
        Plan plan;
        PlannedService db;
        db.name = QStringLiteral("app-db");
        db.request.service = QStringLiteral("postgresql");
        db.request.size = QStringLiteral("small");
        PostgresTopology topology;
        topology.readReplicas = 1;
        db.topology = topology;
        plan.services << db;
        QVERIFY(!document.setPlan(plan, {}));

        AddServiceDialog dialog(document.plan(), document.catalog());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int redis = dialog.kindCombo()->findData(QStringLiteral("redis"));
        QVERIFY(redis >= 0);
        dialog.kindCombo()->setCurrentIndex(redis);
        dialog.nameEdit()->setFocus();
        dialog.nameEdit()->selectAll();
        QTest::keyClicks(dialog.nameEdit(), name);
        QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QCOMPARE(ok->isEnabled(), !refused);
        bool shown = false;
        for (auto* label : dialog.findChildren<QLabel*>())
            shown = shown || (label->isVisible() && label->text().contains(QLatin1String("Helm release")));
        QCOMPARE(shown, refused);
        if (refused)
            return;
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(document.addService(dialog.service()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.headroom.yaml"));
        QVERIFY(!document.saveAs(path));
        PlanLoader loader(document.baseCatalog());
        const auto saved = loader.loadFile(path);
        QVERIFY2(saved.hasValue(), saved.hasValue() ? "" : qPrintable(saved.error().toString()));
        QVERIFY(saved.value().service(name));
    }

    // A refusal shown under the fields leaves every field its height.
    void nodePoolErrorKeepsTheFieldsSizes()
    {
        Plan plan;
        NodePool existing;
        existing.name = QStringLiteral("general");
        plan.nodePools << existing;
        AddNodePoolDialog dialog(plan);
        dialog.nameEdit()->setText(QStringLiteral("spare"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QList<QWidget*> fields;
        for (QWidget* w : dialog.findChildren<QWidget*>()) {
            if ((qobject_cast<QLineEdit*>(w) && !qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                || qobject_cast<QAbstractSpinBox*>(w))
                fields << w;
        }
        QVERIFY(fields.size() >= 6);
        QList<int> heights;
        for (QWidget* w : std::as_const(fields))
            heights << w->height();

        // A long refusal: the memory text does not parse.
        dialog.nameEdit()->setText(QStringLiteral("general"));
        QLineEdit* memory = nullptr;
        for (QWidget* w : std::as_const(fields)) {
            if (auto* edit = qobject_cast<QLineEdit*>(w); edit && edit->text() == QLatin1String("32Gi"))
                memory = edit;
        }
        QVERIFY(memory);
        dialog.nameEdit()->setText(QStringLiteral("spare"));
        memory->setText(QStringLiteral("thirty-two gibibytes, more or less, as the vendor says on its page"));
        QCoreApplication::processEvents();
        QTest::qWait(50);
        for (int i = 0; i < fields.size(); ++i) {
            QVERIFY2(fields[i]->height() >= fields[i]->minimumSizeHint().height(),
                     qPrintable(fields[i]->metaObject()->className()));
            QCOMPARE(fields[i]->height(), heights[i]);
        }
        dialog.nameEdit()->setText(QStringLiteral("general"));
        QCoreApplication::processEvents();
        for (int i = 0; i < fields.size(); ++i)
            QCOMPARE(fields[i]->height(), heights[i]);
    }
};

QTEST_MAIN(TestPlanDialogs)
#include "tst_plandialogs.moc"
