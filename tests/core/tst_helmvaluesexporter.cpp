// SPDX-License-Identifier: Apache-2.0
#include "engine/plansizer.h"
#include "export/chartmaploader.h"
#include "export/helmvaluesexporter.h"
#include "io/planloader.h"
#include "testutils.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QtTest>

#include <yaml-cpp/yaml.h>

using namespace headroom;

namespace {

const QString kProfile = QStringLiteral("headroom");
const QString kVersion = QStringLiteral(HEADROOM_VERSION);

// The charts vendored in tests/data/charts, whole and unchanged.
QString chartsDir()
{
    return testutils::dataFile(QStringLiteral("charts"));
}

YAML::Node chartValues(const QString& chart)
{
    return YAML::LoadFile(QDir(chartsDir()).filePath(chart + QStringLiteral("/values.yaml")).toStdString());
}

// The node at a dotted path, or an undefined node. Recursion keeps yaml-cpp's handles
// from being reassigned (operator= on a Node writes into the node it refers to).
YAML::Node nodeAt(const YAML::Node& node, const QStringList& path, qsizetype i = 0)
{
    if (i == path.size())
        return node;
    if (!node.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    const YAML::Node child = node[path[i].toStdString()];
    if (!child.IsDefined())
        return child;
    return nodeAt(child, path, i + 1);
}

QString text(const YAML::Node& node)
{
    return node.IsDefined() && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

void scalars(const YAML::Node& node, QStringList& out)
{
    if (node.IsScalar())
        out << text(node);
    else if (node.IsMap())
        for (const auto& e : node)
            scalars(e.second, out);
    else if (node.IsSequence())
        for (const auto& item : node)
            scalars(item, out);
}

// The values the chart's templates render whole (`toYaml .Values.resources`): every key
// below them reaches the manifest, whether values.yaml lists it or not.
QStringList renderedWhole(const QString& chart)
{
    static const QRegularExpression toYaml(QStringLiteral("toYaml\\s+\\.Values\\.([A-Za-z0-9_.-]+)"));
    QStringList paths;
    QDirIterator it(QDir(chartsDir()).filePath(chart + QStringLiteral("/templates")), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        for (const auto& m : toYaml.globalMatch(QString::fromUtf8(testutils::readFile(it.next()))))
            paths << m.captured(1);
    paths.removeDuplicates();
    return paths;
}

// Independent of the chart maps: every key path of an exported file exists in the chart's
// values.yaml (below an empty mapping, or a key without a default, keys are free), or lies
// in a value the chart's templates render whole.
QString unknownKey(const YAML::Node& out, const YAML::Node& chart, const QString& path, const QStringList& whole = {})
{
    if (!out.IsMap() || whole.contains(path))
        return {};
    if (chart.IsNull() || (chart.IsMap() && chart.size() == 0))
        return {};
    if (!chart.IsMap())
        return path + QStringLiteral(" (a single value in values.yaml)");
    for (const auto& e : out) {
        const QString key = QString::fromStdString(e.first.Scalar());
        const QString childPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        const YAML::Node c = chart[key.toStdString()];
        if (!c.IsDefined())
            return childPath;
        const QString inner = unknownKey(e.second, c, childPath, whole);
        if (!inner.isEmpty())
            return inner;
    }
    return {};
}

// Scalars under a key that names a credential, anywhere in the file.
void credentials(const YAML::Node& node, const QString& path, QStringList& out)
{
    static const QRegularExpression name(QStringLiteral("password|secret|cookie|token|accesskey"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (!node.IsMap()) {
        if (node.IsSequence())
            for (const auto& item : node)
                credentials(item, path, out);
        return;
    }
    for (const auto& e : node) {
        const QString key = QString::fromStdString(e.first.Scalar());
        const QString p = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        if (e.second.IsScalar() && name.match(key).hasMatch() && !e.second.Scalar().empty())
            out << p;
        credentials(e.second, p, out);
    }
}

const RoleSizing* roleOf(const PlanSizing& sizing, const HelmValuesFile& file)
{
    const ServicePlanSizing* s = sizing.service(file.serviceName);
    if (!s)
        return nullptr;
    for (const auto& r : s->roles) {
        if (r.role == file.role)
            return &r;
    }
    return file.role.isEmpty() && !s->roles.isEmpty() ? &s->roles.first() : nullptr;
}

struct Exported
{
    Plan plan;
    PlanSizing sizing;
    HelmExport result;
};

} // namespace

class TestHelmValuesExporter : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;
    QList<ChartMap> m_maps;

    Exported exportFile(const QString& path) const
    {
        Exported e;
        PlanLoader loader(m_catalog);
        auto plan = loader.loadFile(path);
        if (!plan)
            qFatal("%s", qPrintable(plan.error().toString()));
        e.plan = plan.value();
        e.sizing = PlanSizer(loader.effectiveCatalog()).size(e.plan);
        e.result = HelmValuesExporter(m_maps).exportPlan(e.plan, e.sizing, { kVersion });
        return e;
    }

    Exported exportText(const QByteArray& planText) const
    {
        Exported e;
        PlanLoader loader(m_catalog);
        auto plan = loader.load(planText, QStringLiteral("plan.yaml"));
        if (!plan)
            qFatal("%s", qPrintable(plan.error().toString()));
        e.plan = plan.value();
        e.sizing = PlanSizer(loader.effectiveCatalog()).size(e.plan);
        e.result = HelmValuesExporter(m_maps).exportPlan(e.plan, e.sizing, { kVersion });
        return e;
    }

    static const HelmValuesFile* file(const HelmExport& e, const QString& name)
    {
        for (const auto& f : e.files) {
            if (f.fileName == name)
                return &f;
        }
        return nullptr;
    }

    const ChartMap* map(const QString& chart) const
    {
        for (const auto& m : m_maps) {
            if (m.chart == chart)
                return &m;
        }
        return nullptr;
    }

    static QStringList exampleFiles()
    {
        const QDir examples(QStringLiteral(":/examples"));
        QStringList out;
        for (const auto& f : examples.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name))
            out << examples.filePath(f);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QDir(chartsDir()).exists(), qPrintable(chartsDir()));
        HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
        ChartMapLoader loader;
        auto maps = loader.loadBuiltIn();
        QVERIFY2(maps.hasValue(), qPrintable(testutils::errorText(maps)));
        m_maps = maps.value();
        for (const auto& w : loader.warnings())
            QFAIL(qPrintable(w.toString()));
    }

    // ---- the maps against the charts ----

    void everyChartHasAMapThatFitsIt_data()
    {
        QTest::addColumn<QString>("chart");
        const QDir dir(chartsDir());
        const auto charts = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(!charts.isEmpty());
        for (const auto& c : charts)
            QTest::addRow("%s", qPrintable(c)) << c;
    }

    void everyChartHasAMapThatFitsIt()
    {
        QFETCH(QString, chart);
        const ChartMap* m = map(chart);
        QVERIFY2(m, qPrintable(QStringLiteral("resources/charts has no map for the chart %1").arg(chart)));
        const YAML::Node values = chartValues(chart);
        const auto error = checkAgainstChart(*m, values);
        QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
        const auto catalogError = checkAgainstCatalog(*m, m_catalog);
        QVERIFY2(!catalogError, qPrintable(catalogError ? catalogError->toString() : QString()));
    }

    void everyMapIsForAChartAndAService()
    {
        QCOMPARE(m_maps.size(), QDir(chartsDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
        for (const auto& m : std::as_const(m_maps)) {
            QVERIFY2(QDir(chartsDir()).exists(m.chart), qPrintable(m.chart));
            QVERIFY2(m_catalog.service(m.service), qPrintable(m.service));
        }
    }

    // ---- exports of every example plan ----

    void exportsMatchTheSizing_data()
    {
        QTest::addColumn<QString>("path");
        const auto files = exampleFiles();
        QVERIFY(!files.isEmpty());
        for (const auto& f : files)
            QTest::addRow("%s", qPrintable(QFileInfo(f).fileName())) << f;
    }

    void exportsMatchTheSizing()
    {
        QFETCH(QString, path);
        const Exported e = exportFile(path);
        for (const auto& w : e.result.warnings)
            QFAIL(qPrintable(w.toString()));

        // One release per service, or per role: the example plans' roles all differ (sized
        // alike they share a release, see identicalRolesShareOneRelease).
        int expectedFiles = 0;
        for (const auto& s : e.sizing.services)
            expectedFiles += int(s.roles.size());
        QCOMPARE(e.result.files.size(), expectedFiles);

        for (const auto& f : e.result.files) {
            const QByteArray label = f.fileName.toUtf8();
            YAML::Node out;
            try {
                out = YAML::Load(f.content.toStdString());
            } catch (const YAML::Exception& ex) {
                QFAIL(qPrintable(
                    QStringLiteral("%1 does not parse: %2").arg(f.fileName, QString::fromStdString(ex.what()))));
            }
            QVERIFY2(out.IsMap(), label);

            // The header.
            QVERIFY2(f.content.contains(QStringLiteral("\n# Plan: %1\n").arg(e.plan.name)), label);
            QVERIFY2(f.content.contains(QStringLiteral("\n# Service: %1 (%2)").arg(f.serviceName, f.serviceKind)),
                     label);
            // PostgreSQL's is the profile it was sized with, the plan's unless the default; other
            // services have none.
            const QString profile = f.serviceKind != QLatin1String("postgresql") ? QStringLiteral("(none)")
                : e.plan.postgresProfile.isEmpty()                               ? kProfile
                                                                                 : e.plan.postgresProfile;
            QVERIFY2(f.content.contains(QStringLiteral("\n# Profile: %1\n").arg(profile)), label);
            QVERIFY2(f.content.contains(QStringLiteral("\n# Headroom version: %1\n").arg(kVersion)), label);

            // Nothing Helm would silently ignore.
            const YAML::Node chart = chartValues(f.chart);
            const QString unknown = unknownKey(out, chart, {});
            QVERIFY2(unknown.isEmpty(),
                     qPrintable(QStringLiteral("%1 writes %2, which the %3 chart does not have")
                                    .arg(f.fileName, unknown, f.chart)));

            const ChartMap* m = map(f.chart);
            QVERIFY(m);
            const RoleSizing* role = roleOf(e.sizing, f);
            QVERIFY2(role, label);
            const ServiceSizing& sizing = role->sizing;
            const ServicePlanSizing* service = e.sizing.service(f.serviceName);

            // Resources, pods and volume: the sizing's numbers, with YAML types that say what they are.
            for (const auto& v : m->values) {
                if (v.kind != ChartValue::Kind::Sizing)
                    continue;
                const YAML::Node node = nodeAt(out, v.pathSegments());
                const QByteArray where = label + ": " + v.path.toUtf8();
                switch (v.source) {
                case SizingSource::Pods:
                    QVERIFY2(node.IsScalar() && node.Tag() == "?", where);
                    QCOMPARE(node.as<int>(), f.pods);
                    QCOMPARE(f.pods, m->podLimit ? std::min(*m->podLimit, f.plannedPods) : f.plannedPods);
                    break;
                case SizingSource::ReplicaPods:
                    QCOMPARE(node.as<int>(), std::max(0, f.pods - 1));
                    break;
                case SizingSource::CpuRequest:
                case SizingSource::CpuLimit: {
                    QVERIFY2(node.IsScalar() && node.Tag() == "!", where); // "2", not 2
                    const auto q = Quantity::parse(Dimension::Cpu, text(node));
                    QVERIFY2(q.hasValue(), where);
                    QCOMPARE(q.value(),
                             v.source == SizingSource::CpuRequest ? sizing.resources.cpuRequest
                                                                  : sizing.resources.cpuLimit);
                    break;
                }
                case SizingSource::MemoryRequest:
                case SizingSource::MemoryLimit:
                case SizingSource::Volume: {
                    QVERIFY2(node.IsScalar() && node.Tag() == "!", where);
                    const auto q = Quantity::parse(Dimension::Memory, text(node));
                    QVERIFY2(q.hasValue(), where);
                    const Quantity expected = v.source == SizingSource::MemoryRequest ? sizing.resources.memoryRequest
                        : v.source == SizingSource::MemoryLimit                       ? sizing.resources.memoryLimit
                        : service->storage                                            ? service->storage->volume
                                                                                      : *sizing.storage.size;
                    // Kubernetes gets whole Mi (and volumes from 1 Ti tenths of a Ti), rounded up; a volume the plan
                    // gives exists already and is written as given.
                    const bool given
                        = v.source == SizingSource::Volume && service->storage && service->storage->volumeGiven;
                    const QString written = given          ? expected.toString()
                        : v.source == SizingSource::Volume ? memory_format::volume(expected.raw())
                                                           : memory_format::kubernetes(expected.raw());
                    QCOMPARE(text(node), written);
                    QVERIFY2(q->raw() >= expected.raw(), where);
                    break;
                }
                case SizingSource::StorageClass:
                    QCOMPARE(text(node), sizing.storage.storageClass);
                    break;
                case SizingSource::HugePages2Mi:
                    // Written only for a pod that maps huge pages, and then as requested.
                    QCOMPARE(text(node),
                             sizing.resources.hugePages2Mi
                                 ? memory_format::kubernetes(sizing.resources.hugePages2Mi->raw())
                                 : QString());
                    break;
                }
            }

            // Every engine setting is written where the file says, with the sizing's value, or
            // named as not written.
            for (const auto& s : sizing.settings) {
                const bool notWritten = f.notWritten.contains(s.name);
                const auto exported = std::count_if(f.settings.begin(), f.settings.end(),
                                                    [&](const ExportedSetting& x) { return x.setting == s.name; });
                QVERIFY2(notWritten != (exported > 0), qPrintable(QStringLiteral("%1: %2").arg(f.fileName, s.name)));
                if (notWritten)
                    QVERIFY2(f.content.contains(QStringLiteral("#   %1 = %2: ").arg(s.name, s.value)), label);
            }
            for (const auto& x : f.settings) {
                const QByteArray where = label + ": " + x.setting.toUtf8() + " at " + x.keyPath.toUtf8();
                const Setting* s = sizing.setting(x.setting);
                QVERIFY2(s, where);
                QCOMPARE(x.value, s->value);
                const YAML::Node node = nodeAt(out, x.keyPath.split(QLatin1Char('.')));
                QVERIFY2(node.IsDefined(), where);
                switch (x.form) {
                case ExportedSetting::Form::Value:
                    QCOMPARE(text(node), s->value);
                    break;
                case ExportedSetting::Form::ConfigEntry:
                    QCOMPARE(text(nodeAt(node, x.configKey)), s->value);
                    break;
                case ExportedSetting::Form::TextLine: {
                    const QStringList lines = text(node).split(QLatin1Char('\n'));
                    const auto same = std::count_if(lines.begin(), lines.end(),
                                                    [&](const QString& l) { return configLineKey(l) == s->name; });
                    QVERIFY2(same == 1, where);
                    const auto line = std::find_if(lines.begin(), lines.end(),
                                                   [&](const QString& l) { return configLineKey(l) == s->name; });
                    QVERIFY2(line->trimmed().endsWith(QLatin1Char(' ') + s->value), where);
                    break;
                }
                case ExportedSetting::Form::Template: {
                    QStringList all;
                    scalars(node, all);
                    QVERIFY2(
                        std::any_of(all.begin(), all.end(), [&](const QString& t) { return t.contains(s->value); }),
                        where);
                    break;
                }
                }
            }

            // A number the chart renders as a number is written as one.
            for (const auto& v : m->values) {
                if (v.kind == ChartValue::Kind::Setting && v.type == ValueType::Int && sizing.setting(v.setting)) {
                    const YAML::Node node = nodeAt(out, v.pathSegments());
                    QVERIFY2(node.Tag() == "?", label + ": " + v.path.toUtf8());
                    QCOMPARE(QString::number(node.as<long long>()), sizing.setting(v.setting)->value);
                }
            }

            // No secret has a value: the map's secret keys are empty, and so is every key that
            // names a credential; text blocks keep no secret lines.
            for (const auto& secret : m->secrets) {
                const YAML::Node node = nodeAt(out, secret.path.split(QLatin1Char('.')));
                QVERIFY2(node.IsScalar() && node.Scalar().empty(), label + ": " + secret.path.toUtf8());
            }
            QStringList filled;
            credentials(out, {}, filled);
            QVERIFY2(filled.isEmpty(),
                     qPrintable(f.fileName + QStringLiteral(": ") + filled.join(QStringLiteral(", "))));
            for (const auto& v : m->values) {
                if (v.kind != ChartValue::Kind::Text)
                    continue;
                for (const auto& line : text(nodeAt(out, v.pathSegments())).split(QLatin1Char('\n')))
                    QVERIFY2(!v.text.secretKeys.contains(configLineKey(line)), qPrintable(line));
            }
        }
    }

    void caseStudyAfterIsOneReleasePerRole()
    {
        const Exported e = exportFile(QStringLiteral(":/examples/case-study-after.yaml"));
        QCOMPARE(e.result.files.size(), 2);
        const HelmValuesFile* primary = file(e.result, QStringLiteral("benchmarkdb-primary.values.yaml"));
        const HelmValuesFile* replica = file(e.result, QStringLiteral("benchmarkdb-replica.values.yaml"));
        QVERIFY(primary && replica);
        QCOMPARE(primary->releaseName, QStringLiteral("benchmarkdb-primary"));
        QCOMPARE(replica->role, QStringLiteral("replica"));

        const YAML::Node p = YAML::Load(primary->content.toStdString());
        const YAML::Node r = YAML::Load(replica->content.toStdString());
        QCOMPARE(text(p["resources"]["limits"]["memory"]), QStringLiteral("4Gi"));
        QCOMPARE(text(r["resources"]["limits"]["memory"]), QStringLiteral("6Gi"));
        QCOMPARE(p["replicaCount"].as<int>(), 1);
        QCOMPARE(r["replicaCount"].as<int>(), 1);

        // Each release has its own role's postgresql.conf.
        const ServicePlanSizing* s = e.sizing.service(QStringLiteral("benchmarkdb"));
        QVERIFY(s && s->roles.size() == 2);
        const ServiceSizing& ps = s->roles[0].sizing;
        const ServiceSizing& rs = s->roles[1].sizing;
        const QList<std::pair<const char*, const char*>> keys = { { "sharedBuffers", "shared_buffers" },
                                                                  { "effectiveCacheSize", "effective_cache_size" },
                                                                  { "workMem", "work_mem" },
                                                                  { "maintenanceWorkMem", "maintenance_work_mem" },
                                                                  { "maxConnections", "max_connections" } };
        for (const auto& [key, setting] : keys) {
            QCOMPARE(text(p["postgresql"][key]), ps.setting(QString::fromLatin1(setting))->value);
            QCOMPARE(text(r["postgresql"][key]), rs.setting(QString::fromLatin1(setting))->value);
        }
        QVERIFY(text(p["postgresql"]["sharedBuffers"]) != text(r["postgresql"]["sharedBuffers"]));
        QCOMPARE(text(p["postgresql"]["maxConnections"]), QStringLiteral("28"));
        QCOMPARE(text(r["postgresql"]["maxConnections"]), QStringLiteral("48"));

        // The primary accepts replication connections; the replica says plainly what the chart cannot do.
        QCOMPARE(p["postgresql"]["replication"]["enabled"].as<bool>(), true);
        QCOMPARE(r["postgresql"]["replication"]["enabled"].as<bool>(), false);
        QVERIFY(primary->content.contains(QStringLiteral("# What the chart cannot express:")));
        QVERIFY(replica->content.contains(QStringLiteral("cannot run a replica of a primary in another release")));
        QVERIFY(replica->content.contains(QStringLiteral("benchmarkdb-primary-postgresql")));
        QVERIFY(primary->content.contains(QStringLiteral("# Service: benchmarkdb (postgresql), role primary")));
    }

    void identicalRolesShareOneRelease()
    {
        // The guide's rules write the same settings for every role.
        const QByteArray plan = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: Twins}\n"
                                "postgresProfile: guide\nservices:\n"
                                "  - name: db\n    kind: postgresql\n    tier: small\n"
                                "    topology:\n      readReplicas: 2\n"
                                "      primary: {maxConnections: \"100\"}\n"
                                "      replica: {maxConnections: \"100\"}\n";
        const Exported e = exportText(plan);
        QVERIFY(e.result.warnings.isEmpty());
        QCOMPARE(e.result.files.size(), 1);
        const HelmValuesFile& f = e.result.files.first();
        QCOMPARE(f.fileName, QStringLiteral("db.values.yaml"));
        QCOMPARE(f.pods, 3);
        const YAML::Node out = YAML::Load(f.content.toStdString());
        QCOMPARE(out["replicaCount"].as<int>(), 3);
        QCOMPARE(out["postgresql"]["replication"]["enabled"].as<bool>(), true);
        QVERIFY(f.content.contains(QStringLiteral("sized alike, so one release runs them all")));
        QVERIFY(f.limitations.isEmpty());
    }

    // A plan's name goes into the header comments: a line break in it must not become keys.
    void planTextStaysInTheHeaderComments()
    {
        Exported e = exportFile(QStringLiteral(":/examples/small-production-stack.yaml"));
        e.plan.name = QStringLiteral("Prod\nimage: {registry: evil.example}\r\u2028#");
        e.result = HelmValuesExporter(m_maps).exportPlan(e.plan, e.sizing, { kVersion });
        QVERIFY(!e.result.files.isEmpty());
        for (const auto& f : std::as_const(e.result.files)) {
            const YAML::Node out = YAML::Load(f.content.toStdString());
            QVERIFY2(!out["image"].IsDefined() || !out["image"]["registry"].IsDefined()
                         || out["image"]["registry"].as<std::string>() != "evil.example",
                     qPrintable(f.content));
            QVERIFY2(f.content.contains(QStringLiteral("# Plan: Prod\\nimage: {registry: evil.example}\\r\\u2028#\n")),
                     qPrintable(f.content));
        }
    }

    void redisConfigKeepsTheChartsLines()
    {
        const Exported e = exportFile(QStringLiteral(":/examples/small-production-stack.yaml"));
        const HelmValuesFile* f = file(e.result, QStringLiteral("cache.values.yaml"));
        QVERIFY(f);
        const ServiceSizing& sizing = e.sizing.service(QStringLiteral("cache"))->roles.first().sizing;
        const QString maxmemory = sizing.setting(QStringLiteral("maxmemory"))->value;
        QCOMPARE(maxmemory, QStringLiteral("1536mb"));

        const QString chartText = text(chartValues(QStringLiteral("redis"))["redis"]["config"]);
        const QString written = text(YAML::Load(f->content.toStdString())["redis"]["config"]);
        const QStringList chartLines = chartText.split(QLatin1Char('\n'));
        const QStringList lines = written.split(QLatin1Char('\n'));

        // Every other line of the chart's redis.conf, in the chart's order.
        qsizetype at = 0;
        for (const auto& line : chartLines) {
            const QString key = configLineKey(line);
            // save is replaced: the example's cache runs without snapshots (save "").
            if (key == QLatin1String("maxmemory") || key == QLatin1String("maxmemory-policy")
                || key == QLatin1String("save"))
                continue;
            const qsizetype found = lines.indexOf(line, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("the chart's line '%1' is missing").arg(line)));
            at = found + 1;
        }
        // One maxmemory line with the sized value, one policy line.
        QCOMPARE(lines.count(QStringLiteral("maxmemory %1").arg(maxmemory)), 1);
        QCOMPARE(std::count_if(lines.begin(), lines.end(),
                               [](const QString& l) { return configLineKey(l) == QLatin1String("maxmemory"); }),
                 1);
        QCOMPARE(lines.count(QStringLiteral("maxmemory-policy allkeys-lru")), 1);
        QCOMPARE(std::count_if(lines.begin(), lines.end(),
                               [](const QString& l) { return configLineKey(l) == QLatin1String("maxmemory-policy"); }),
                 1);
        // The chart's three save points become one `save ""`.
        QCOMPARE(lines.count(QStringLiteral("save \"\"")), 1);
        QCOMPARE(lines.size(), chartLines.size() - 2);
        QVERIFY(f->content.contains(QStringLiteral("\nredis:\n  config: |\n")));
    }

    void rabbitmqBeyondThePodLimitIsSaidPlainly()
    {
        const Exported e = exportFile(QStringLiteral(":/examples/data-stack.yaml"));
        const HelmValuesFile* f = file(e.result, QStringLiteral("jobs.values.yaml"));
        QVERIFY(f);
        QCOMPARE(f->plannedPods, 3);
        QCOMPARE(f->pods, 1);
        const YAML::Node out = YAML::Load(f->content.toStdString());
        QCOMPARE(out["replicaCount"].as<int>(), 1);
        QVERIFY(f->content.contains(QStringLiteral("The plan sizes 3 pods, but this chart runs at most 1 correctly")));
        // The watermark goes inside rabbitmq.conf; the chart's guest password does not come along.
        const QString conf = text(out["rabbitmq"]["conf"]);
        QVERIFY(conf.contains(QStringLiteral("\nvm_memory_high_watermark.relative = 0.4\n")));
        // The chart's comment above it spoke of the chart's own 60%; its section title stays.
        QVERIFY2(!conf.contains(QStringLiteral("60%")), qPrintable(conf));
        QVERIFY2(conf.contains(QStringLiteral(
                     "## Memory threshold\n# Set by Headroom\nvm_memory_high_watermark.relative = 0.4\n")),
                 qPrintable(conf));
        QVERIFY(!conf.contains(QStringLiteral("default_pass = ")));
        QCOMPARE(text(out["rabbitmq"]["admin"]["password"]), QString());
    }

    void exportsAreStable()
    {
        const Exported a = exportFile(QStringLiteral(":/examples/small-production-stack.yaml"));
        const Exported b = exportFile(QStringLiteral(":/examples/small-production-stack.yaml"));
        QCOMPARE(a.result.files.size(), b.result.files.size());
        for (qsizetype i = 0; i < a.result.files.size(); ++i)
            QCOMPARE(a.result.files[i].content, b.result.files[i].content);
        // Keys in the chart map's order.
        const HelmValuesFile* f = file(a.result, QStringLiteral("app-db-primary.values.yaml"));
        QVERIFY(f);
        QStringList top;
        for (const auto& entry : YAML::Load(f->content.toStdString()))
            top << QString::fromStdString(entry.first.Scalar());
        QCOMPARE(top,
                 (QStringList { QStringLiteral("replicaCount"), QStringLiteral("resources"),
                                QStringLiteral("persistence"), QStringLiteral("postgresql") }));
    }

    // A large plan renders in chunks on several threads: the files and warnings are those of
    // each service rendered alone, in the plan's order.
    void aLargePlanRendersAsEachServiceAlone()
    {
        const Exported small = exportFile(QStringLiteral(":/examples/small-production-stack.yaml"));
        PlanSizing large = small.sizing;
        large.services.clear();
        for (int copy = 0; large.services.size() < 300; ++copy) {
            for (auto service : small.sizing.services) {
                service.name = QStringLiteral("%1-%2").arg(service.name).arg(copy);
                if (large.services.size() == 150)
                    service.error = QStringLiteral("not sized");
                large.services << service;
            }
        }
        const HelmValuesExporter exporter(m_maps);
        const HelmExport whole = exporter.exportPlan(small.plan, large, { kVersion });
        QStringList expectedNames, expectedContents, expectedWarnings;
        for (const auto& service : std::as_const(large.services)) {
            PlanSizing alone = large;
            alone.services = { service };
            const HelmExport one = exporter.exportPlan(small.plan, alone, { kVersion });
            for (const auto& f : one.files) {
                expectedNames << f.fileName;
                expectedContents << f.content;
            }
            for (const auto& w : one.warnings)
                expectedWarnings << w.message;
        }
        QStringList names, contents, warnings;
        for (const auto& f : whole.files) {
            names << f.fileName;
            contents << f.content;
        }
        for (const auto& w : whole.warnings)
            warnings << w.message;
        QCOMPARE(names, expectedNames);
        QCOMPARE(contents, expectedContents);
        QCOMPARE(warnings, expectedWarnings);
        QCOMPARE(warnings.size(), 1);
    }

    // ---- bad chart maps ----

    void aKeyPathTheChartLacksFailsTheCheck_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QByteArray>("values");
        QTest::addColumn<QString>("path");
        QTest::addRow("misspelled") << "postgresql"
                                    << QByteArray("  - {path: postgresql.sharedBufers, setting: shared_buffers}\n")
                                    << "postgresql.sharedBufers";
        QTest::addRow("not in the chart")
            << "postgresql" << QByteArray("  - {path: nodeCount, from: pods}\n") << "nodeCount";
        QTest::addRow("only a comment in values.yaml")
            << "prometheus" << QByteArray("  - {path: persistence.storageClass, from: storageClass}\n")
            << "persistence.storageClass";
        QTest::addRow("a mapping written as one value")
            << "postgresql" << QByteArray("  - {path: resources, from: cpuLimit}\n") << "resources";
        QTest::addRow("below a single value")
            << "redis" << QByteArray("  - {path: mode.replicas, from: pods}\n") << "mode.replicas";
        QTest::addRow("inside a fixed mapping")
            << "postgresql" << QByteArray("  - path: resources\n    value: {limits: {gpu: \"1\"}}\n")
            << "resources.limits.gpu";
    }

    void aKeyPathTheChartLacksFailsTheCheck()
    {
        QFETCH(QString, chart);
        QFETCH(QByteArray, values);
        QFETCH(QString, path);
        const QByteArray text = "apiVersion: headroom/v1\nkind: ChartMap\nchart: " + chart.toUtf8()
            + "\nservice: " + chart.toUtf8() + "\nvalues:\n" + values;
        auto m = ChartMapLoader().read(text, QStringLiteral("bad.yaml"));
        QVERIFY2(m.hasValue(), qPrintable(testutils::errorText(m)));
        const auto error = checkAgainstChart(m.value(), chartValues(chart));
        QVERIFY(error);
        QVERIFY2(error->message.contains(path), qPrintable(error->toString()));
        QCOMPARE(error->keyPath, path);
        QCOMPARE(error->location.file, QStringLiteral("bad.yaml"));
        QCOMPARE(error->location.line, 6);
    }

    // freeForm frees the keys below a mapping the chart renders whole, and nothing else: a
    // resource name the chart's defaults do not list is written, a misspelt free-form path or a
    // misspelt key beside it is still refused.
    void freeFormFreesOnlyItsKeys_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("refused"); // the key path named, or empty when the map fits
        const QByteArray hugePages = "values:\n  - {path: resources.requests.hugepages-2Mi, from: hugePages2Mi}\n";
        QTest::addRow("without freeForm") << hugePages << "resources.requests.hugepages-2Mi";
        QTest::addRow("free") << hugePages + "freeForm: [resources.requests]\n" << QString();
        QTest::addRow("misspelt freeForm") << hugePages + "freeForm: [resources.request]\n"
                                           << "resources.request";
        QTest::addRow("freeForm of a single value") << hugePages + "freeForm: [resources.requests.cpu]\n"
                                                    << "resources.requests.cpu";
        QTest::addRow("misspelt beside it")
            << QByteArray("values:\n  - {path: resorces.requests.hugepages-2Mi, from: hugePages2Mi}\n"
                          "freeForm: [resources.requests]\n")
            << "resorces.requests.hugepages-2Mi";
        QTest::addRow("another key of the chart")
            << QByteArray("values:\n  - {path: postgresql.sharedBufers, setting: shared_buffers}\n"
                          "freeForm: [resources.requests, resources.limits]\n")
            << "postgresql.sharedBufers";
    }

