// SPDX-License-Identifier: Apache-2.0
#include "testutils.h"
#include "ui/plandialogs.h"

#include <QAbstractSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace headroom;

class TestPlanDialogs : public QObject
{
    Q_OBJECT

private slots:
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
