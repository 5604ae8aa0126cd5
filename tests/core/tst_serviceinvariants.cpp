// SPDX-License-Identifier: Apache-2.0
// What must hold for every service at every tier on one and three pods, whichever way it is
// sized: `headroom size` (the engine on one request), a plan (PlanSizer), the JSON report and
// the Helm values agree on limits, requests and settings; the memory breakdown fits the limit
// at its worst case or says it does not; Kafka's replication follows its brokers and its
// per-broker storage divides by them; no comment the export keeps contradicts the value under
// it. tst_sizingengine holds the guide's figures; here only the agreements between outputs.
#include "engine/plansizer.h"
#include "engine/sizingengine.h"
#include "export/chartmap.h"
#include "export/chartmaploader.h"
#include "export/helmvaluesexporter.h"
#include "io/planloader.h"
#include "model/quantity.h"
#include "report/planreport.h"
#include "report/servicereport.h"
#include "testutils.h"
#include "yamlpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

using namespace headroom;
using testutils::scalarAt;

namespace {

struct Sized
{
    Plan plan;
    PlanSizing sizing;
};

QByteArray planText(const QString& service, const QString& tier, int pods)
{
    return QStringLiteral("apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: invariants}\n"
                          "services:\n  - {name: svc, kind: %1, tier: %2, replicas: %3}\n")
        .arg(service, tier)
        .arg(pods)
        .toUtf8();
}

QString findingCodes(const ServiceSizing& sizing)
{
    QStringList codes;
    for (const auto& f : sizing.findings)
        codes << f.code;
    return codes.join(QStringLiteral(", "));
}

// The numbers of a comment line ("60%", "0.6", "2048"), which a value under it must carry.
QStringList numbersIn(const QString& comment)
{
    static const QRegularExpression number(QStringLiteral("\\d+(?:\\.\\d+)?"));
    QStringList out;
    for (auto it = number.globalMatch(comment); it.hasNext();)
        out << it.next().captured();
    return out;
}

bool isComment(const QString& line)
{
    const QString t = line.trimmed();
    return t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1Char(';'));
}

} // namespace

class TestServiceInvariants : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;
    QList<ChartMap> m_maps;

    Sized sizePlan(const QString& service, const QString& tier, int pods) const
    {
        Sized s;
        PlanLoader loader(m_catalog);
        auto plan = loader.load(planText(service, tier, pods), QStringLiteral("invariants.yaml"));
        if (!plan)
            qFatal("%s", qPrintable(plan.error().toString()));
        s.plan = plan.value();
        s.sizing = PlanSizer(loader.effectiveCatalog()).size(s.plan);
        return s;
    }

    static void addEveryService(const Catalog& catalog)
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<int>("pods");
        for (const auto& service : catalog.services)
            for (const auto& tier : catalog.workloadSizes)
                for (const int pods : { 1, 3 })
                    QTest::addRow("%s %s x%d", qPrintable(service.id), qPrintable(tier.id), pods)
                        << service.id << tier.id << pods;
    }

