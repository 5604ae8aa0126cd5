// SPDX-License-Identifier: Apache-2.0
// Every Helm values file Headroom exports is rendered by its real chart with real Helm
// (scripts/fetch-helm.sh), and the rendered pods are held to what the sizing promised:
// requests never above limits, the sized limits on the main container, a JVM heap and
// Redis's maxmemory inside the memory limit. A key the chart does not read is silently
// ignored by Helm, so only the rendered manifests prove that a number arrived.
#include "engine/plansizer.h"
#include "export/chartmaploader.h"
#include "export/planexporter.h"
#include "io/catalogloader.h"
#include "io/planloader.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <yaml-cpp/yaml.h>

#include <optional>

using namespace headroom;

namespace {

const QStringList kServices
    = { QStringLiteral("postgresql"), QStringLiteral("mysql"),         QStringLiteral("mongodb"),
        QStringLiteral("redis"),      QStringLiteral("elasticsearch"), QStringLiteral("kafka"),
        QStringLiteral("rabbitmq"),   QStringLiteral("prometheus"),    QStringLiteral("grafana"),
        QStringLiteral("loki"),       QStringLiteral("keycloak"),      QStringLiteral("nextcloud") };
const QStringList kTiers
    = { QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large"), QStringLiteral("xlarge") };

struct Rendered
{
    QString error; // helm's own words when it refused the values
    std::vector<YAML::Node> documents;
};

Rendered helmTemplate(const QString& release, const QString& chartDir, const QString& valuesFile,
                      const QStringList& secrets)
{
    QStringList arguments = { QStringLiteral("template"), release, chartDir, QStringLiteral("-f"), valuesFile };
    // The secrets the export leaves for the user to pass at install, as they would.
    for (const QString& path : secrets)
        arguments << QStringLiteral("--set-string") << path + QStringLiteral("=rendered-by-the-test");
    QProcess helm;
    helm.start(QStringLiteral(HEADROOM_HELM), arguments);
    if (!helm.waitForFinished(60000)) {
        helm.kill();
        return { QStringLiteral("helm template did not finish in 60 s"), {} };
    }
    if (helm.exitStatus() != QProcess::NormalExit || helm.exitCode() != 0)
        return { QString::fromUtf8(helm.readAllStandardError()), {} };
    try {
        return { {}, YAML::LoadAll(helm.readAllStandardOutput().toStdString()) };
    } catch (const YAML::Exception& e) {
        return { QStringLiteral("helm printed YAML that does not parse: %1").arg(QString::fromStdString(e.msg)), {} };
    }
}

std::optional<Quantity> kubernetesQuantity(const YAML::Node& node, Dimension dimension)
{
    if (!node.IsDefined() || !node.IsScalar())
        return std::nullopt;
    auto q = Quantity::parse(dimension, QString::fromStdString(node.Scalar()));
    return q ? std::optional<Quantity>(q.value()) : std::nullopt;
}

// The JVM's size syntax (-Xmx8g, -Xms512m, -Xmx1073741824): k, m, g, t are powers of 1024.
std::optional<std::int64_t> jvmBytes(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)([kKmMgGtT]?)$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString unit = m.captured(2).toLower();
    const int shift = unit == u"k" ? 10 : unit == u"m" ? 20 : unit == u"g" ? 30 : unit == u"t" ? 40 : 0;
    return m.captured(1).toLongLong() << shift;
}

// Redis's memory syntax (redis.conf): 1k is 1000 bytes, 1kb is 1024; units are case-insensitive.
std::optional<std::int64_t> redisBytes(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)(k|kb|m|mb|g|gb)?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString unit = m.captured(2).toLower();
    const std::int64_t n = m.captured(1).toLongLong();
    if (unit.isEmpty())
        return n;
    const std::int64_t base = unit.endsWith(u'b') ? 1024 : 1000;
    const int power = unit.startsWith(u'k') ? 1 : unit.startsWith(u'm') ? 2 : 3;
    std::int64_t factor = 1;
    for (int i = 0; i < power; ++i)
        factor *= base;
    return n * factor;
}