    void freeFormFreesOnlyItsKeys()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QString, refused);
        const QByteArray text
            = "apiVersion: headroom/v1\nkind: ChartMap\nchart: postgresql\nservice: postgresql\n" + extra;
        auto m = ChartMapLoader().read(text, QStringLiteral("map.yaml"));
        QVERIFY2(m.hasValue(), qPrintable(testutils::errorText(m)));
        const auto error = checkAgainstChart(m.value(), chartValues(QStringLiteral("postgresql")));
        if (refused.isEmpty()) {
            QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
            return;
        }
        QVERIFY(error);
        QCOMPARE(error->keyPath, refused);
        QVERIFY2(error->message.contains(refused), qPrintable(error->toString()));
    }

    // A map may only call free what its chart renders whole: each freeForm path, or a value
    // above it, is passed to toYaml by the chart's templates.
    void everyFreeFormMapIsRenderedWhole()
    {
        int declared = 0;
        for (const auto& m : std::as_const(m_maps)) {
            const QStringList whole = renderedWhole(m.chart);
            for (const auto& f : m.freeForm) {
                ++declared;
                const bool rendered = std::any_of(whole.begin(), whole.end(), [&](const QString& w) {
                    return f.path == w || f.path.startsWith(w + QLatin1Char('.'));
                });
                QVERIFY2(rendered,
                         qPrintable(
                             QStringLiteral("%1: the chart's templates do not render %2 whole").arg(m.chart, f.path)));
            }
        }
        QVERIFY(declared > 0);
    }

    // Where the pool offers huge pages, the PostgreSQL release requests them (requests equal
    // to limits, at least shared_buffers) and the header no longer asks the user to add them;
    // without them nothing is written. PGTune's try on a pool without huge pages keeps the
    // header line, with the amount.
    void hugePagesFollowThePool()
    {
        const QByteArray plan = "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: hp}\n%1"
                                "nodePools:\n  - {name: db, cpu: \"16\", memory: 64Gi, count: 2%2}\n"
                                "services:\n  - {name: app-db, kind: postgresql, tier: large}\n";
        const auto exported = [&](const char* profile, const char* pool) {
            QByteArray text = plan;
            text.replace("%1", profile).replace("%2", pool);
            return exportText(text);
        };
        for (const char* profile : { "", "postgresProfile: pgtune\n", "postgresProfile: guide\n" }) {
            const Exported e = exported(profile, ", hugePages: {2Mi: 8Gi}");
            const HelmValuesFile* f = file(e.result, QStringLiteral("app-db.values.yaml"));
            QVERIFY2(f, profile);
            const ServiceSizing& sizing = e.sizing.services.first().roles.first().sizing;
            QVERIFY2(sizing.resources.hugePages2Mi, profile);
            const QString amount = memory_format::kubernetes(sizing.resources.hugePages2Mi->raw());
            const YAML::Node out = YAML::Load(f->content.toStdString());
            QCOMPARE(text(nodeAt(out, { "resources", "requests", "hugepages-2Mi" })), amount);
            QCOMPARE(text(nodeAt(out, { "resources", "limits", "hugepages-2Mi" })), amount);
            const auto sharedBuffers
                = memory_format::parsePostgres(sizing.setting(QStringLiteral("shared_buffers"))->value, 8192);
            QVERIFY(sharedBuffers.hasValue());
            QVERIFY2(sizing.resources.hugePages2Mi->raw() > sharedBuffers.value(), profile);
            QCOMPARE(sizing.resources.hugePages2Mi->raw() % (2 * 1024 * 1024), 0);
            QVERIFY2(!f->content.contains(QStringLiteral("request no huge pages")), qPrintable(f->content));
            QVERIFY2(f->content.contains(QStringLiteral("#   resources.requests.hugepages-2Mi: %1 - ").arg(amount)),
                     qPrintable(f->content));
            const QString unknown = unknownKey(out, chartValues(f->chart), {}, renderedWhole(f->chart));
            QVERIFY2(unknown.isEmpty(), qPrintable(unknown));
        }
        for (const char* profile : { "", "postgresProfile: pgtune\n" }) {
            const Exported e = exported(profile, "");
            const HelmValuesFile* f = file(e.result, QStringLiteral("app-db.values.yaml"));
            QVERIFY(f);
            QVERIFY(!f->content.contains(QStringLiteral("hugepages-2Mi:")));
            QVERIFY(!e.sizing.services.first().roles.first().sizing.resources.hugePages2Mi);
            const Setting* hugePages
                = e.sizing.services.first().roles.first().sizing.setting(QStringLiteral("huge_pages"));
            QVERIFY(hugePages);
            // PGTune's try stays (it must match PGTune); the header names what to add.
            QCOMPARE(f->content.contains(QStringLiteral("request no huge pages for the pod: add resources.requests "
                                                        "and resources.limits hugepages-2Mi of ")),
                     hugePages->value == QLatin1String("try"));
            QCOMPARE(hugePages->value, QString::fromLatin1(*profile ? "try" : "off"));
        }
    }

    void aTextDefaultThatIsNotTheChartsFails()
    {
        const QByteArray text = "apiVersion: headroom/v1\nkind: ChartMap\nchart: redis\nservice: redis\nvalues:\n"
                                "  - path: redis.config\n    text:\n      settings: [maxmemory]\n"
                                "      default: \"maxmemory 1mb\\n\"\n";
        auto m = ChartMapLoader().read(text, QStringLiteral("redis.yaml"));
        QVERIFY(m.hasValue());
        const auto error = checkAgainstChart(m.value(), chartValues(QStringLiteral("redis")));
        QVERIFY(error);
        QVERIFY2(error->message.contains(QStringLiteral("chart's own text")), qPrintable(error->toString()));
    }

    void aMapMissingASettingFailsTheCatalogCheck()
    {
        const QByteArray text = "apiVersion: headroom/v1\nkind: ChartMap\nchart: redis\nservice: redis\nvalues:\n"
                                "  - {path: replicaCount, from: pods}\n";
        auto m = ChartMapLoader().read(text, QStringLiteral("redis.yaml"));
        QVERIFY(m.hasValue());
        const auto error = checkAgainstCatalog(m.value(), m_catalog);
        QVERIFY(error);
        QVERIFY2(error->message.contains(QStringLiteral("'maxmemory'")), qPrintable(error->toString()));
    }

    void aMalformedChartMapHasItsPlace_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        const QByteArray head = "apiVersion: headroom/v1\nkind: ChartMap\nchart: redis\nservice: redis\n";
        QTest::addRow("not YAML") << head + "values:\n  - {path: replicaCount, from: pods\n"
                                  << 7 << 1 << "not valid YAML";
        QTest::addRow("unknown sizing value") << head + "values:\n  - {path: replicaCount, from: nodes}\n"
                                              << 6 << 32 << "unknown sizing value 'nodes'";
        QTest::addRow("two sources") << head + "values:\n  - {path: replicaCount, from: pods, value: 1}\n"
                                     << 6 << 5 << "give exactly one";
        QTest::addRow("values not a list") << head + "values: replicaCount\n" << 5 << 9 << "expected a list";
        QTest::addRow("wrong kind") << QByteArray("apiVersion: headroom/v1\nkind: Service\n") << 2 << 7
                                    << "kind ChartMap";
        QTest::addRow("unknown type") << head + "values:\n  - path: replicaCount\n    from: pods\n    type: integer\n"
                                      << 8 << 11 << "unknown type 'integer'";
        QTest::addRow("a line without value") << head
                + "values:\n  - path: redis.config\n    text:\n      line: \"{name}\"\n      settings: [maxmemory]\n   "
                  "   default: x\n" << 8 << 13 << "needs {name} and {value}";
        QTest::addRow("path with a space") << head + "values:\n  - {path: \"resources limits\", from: pods}\n"
                                           << 6 << 12 << "is not a key path";
        QTest::addRow("written twice") << head
                + "values:\n  - {path: replicaCount, from: pods}\n  - {path: replicaCount, value: 1}\n"
                                       << 7 << 12 << "written twice";
    }

    void aMalformedChartMapHasItsPlace()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        auto m = ChartMapLoader().read(text, QStringLiteral("user-chart.yaml"));
        QVERIFY(!m.hasValue());
        const Error& e = m.error();
        QCOMPARE(e.location.file, QStringLiteral("user-chart.yaml"));
        QVERIFY2(e.message.contains(says), qPrintable(e.toString()));
        QCOMPARE(e.location.line, line);
        QCOMPARE(e.location.column, column);
        QVERIFY(e.toString().startsWith(QStringLiteral("user-chart.yaml:%1:%2: ").arg(line).arg(column)));
    }

    // ---- configuration text ----

    void editConfigText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::addRow("replaced in place") << "a 1\nmaxmemory 256mb\nb 2\n"
                                           << "{name} {value}"
                                           << "a 1\nmaxmemory 1gb\nb 2\n";
        QTest::addRow("appended when missing") << "a 1\n"
                                               << "{name} {value}"
                                               << "a 1\n\n# Set by Headroom\nmaxmemory 1gb\n";
        QTest::addRow("duplicates removed") << "maxmemory 1mb\nx y\nmaxmemory 2mb\n"
                                            << "{name} {value}"
                                            << "maxmemory 1gb\nx y\n";
        QTest::addRow("comments kept") << "# maxmemory 5mb\nmaxmemory 2mb\n"
                                       << "{name} {value}"
                                       << "# maxmemory 5mb\nmaxmemory 1gb\n";
        QTest::addRow("a longer key is another key")
            << "maxmemory-policy noeviction\n"
            << "{name} {value}"
            << "maxmemory-policy noeviction\n\n# Set by Headroom\nmaxmemory 1gb\n";
        QTest::addRow("key = value") << "maxmemory = 2mb\n"
                                     << "{name} = {value}"
                                     << "maxmemory = 1gb\n";
        QTest::addRow("the chart's description of its value goes")
            << "## Memory\n## Set to 60% of RAM\nmaxmemory 256mb\n"
            << "{name} {value}"
            << "## Memory\n# Set by Headroom\nmaxmemory 1gb\n";
        QTest::addRow("secret dropped") << "requirepass hunter2\nmaxmemory 2mb\n"
                                        << "{name} {value}"
                                        << "# requirepass: left out by Headroom, which never writes secrets into "
                                           "values files.\nmaxmemory 1gb\n";
    }

    void editConfigText()
    {
        QFETCH(QString, text);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        const QString edited
            = headroom::editConfigText(text, { { QStringLiteral("maxmemory"), QStringLiteral("1gb") } }, format,
                                       { QStringLiteral("requirepass") });
        QCOMPARE(edited, expected);
    }
};

QTEST_GUILESS_MAIN(TestHelmValuesExporter)
#include "tst_helmvaluesexporter.moc"
