// SPDX-License-Identifier: Apache-2.0
#include "engine/plansizer.h"
#include "io/planloader.h"
#include "markdownhtml.h"
#include "report/planreport.h"
#include "testutils.h"
#include "translations/translationloader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace headroom;

namespace {

QString subjectOf(const PlanFinding& f)
{
    if (f.service.isEmpty())
        return QStringLiteral("cluster");
    return f.role.isEmpty() ? f.service : f.service + QLatin1Char('/') + f.role;
}

// Table cells are separated by '|' that is not escaped.
int unescapedPipes(const QString& line)
{
    int n = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == QLatin1Char('|') && (i == 0 || line[i - 1] != QLatin1Char('\\')))
            ++n;
    }
    return n;
}

} // namespace

class TestPlanReport : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    bool load(const QString& path, Plan& plan, PlanSizing& sizing)
    {
        PlanLoader loader(m_catalog);
        auto loaded = loader.loadFile(path);
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.error().toString()));
            return false;
        }
        plan = loaded.value();
        sizing = PlanSizer(loader.effectiveCatalog()).size(plan);
        return true;
    }

    bool loadText(const QByteArray& text, Plan& plan, PlanSizing& sizing)
    {
        PlanLoader loader(m_catalog);
        auto loaded = loader.load(text, QStringLiteral("plan.yaml"));
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.error().toString()));
            return false;
        }
        plan = loaded.value();
        sizing = PlanSizer(loader.effectiveCatalog()).size(plan);
        return true;
    }

    static void addPlans()
    {
        QTest::addColumn<QString>("path");
        const QDir examples(QStringLiteral(":/examples"));
        const auto files = examples.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const auto& f : files)
            QTest::addRow("%s", qPrintable(f)) << examples.filePath(f);
        QTest::addRow("every-feature.yaml") << QStringLiteral(HEADROOM_SOURCE_DIR "/tests/data/every-feature.yaml");
    }

