// SPDX-License-Identifier: Apache-2.0
#include "plangenerator.h"

#include "io/planwriter.h"

#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <optional>

namespace headroom::bench {

namespace {

constexpr std::int64_t kGiB = 1LL << 30;

// SplitMix64: tiny, fast and the same everywhere (std::uniform_int_distribution is not).
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // In [lo, hi].
    int between(int lo, int hi) { return lo + int(next() % std::uint64_t(hi - lo + 1)); }
    // True with probability percent / 100.
    bool chance(int percent) { return int(next() % 100) < percent; }
    template <typename T> const T& pick(const QList<T>& list)
    {
        return list[qsizetype(next() % std::uint64_t(list.size()))];
    }

private:
    std::uint64_t m_state;
};

// What an input defaults to at a tier, as the engine would resolve it.
std::optional<Quantity> defaultOf(const InputDefinition& input, const ServiceDefinition& service, const QString& size)
{
    if (input.defaultValue.literal)
        return input.defaultValue.literal;
    if (auto it = input.defaultValue.perSize.constFind(size); it != input.defaultValue.perSize.constEnd())
        return *it;
    if (!input.defaultValue.column.isEmpty()) {
        if (const MatrixRow* row = service.row(size))
            return row->cells.value(input.defaultValue.column).quantity;
    }
    return std::nullopt;
}

// A value an SRE would plausibly write: the tier's default scaled by ½ to 3, inside bounds.
std::optional<Quantity> plausibleValue(Random& random, const InputDefinition& input, const ServiceDefinition& service,
                                       const QString& size)
{
    const auto base = defaultOf(input, service, size);
    if (!base || base->raw() == 0)
        return std::nullopt;
    static const QList<int> percentages = { 50, 75, 100, 125, 150, 200, 300 };
    std::int64_t raw = base->raw() / 100 * random.pick(percentages);
    if (input.min)
        raw = std::max(raw, input.min->raw());
    if (input.max)
        raw = std::min(raw, input.max->raw());
    return Quantity(input.dimension, raw);
}

QString pickTier(Random& random, const QStringList& sizes)
{
    // Most services of a fleet are small or medium; the last size is rare.
    const int roll = random.between(0, 99);
    const int index = roll < 35 ? 0 : roll < 70 ? 1 : roll < 90 ? 2 : 3;
    return sizes[std::min<qsizetype>(index, sizes.size() - 1)];
}

PostgresTopology topology(Random& random)
{
    PostgresTopology t;
    t.readReplicas = random.between(1, 2);
    t.requestsPerSecond = Quantity::perSecond(random.between(2, 50) * 100);
    t.readShare = Quantity::partsPerMillion(random.between(5, 9) * 100'000);
    t.clientConnections = Quantity::count(random.between(1, 10) * 60);
    t.pooler.enabled = random.chance(60);
    if (random.chance(20)) {
        // As measured in production, like the case study: the replica does most of the work.
        t.primary.commits = Quantity::iops(random.between(100, 400) * 1000);
        t.replica.commits = Quantity::iops(random.between(400, 1200) * 1000);
        t.primary.activeConnections = Quantity::count(random.between(10, 40));
        t.replica.activeConnections = Quantity::count(random.between(40, 120));
        t.primary.maxConnections = Quantity::count(200);
        t.replica.maxConnections = Quantity::count(200);
    }
    if (random.chance(25)) {
        t.primary.resources.cpuLimit = Quantity::millicores(2000);
        t.primary.resources.memoryLimit = Quantity::bytes(random.between(4, 8) * kGiB);
        t.replica.resources.cpuLimit = Quantity::millicores(2000);
        t.replica.resources.memoryLimit = Quantity::bytes(random.between(2, 4) * kGiB);
    }
    return t;
}

StorageClass gp3()
{
    StorageClass sc;
    sc.id = QStringLiteral("gp3");
    sc.name = QStringLiteral("gp3 (baseline 3k, 9k provisioned)");
    sc.iops.kind = IopsModel::Kind::Provisioned;
    sc.iops.baseline = 3000;
    sc.iops.provisioned = 9000;
    sc.iops.max = 16000;
    sc.throughput = Quantity::bytesPerSecond(500'000'000);
    sc.latencyMin = Quantity::milliseconds(1);
    sc.latencyMax = Quantity::milliseconds(3);
    sc.costRank = 2;
    sc.costLabel = QStringLiteral("Low");
    return sc;
}

} // namespace

Plan generatePlan(int services, const Catalog& catalog)
{
    Random random(0x4865616472'6f6fULL ^ std::uint64_t(services));
    Plan plan;
    plan.name = QStringLiteral("Generated fleet of %1 services").arg(services);
    plan.notes = QStringLiteral("Every kind of the catalog at every tier, for benchmarks.");

    const QStringList sizes = catalog.workloadSizeIds();
    QStringList classes;
    for (const auto& sc : catalog.storageClasses)
        classes << sc.id;
    plan.storageClasses << gp3();
    classes << plan.storageClasses.first().id;
    if (catalog.storageClass(QStringLiteral("standard-ssd")))
        plan.defaultStorageClass = QStringLiteral("standard-ssd");

    // Room for every pod: no pod is larger than 16 cores and 32Gi, most are far smaller.
    NodePool system;
    system.name = QStringLiteral("system");
    system.cpu = Quantity::millicores(4000);
    system.memory = Quantity::bytes(16 * kGiB);
    system.count = 3;
    system.pricePerHour = 0.192;
    NodePool general;
    general.name = QStringLiteral("general");
    general.cpu = Quantity::millicores(32'000);
    general.memory = Quantity::bytes(128 * kGiB);
    general.minCount = 3;
    general.maxCount = std::clamp(services, 3, 10000);
    general.pricePerHour = 1.536;
    NodePool databases;
    databases.name = QStringLiteral("databases");
    databases.cpu = Quantity::millicores(64'000);
    databases.memory = Quantity::bytes(256 * kGiB);
    databases.minCount = 2;
    databases.maxCount = std::clamp(services / 4, 3, 10000);
    databases.maxPods = 60;
    databases.pricePerHour = 3.07;
    plan.nodePools = { system, general, databases };

    const auto& kinds = catalog.services;
    for (int i = 0; i < services; ++i) {
        // Round robin over the kinds so that each is in every plan, then at random.
        const ServiceDefinition& def = i < kinds.size() ? kinds[i] : random.pick(kinds);
        PlannedService ps;
        ps.name = QStringLiteral("%1-%2").arg(def.id).arg(i, 5, 10, QLatin1Char('0'));
        ServiceRequest& r = ps.request;
        r.service = def.id;
        r.size = pickTier(random, sizes);
        const int replicaRoll = random.between(0, 99);
        r.replicas = replicaRoll < 60 ? 1 : replicaRoll < 80 ? 2 : 3;

        if (random.chance(5)) {
            // Explicit limits (and sometimes requests) instead of a tier.
            r.size.clear();
            r.cpuLimit = Quantity::millicores(random.between(1, 8) * 500);
            r.memoryLimit = Quantity::bytes(random.between(2, 16) * kGiB);
            if (random.chance(50)) {
                r.cpuRequest = Quantity::millicores(r.cpuLimit->raw() / 2);
                r.memoryRequest = Quantity::bytes(r.memoryLimit->raw() / 2);
            }
        }
        const QString size = r.size.isEmpty() ? sizes.first() : r.size;

        if (random.chance(35) && !def.inputs.isEmpty()) {
            const int count = random.between(1, std::min<int>(3, int(def.inputs.size())));
            for (int k = 0; k < count; ++k) {
                const InputDefinition& in = random.pick(def.inputs);
                if (const auto value = plausibleValue(random, in, def, size))
                    r.inputs.insert(in.name, *value);
            }
        }
        if (!def.storage.sizeFormula.isEmpty()) {
            if (random.chance(30))
                r.storageClass = random.pick(classes);
            if (random.chance(25)) {
                ps.growth = StorageGrowth { Quantity::bytes(random.between(1, 20) * kGiB),
                                            Quantity::milliseconds(std::int64_t(random.between(7, 30)) * 86'400'000) };
            }
            if (random.chance(10))
                ps.volumeSize = Quantity::bytes(random.between(1, 20) * 100 * kGiB);
        }
        if (def.id == QLatin1String("postgresql") && random.chance(50)) {
            ps.topology = topology(random);
            r.replicas = 1; // the topology says how many pods
        }
        if (random.chance(10))
            ps.nodePool = random.chance(70) ? databases.name : general.name;
        plan.services << ps;
    }
    return plan;
}

QByteArray generatePlanYaml(int services, const Catalog& catalog)
{
    return PlanWriter::toYaml(generatePlan(services, catalog));
}

} // namespace headroom::bench
