// SPDX-License-Identifier: Apache-2.0
#include "io/planloader.h"
#include "testutils.h"
#include "ui/activewindow.h"
#include "ui/mainwindow.h"
#include "ui/notesedit.h"
#include "ui/plandocument.h"
#include "ui/propertyeditor.h"

#include <QLineEdit>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace headroom;

// The plan's notes in the property editor: several lines, taken by the plan when the field
// loses the focus, one undo step, saved and read back with their line breaks.
class TestNotesEdit : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
    }

    void notesTakeSeveralLines()
    {
        MainWindow w(m_catalog);
        QVERIFY(testutils::openActive(w, QStringLiteral("small-production-stack.yaml")));
        w.selectService(QString());
        NotesEdit* notes = w.propertyEditor()->planNotesEdit();
        QVERIFY(notes);
        const QString before = w.document()->plan().notes;
        QCOMPARE(notes->toPlainText(), before);

        notes->setFocus();
        QTest::keyClick(notes, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(notes, QStringLiteral("Orders and payments."));
        QTest::keyClick(notes, Qt::Key_Return);
        QTest::keyClicks(notes, QStringLiteral("Reviewed by the SRE team."));
        const QString typed = QStringLiteral("Orders and payments.\nReviewed by the SRE team.");
        QCOMPARE(w.document()->plan().notes, before); // not taken while typing
        QTest::keyClick(notes, Qt::Key_Tab); // leaves the field, which commits it
        QVERIFY(!notes->hasFocus());
        QCOMPARE(w.document()->plan().notes, typed);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.yaml"));
        QVERIFY(!w.document()->saveAs(path));
        auto reloaded = PlanLoader(m_catalog).loadFile(path);
        QVERIFY2(reloaded.hasValue(), qPrintable(testutils::errorText(reloaded)));
        QCOMPARE(reloaded->notes, typed);

        // Back in the field, Ctrl+Z undoes the plan's edit, not the field's typing.
        notes = w.propertyEditor()->planNotesEdit();
        notes->setFocus();
        QTest::keyClick(notes, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.document()->plan().notes, before);
        QCOMPARE(w.propertyEditor()->planNotesEdit()->toPlainText(), before);
    }
};

QTEST_MAIN(TestNotesEdit)
#include "tst_notesedit.moc"