QList<YAML::Node> podTemplates(const std::vector<YAML::Node>& documents)
{
    QList<YAML::Node> out;
    for (const auto& doc : documents) {
        if (!doc.IsMap() || !doc["kind"])
            continue;
        const std::string kind = doc["kind"].as<std::string>();
        if (kind == "StatefulSet" || kind == "Deployment" || kind == "DaemonSet")
            out << doc["spec"]["template"]["spec"];
    }
    return out;
}

// Every string in a container's command, args and env values: where JVM options live.
QStringList containerWords(const YAML::Node& container)
{
    QStringList words;
    for (const char* key : { "command", "args" }) {
        if (container[key] && container[key].IsSequence())
            for (const auto& w : container[key])
                if (w.IsScalar())
                    words << QString::fromStdString(w.Scalar()).split(QRegularExpression(QStringLiteral("\\s+")));
    }
    if (container["env"] && container["env"].IsSequence())
        for (const auto& e : container["env"])
            if (e["value"] && e["value"].IsScalar())
                words << QString::fromStdString(e["value"].Scalar()).split(QRegularExpression(QStringLiteral("\\s+")));
    return words;
}

// Every "maxmemory N" line of the rendered ConfigMaps.
QList<std::int64_t> redisMaxmemory(const std::vector<YAML::Node>& documents)
{
    QList<std::int64_t> out;
    static const QRegularExpression line(QStringLiteral("^\\s*maxmemory\\s+(\\S+)\\s*$"),
                                         QRegularExpression::MultilineOption);
    for (const auto& doc : documents) {
        if (!doc.IsMap() || !doc["kind"] || doc["kind"].as<std::string>() != "ConfigMap" || !doc["data"])
            continue;
        for (const auto& entry : doc["data"]) {
            auto it = line.globalMatch(QString::fromStdString(entry.second.as<std::string>()));
            while (it.hasNext())
                if (const auto bytes = redisBytes(it.next().captured(1)))
                    out << *bytes;
        }
    }
    return out;
}

} // namespace

