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
#include <functional>
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
    explicit PromQuery(QString text, int steps = 1)
        : text(std::move(text))
        , steps(steps)
    {
    }

    QString text;
    int steps = 1;
    qint64 lookupSeconds = 0; // a series lookup when not 0
    // What the answer only refines: any answer the server gives that is not a whole success
    // (an error status after the retries, partial data) comes back marked, never fails the ask.
    bool optional = false;
    // The labels the answer keeps of each series; all of them when empty. A series lookup answers
    // with every label of every series (a real cAdvisor series carries a dozen or more).
    QStringList labels;

    static PromQuery seriesLookup(const QString& selector, qint64 seconds, QStringList labels = {})
    {
        PromQuery lookup(selector);
        lookup.lookupSeconds = seconds;
        lookup.optional = true;
        lookup.labels = std::move(labels);
        return lookup;
    }
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

    // Receives each answer with the index of its query.
    using AnswerHandler = std::function<void(int index, PromAnswer&& answer)>;

    // Hands each answer to `take` as soon as it arrives (in any order) and keeps none, so that a
    // caller that reduces them holds one answer at a time however many queries it asks. Nothing,
    // or the first failure that splitting a query cannot mend (server down, timeout after the
    // retries, refused credentials, bad query), after which `take` is not called again. Answers
    // refused for the server's limits are handed over marked overLimit; an optional query's
    // refusal is handed over with its error. `take` must not ask().
    std::optional<Error> ask(const QList<PromQuery>& queries, const AnswerHandler& take);
    // The answers in the order of the queries, or that failure.
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
    const AnswerHandler* m_take = nullptr;
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
