// SPDX-License-Identifier: Apache-2.0
#include "model/catalog.h"

#include <QCoreApplication>

namespace headroom {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("Severity", "info");
    case Severity::Warning:
        return QCoreApplication::translate("Severity", "warning");
    case Severity::Error:
        return QCoreApplication::translate("Severity", "error");
    }
    return {};
}

namespace {
template <typename List> auto findById(const List& list, const QString& id) -> decltype(&list.front())
{
    for (const auto& item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}
template <typename List> auto findByName(const List& list, const QString& name) -> decltype(&list.front())
{
    for (const auto& item : list) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}
} // namespace

const MatrixRow* ServiceDefinition::row(const QString& size) const
{
    for (const auto& r : rows) {
        if (r.size == size)
            return &r;
    }
    return nullptr;
}

const InputDefinition* ServiceDefinition::input(const QString& name) const
{
    return findByName(inputs, name);
}
const FormulaDefinition* ServiceDefinition::formula(const QString& name) const
{
    return findByName(formulas, name);
}

const ServiceDefinition* Catalog::service(const QString& id) const
{
    return findById(services, id);
}
const StorageClass* Catalog::storageClass(const QString& id) const
{
    return findById(storageClasses, id);
}
const PostgresProfile* Catalog::postgresProfile(const QString& id) const
{
    return findById(postgresProfiles, id);
}
const WorkloadSize* Catalog::workloadSize(const QString& id) const
{
    return findById(workloadSizes, id);
}

QStringList postgresProfileInputs()
{
    return { QStringLiteral("memory"),         QStringLiteral("cpu"),
             QStringLiteral("connections"),    QStringLiteral("connection_overhead"),
             QStringLiteral("replicas"),       QStringLiteral("primary"),
             QStringLiteral("replica"),        QStringLiteral("pooled"),
             QStringLiteral("volume"),         QStringLiteral("pg_version"),
             QStringLiteral("random_storage"), QStringLiteral("huge_pages") };
}

QStringList postgresProfileFigures()
{
    return { QStringLiteral("profile_shared_buffers"),
             QStringLiteral("profile_effective_cache_size"),
             QStringLiteral("profile_work_mem"),
             QStringLiteral("profile_maintenance_work_mem"),
             QStringLiteral("profile_autovacuum_max_workers"),
             QStringLiteral("profile_autovacuum_work_mem") };
}

QStringList Catalog::serviceIds() const
{
    QStringList ids;
    for (const auto& s : services)
        ids << s.id;
    return ids;
}

QStringList Catalog::workloadSizeIds() const
{
    QStringList ids;
    for (const auto& s : workloadSizes)
        ids << s.id;
    return ids;
}

} // namespace headroom