class TestHelmRender : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;
    QString m_chartsDir;
    QHash<QString, QString> m_chartOf; // by catalog service id
    QHash<QString, QStringList> m_secrets; // by catalog service id: the values paths the user must set
    QSet<QString> m_heapsSeen; // services whose rendered pods carried -Xmx/-Xms
    QSet<QString> m_maxmemorySeen;

    // The main container of a pod: the one named after the chart. Other workloads of the
    // chart (a UI beside Kafka) are not what Headroom sized.
    static YAML::Node mainContainer(const YAML::Node& pod, const QString& chart)
    {
        const YAML::Node containers = pod["containers"];
        if (containers && containers.IsSequence())
            for (const auto& c : containers)
                if (c["name"] && QString::fromStdString(c["name"].as<std::string>()) == chart)
                    return c;
        return YAML::Node(YAML::NodeType::Undefined);
    }

    const RoleSizing* roleOf(const PlanSizing& sizing, const ExportFile& file)
    {
        const ServicePlanSizing* service = sizing.service(file.service);
        if (!service)
            return nullptr;
        for (const auto& role : service->roles)
            if (role.role == file.role)
                return &role;
        return service->roles.isEmpty() ? nullptr : &service->roles.first();
    }

    void checkRequestsWithinLimits(const YAML::Node& pod, const QString& where)
    {
        for (const char* list : { "containers", "initContainers" }) {
            if (!pod[list])
                continue;
            for (const auto& c : pod[list]) {
                const YAML::Node r = c["resources"];
                if (!r || !r["requests"] || !r["limits"])
                    continue;
                for (const auto& [key, dimension] :
                     { std::pair { "cpu", Dimension::Cpu }, std::pair { "memory", Dimension::Memory } }) {
                    const auto request = kubernetesQuantity(r["requests"][key], dimension);
                    const auto limit = kubernetesQuantity(r["limits"][key], dimension);
                    if (request && limit)
                        QVERIFY2(
                            request->raw() <= limit->raw(),
                            qPrintable(QStringLiteral("%1: container %2 requests %3 %4 above its limit %5")
                                           .arg(where, QString::fromStdString(c["name"].as<std::string>()),
                                                QString::fromLatin1(key), request->toString(), limit->toString())));
                }
            }
        }
    }

    void checkRendered(const Plan& plan, const Catalog& catalog)
    {
        const PlanSizing sizing = PlanSizer(catalog).size(plan);
        auto files = PlanExporter::files(plan, sizing, catalog, PlanExportOptions {});
        QVERIFY2(files.hasValue(), qPrintable(files.hasValue() ? QString() : files.error().toString()));
        QTemporaryDir dir;
        int rendered = 0;
        for (const ExportFile& file : files.value()) {
            if (file.kind != QLatin1String("helm-values"))
                continue;
            const QString service = plan.service(file.service)->request.service;
            const QString chart = m_chartOf.value(service);
            QVERIFY2(!chart.isEmpty(), qPrintable(QStringLiteral("no chart for ") + service));
            const QString path = dir.filePath(file.fileName);
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(file.content);
            out.close();
            const QString release = QFileInfo(file.fileName).completeBaseName().section(u'.', 0, 0);
            const Rendered r = helmTemplate(release, QDir(m_chartsDir).filePath(chart), path, m_secrets.value(service));
            QVERIFY2(r.error.isEmpty(), qPrintable(file.fileName + QStringLiteral(": ") + r.error));
            const RoleSizing* role = roleOf(sizing, file);
            QVERIFY2(role, qPrintable(file.fileName));
            const Resources& planned = role->sizing.resources;
            const auto pods = podTemplates(r.documents);
            QVERIFY2(!pods.isEmpty(), qPrintable(file.fileName + QStringLiteral(": no workload rendered")));
            int mains = 0;
            for (const YAML::Node& pod : pods) {
                checkRequestsWithinLimits(pod, file.fileName);
                const YAML::Node main = mainContainer(pod, chart);
                if (!main.IsDefined())
                    continue;
                ++mains;
                const auto cpu = kubernetesQuantity(main["resources"]["limits"]["cpu"], Dimension::Cpu);
                const auto memory = kubernetesQuantity(main["resources"]["limits"]["memory"], Dimension::Memory);
                QVERIFY2(cpu && cpu->raw() == planned.cpuLimit.raw(),
                         qPrintable(QStringLiteral("%1: the main container's CPU limit is %2, the sizing says %3")
                                        .arg(file.fileName, cpu ? cpu->toString() : QStringLiteral("none"),
                                             planned.cpuLimit.toString())));
                QVERIFY2(memory && memory->raw() == planned.memoryLimit.raw(),
                         qPrintable(QStringLiteral("%1: the main container's memory limit is %2, the sizing says %3")
                                        .arg(file.fileName, memory ? memory->toString() : QStringLiteral("none"),
                                             planned.memoryLimit.toString())));
                for (const QString& word : containerWords(main)) {
                    if (!word.startsWith(QLatin1String("-Xmx")) && !word.startsWith(QLatin1String("-Xms")))
                        continue;
                    const auto heap = jvmBytes(word.mid(4));
                    QVERIFY2(heap, qPrintable(file.fileName + QStringLiteral(": cannot read ") + word));
                    m_heapsSeen << service;
                    QVERIFY2(*heap < memory->raw(),
                             qPrintable(QStringLiteral("%1: %2 is not below the memory limit %3")
                                            .arg(file.fileName, word, memory->toString())));
                }
            }
            QVERIFY2(mains > 0, qPrintable(file.fileName + QStringLiteral(": no container named ") + chart));
            for (const std::int64_t maxmemory : redisMaxmemory(r.documents)) {
                m_maxmemorySeen << service;
                QVERIFY2(maxmemory < planned.memoryLimit.raw(),
                         qPrintable(QStringLiteral("%1: maxmemory %2 bytes is not below the memory limit %3")
                                        .arg(file.fileName)
                                        .arg(maxmemory)
                                        .arg(planned.memoryLimit.toString())));
            }
            ++rendered;
        }
        QVERIFY2(rendered > 0, "no values file was exported");
    }

    struct RenderedMain
    {
        QString fileName;
        const RoleSizing* role = nullptr;
        YAML::Node container;
    };

    // The main containers of every workload the plan's values files render, with the role
    // each file was written for.
    QList<RenderedMain> renderMains(const Plan& plan, const PlanSizing& sizing, QTemporaryDir& dir)
    {
        QList<RenderedMain> out;
        auto files = PlanExporter::files(plan, sizing, m_catalog, PlanExportOptions {});
        if (!files)
            qFatal("%s", qPrintable(files.error().toString()));
        for (const ExportFile& file : files.value()) {
            if (file.kind != QLatin1String("helm-values"))
                continue;
            const QString service = plan.service(file.service)->request.service;
            const QString chart = m_chartOf.value(service);
            const QString path = dir.filePath(file.fileName);
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(file.content) != file.content.size())
                qFatal("cannot write %s", qPrintable(path));
            f.close();
            const QString release = QFileInfo(file.fileName).completeBaseName().section(u'.', 0, 0);
            const Rendered r = helmTemplate(release, QDir(m_chartsDir).filePath(chart), path, m_secrets.value(service));
            if (!r.error.isEmpty())
                qFatal("%s: %s", qPrintable(file.fileName), qPrintable(r.error));
            for (const YAML::Node& pod : podTemplates(r.documents))
                if (const YAML::Node main = mainContainer(pod, chart); main.IsDefined())
                    out << RenderedMain { file.fileName, roleOf(sizing, file), main };
        }
        return out;
    }

    std::optional<Plan> load(const QByteArray& text, const QString& name)
    {
        PlanLoader loader(m_catalog);
        auto plan = loader.load(text, name);
        if (!plan) {
            qWarning().noquote() << plan.error().toString();
            return std::nullopt;
        }
        return plan.value();
    }

