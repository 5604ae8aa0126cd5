#include "liveimport/liveimporter.h"

#include "liveimport/pgconnection.h"
#include "liveimport/pgstatssampler.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <vector>

namespace headroom {

namespace {

// lupdate files tr() in a member function under the class's qualified name.
QString tr(const char* text) { return QCoreApplication::translate("headroom::LiveImporter", text); }

Error cancelledError() { return Error { tr("cancelled."), {}, {} }; }

} // namespace

bool LiveImporter::stopRequested()
{
    if (m_cancel && m_cancel->load())
        m_cancelled = true;
    return m_cancelled;
}

Expected<PgMeasurement> LiveImporter::run(const Progress& progress)
{
    const auto report = [&](int percent, const QString& step) {
        if (progress)
            progress(percent, step);
    };
    m_needsPassword = false;

    report(0, tr("Connecting to the primary…"));
    bool needsPassword = false;
    auto primary = PgConnection::open(m_options.primary, m_options.password, tr("primary"), 10, &needsPassword);
    if (!primary) {
        m_needsPassword = needsPassword;
        return primary.error();
    }
    PgStatsSampler primarySampler(primary.value());
    if (auto denied = primarySampler.checkPrivileges())
        return *denied;
    if (stopRequested())
        return cancelledError();

    auto links = primarySampler.replicationLinks();
    if (!links)
        return links.error();

    QStringList warnings;
    std::vector<PgConnection> replicas;
    if (!m_options.replicas.isEmpty()) {
        for (const auto& conninfo : m_options.replicas) {
            report(5, tr("Connecting to the replica %1…").arg(PgConnection::redacted(conninfo)));
            auto replica = PgConnection::open(conninfo, m_options.password, tr("replica"), 10, &needsPassword);
            if (!replica) {
                m_needsPassword = needsPassword;
                return replica.error();
            }
            if (auto denied = PgStatsSampler(replica.value()).checkPrivileges())
                return *denied;
            replicas.push_back(std::move(replica.value()));
            if (stopRequested())
                return cancelledError();
        }
    } else {
        // pg_stat_replication names a standby's address, not the port it listens on: try the
        // primary's port there, and keep only servers that are in recovery.
        const QString port = primary->server().section(QLatin1Char(':'), -1);
        for (const auto& link : links.value()) {
            if (link.clientAddress.isEmpty()) {
                warnings << tr("the primary streams to '%1' over a local socket; give it with --replica.")
                                .arg(link.applicationName);
                continue;
            }
            report(5, tr("Trying the standby %1 found in pg_stat_replication…").arg(link.clientAddress));
            const QString conninfo = PgConnection::withHost(m_options.primary, link.clientAddress, port);
            auto replica = PgConnection::open(conninfo, m_options.password, tr("replica"), 3);
            if (!replica) {
                warnings << tr("the primary streams to '%1' at %2, which did not answer on port %3; give it with "
                               "--replica.")
                                .arg(link.applicationName, link.clientAddress, port);
                continue;
            }
            auto recovery = replica->query(QStringLiteral("SELECT pg_is_in_recovery()::text"));
            if (!recovery || recovery->value(0).value(0) != QLatin1String("true")) {
                warnings << tr("the primary streams to '%1' at %2, but port %3 there is not that standby; give it "
                               "with --replica.")
                                .arg(link.applicationName, link.clientAddress, port);
                continue;
            }
            if (auto denied = PgStatsSampler(replica.value()).checkPrivileges())
                return *denied;
            replicas.push_back(std::move(replica.value()));
            if (stopRequested())
                return cancelledError();
        }
    }

    report(10, tr("Reading the statistics…"));
    auto primaryFirst = primarySampler.snapshot();
    if (!primaryFirst)
        return primaryFirst.error();
    if (primaryFirst->inRecovery)
        return Error { tr("the server given as the primary (%1) is a standby; give the primary's connection string "
                          "first.")
                           .arg(primary->server()),
                       {},
                       {} };
    std::vector<PgSnapshot> replicaFirst;
    for (const auto& r : replicas) {
        auto s = PgStatsSampler(r).snapshot();
        if (!s)
            return s.error();
        if (!s->inRecovery)
            return Error { tr("the server given as a replica (%1) is not a standby.").arg(r.server()), {}, {} };
        replicaFirst.push_back(s.value());
    }

    // Wait in small steps so that a cancel is seen at once.
    const double start = PgStatsSampler::now();
    const double interval = std::max(0, m_options.intervalMs) / 1000.0;
    for (;;) {
        if (stopRequested())
            return cancelledError();
        const double elapsed = PgStatsSampler::now() - start;
        if (elapsed >= interval)
            break;
        report(15 + int(75 * elapsed / std::max(interval, 1e-9)),
               tr("Sampling: %1 of %2 s…").arg(int(elapsed)).arg(int(interval + 0.5)));
        QThread::msleep(std::min<unsigned long>(100, static_cast<unsigned long>((interval - elapsed) * 1000) + 1));
    }

    report(90, tr("Reading the statistics again…"));
    auto primaryLast = primarySampler.snapshot();
    if (!primaryLast)
        return primaryLast.error();
    QList<QPair<PgSnapshot, PgSnapshot>> pairs;
    for (size_t i = 0; i < replicas.size(); ++i) {
        auto s = PgStatsSampler(replicas[i]).snapshot();
        if (!s)
            return s.error();
        pairs << qMakePair(replicaFirst[i], s.value());
    }
    auto linksAfter = primarySampler.replicationLinks();
    PgMeasurement m = PgMeasurement::fromSnapshots(primaryFirst.value(), primaryLast.value(), pairs,
                                                   linksAfter ? linksAfter.value() : links.value());
    m.warnings = warnings;
    report(100, tr("Done."));
    return m;
}

} // namespace headroom
