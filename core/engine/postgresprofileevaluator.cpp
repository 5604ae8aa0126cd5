// SPDX-License-Identifier: Apache-2.0
#include "engine/postgresprofileevaluator.h"

#include "engine/pgsettingrange.h"
#include "engine/pgtune.h"
#include "engine/sizingengine.h"
#include "formula/formulaevaluator.h"

#include <algorithm>
#include <cmath>

namespace headroom {

// A profile's formulas, compiled once and evaluated for each role: compiling them per role
// cost most of an export's time.
struct PostgresProfileEvaluator::Compiled
{
    FormulaEvaluator evaluator;
    QList<int> settingProbe; // per setting: its value's probe, or -1 for a fixed value
    QList<int> whenProbe; // per setting: its condition's probe, or -1 when always written
};

namespace {

QString profileKey(const PostgresProfile& profile)
{
    return QStringLiteral("postgresProfiles.%1").arg(profile.id);
}

// Spinning disks are 10 ms and slower: random reads are expensive and few at a time.
bool randomStorage(const PostgresProfileFacts& f)
{
    return f.storageClass && f.storageClass->latencyMin.raw() >= 10;
}

QStringList inputLines(const PostgresProfileFacts& f)
{
    QStringList lines;
    lines << QStringLiteral("memory limit %1").arg(f.memory.toString())
          << QStringLiteral("CPU limit %1").arg(f.cpu.toString())
          << QStringLiteral("max_connections %1").arg(f.connections)
          << QStringLiteral("%1 read replica(s)").arg(f.context.readReplicas);
    if (f.storageClass)
        lines << QStringLiteral("storage %1").arg(f.storageClass->id);
    if (f.context.pooled)
        lines << QStringLiteral("behind PgBouncer");
    if (f.context.hugePages)
        lines << QStringLiteral("huge pages on the node pool");
    return lines;
}

Expected<PostgresProfileSizing> pgtuneSettings(PostgresProfileSizing out, const PostgresProfileFacts& f)
{
    PgTuneInput in;
    in.dbVersion = f.context.pgVersion;
    // PGTune takes whole MB of "total memory": here the container's limit (errata 7).
    in.totalMemoryKb = f.memory.raw() / (1024 * 1024) * 1024;
    in.cpus = int(std::max<std::int64_t>(1, (f.cpu.raw() + 999) / 1000));
    in.connections = int(f.connections);
    // Local disks are PGTune's ssd, network block storage its san.
    in.storage = randomStorage(f)
        ? PgTuneInput::Hdd
        : (f.storageClass && f.storageClass->latencyMin.raw() == 0 ? PgTuneInput::Ssd : PgTuneInput::San);
    auto result = pgtune::tune(in);
    if (!result)
        return Error { result.error().message, QStringLiteral("profile pgtune"), {} };
    for (const auto& setting : result->settings)
        out.settings << Setting { setting.name, setting.value, QStringLiteral("PGTune's rule for a web application.") };
    pgtune::forEachSetting(in, [&](const char* name, const PgTuneValue& value) {
        if (value.kind == PgTuneValue::MemoryKb)
            out.figures.insert(QString::fromLatin1(name), double(value.amount) * 1024);
        else if (value.kind == PgTuneValue::Number)
            out.figures.insert(QString::fromLatin1(name), double(value.amount));
    });
    return out;
}

// A profile's rule may leave pg_settings' range at small or huge limits (the case study's
// M/64 work_mem is 0 at 16Mi); the server refuses to start with such a value.
double inServerRange(const QString& name, Dimension dimension, double value)
{
    const PgSettingRange* range = PgSettingRange::of(name);
    if (!range || !std::isfinite(value) || value < 0)
        return value;
    if (dimension == Dimension::Memory && range->isMemory())
        return double(range->clampBytes(std::int64_t(std::min(value, 9.0e18))));
    if (dimension != Dimension::Memory && !range->isMemory())
        return range->clampNumber(value);
    return value;
}

Dimension dimensionOf(const ProfileSetting& setting)
{
    if (setting.format == QLatin1String("postgres"))
        return Dimension::Memory;
    return setting.format == QLatin1String("count") ? Dimension::Count : Dimension::Number;
}

void bindFacts(FormulaEvaluator& evaluator, const PostgresProfileFacts& f)
{
    const auto set
        = [&](const char* name, double v) { evaluator.setValue(evaluator.slot(QString::fromLatin1(name)), v); };
    set("memory", double(f.memory.raw()));
    set("cpu", f.cpu.toFormulaValue());
    set("connections", double(f.connections));
    set("connection_overhead", f.connectionOverhead);
    set("replicas", f.context.readReplicas);
    set("primary", f.context.replica ? 0 : 1);
    set("replica", f.context.replica ? 1 : 0);
    set("pooled", f.context.pooled ? 1 : 0);
    set("volume", double(f.volume.raw()));
    set("pg_version", f.context.pgVersion);
    set("random_storage", randomStorage(f) ? 1 : 0);
    set("huge_pages", f.context.hugePages ? 1 : 0);
}

// One setting's value as postgresql.conf takes it, and its figure.
Expected<QString> settingValue(const ProfileSetting& setting, const QString& base, double raw,
                               PostgresProfileSizing& out)
{
    const Dimension dimension = dimensionOf(setting);
    const double v = inServerRange(setting.name, dimension, raw);
    auto q = Quantity::fromFormulaValue(dimension, v);
    if (!q)
        return Error { q.error().message, QStringLiteral("%1.settings.%2").arg(base, setting.name), setting.location };
    out.figures.insert(setting.name, dimension == Dimension::Memory ? double(q->raw()) : v);
    return formatSetting(q.value(), setting.format);
}

Expected<PostgresProfileSizing> formulaSettings(PostgresProfileSizing out, const PostgresProfile& profile,
                                                PostgresProfileEvaluator::Compiled& compiled,
                                                const PostgresProfileFacts& f)
{
    FormulaEvaluator& evaluator = compiled.evaluator;
    bindFacts(evaluator, f);
    if (auto error = evaluator.evaluateFormulas())
        return *error;
    const QString base = profileKey(profile);
    for (qsizetype i = 0; i < profile.settings.size(); ++i) {
        const ProfileSetting& setting = profile.settings.at(i);
        if (const int probe = compiled.whenProbe.at(i); probe >= 0) {
            auto when = evaluator.evaluateProbe(probe);
            if (!when)
                return when.error();
            if (when.value() == 0.0)
                continue;
        }
        QString value = setting.value;
        if (const int probe = compiled.settingProbe.at(i); probe >= 0) {
            auto v = evaluator.evaluateProbe(probe);
            if (!v)
                return v.error();
            auto text = settingValue(setting, base, v.value(), out);
            if (!text)
                return text.error();
            value = text.value();
        }
        out.settings << Setting { setting.name, value, setting.explanation };
    }
    return out;
}

} // namespace

PostgresProfileEvaluator::PostgresProfileEvaluator(const Catalog& catalog)
    : m_catalog(catalog)
{
}

PostgresProfileEvaluator::~PostgresProfileEvaluator() = default;

Expected<PostgresProfileEvaluator::Compiled*> PostgresProfileEvaluator::compiled(const PostgresProfile& profile) const
{
    if (auto it = m_compiled.constFind(profile.id); it != m_compiled.constEnd())
        return it->get();
    auto c = std::make_shared<Compiled>();
    QList<FormulaEvaluator::Expression> values;
    QList<FormulaEvaluator::Expression> probes;
    const QString base = profileKey(profile);
    for (const auto& v : profile.values)
        values << FormulaEvaluator::Expression { v.name, v.expression, QStringLiteral("%1.values.%2").arg(base, v.name),
                                                 v.location };
    for (const auto& setting : profile.settings) {
        const QString key = QStringLiteral("%1.settings.%2").arg(base, setting.name);
        c->settingProbe << (setting.expression.isEmpty() ? -1 : int(probes.size()));
        if (!setting.expression.isEmpty())
            probes << FormulaEvaluator::Expression { setting.name, setting.expression, key, setting.location };
        c->whenProbe << (setting.when.isEmpty() ? -1 : int(probes.size()));
        if (!setting.when.isEmpty())
            probes << FormulaEvaluator::Expression { setting.name, setting.when, key + QStringLiteral(".when"),
                                                     setting.location };
    }
    if (auto error = c->evaluator.compile(postgresProfileInputs(), values, probes))
        return *error;
    Compiled* raw = c.get();
    m_compiled.insert(profile.id, std::move(c));
    return raw;
}

Expected<PostgresProfileSizing> PostgresProfileEvaluator::evaluate(const QString& profileId,
                                                                   const PostgresProfileFacts& facts) const
{
    const QString id = profileId.isEmpty() ? QString::fromLatin1(kDefaultPostgresProfile) : profileId;
    const PostgresProfile* profile = m_catalog.postgresProfile(id);
    if (!profile) {
        QStringList ids;
        for (const auto& p : m_catalog.postgresProfiles)
            ids << p.id;
        return Error {
            QStringLiteral("unknown profile '%1'; the profiles are: %2.").arg(id, ids.join(QStringLiteral(", "))),
            QStringLiteral("profile"),
            {}
        };
    }
    if (facts.context.pgVersion < 10 || facts.context.pgVersion > 18)
        return Error { QStringLiteral("PostgreSQL %1 is not supported; give a version from 10 to 18.")
                           .arg(facts.context.pgVersion),
                       QStringLiteral("pg-version"),
                       {} };
    PostgresProfileSizing out;
    out.id = profile->id;
    out.name = profile->name.isEmpty() ? profile->id : profile->name;
    out.context = facts.context;
    out.inputs = inputLines(facts);
    if (profile->engine == QLatin1String("pgtune"))
        return pgtuneSettings(std::move(out), facts);
    auto c = compiled(*profile);
    if (!c)
        return c.error();
    return formulaSettings(std::move(out), *profile, *c.value(), facts);
}

} // namespace headroom