private slots:
    void initTestCase()
    {
        QProcess helm;
        helm.start(QStringLiteral(HEADROOM_HELM), { QStringLiteral("version"), QStringLiteral("--short") });
        QVERIFY2(helm.waitForFinished(30000) && helm.exitCode() == 0,
                 "Helm is needed at " HEADROOM_HELM ": run scripts/fetch-helm.sh (scripts/setup.sh does)");
        QVERIFY(helm.readAllStandardOutput().startsWith("v3.17"));
        m_chartsDir = QStringLiteral(HEADROOM_CHARTS_DIR);
        QVERIFY2(QFileInfo::exists(m_chartsDir + QStringLiteral("/postgresql/Chart.yaml")),
                 qPrintable(QStringLiteral("the target charts are needed at ") + m_chartsDir));
        auto catalog = CatalogLoader().loadBuiltIn();
        QVERIFY2(catalog.hasValue(), qPrintable(catalog.hasValue() ? QString() : catalog.error().toString()));
        m_catalog = catalog.value();
        auto charts = ChartMapLoader().loadBuiltIn();
        QVERIFY2(charts.hasValue(), qPrintable(charts.hasValue() ? QString() : charts.error().toString()));
        for (const ChartMap& chart : charts.value()) {
            m_chartOf.insert(chart.service, chart.chart);
            for (const ChartSecret& secret : chart.secrets)
                m_secrets[chart.service] << secret.path;
        }
    }

    // Every service of the catalog at every tier, as one pod and as three.
    void everyServiceRenders_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<int>("pods");
        for (const QString& service : kServices)
            for (const QString& tier : kTiers)
                for (const int pods : { 1, 3 })
                    QTest::addRow("%s %s x%d", qPrintable(service), qPrintable(tier), pods) << service << tier << pods;
    }

    void everyServiceRenders()
    {
        QFETCH(QString, service);
        QFETCH(QString, tier);
        QFETCH(int, pods);
        const QByteArray text = QStringLiteral("apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: render}\n"
                                               "services:\n  - {name: %1, kind: %2, tier: %3, replicas: %4}\n")
                                    .arg(service.left(3) + QStringLiteral("-svc"), service, tier)
                                    .arg(pods)
                                    .toUtf8();
        const auto plan = load(text, QStringLiteral("render.yaml"));
        QVERIFY(plan);
        checkRendered(*plan, m_catalog);
    }

    void everyExampleRenders_data()
    {
        QTest::addColumn<QString>("path");
        const QDir examples(QStringLiteral(":/examples"));
        for (const QString& name : examples.entryList({ QStringLiteral("*.yaml") }))
            QTest::addRow("%s", qPrintable(name)) << examples.filePath(name);
    }

    void everyExampleRenders()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        PlanLoader loader(m_catalog);
        auto plan = loader.load(file.readAll(), path);
        QVERIFY2(plan.hasValue(), qPrintable(plan.hasValue() ? QString() : plan.error().toString()));
        // A plan's own catalog entries size against its effective catalog.
        checkRendered(plan.value(), loader.effectiveCatalog());
    }

    // A PostgreSQL primary on a pool with huge pages: its rendered main container requests
    // hugepages-2Mi and is limited to the same amount (Kubernetes refuses anything else),
    // enough for shared_buffers; on a pool without them it requests none.
    void hugePagesReachThePrimary()
    {
        const QString text = QStringLiteral(
            "apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: huge}\n"
            "nodePools:\n  - {name: db, cpu: \"16\", memory: 64Gi, count: 3%1}\n"
            "services:\n  - name: app-db\n    kind: postgresql\n    tier: large\n    topology: {readReplicas: 1}\n");
        for (const bool huge : { true, false }) {
            const auto plan
                = load(text.arg(huge ? QStringLiteral(", hugePages: {2Mi: 8Gi}") : QString()).toUtf8(), "huge.yaml");
            QVERIFY(plan);
            const PlanSizing sizing = PlanSizer(m_catalog).size(*plan);
            QTemporaryDir dir;
            const QList<RenderedMain> mains = renderMains(*plan, sizing, dir);
            QVERIFY(!mains.isEmpty());
            bool primary = false;
            for (const RenderedMain& main : mains) {
                QVERIFY2(main.role, qPrintable(main.fileName));
                primary = primary || main.role->role == QLatin1String("primary");
                const YAML::Node request = main.container["resources"]["requests"]["hugepages-2Mi"];
                const YAML::Node limit = main.container["resources"]["limits"]["hugepages-2Mi"];
                if (!huge) {
                    QVERIFY2(!request.IsDefined() && !limit.IsDefined(), qPrintable(main.fileName));
                    continue;
                }
                const auto requested = kubernetesQuantity(request, Dimension::Memory);
                const auto limited = kubernetesQuantity(limit, Dimension::Memory);
                QVERIFY2(requested && limited, qPrintable(main.fileName + QStringLiteral(": no hugepages-2Mi")));
                QCOMPARE(requested->raw(), limited->raw());
                const Setting* sharedBuffers = main.role->sizing.setting(QStringLiteral("shared_buffers"));
                QVERIFY(sharedBuffers);
                const auto bytes = memory_format::parsePostgres(sharedBuffers->value, 8192);
                QVERIFY(bytes.hasValue());
                QVERIFY2(requested->raw() >= bytes.value(),
                         qPrintable(QStringLiteral("%1: hugepages-2Mi %2 below shared_buffers %3")
                                        .arg(main.fileName, requested->toString(), sharedBuffers->value)));
                // The scheduler's other numbers are untouched.
                QVERIFY(kubernetesQuantity(main.container["resources"]["limits"]["memory"], Dimension::Memory));
            }
            QVERIFY(primary);
        }
    }

    // The heap and maxmemory checks above held for something: the settings reached the pods.
    void theSettingsWereSeen()
    {
        for (const char* service : { "elasticsearch", "kafka", "keycloak" })
            QVERIFY2(m_heapsSeen.contains(QLatin1String(service)), service);
        QVERIFY(m_maxmemorySeen.contains(QStringLiteral("redis")));
    }

    void theMaxmemoryReaderFollowsRedis()
    {
        QCOMPARE(redisBytes(QStringLiteral("1k")), std::optional<std::int64_t>(1000));
        QCOMPARE(redisBytes(QStringLiteral("1kb")), std::optional<std::int64_t>(1024));
        QCOMPARE(redisBytes(QStringLiteral("6GB")), std::optional<std::int64_t>(6LL << 30));
        QCOMPARE(jvmBytes(QStringLiteral("8g")), std::optional<std::int64_t>(8LL << 30));
        QCOMPARE(jvmBytes(QStringLiteral("512M")), std::optional<std::int64_t>(512LL << 20));
        QVERIFY(!jvmBytes(QStringLiteral("8gb")));
    }
};

QTEST_GUILESS_MAIN(TestHelmRender)
#include "tst_helmrender.moc"
