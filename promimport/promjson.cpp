// SPDX-License-Identifier: Apache-2.0
#include "promimport/promjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace headroom {

namespace {

QJsonValue cores(const std::optional<Quantity>& q)
{
    return q ? QJsonValue(double(q->raw()) / 1000.0) : QJsonValue();
}

QJsonValue bytes(const std::optional<Quantity>& q)
{
    return q ? QJsonValue(qint64(q->raw())) : QJsonValue();
}

QJsonValue distribution(const std::optional<UsageDistribution>& d, QJsonValue (*unit)(const std::optional<Quantity>&))
{
    if (!d)
        return QJsonValue();
    return QJsonObject { { QStringLiteral("p50"), unit(d->p50) },
                         { QStringLiteral("p95"), unit(d->p95) },
                         { QStringLiteral("p99"), unit(d->p99) },
                         { QStringLiteral("max"), unit(d->max) } };
}

QJsonObject deployed(const DeployedResources& r)
{
    return { { QStringLiteral("cpu"), cores(r.cpu) }, { QStringLiteral("memory"), bytes(r.memory) } };
}

QJsonArray volumes(const QList<MeasuredVolume>& list)
{
    QJsonArray array;
    for (const auto& v : list) {
        const auto full = ImportedService::fullInDays(v);
        array << QJsonObject { { QStringLiteral("pvc"), v.pvc },
                               { QStringLiteral("used"), qint64(v.used.raw()) },
                               { QStringLiteral("capacity"), qint64(v.capacity.raw()) },
                               { QStringLiteral("growthPerDay"), qint64(v.growthPerDay.raw()) },
                               { QStringLiteral("fullInDays"), full ? QJsonValue(*full) : QJsonValue() } };
    }
    return array;
}

QJsonValue peak(const std::optional<EnginePeak>& p)
{
    if (!p)
        return QJsonValue();
    return QJsonObject { { QStringLiteral("p95"), qint64(p->p95.raw()) },
                         { QStringLiteral("max"), qint64(p->max.raw()) } };
}

// Only the figures an exporter gave: a missing one is absent, never 0.
QJsonObject engine(const EngineMeasurement& e)
{
    QJsonObject o;
    const auto add = [&o](const char* key, const QJsonValue& value) {
        if (!value.isNull())
            o.insert(QLatin1String(key), value);
    };
    add("commitsPerSecond", peak(e.commitsPerSecond));
    add("connections", peak(e.connections));
    add("usedMemory", peak(e.usedMemory));
    add("maxMemory", bytes(e.maxMemory));
    add("heapUsed", peak(e.heapUsed));
    add("heapMax", bytes(e.heapMax));
    return o;
}

} // namespace

QJsonObject PromJson::service(const ImportedService& s)
{
    const Measurement& m = s.measurement;
    QJsonObject o { { QStringLiteral("name"), s.name },
                    { QStringLiteral("kind"), s.kind.isEmpty() ? QJsonValue() : QJsonValue(s.kind) },
                    { QStringLiteral("chart"), s.chart.isEmpty() ? QJsonValue() : QJsonValue(s.chart) },
                    { QStringLiteral("namespace"), s.ns },
                    { QStringLiteral("pods"), m.pods },
                    { QStringLiteral("cpu"), distribution(m.cpu, cores) },
                    { QStringLiteral("memory"), distribution(m.memory, bytes) },
                    { QStringLiteral("throttled"),
                      m.throttled ? QJsonValue(double(m.throttled->raw()) / 1e6) : QJsonValue() },
                    { QStringLiteral("oomKills"), m.oomKills },
                    { QStringLiteral("restarts"), m.restarts },
                    { QStringLiteral("deployed"),
                      QJsonObject { { QStringLiteral("requests"), deployed(m.requests) },
                                    { QStringLiteral("limits"), deployed(m.limits) } } },
                    { QStringLiteral("volumes"), volumes(m.volumes) } };
    if (!m.engine.isEmpty())
        o.insert(QStringLiteral("engine"), engine(m.engine));
    return o;
}

QByteArray PromJson::document(const QList<ImportedService>& services, qint64 windowSeconds, const QDateTime& at,
                              const QJsonArray& findings)
{
    QJsonArray list;
    for (const auto& s : services)
        list << service(s);
    const QJsonObject root { { QStringLiteral("window"), Quantity::milliseconds(windowSeconds * 1000).toString() },
                             { QStringLiteral("at"), at.toUTC().toString(Qt::ISODate) },
                             { QStringLiteral("services"), list },
                             { QStringLiteral("findings"), findings } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace headroom
