// SPDX-License-Identifier: Apache-2.0
#include "testutils.h"
#include "translations/translationloader.h"
#include "ui/plandocument.h"
#include "ui/reportdocument.h"
#include "ui/whatifview.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextTable>
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
        QVERIFY(text.contains(QLatin1String("Memory of")));
    }

    static QStringList examples()
    {
        return QDir(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples"))
            .entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name);
    }

    // The tables of a report's HTML as a reader's program sees them: each with the heading
    // above it, its rows of cell texts (the header row first).
    struct Table
    {
        QString heading;
        QList<QStringList> rows;
    };
    static QList<Table> tablesOf(const QString& html)
    {
        QTextDocument document;
        document.setHtml(html);
        QList<Table> out;
        QString heading;
        for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
            if (it.currentBlock().isValid() && it.currentBlock().blockFormat().headingLevel() > 0)
                heading = it.currentBlock().text();
            auto* table = qobject_cast<QTextTable*>(it.currentFrame());
            if (!table)
                continue;
            Table t { heading, {} };
            for (int r = 0; r < table->rows(); ++r) {
                QStringList cells;
                for (int c = 0; c < table->columns(); ++c) {
                    const QTextTableCell cell = table->cellAt(r, c);
                    QTextCursor cursor(cell.firstCursorPosition());
                    cursor.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
                    cells << cursor.selectedText();
                }
                t.rows << cells;
            }
            out << t;
        }
        return out;
    }

    static QJsonObject commandJson(const QStringList& arguments)
    {
        const auto result = testutils::runProcess(QStringLiteral(HEADROOM_EXECUTABLE), arguments);
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }

    // A figure as the report prints it against the same figure in JSON, both read by
    // Quantity::parse. The report rounds up as Kubernetes takes sizes (memory_format::volume):
    // to a whole Mi, from 100000Mi to a whole Gi, from 1Ti to a tenth of a Ti.
    static bool sameMemory(const QString& printed, const QString& json)
    {
        auto a = Quantity::parse(Dimension::Memory, printed);
        auto b = Quantity::parse(Dimension::Memory, json);
        if (!a || !b)
            return false;
        constexpr std::int64_t mi = 1 << 20;
        constexpr std::int64_t ti = mi * mi;
        const std::int64_t slack = b->raw() >= ti ? ti / 10 : b->raw() >= 100000 * mi ? 1024 * mi : mi;
        return a->raw() >= b->raw() && a->raw() - b->raw() <= slack;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
        // English with its plural forms, as the window and the command speak it.
        QVERIFY(i18n::install(QCoreApplication::instance(), QStringLiteral("en")));
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

    // Each chart sweeps what the window's What-if tab sweeps, over the same range, with the
    // same break point: for every service and role of every example plan.
    void chartsMatchTheWhatIfView_data()
    {
        QTest::addColumn<QString>("plan");
        for (const QString& name : examples())
            QTest::addRow("%s", qPrintable(name)) << example(qPrintable(name));
    }

    void chartsMatchTheWhatIfView()
    {
        QFETCH(QString, plan);
        PlanDocument document(*m_catalog);
        QVERIFY(!document.open(plan));
        const ReportDocument report(document.plan(), document.sizing(), document.engine());
        QVERIFY(!report.charts().isEmpty());
        WhatIfView view(&document);
        view.resize(1200, 800);
        view.show();
        for (const auto& chart : report.charts()) {
            const QString where = chart.service + QLatin1Char('/') + chart.role;
            view.setService(chart.service);
            if (!chart.role.isEmpty())
                view.setRole(chart.role);
            QCOMPARE(view.inputCombo()->currentData().toString(), chart.input);
            QVERIFY2(view.range().from == chart.range.range.from, qPrintable(where));
            QVERIFY2(view.range().to == chart.range.range.to, qPrintable(where));
            QVERIFY2(view.range().current == chart.range.range.current, qPrintable(where));
            QVERIFY2(view.breakPoint().has_value() == chart.range.breakPoint.has_value(), qPrintable(where));
            if (chart.range.breakPoint) {
                QVERIFY2(view.breakPoint()->input == chart.range.breakPoint->input, qPrintable(where));
                QVERIFY2(view.breakPoint()->ceiling == chart.range.breakPoint->ceiling, qPrintable(where));
            }
        }
    }

    // The charts reach past the break point rather than stopping at twice today's value:
    // where the plan breaks beyond that, the chart goes on to show it, and says where.
    void chartsReachTheBreakPoint()
    {
        bool beyondTwice = false;
        for (const QString& name : examples()) {
            PlanDocument document(*m_catalog);
            QVERIFY(!document.open(example(qPrintable(name))));
            const ReportDocument report(document.plan(), document.sizing(), document.engine());
            for (const auto& chart : report.charts()) {
                auto request = whatif::roleRequest(document.plan(), document.sizing(), chart.service, chart.role);
                QVERIFY(request);
                auto plain = whatif::defaultRange(document.engine(), request.value(), chart.input);
                QVERIFY(plain);
                if (!chart.range.breakPoint)
                    continue;
                QVERIFY(chart.range.breakPoint->input.raw() <= chart.range.range.to.raw());
                QVERIFY2(chart.caption.contains(QLatin1String("Breaks at")), qPrintable(chart.caption));
                if (chart.range.breakPoint->input.raw() > plain->to.raw()) {
                    beyondTwice = true;
                    QVERIFY2(chart.range.range.to.raw() > plain->to.raw(), qPrintable(chart.service));
                }
            }
        }
        QVERIFY2(beyondTwice, "no example breaks beyond twice today's value: the test shows nothing");
    }

    // Text from the plan is printed as text: a note with markup in it is not markup.
    void planTextIsEscaped()
    {
        const QString file = m_dir.filePath(QStringLiteral("markup.yaml"));
        QVERIFY(testutils::writeFile(file,
                                     "apiVersion: headroom/v1\n"
                                     "kind: Plan\n"
                                     "metadata:\n"
                                     "  name: \"<b>Bold</b> & co\"\n"
                                     "  notes: \"<script>alert(1)</script> *not emphasis* <img src=x>\"\n"
                                     "services:\n"
                                     "  - name: cache\n"
                                     "    kind: redis\n"
                                     "    tier: small\n"));
        PlanDocument document(*m_catalog);
        QVERIFY(!document.open(file));
        const QString html = ReportDocument(document.plan(), document.sizing(), document.engine()).toHtml();
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(!html.contains(QLatin1String("<img src=x")));
        QVERIFY(!html.contains(QLatin1String("<b>Bold")));
        QTextDocument read;
        read.setHtml(html);
        const QString text = read.toPlainText();
        QVERIFY2(text.contains(QLatin1String("<script>alert(1)</script> *not emphasis* <img src=x>")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("<b>Bold</b> & co")));
    }

    // The findings the report lists for each service and the cluster are `headroom check`'s.
    void findingsAreCheck_data() { chartsMatchTheWhatIfView_data(); }

    void findingsAreCheck()
    {
        QFETCH(QString, plan);
        PlanDocument document(*m_catalog);
        QVERIFY(!document.open(plan));
        const QString html = ReportDocument(document.plan(), document.sizing(), document.engine()).toHtml();
        const QJsonObject check = commandJson({ QStringLiteral("check"), plan, QStringLiteral("--format=json") });
        QVERIFY(check.contains(QStringLiteral("findings")));
        QTextDocument read;
        read.setHtml(html);
        const QString text = read.toPlainText();
        QStringList expected;
        for (const auto& f : check.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject o = f.toObject();
            const QString service = o.value(QStringLiteral("service")).toString();
            const QString role = o.value(QStringLiteral("role")).toString();
            const QString subject = service.isEmpty() ? QStringLiteral("cluster")
                : role.isEmpty()                      ? service
                                                      : service + QLatin1Char('/') + role;
            expected << QStringLiteral("%1 (%2): %3")
                            .arg(o.value(QStringLiteral("code")).toString(), subject,
                                 o.value(QStringLiteral("message")).toString());
        }
        static const QRegularExpression findingLine(
            QStringLiteral("^(?:error|warning|note|info) (\\S+ \\([^)]*\\): .*?)(?: Fix: .*)?$"),
            QRegularExpression::MultilineOption);
        QStringList printed;
        for (auto m = findingLine.globalMatch(text); m.hasNext();)
            printed << m.next().captured(1);
        expected.sort();
        printed.sort();
        QCOMPARE(printed, expected);
    }

    // What the report states of each service (resources, profile, storage forecast) and of
    // the cluster fit is what `headroom report --format json` says of the same plan.
    void figuresAreTheCommands_data() { chartsMatchTheWhatIfView_data(); }

    void figuresAreTheCommands()
    {
        QFETCH(QString, plan);
        PlanDocument document(*m_catalog);
        QVERIFY(!document.open(plan));
        const QString html = ReportDocument(document.plan(), document.sizing(), document.engine()).toHtml();
        const QJsonObject sized = commandJson({ QStringLiteral("report"), plan, QStringLiteral("--format=json") });
        QVERIFY(!sized.isEmpty());
        const QList<Table> tables = tablesOf(html);
        for (const auto& s : sized.value(QStringLiteral("services")).toArray()) {
            const QJsonObject service = s.toObject();
            const QString name = service.value(QStringLiteral("name")).toString();
            const auto mine = [&](const QString& firstHeader) {
                for (const auto& t : tables) {
                    if (t.heading.startsWith(name + QStringLiteral(" (")) && t.rows.value(0).value(0) == firstHeader)
                        return t;
                }
                return Table {};
            };
            const Table roles = mine(QStringLiteral("Service"));
            QVERIFY2(!roles.rows.isEmpty(), qPrintable(name));
            for (const auto& r : service.value(QStringLiteral("roles")).toArray()) {
                const QJsonObject role = r.toObject();
                const QString who = role.value(QStringLiteral("role")).toString().isEmpty()
                    ? name
                    : name + QLatin1Char('/') + role.value(QStringLiteral("role")).toString();
                const auto row = std::find_if(roles.rows.begin(), roles.rows.end(),
                                              [&](const QStringList& cells) { return cells.value(0) == who; });
                QVERIFY2(row != roles.rows.end(), qPrintable(who));
                const QJsonObject resources = role.value(QStringLiteral("resources")).toObject();
                const QStringList memory = row->value(3).split(QLatin1Char('/'));
                QVERIFY2(sameMemory(memory.value(0),
                                    resources[QStringLiteral("requests")][QStringLiteral("memory")].toString()),
                         qPrintable(who));
                QVERIFY2(sameMemory(memory.value(1),
                                    resources[QStringLiteral("limits")][QStringLiteral("memory")].toString()),
                         qPrintable(who));
                const QStringList cpu = row->value(2).split(QLatin1Char('/'));
                QCOMPARE(Quantity::parse(Dimension::Cpu, cpu.value(1)).value(),
                         Quantity::parse(Dimension::Cpu,
                                         resources[QStringLiteral("limits")][QStringLiteral("cpu")].toString())
                             .value());
                const QString profile = role.value(QStringLiteral("postgresProfile")).toString();
                QCOMPARE(row->value(4), profile.isEmpty() ? QStringLiteral("—") : profile);
            }
            if (service.contains(QStringLiteral("storage"))) {
                const QJsonObject storage = service.value(QStringLiteral("storage")).toObject();
                const Table forecast = mine(QStringLiteral("Storage class"));
                QCOMPARE(forecast.rows.size(), 2);
                QVERIFY2(sameMemory(forecast.rows[1][2], storage[QStringLiteral("now")].toString()), qPrintable(name));
                QVERIFY2(sameMemory(forecast.rows[1][3], storage[QStringLiteral("atHorizon")].toString()),
                         qPrintable(name));
                QVERIFY2(sameMemory(forecast.rows[1][4], storage[QStringLiteral("volume")].toString()),
                         qPrintable(name));
            }
        }
        Table nodes;
        for (const auto& t : tables) {
            if (t.rows.value(0).value(0) == QLatin1String("Node"))
                nodes = t;
        }
        const QJsonArray fit = sized[QStringLiteral("clusterFit")][QStringLiteral("nodes")].toArray();
        QCOMPARE(nodes.rows.size(), fit.size() + (fit.isEmpty() ? 0 : 1));
        for (int i = 0; i < fit.size(); ++i) {
            const QJsonObject n = fit[i].toObject();
            const QStringList& cells = nodes.rows[i + 1];
            QCOMPARE(cells[0],
                     QStringLiteral("%1-%2")
                         .arg(n[QStringLiteral("pool")].toString())
                         .arg(n[QStringLiteral("node")].toInt()));
            QCOMPARE(cells[1].toInt(), n[QStringLiteral("pods")].toArray().size());
            QVERIFY(
                sameMemory(cells[3].section(QLatin1Char(' '), 0, 0), n[QStringLiteral("memoryRequested")].toString()));
            QCOMPARE(Quantity::parse(Dimension::Cpu, cells[2].section(QLatin1Char(' '), 0, 0)).value(),
                     Quantity::parse(Dimension::Cpu, n[QStringLiteral("cpuRequested")].toString()).value());
        }
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
