// SPDX-License-Identifier: Apache-2.0
#include "ui/editedfiledialog.h"

#include <QLabel>
#include <QLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace headroom;

class TestEditedFileDialog : public QObject
{
    Q_OBJECT

private slots:
    // The question starts at the top of the dialog: its label is no taller than its wrapped
    // text, so no blank band sits above the words.
    void textStartsAtTheTop()
    {
        EditedFileDialog dialog(QStringLiteral("/tmp/deploy/app-db-primary.postgresql.conf"),
                                QByteArray("shared_buffers = 1GB\n"), QByteArray("shared_buffers = 2GB\n"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(50);
        const auto* text = dialog.findChild<QLabel*>();
        QVERIFY(text);
        const int textHeight
            = text->fontMetrics().boundingRect(text->contentsRect(), Qt::TextWordWrap, text->text()).height();
        const int margin = dialog.layout()->contentsMargins().top();
        QVERIFY2(text->y() <= margin + 4, qPrintable(QString::number(text->y())));
        QVERIFY2(text->height() - textHeight <= 4,
                 qPrintable(QStringLiteral("label %1 px, text %2 px").arg(text->height()).arg(textHeight)));
    }

    // Show Diff still gives the differences the room.
    void diffGrowsTheDialog()
    {
        EditedFileDialog dialog(QStringLiteral("/tmp/a.conf"), QByteArray("a = 1\n"), QByteArray("a = 2\n"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.diffButton(), Qt::LeftButton);
        QTest::qWait(50);
        QVERIFY(dialog.diffView()->isVisible());
        QVERIFY(dialog.diffView()->height() > 100);
    }
};

QTEST_MAIN(TestEditedFileDialog)
#include "tst_editedfiledialog.moc"