private slots:
    void initTestCase()
    {
        // The English plural forms, as the command line installs them ("1 error", "2 errors").
        QVERIFY(i18n::install(QCoreApplication::instance(), QStringLiteral("en")));
        HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
    }

    void json_data() { addPlans(); }

    void json()
    {
        QFETCH(QString, path);
        Plan plan;
        PlanSizing sizing;
        QVERIFY(load(path, plan, sizing));
        const QString text = plan_report::toJson(plan, sizing);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isObject());
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("plan")).toString(), plan.name);

        QVERIFY(root.value(QStringLiteral("services")).isArray());
        const QJsonArray services = root.value(QStringLiteral("services")).toArray();
        QCOMPARE(services.size(), plan.services.size());
        for (qsizetype i = 0; i < services.size(); ++i) {
            const QJsonObject s = services[i].toObject();
            const ServicePlanSizing& sized = sizing.services[i];
            QCOMPARE(s.value(QStringLiteral("name")).toString(), sized.name);
            QCOMPARE(s.value(QStringLiteral("kind")).toString(), sized.kind);
            QVERIFY(s.value(QStringLiteral("roles")).isArray());
            const QJsonArray roles = s.value(QStringLiteral("roles")).toArray();
            QCOMPARE(roles.size(), sized.roles.size());
            for (qsizetype r = 0; r < roles.size(); ++r) {
                const QJsonObject ro = roles[r].toObject();
                QCOMPARE(ro.value(QStringLiteral("role")).toString(), sized.roles[r].role);
                QCOMPARE(ro.value(QStringLiteral("pods")).toInt(), sized.roles[r].pods);
                QVERIFY(!ro.value(QStringLiteral("resources")).toObject().isEmpty());
                QCOMPARE(ro.contains(QStringLiteral("loadShare")), sized.roles[r].loadShare.has_value());
            }
            QCOMPARE(s.contains(QStringLiteral("pgbouncer")), !sized.pooling.isEmpty());
            QCOMPARE(s.contains(QStringLiteral("storage")), sized.storage.has_value());
            if (sized.storage) {
                const QJsonObject st = s.value(QStringLiteral("storage")).toObject();
                QCOMPARE(st.value(QStringLiteral("volume")).toString(), sized.storage->volume.toString());
                QCOMPARE(st.value(QStringLiteral("atHorizon")).toString(), sized.storage->atHorizon.toString());
            }
        }

        QVERIFY(root.value(QStringLiteral("clusterFit")).isObject());
        const QJsonObject fit = root.value(QStringLiteral("clusterFit")).toObject();
        QCOMPARE(fit.value(QStringLiteral("nodes")).toArray().size(), sizing.fit.nodes.size());
        QCOMPARE(fit.value(QStringLiteral("unplaced")).toArray().size(), sizing.fit.unplaced.size());
        QCOMPARE(fit.contains(QStringLiteral("monthlyCost")), sizing.fit.monthlyCost.has_value());

        QVERIFY(root.value(QStringLiteral("findings")).isArray());
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), sizing.findings.size());
        for (qsizetype i = 0; i < findings.size(); ++i) {
            const QJsonObject f = findings[i].toObject();
            QCOMPARE(f.value(QStringLiteral("code")).toString(), sizing.findings[i].finding.code);
            QCOMPARE(f.value(QStringLiteral("service")).toString(), sizing.findings[i].service);
            QCOMPARE(f.value(QStringLiteral("role")).toString(), sizing.findings[i].role);
            QVERIFY((QStringList { QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error") })
                        .contains(f.value(QStringLiteral("severity")).toString()));
            QVERIFY(!f.value(QStringLiteral("message")).toString().isEmpty());
            QCOMPARE(f.contains(QStringLiteral("recommendation")), sizing.findings[i].recommendation.has_value());
        }
        // A function of the sizing: the same text every time.
        QCOMPARE(plan_report::toJson(plan, sizing), text);
    }

    void markdown_data() { addPlans(); }

    void markdown()
    {
        QFETCH(QString, path);
        Plan plan;
        PlanSizing sizing;
        QVERIFY(load(path, plan, sizing));
        const QString md = plan_report::toMarkdown(plan, sizing);
        QVERIFY(md.startsWith(QStringLiteral("# ") + plan.name + QLatin1Char('\n')));
        QVERIFY(md.contains(QStringLiteral("\n## Services\n")));
        QVERIFY(md.contains(
            QStringLiteral("| Service | Kind | Tier | Pods | CPU req/lim | Memory req/lim | Load | max_conn | "
                           "Storage class | IOPS need/cap |\n")));
        QVERIFY(md.contains(QStringLiteral("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n")));
        QVERIFY(md.contains(QStringLiteral("\n## Findings\n")));
        QCOMPARE(md.contains(QStringLiteral("\n## Cluster fit\n")), !plan.nodePools.isEmpty());
        // Every row of the services and measured tables has ten cells, of the PostgreSQL
        // settings table seven.
        int tableRows = 0;
        int postgresRows = 0;
        for (const auto& line : md.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1Char('|')))
                continue;
            ++tableRows;
            if (unescapedPipes(line) == 8)
                ++postgresRows;
            else
                QCOMPARE(unescapedPipes(line), 11);
        }
        int roles = 0;
        int measured = 0;
        int postgresRoles = 0;
        for (const auto& s : sizing.services) {
            roles += int(s.roles.size());
            measured += s.measured ? 1 : 0;
            for (const auto& r : s.roles)
                postgresRoles += r.sizing.postgresProfile ? 1 : 0;
        }
        // The services table, the PostgreSQL settings of each role, and the measured one when a
        // service is measured.
        QCOMPARE(postgresRows, postgresRoles > 0 ? postgresRoles + 2 : 0);
        QCOMPARE(tableRows, roles + 2 + postgresRows + (measured > 0 ? measured + 2 : 0));
        if (sizing.findings.isEmpty())
            QVERIFY(md.contains(QStringLiteral("## Findings\n\nNone.\n")));
        for (const auto& f : sizing.findings)
            QVERIFY2(md.contains(QStringLiteral("`%1` (%2)").arg(f.finding.code, subjectOf(f))),
                     qPrintable(f.finding.code));
    }

    void text_data() { addPlans(); }

    void text()
    {
        QFETCH(QString, path);
        Plan plan;
        PlanSizing sizing;
        QVERIFY(load(path, plan, sizing));
        const QString text = plan_report::toText(plan, sizing);
        QVERIFY(text.startsWith(QStringLiteral("Plan: ") + plan.name + QLatin1Char('\n')));
        for (const auto& s : plan.services)
            QVERIFY2(text.contains(s.name), qPrintable(s.name));
        for (const auto& s : sizing.services) {
            for (const auto& r : s.roles) {
                if (!r.role.isEmpty())
                    QVERIFY(text.contains(s.name + QLatin1Char('/') + r.role));
            }
            if (!s.pooling.isEmpty())
                QVERIFY(text.contains(QStringLiteral("default_pool_size")));
        }
        const auto counted = [](int n, const char* one, const char* many) {
            return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
        };
        QVERIFY2(text.contains(QStringLiteral("\nFindings: %1, %2, %3\n")
                                   .arg(counted(sizing.count(Severity::Error), "error", "errors"),
                                        counted(sizing.count(Severity::Warning), "warning", "warnings"),
                                        counted(sizing.count(Severity::Info), "note", "notes"))),
                 qPrintable(text.section(QStringLiteral("Findings"), 1)));
        if (!plan.nodePools.isEmpty()) {
            QVERIFY(text.contains(QStringLiteral("\nCluster fit:\n")));
            for (const auto& p : plan.nodePools)
                QVERIFY(text.contains(QStringLiteral("  pool %1: ").arg(p.name)));
        }
        for (const auto& f : sizing.findings)
            QVERIFY2(text.contains(f.finding.code), qPrintable(f.finding.code));
    }

    void findingsText_data() { addPlans(); }

    void findingsText()
    {
        QFETCH(QString, path);
        Plan plan;
        PlanSizing sizing;
        QVERIFY(load(path, plan, sizing));
        const QString text = plan_report::findingsText(sizing);
        if (sizing.findings.isEmpty()) {
            QCOMPARE(text, QStringLiteral("No findings.\n"));
            return;
        }
        const QStringList lines = text.split(QLatin1Char('\n'));
        QVERIFY(lines.first().startsWith(QStringLiteral("Severity")));
        // One line a finding, in order, after the header and its rule: severity, subject, code, message.
        for (qsizetype i = 0; i < sizing.findings.size(); ++i) {
            const PlanFinding& f = sizing.findings[i];
            const QString line = lines.value(i + 2);
            const QStringList cells = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cells.size() >= 4, qPrintable(line));
            QCOMPARE(cells[0], severityName(f.finding.severity));
            QCOMPARE(cells[1], subjectOf(f));
            QCOMPARE(cells[2], f.finding.code);
            QVERIFY2(line.trimmed().endsWith(f.finding.message.trimmed()), qPrintable(line));
        }
        for (const auto& f : sizing.findings) {
            if (f.finding.fix.isEmpty())
                continue;
            const QString fix = QStringLiteral("  %1 %2: %3").arg(subjectOf(f), f.finding.code, f.finding.fix);
            QVERIFY2(text.contains(fix + (f.recommendation ? QStringLiteral(" [headroom check --apply]") : QString())),
                     qPrintable(fix));
        }
    }

    void caseStudyReport()
    {
        Plan plan;
        PlanSizing sizing;
        QVERIFY(load(QStringLiteral(":/examples/case-study-before.yaml"), plan, sizing));
        const QString text = plan_report::findingsText(sizing);
        QVERIFY(text.contains(QStringLiteral("What to change:")));
        QVERIFY(
            text.contains(QStringLiteral("benchmarkdb postgresql.allocation-inverse-to-load: Move memory to follow the "
                                         "load: primary 4Gi, each replica 6Gi")));
        QVERIFY(text.contains(QStringLiteral("[headroom check --apply]")));
        const QJsonObject root = QJsonDocument::fromJson(plan_report::toJson(plan, sizing).toUtf8()).object();
        const QJsonArray roles = root.value(QStringLiteral("services"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("roles"))
                                     .toArray();
        QCOMPARE(roles.size(), 2);
        QCOMPARE(roles[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("primary"));
        QVERIFY(std::abs(roles[0].toObject().value(QStringLiteral("loadShare")).toDouble() - 303.0 / 1253.0) < 1e-9);
        QCOMPARE(roles[1].toObject().value(QStringLiteral("demandConnections")).toInt(), 81);

        Plan after;
        PlanSizing afterSizing;
        QVERIFY(load(QStringLiteral(":/examples/case-study-after.yaml"), after, afterSizing));
        const QJsonObject a = QJsonDocument::fromJson(plan_report::toJson(after, afterSizing).toUtf8()).object();
        const QJsonArray pools = a.value(QStringLiteral("services"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("pgbouncer"))
                                     .toArray();
        QCOMPARE(pools.size(), 2);
        QCOMPARE(pools[0].toObject().value(QStringLiteral("pool_mode")).toString(), QStringLiteral("transaction"));
        QCOMPARE(pools[0].toObject().value(QStringLiteral("server_max_connections")).toInt(), 28);
        QCOMPARE(pools[1].toObject().value(QStringLiteral("server_max_connections")).toInt(), 48);
        QVERIFY(a.value(QStringLiteral("findings")).toArray().isEmpty());
    }

    void serviceErrorIsReported()
    {
        const QByteArray text = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: broken}\n"
                                "nodePools:\n  - {name: general, cpu: \"8\", memory: 32Gi, count: 3}\n"
                                "services:\n  - {name: cache, kind: redis, tier: small}\n"
                                "  - name: db\n    kind: postgresql\n    tier: small\n"
                                "    topology:\n      readReplicas: 1\n      load: {readShare: 50%}\n"
                                "      clientConnections: \"1000000\"\n      pooler: {enabled: true}\n";
        Plan plan;
        PlanSizing sizing;
        QVERIFY(loadText(text, plan, sizing));
        QVERIFY(!sizing.service(QStringLiteral("db"))->error.isEmpty());
        QVERIFY(plan_report::toText(plan, sizing).contains(QStringLiteral("db: cannot be sized: ")));
        const QJsonObject root = QJsonDocument::fromJson(plan_report::toJson(plan, sizing).toUtf8()).object();
        const QJsonObject db = root.value(QStringLiteral("services")).toArray()[1].toObject();
        QVERIFY(!db.value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(db.value(QStringLiteral("roles")).toArray().isEmpty());
        QVERIFY(plan_report::findingsText(sizing).contains(QStringLiteral("plan.service-cannot-be-sized")));
        QVERIFY(plan_report::toMarkdown(plan, sizing).contains(QStringLiteral("`plan.service-cannot-be-sized` (db)")));
    }

    void unplacedPodsInMarkdown()
    {
        const QByteArray text = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: tight}\n"
                                "nodePools:\n  - {name: tiny, cpu: \"1\", memory: 512Mi, count: 1}\n"
                                "services:\n  - {name: cache, kind: redis, tier: small}\n";
        Plan plan;
        PlanSizing sizing;
        QVERIFY(loadText(text, plan, sizing));
        QCOMPARE(sizing.fit.unplaced.size(), 1);
        const QString md = plan_report::toMarkdown(plan, sizing);
        QVERIFY2(md.contains(QStringLiteral("- cache-0 is not placed: ")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("**error** `cluster.pod-unplaced` (cache)")));
    }

    // The plan's name and notes are the user's text: the Markdown report shows them as they
    // were written and adds no element of theirs, as a real renderer (Python-Markdown) reads
    // it: its elements are those of the same plan with plain text of as many lines.
    void markdownShowsNotesAsWritten()
    {
        const QString name = QStringLiteral("<img src=x onerror=alert(1)> # *Prod* | `x` ~~old~~");
        const QStringList notes { QStringLiteral("# Heading"),
                                  QStringLiteral("<script>alert(1)</script>"),
                                  QStringLiteral("- item"),
                                  QStringLiteral("| a | b |"),
                                  QStringLiteral("| --- | --- |"),
                                  QStringLiteral("> quote"),
                                  QStringLiteral("`code` **bold** _it_ [link](http://x) ![i](y.png)"),
                                  QStringLiteral("1. first"),
                                  QStringLiteral("=====") };
        const auto plan = [](const QString& planName, const QStringList& lines) {
            QByteArray text = "apiVersion: headroom/v1\nkind: Plan\nmetadata:\n  name: '"
                + QString(planName).replace(QLatin1Char('\''), QStringLiteral("''")).toUtf8() + "'\n  notes: |\n";
            for (const auto& line : lines)
                text += "    " + line.toUtf8() + '\n';
            return text + "services:\n  - {name: cache, kind: redis, tier: small}\n";
        };
        QStringList plainNotes;
        for (qsizetype i = 0; i < notes.size(); ++i)
            plainNotes << QStringLiteral("line%1").arg(i);

        Plan hostile, plain;
        PlanSizing hostileSizing, plainSizing;
        QVERIFY(loadText(plan(name, notes), hostile, hostileSizing));
        QVERIFY(loadText(plan(QStringLiteral("Prod"), plainNotes), plain, plainSizing));
        const auto html = markdown_html::render(plan_report::toMarkdown(hostile, hostileSizing));
        if (!html)
            QSKIP("python3-markdown is not installed (Debian's python3-markdown; scripts/setup.sh)");
        const auto expected = markdown_html::render(plan_report::toMarkdown(plain, plainSizing));
        QVERIFY(expected);
        QCOMPARE(markdown_html::elements(*html), markdown_html::elements(*expected));
        const QString shown = markdown_html::text(*html);
        QVERIFY2(shown.startsWith(name.simplified() + QLatin1Char(' ') + notes.join(QLatin1Char(' '))),
                 qPrintable(shown));
    }

    // Each measured service shows its figures beside the planned resources and both
    // proposals, in JSON, text and Markdown; a service without a measurement shows none.
    void measuredBesidePlanned()
    {
        PlanLoader loader(m_catalog);
        auto plan = loader.loadFile(QStringLiteral(":/examples/measured-stack.yaml"));
        QVERIFY2(plan.hasValue(), qPrintable(testutils::errorText(plan)));
        const PlanSizing sizing = PlanSizer(loader.effectiveCatalog()).size(*plan);
        const QJsonArray services = QJsonDocument::fromJson(plan_report::toJson(*plan, sizing).toUtf8())
                                        .object()[QStringLiteral("services")]
                                        .toArray();
        const QString text = plan_report::toText(*plan, sizing);
        const QString markdown = plan_report::toMarkdown(*plan, sizing);
        QVERIFY(text.contains(QLatin1String("Measured beside planned (per pod):")));
        QVERIFY(markdown.contains(QLatin1String("## Measured beside planned (per pod)")));
        int measured = 0;
        for (qsizetype i = 0; i < sizing.services.size(); ++i) {
            const ServicePlanSizing& s = sizing.services[i];
            const QJsonObject o = services[i].toObject()[QStringLiteral("measured")].toObject();
            if (!plan->services[i].measured) {
                QVERIFY(o.isEmpty());
                continue;
            }
            ++measured;
            const auto& m = *s.measured;
            const auto& r = s.roles.first().sizing.resources;
            QCOMPARE(o[QStringLiteral("memory")].toObject()[QStringLiteral("max")].toString(),
                     m.measured.memory->max.toString());
            QCOMPARE(o[QStringLiteral("planned")].toObject()[QStringLiteral("memoryLimit")].toString(),
                     r.memoryLimit.toString());
            const QJsonObject usage = o[QStringLiteral("usageOnly")].toObject();
            const QJsonObject headroom = o[QStringLiteral("engineAware")].toObject();
            QCOMPARE(usage[QStringLiteral("memoryLimit")].toString(), m.usageOnly->memoryLimit.toString());
            QVERIFY(usage[QStringLiteral("cpuLimit")].isNull());
            QCOMPARE(headroom[QStringLiteral("memoryLimit")].toString(), m.engineAware->memoryLimit.toString());
            QCOMPARE(headroom[QStringLiteral("cpuLimit")].toString(), m.engineAware->cpuLimit->toString());
            const QString p99max = QStringLiteral("%1/%2").arg(memory_format::kubernetes(m.measured.memory->p99.raw()),
                                                               memory_format::kubernetes(m.measured.memory->max.raw()));
            QVERIFY2(text.contains(QRegularExpression(
                         QStringLiteral("\\n%1 +.*%2").arg(s.name, QRegularExpression::escape(p99max)))),
                     qPrintable(s.name));
            QVERIFY(markdown.contains(QStringLiteral("| %1 |").arg(s.name)));
            QVERIFY(markdown.contains(p99max));
        }
        QCOMPARE(measured, 5);
    }
};

QTEST_GUILESS_MAIN(TestPlanReport)
#include "tst_planreport.moc"
