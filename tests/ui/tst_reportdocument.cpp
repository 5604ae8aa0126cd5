// SPDX-License-Identifier: Apache-2.0
#include "testutils.h"
#include "ui/plandocument.h"
#include "ui/reportdocument.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace headroom;

// The printable report: what `headroom report --format html|pdf` and File › Export Report write.
// PDFs are read back with poppler's pdftotext, as a reader would see them.
class TestReportDocument : public QObject
{
    Q_OBJECT

private:
    std::optional<Catalog> m_catalog;
    QTemporaryDir m_dir;

    static QString example(const char* name)
    {
        return QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/%1").arg(QLatin1String(name));
    }

    static QString pdfText(const QString& pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return QString();
        // Proportional fonts set "fi" and "fl" as ligatures; a reader sees the letters.
        return QString::fromUtf8(process.readAllStandardOutput())
            .replace(QChar(0xfb01), QLatin1String("fi"))
            .replace(QChar(0xfb02), QLatin1String("fl"));
    }

    // What a report of `plan` must hold: every service, every finding's code, the sections.
    static void verifyHolds(const QString& text, const Plan& plan, const PlanSizing& sizing)
    {
        for (const auto& service : plan.services)
            QVERIFY2(text.contains(service.name), qPrintable(service.name));
        for (const auto& finding : sizing.findings)
            QVERIFY2(text.contains(finding.finding.code), qPrintable(finding.finding.code));
        QVERIFY(text.contains(QLatin1String("Findings")));
        QVERIFY(text.contains(QLatin1String("Cluster fit")));
        QVERIFY(text.contains(QLatin1String("What-if")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils, scripts/setup.sh) is needed to read the PDF back");
    }

    void pdfHoldsThePlan_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addRow("case study") << example("case-study-before.yaml");
        QTest::addRow("data stack") << example("data-stack.yaml");
        QTest::addRow("small production stack") << example("small-production-stack.yaml");
    }

    void pdfHoldsThePlan()
    {
        QFETCH(QString, plan);
        PlanDocument document(*m_catalog);
        QVERIFY(!document.open(plan));
        const QString pdf = m_dir.filePath(QStringLiteral("%1.pdf").arg(QTest::currentDataTag()));
        QVERIFY(!ReportDocument(document.plan(), document.sizing(), document.engine()).writePdf(pdf));
        QVERIFY(testutils::readFile(pdf).startsWith("%PDF"));
        verifyHolds(pdfText(pdf), document.plan(), document.sizing());
        if (plan.contains(QLatin1String("case-study")))
            QVERIFY(!document.sizing().findings.isEmpty());
    }

    void htmlIsSelfContained()
    {
        PlanDocument document(*m_catalog);
        QVERIFY(!document.open(example("case-study-before.yaml")));
        const QString html = ReportDocument(document.plan(), document.sizing(), document.engine()).toHtml();
        verifyHolds(html, document.plan(), document.sizing());
        QVERIFY(html.contains(QLatin1String("src=\"data:image/png;base64,")));
        static const QRegularExpression external(QStringLiteral("src=\"(?!data:)"));
        QVERIFY(!html.contains(external));
    }

    // The command writes the same report, and refuses a PDF for standard output.
    void commandWritesTheReport()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("command.pdf"));
        auto result = testutils::runProcess(QStringLiteral(HEADROOM_EXECUTABLE),
                                            { QStringLiteral("report"), example("case-study-before.yaml"),
                                              QStringLiteral("--format"), QStringLiteral("pdf"),
                                              QStringLiteral("--out"), pdf });
        QCOMPARE(result.exitCode, 0);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QLatin1String("benchmarkdb/replica")));
        QVERIFY(text.contains(QLatin1String("postgresql.pool-exhaustion-risk")));

        result = testutils::runProcess(
            QStringLiteral(HEADROOM_EXECUTABLE),
            { QStringLiteral("report"), example("case-study-before.yaml"), QStringLiteral("--format=html") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("data:image/png;base64,")));

        result = testutils::runProcess(QStringLiteral(HEADROOM_EXECUTABLE),
                                       { QStringLiteral("report"), example("case-study-before.yaml"),
                                         QStringLiteral("--format"), QStringLiteral("pdf") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("--out")));
    }
};

QTEST_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
