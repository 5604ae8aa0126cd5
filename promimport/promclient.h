// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/error.h"
#include "promimport/promanswer.h"
#include "promimport/promimportoptions.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QStringList>

#include <atomic>
#include <optional>

class QEventLoop;
class QNetworkReply;

namespace headroom {

// One query: instant (`/api/v1/query` at the options' time), or with several steps a range
// query (`/api/v1/query_range`) evaluated at that time and each millisecond after it, so that
// several figures can share one evaluation of a subquery (PromQueries::stepsOf). Or a series
// lookup (`/api/v1/series`): the labels of the series the selector `text` matches over the
// lookupSeconds before the options' time, from the server's index (no sample is read). The
// server may list a series with no sample in the range, but never leaves one out that has.
struct PromQuery
{
    QString text;
    int steps = 1;
    qint64 lookupSeconds = 0; // a series lookup when not 0
    // What the answer only refines: any answer the server gives that is not a whole success
    // (an error status after the retries, partial data) comes back marked, never fails the ask.
    bool optional = false;

    static PromQuery seriesLookup(const QString& selector, qint64 seconds) { return { selector, 1, seconds, true }; }
    bool isSeriesLookup() const { return lookupSeconds > 0; }
};

// Asks queries of a Prometheus-compatible server with at most maxInFlight requests at once, a
// timeout per request and retries with a growing pause on timeouts and 5xx answers. Blocks in
// a local event loop; lives in one thread.
class PromClient : public QObject
{
    Q_OBJECT

public:
    explicit PromClient(PromImportOptions options, QObject* parent = nullptr);

    // The answers in the order of the queries, or the first failure that splitting a query
    // cannot mend (server down, timeout after the retries, refused credentials, bad query).
    // Answers refused for the server's limits come back marked overLimit; an optional query's
    // refusal comes back with its error.
    Expected<QList<PromAnswer>> ask(const QList<PromQuery>& queries);
    // Instant queries.
    Expected<QList<PromAnswer>> ask(const QStringList& queries);
    // HTTP requests sent so far, retries included.
    int requests() const { return m_requests; }
    // Stops the current ask() (and refuses the next) as soon as the client's thread sees it;
    // safe from any thread, never waits.
    void cancel();

private:
    struct Attempt
    {
        int index = 0;
        int attempt = 0;
    };
    void pump();
    void send(const Attempt& attempt);
    void finished(QNetworkReply* reply, const Attempt& attempt);
    void fail(const QString& message);
    QByteArray body(const PromQuery& query) const;

    PromImportOptions m_options;
    QNetworkAccessManager m_manager;
    std::optional<QSslConfiguration> m_ssl;
    QList<PromQuery> m_queries;
    QList<PromAnswer> m_answers;
    QList<Attempt> m_ready;
    QSet<QNetworkReply*> m_inFlight;
    int m_remaining = 0;
    int m_requests = 0;
    int m_generation = 0; // tells a retry of an earlier ask() from one of this
    QString m_failure;
    QEventLoop* m_loop = nullptr;
    std::atomic<bool> m_cancelled = false;
};

} // namespace headroom
