// SPDX-License-Identifier: Apache-2.0
#include "ui/exportfilesmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace headroom;

class TestExportFilesModel : public QObject
{
    Q_OBJECT

private slots:
    // One row per file, named by its file name; another service's files replace them.
    void rowsAreTheFiles()
    {
        ExportFilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const QList<ExportFile> files {
            { QStringLiteral("db-primary.values.yaml"), "a: 1\n", QStringLiteral("db"), QStringLiteral("primary"),
              QStringLiteral("helm-values") },
            { QStringLiteral("db-primary.postgresql.conf"), "max_connections = 100\n", QStringLiteral("db"),
              QStringLiteral("primary"), QStringLiteral("postgresql-conf") },
        };
        model.setFiles(files);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("db-primary.postgresql.conf"));
        QCOMPARE(model.files().at(1).content, QByteArray("max_connections = 100\n"));
        QVERIFY(!model.index(1, 0).data(Qt::CheckStateRole).isValid());

        model.setFiles({ files.first() });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("db-primary.values.yaml"));
    }
};

QTEST_MAIN(TestExportFilesModel)
#include "tst_exportfilesmodel.moc"