private slots:
    void initTestCase()
    {
        HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
        ChartMapLoader loader;
        auto maps = loader.loadBuiltIn();
        QVERIFY2(maps.hasValue(), qPrintable(testutils::errorText(maps)));
        m_maps = maps.value();
    }

    // The components' worst case (every connection at work_mem, every cache full) either fits
    // the limit or is an error finding; what is allocated never exceeds the limit.
    void worstCaseFitsTheLimit_data() { addEveryService(m_catalog); }
    void worstCaseFitsTheLimit()
    {
        QFETCH(QString, service);
        QFETCH(QString, tier);
        QFETCH(int, pods);
        const Sized s = sizePlan(service, tier, pods);
        const ServicePlanSizing* planned = s.sizing.service(QStringLiteral("svc"));
        QVERIFY(planned);
        QVERIFY2(planned->error.isEmpty(), qPrintable(planned->error));
        for (const auto& role : planned->roles) {
            const ServiceSizing& sizing = role.sizing;
            const std::int64_t limit = sizing.resources.memoryLimit.raw();
            std::int64_t demand = 0;
            std::int64_t allocated = 0;
            for (const auto& m : sizing.memory) {
                demand += m.demand.raw();
                allocated += m.allocated.raw();
            }
            QVERIFY2(allocated + sizing.memoryRemainder.raw() == limit, qPrintable(role.role));
            if (demand > limit)
                QVERIFY2(sizing.hasFinding(QStringLiteral("memory.overcommit")), qPrintable(findingCodes(sizing)));
            QVERIFY(sizing.resources.memoryRequest.raw() <= limit);
            QVERIFY(sizing.resources.cpuRequest.raw() <= sizing.resources.cpuLimit.raw());
        }
    }

    // `headroom size SERVICE --tier T` and a plan with that service size it alike.
    void sizeAgreesWithThePlan_data() { addEveryService(m_catalog); }
    void sizeAgreesWithThePlan()
    {
        QFETCH(QString, service);
        QFETCH(QString, tier);
        QFETCH(int, pods);
        ServiceRequest request;
        request.service = service;
        request.size = tier;
        request.replicas = pods;
        const auto alone = SizingEngine(m_catalog).size(request);
        QVERIFY2(alone, qPrintable(testutils::errorText(alone)));

        const Sized s = sizePlan(service, tier, pods);
        const ServicePlanSizing* planned = s.sizing.service(QStringLiteral("svc"));
        QVERIFY(planned && !planned->roles.isEmpty());
        // A PostgreSQL topology splits its pods into a primary and replicas by load: only the
        // single-pod plan is the same request.
        if (planned->roles.size() > 1)
            return;
        const ServiceSizing& inPlan = planned->roles.first().sizing;
        QCOMPARE(inPlan.resources.cpuLimit, alone->resources.cpuLimit);
        QCOMPARE(inPlan.resources.memoryLimit, alone->resources.memoryLimit);
        QCOMPARE(inPlan.resources.cpuRequest, alone->resources.cpuRequest);
        QCOMPARE(inPlan.resources.memoryRequest, alone->resources.memoryRequest);
        for (const auto& setting : alone->settings) {
            const Setting* other = inPlan.setting(setting.name);
            QVERIFY2(other, qPrintable(setting.name));
            QVERIFY2(other->value == setting.value,
                     qPrintable(QStringLiteral("%1: size %2, plan %3").arg(setting.name, setting.value, other->value)));
        }
    }

    // The JSON report carries the plan's limits, requests and every setting as sized.
    void reportAgreesWithTheSizing_data() { addEveryService(m_catalog); }
    void reportAgreesWithTheSizing()
    {
        QFETCH(QString, service);
        QFETCH(QString, tier);
        QFETCH(int, pods);
        const Sized s = sizePlan(service, tier, pods);
        const QJsonObject json = QJsonDocument::fromJson(plan_report::toJson(s.plan, s.sizing).toUtf8()).object();
        const QJsonArray services = json.value(QStringLiteral("services")).toArray();
        QCOMPARE(services.size(), 1);
        const QJsonArray roles = services.first().toObject().value(QStringLiteral("roles")).toArray();
        const ServicePlanSizing* planned = s.sizing.service(QStringLiteral("svc"));
        QCOMPARE(roles.size(), planned->roles.size());
        for (qsizetype i = 0; i < roles.size(); ++i) {
            const QJsonObject role = roles.at(i).toObject();
            const ServiceSizing& sizing = planned->roles.at(i).sizing;
            const QJsonObject resources = role.value(QStringLiteral("resources")).toObject();
            const auto field = [&](const char* kind, const char* what) {
                return resources.value(QLatin1String(kind)).toObject().value(QLatin1String(what)).toString();
            };
            const auto memoryLimit = Quantity::parse(Dimension::Memory, field("limits", "memory"));
            const auto memoryRequest = Quantity::parse(Dimension::Memory, field("requests", "memory"));
            const auto cpuLimit = Quantity::parse(Dimension::Cpu, field("limits", "cpu"));
            QVERIFY(memoryLimit && memoryRequest && cpuLimit);
            QCOMPARE(memoryLimit.value(), sizing.resources.memoryLimit);
            QCOMPARE(memoryRequest.value(), sizing.resources.memoryRequest);
            QCOMPARE(cpuLimit.value(), sizing.resources.cpuLimit);
            const QJsonObject settings = role.value(QStringLiteral("settings")).toObject();
            QCOMPARE(settings.size(), sizing.settings.size());
            for (const auto& setting : sizing.settings)
                QCOMPARE(settings.value(setting.name).toString(), setting.value);
        }
    }

    // The Helm values carry the sizing's limits and settings; every comment kept above a line
    // Headroom set names no number the value does not have ("Set to 60% of available RAM"
    // above 0.4 would).
    void exportAgreesWithTheSizing_data() { addEveryService(m_catalog); }
    void exportAgreesWithTheSizing()
    {
        QFETCH(QString, service);
        QFETCH(QString, tier);
        QFETCH(int, pods);
        const Sized s = sizePlan(service, tier, pods);
        const HelmExport exported = HelmValuesExporter(m_maps).exportPlan(s.plan, s.sizing, { {} });
        QVERIFY(exported.warnings.isEmpty());
        const ServicePlanSizing* planned = s.sizing.service(QStringLiteral("svc"));
        QVERIFY(!exported.files.isEmpty());
        for (const auto& file : exported.files) {
            const RoleSizing* role = testutils::roleOf(s.sizing, QStringLiteral("svc"), file.role);
            QVERIFY2(role || planned->roles.size() == 1, qPrintable(file.fileName));
            const ServiceSizing& sizing = role ? role->sizing : planned->roles.first().sizing;
            checkLimits(file, sizing);
            for (const auto& setting : sizing.settings) {
                const bool written = std::any_of(file.settings.begin(), file.settings.end(),
                                                 [&](const ExportedSetting& x) { return x.setting == setting.name; });
                QVERIFY2(written || file.notWritten.contains(setting.name), qPrintable(setting.name));
            }
            checkCommentsAboveSetLines(file);
        }
    }

    // The volume `size --format json` prints is the one the values file requests.
    void jsonVolumeIsTheExportedVolume_data() { addEveryService(m_catalog); }
    void jsonVolumeIsTheExportedVolume()
    {
        QFETCH(QString, service);
        QFETCH(QString, tier);
        QFETCH(int, pods);
        const Sized s = sizePlan(service, tier, pods);
        const HelmExport exported = HelmValuesExporter(m_maps).exportPlan(s.plan, s.sizing, { {} });
        for (const auto& file : exported.files) {
            const RoleSizing* role = testutils::roleOf(s.sizing, QStringLiteral("svc"), file.role);
            const ServiceSizing& sizing
                = role ? role->sizing : s.sizing.service(QStringLiteral("svc"))->roles.first().sizing;
            const QJsonObject json = QJsonDocument::fromJson(service_report::toJson(sizing).toUtf8()).object();
            const auto printed = Quantity::parse(
                Dimension::Memory,
                json.value(QStringLiteral("storage")).toObject().value(QStringLiteral("size")).toString());
            QVERIFY2(printed, qPrintable(file.fileName));
            const ChartMap* map = mapOf(file.chart);
            QVERIFY(map);
            const YAML::Node values = YAML::Load(file.content.toStdString());
            for (const auto& v : map->values) {
                if (v.kind != ChartValue::Kind::Sizing || v.source != SizingSource::Volume)
                    continue;
                const QString text = scalarAt(values, v.pathSegments());
                const auto written = Quantity::parse(Dimension::Memory, text);
                QVERIFY2(written, qPrintable(file.fileName + QStringLiteral(": ") + v.path));
                QVERIFY2(written.value() == printed.value(),
                         qPrintable(QStringLiteral("%1 %2: written %3, size prints %4")
                                        .arg(file.fileName, v.path, text, printed->toString())));
            }
        }
    }

    // What a DBA expects that the chart has no key for is said in the export's header, with
    // the plan's own figure: the figure's name and the text that must carry it.
    void exportHeaderSaysWhatTheChartCannotCarry_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("text");
        struct Note
        {
            const char* service;
            const char* value;
            const char* text;
        };
        const Note notes[] = {
            { "elasticsearch", "shards_at_50gb", "shards of up to 50 GB" },
            { "elasticsearch", "", "vm.max_map_count of at least 262144" },
            { "mongodb", "oplog_size", "The oplog is left at MongoDB's own default" },
            { "nextcloud", "request_workers", "requests at memory_limit fit the limit" },
        };
        for (const auto& tier : m_catalog.workloadSizes)
            for (const auto& n : notes)
                QTest::addRow("%s %s %s", n.service, qPrintable(tier.id), n.text)
                    << QString::fromUtf8(n.service) << tier.id << QString::fromUtf8(n.value)
                    << QString::fromUtf8(n.text);
    }
    void exportHeaderSaysWhatTheChartCannotCarry()
    {
        QFETCH(QString, service);
        QFETCH(QString, tier);
        QFETCH(QString, value);
        QFETCH(QString, text);
        const Sized s = sizePlan(service, tier, 1);
        const HelmExport exported = HelmValuesExporter(m_maps).exportPlan(s.plan, s.sizing, { {} });
        QCOMPARE(exported.files.size(), 1);
        QString header;
        for (const auto& line : exported.files.first().content.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1Char('#')))
                break;
            header += line + QLatin1Char('\n');
        }
        QVERIFY2(header.contains(text), qPrintable(header));
        if (!value.isEmpty()) {
            const RoleSizing* role = testutils::roleOf(s.sizing, QStringLiteral("svc"));
            const FormulaValue* v = role ? role->sizing.value(value) : nullptr;
            QVERIFY2(v, qPrintable(value));
            QVERIFY2(header.contains(v->value.toString()),
                     qPrintable(QStringLiteral("%1 = %2 is not in the header").arg(value, v->value.toString())));
        }
    }

    // Through a plan, whose replicas are the brokers: no replication factor or min.insync above
    // them, and the volume of each broker is the copies kept divided by the brokers.
    void kafkaFollowsItsBrokers_data()
    {
        QTest::addColumn<QString>("tier");
        for (const auto& tier : m_catalog.workloadSizes)
            QTest::addRow("%s", qPrintable(tier.id)) << tier.id;
    }
    void kafkaFollowsItsBrokers()
    {
        QFETCH(QString, tier);
        double perCopy = 0;
        for (const int brokers : { 1, 2, 3, 6 }) {
            const Sized s = sizePlan(QStringLiteral("kafka"), tier, brokers);
            const RoleSizing* role = testutils::roleOf(s.sizing, QStringLiteral("svc"));
            QVERIFY(role);
            const auto number = [&](const char* name) {
                const Setting* setting = role->sizing.setting(QLatin1String(name));
                return setting ? setting->value.toInt() : -1;
            };
            const int rf = number("default.replication.factor");
            QVERIFY2(rf >= 1 && rf <= brokers, qPrintable(QString::number(rf)));
            QVERIFY(number("offsets.topic.replication.factor") <= brokers);
            QVERIFY(number("transaction.state.log.replication.factor") <= brokers);
            const int minInsync = number("min.insync.replicas");
            QVERIFY(minInsync >= 1 && minInsync <= rf);
            QVERIFY2(rf == 1 || minInsync < rf, "one broker down must not stop producers with acks=all");
            QVERIFY(number("transaction.state.log.min.isr") <= number("transaction.state.log.replication.factor"));
            QVERIFY(role->sizing.storage.size);
            // Whole GiB per broker: the copies agree within a GiB per broker.
            const double copy = double(role->sizing.storage.size->raw()) * brokers / rf;
            if (perCopy == 0)
                perCopy = copy;
            QVERIFY2(std::abs(copy - perCopy) <= double(brokers) * 1024 * 1024 * 1024,
                     qPrintable(QStringLiteral("%1 brokers: %2 per broker")
                                    .arg(brokers)
                                    .arg(role->sizing.storage.size->toString())));
        }
    }

