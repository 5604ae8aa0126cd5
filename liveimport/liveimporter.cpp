// SPDX-License-Identifier: Apache-2.0
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
QString tr(const char* text)
{
    return QCoreApplication::translate("headroom::LiveImporter", text);
}

Error cancelledError()
{
    return Error { tr("cancelled."), {}, {} };
}

} // namespace

PgConnectOptions LiveImporter::connectOptions(const QString& password) const
{
    PgConnectOptions options;
    options.password = password;
    options.timeoutSeconds = m_options.timeoutSeconds;
    options.cancel = m_cancel;
    return options;
}

std::optional<Error> LiveImporter::connectDiscovered(const QList<PgReplicaLink>& links, const QString& port,
                                                     const Progress& progress, std::vector<PgConnection>& replicas,
                                                     QStringList& warnings)
{
    for (const auto& link : links) {
        if (link.clientAddress.isEmpty()) {
            warnings << tr("the primary streams to '%1' over a local socket; give it with --replica.")
                            .arg(link.applicationName);
            continue;
        }
        if (progress)
            progress(5, tr("Trying the standby %1 found in pg_stat_replication…").arg(link.clientAddress));
        // A host the user did not name gets no password from the command line, a prompt or
        // PGPASSWORD: only the password file may have one for it.
        auto replica
            = PgConnection::openDiscovered(m_options.primary, link.clientAddress, port, connectOptions(QString()));
        if (stopRequested())
            return cancelledError();
        if (!replica) {
            warnings << tr("the primary streams to '%1' at %2, which could not be measured on port %3 (%4); give "
                           "it with --replica.")
                            .arg(link.applicationName, link.clientAddress, port, replica.error().message);
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
    return std::nullopt;
}

std::optional<Error> LiveImporter::connectNamed(const Progress& progress, std::vector<PgConnection>& replicas)
{
    for (const auto& conninfo : m_options.replicas) {
        progress(5, tr("Connecting to the replica %1…").arg(PgConnection::redacted(conninfo)));
        bool needsPassword = false;
        auto replica = PgConnection::open(conninfo, connectOptions(m_options.password), tr("replica"), &needsPassword);
        if (stopRequested())
            return cancelledError();
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
    return std::nullopt;
}

bool LiveImporter::stopRequested()
{
    if (m_cancel && m_cancel->load())
        m_cancelled = true;
    return m_cancelled;
}

Expected<PgMeasurement> LiveImporter::run(const Progress& progress)
{
    auto result = measure(progress);
    // A cancel seen while a statement or a connection was waiting ends it with an error.
    if (!result && stopRequested())
        return cancelledError();
    return result;
}

Expected<PgMeasurement> LiveImporter::measure(const Progress& progress)
{
    const auto report = [&](int percent, const QString& step) {
        if (progress)
            progress(percent, step);
    };
    m_needsPassword = false;

    report(0, tr("Connecting to the primary…"));
    bool needsPassword = false;
    auto primary
        = PgConnection::open(m_options.primary, connectOptions(m_options.password), tr("primary"), &needsPassword);
    if (stopRequested())
        return cancelledError();
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
        if (auto failed = connectNamed(report, replicas))
            return *failed;
    } else if (auto failed = connectDiscovered(links.value(), primary->server().section(QLatin1Char(':'), -1), progress,
                                               replicas, warnings)) {
        // pg_stat_replication names a standby's address, not the port it listens on.
        return *failed;
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