private:
    const ChartMap* mapOf(const QString& chart) const
    {
        for (const auto& m : m_maps) {
            if (m.chart == chart)
                return &m;
        }
        return nullptr;
    }

    // The limits and requests at the map's key paths, read back as quantities.
    void checkLimits(const HelmValuesFile& file, const ServiceSizing& sizing) const
    {
        const ChartMap* map = mapOf(file.chart);
        QVERIFY(map);
        const YAML::Node values = YAML::Load(file.content.toStdString());
        int seen = 0;
        for (const auto& v : map->values) {
            if (v.kind != ChartValue::Kind::Sizing)
                continue;
            const QString text = scalarAt(values, v.pathSegments());
            const QByteArray where = file.fileName.toUtf8() + ": " + v.path.toUtf8();
            if (v.source == SizingSource::MemoryLimit || v.source == SizingSource::MemoryRequest) {
                const auto q = Quantity::parse(Dimension::Memory, text);
                QVERIFY2(q, where);
                QCOMPARE(q.value(),
                         v.source == SizingSource::MemoryLimit ? sizing.resources.memoryLimit
                                                               : sizing.resources.memoryRequest);
                ++seen;
            } else if (v.source == SizingSource::CpuLimit || v.source == SizingSource::CpuRequest) {
                const auto q = Quantity::parse(Dimension::Cpu, text);
                QVERIFY2(q, where);
                QCOMPARE(q.value(),
                         v.source == SizingSource::CpuLimit ? sizing.resources.cpuLimit : sizing.resources.cpuRequest);
                ++seen;
            }
        }
        QVERIFY2(seen >= 2, qPrintable(file.fileName));
    }

    static void checkCommentsAboveSetLines(const HelmValuesFile& file)
    {
        const QStringList lines = file.content.split(QLatin1Char('\n'));
        for (const auto& x : file.settings) {
            if (x.form != ExportedSetting::Form::TextLine)
                continue;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (configLineKey(lines[i]) != x.setting)
                    continue;
                for (qsizetype c = i - 1; c >= 0 && isComment(lines[c]); --c) {
                    for (const auto& n : numbersIn(lines[c]))
                        QVERIFY2(x.value.contains(n),
                                 qPrintable(QStringLiteral("%1: \"%2\" above %3 = %4")
                                                .arg(file.fileName, lines[c].trimmed(), x.setting, x.value)));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestServiceInvariants)
#include "tst_serviceinvariants.moc"
