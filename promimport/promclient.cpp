// SPDX-License-Identifier: Apache-2.0
#include "promimport/promclient.h"

#include "measure/printabletext.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <cmath>

namespace headroom {

namespace {

constexpr int kCancelPollMs = 50;
const char* const kTimedOut = "headroomTimedOut";
const char* const kSslError = "headroomSslError";

// The limits Prometheus, Thanos, Mimir and VictoriaMetrics put on one query, as they word them.
bool isOverLimit(int status, const QString& message)
{
    static const QRegularExpression words(
        QStringLiteral("too many samples|too many series|exceeded|maximum number|cannot select more|limit"),
        QRegularExpression::CaseInsensitiveOption);
    return status == 422 && words.match(message).hasMatch();
}

// The labels of a series that `keep` names (all when it is empty).
QHash<QString, QString> labelsOf(const QJsonObject& metric, const QStringList& keep)
{
    QHash<QString, QString> labels;
    if (keep.isEmpty()) {
        for (auto it = metric.begin(); it != metric.end(); ++it)
            labels.insert(it.key(), it.value().toString());
        return labels;
    }
    for (const auto& name : keep) {
        if (const auto it = metric.constFind(name); it != metric.constEnd())
            labels.insert(name, it.value().toString());
    }
    return labels;
}

PromSample sampleOf(const QHash<QString, QString>& labels, const QJsonArray& value)
{
    return { labels, value.at(1).toString().toDouble(), 0 };
}

// A range answer's points, each with its step: milliseconds after `start` (whole seconds).
void pointsOf(const QJsonArray& series, qint64 start, const QStringList& keep, PromAnswer& answer)
{
    for (const auto& element : series) {
        const QJsonObject object = element.toObject();
        const auto labels = labelsOf(object.value(QLatin1String("metric")).toObject(), keep);
        for (const auto& point : object.value(QLatin1String("values")).toArray()) {
            PromSample sample = sampleOf(labels, point.toArray());
            sample.step = int(std::llround((point.toArray().at(0).toDouble() - double(start)) * 1000));
            answer.samples << sample;
        }
    }
}

// A series lookup's label sets, as samples of value 0.
PromAnswer seriesOf(const QJsonArray& list, const QStringList& keep)
{
    PromAnswer answer;
    answer.samples.reserve(list.size());
    for (const auto& element : list)
        answer.samples << PromSample { labelsOf(element.toObject(), keep), 0, 0 };
    return answer;
}

// A `success` answer's vector, scalar or matrix; non-finite values (NaN from 0/0) are left out.
PromAnswer samplesOf(const QJsonObject& data, qint64 start, const QStringList& keep)
{
    PromAnswer answer;
    const QString type = data.value(QLatin1String("resultType")).toString();
    const QJsonValue result = data.value(QLatin1String("result"));
    if (type == QLatin1String("scalar")) {
        answer.samples << sampleOf({}, result.toArray());
    } else if (type == QLatin1String("vector")) {
        for (const auto& element : result.toArray()) {
            const QJsonObject object = element.toObject();
            answer.samples << sampleOf(labelsOf(object.value(QLatin1String("metric")).toObject(), keep),
                                       object.value(QLatin1String("value")).toArray());
        }
    } else if (type == QLatin1String("matrix")) {
        pointsOf(result.toArray(), start, keep, answer);
    } else {
        answer.error = PromClient::tr("the server answered a %1 where an instant vector was expected.").arg(type);
    }
    answer.samples.removeIf([](const PromSample& s) { return !std::isfinite(s.value); });
    return answer;
}

PromAnswer answerOf(int status, const QByteArray& body, qint64 start, const QStringList& keep)
{
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(body, &parseError).object();
    const QString message = printableLine(object.value(QLatin1String("error")).toString());
    PromAnswer answer;
    if (status == 200 && object.value(QLatin1String("status")).toString() == QLatin1String("success")) {
        const QJsonArray warnings = object.value(QLatin1String("warnings")).toArray();
        if (!warnings.isEmpty())
            answer.error = PromClient::tr("the server answered with partial data: %1")
                               .arg(printableLine(warnings.first().toString()));
        else if (const QJsonValue data = object.value(QLatin1String("data")); data.isArray())
            answer = seriesOf(data.toArray(), keep);
        else
            answer = samplesOf(data.toObject(), start, keep);
    } else if (status == 401 || status == 403) {
        answer.error = PromClient::tr("the server refused the credentials (HTTP %1).").arg(status);
    } else if (parseError.error != QJsonParseError::NoError || message.isEmpty()) {
        answer.error = PromClient::tr("the server answered HTTP %1: %2")
                           .arg(status)
                           .arg(printableLine(QString::fromUtf8(body.left(200))));
    } else {
        answer.error = PromClient::tr("the server answered HTTP %1: %2").arg(status).arg(message);
        answer.overLimit = isOverLimit(status, message);
    }
    return answer;
}

// Errors a CA file mends: the chain does not end at a certificate the client trusts.
bool isUntrustedIssuer(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

// What is wrong with the server's certificate, whose it is and, where a CA file mends it, what to do.
QString certificateError(const QSslError& error)
{
    const QSslCertificate& certificate = error.certificate();
    const QString what = printableLine(error.errorString());
    const QString subject = printableLine(certificate.subjectDisplayName());
    const QString issuer = printableLine(certificate.issuerDisplayName());
    if (isUntrustedIssuer(error.error()))
        return PromClient::tr("the server's certificate (%1, issued by %2) is not trusted: %3; give its CA's "
                              "certificate as the CA file (--ca-file).")
            .arg(subject, issuer, what);
    return PromClient::tr("the server's certificate (%1, issued by %2) was refused: %3.").arg(subject, issuer, what);
}

QString endpointOf(const PromQuery& query)
{
    if (query.isSeriesLookup())
        return QStringLiteral("/api/v1/series");
    return query.steps > 1 ? QStringLiteral("/api/v1/query_range") : QStringLiteral("/api/v1/query");
}

// Worth asking again: the server or the path to it may recover.
bool isTransient(QNetworkReply* reply, int status)
{
    if (reply->property(kTimedOut).toBool() || status >= 500)
        return true;
    switch (reply->error()) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

} // namespace

PromClient::PromClient(PromImportOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    // Credentials are for the server the user named: a redirect to another scheme, host or port
    // would hand them to a server nobody chose, so with credentials only the same origin is followed.
    m_manager.setRedirectPolicy(m_options.authorization.isEmpty() ? QNetworkRequest::NoLessSafeRedirectPolicy
                                                                  : QNetworkRequest::SameOriginRedirectPolicy);
    if (!m_options.caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_options.caCertificates);
        m_ssl = ssl;
    }
}

Expected<QList<PromAnswer>> PromClient::ask(const QStringList& queries)
{
    QList<PromQuery> instant;
    for (const auto& text : queries)
        instant << PromQuery { text };
    return ask(instant);
}

Expected<QList<PromAnswer>> PromClient::ask(const QList<PromQuery>& queries)
{
    QList<PromAnswer> answers(queries.size());
    if (auto error = ask(queries, [&answers](int index, PromAnswer&& answer) { answers[index] = std::move(answer); }))
        return *error;
    return answers;
}

std::optional<Error> PromClient::ask(const QList<PromQuery>& queries, const AnswerHandler& take)
{
    if (m_cancelled)
        return Error { tr("cancelled."), {}, {} };
    ++m_generation;
    m_queries = queries;
    m_take = &take;
    m_ready.clear();
    for (int i = 0; i < queries.size(); ++i)
        m_ready << Attempt { i, 0 };
    m_remaining = int(queries.size());
    m_failure.clear();
    QEventLoop loop;
    m_loop = &loop;
    QTimer cancelPoll;
    connect(&cancelPoll, &QTimer::timeout, this, [this] {
        if (m_cancelled)
            fail(tr("cancelled."));
    });
    cancelPoll.start(kCancelPollMs);
    pump();
    if (m_remaining > 0 && m_failure.isEmpty())
        loop.exec();
    m_loop = nullptr;
    m_take = nullptr;
    if (!m_failure.isEmpty())
        return Error { m_failure, {}, {} };
    return std::nullopt;
}

void PromClient::pump()
{
    while (m_failure.isEmpty() && !m_ready.isEmpty() && m_inFlight.size() < m_options.maxInFlight)
        send(m_ready.takeFirst());
}

QByteArray PromClient::body(const PromQuery& query) const
{
    // Form-encoded in a POST: a batch's regular expression can be longer than a URL may be.
    const QByteArray at = QByteArray::number(m_options.atSeconds());
    if (query.isSeriesLookup())
        return QByteArray("match[]=") + QUrl::toPercentEncoding(query.text) + QByteArray("&start=")
            + QByteArray::number(m_options.atSeconds() - query.lookupSeconds) + QByteArray("&end=")
            + QByteArray::number(m_options.atSeconds() + 1);
    QByteArray body = QByteArray("query=") + QUrl::toPercentEncoding(query.text);
    if (query.steps <= 1)
        return body + QByteArray("&time=") + at;
    return body + QByteArray("&start=") + at + QByteArray("&end=") + at + '.'
        + QByteArray::number(query.steps - 1).rightJustified(3, '0') + QByteArray("&step=0.001");
}

void PromClient::send(const Attempt& attempt)
{
    QUrl url = m_options.url;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + endpointOf(m_queries.at(attempt.index)));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    if (!m_options.authorization.isEmpty())
        request.setRawHeader("Authorization", m_options.authorization);
    if (!m_options.orgId.isEmpty())
        request.setRawHeader("X-Scope-OrgID", m_options.orgId);
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    ++m_requests;
    QNetworkReply* reply = m_manager.post(request, body(m_queries.at(attempt.index)));
    m_inFlight.insert(reply);
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOut, true);
        reply->abort();
    });
    timer->start(m_options.timeoutMs);
    // Kept for the message: the handshake's failure alone does not say what is wrong with the certificate.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError>& errors) {
        if (!errors.isEmpty())
            reply->setProperty(kSslError, QVariant::fromValue(errors.first()));
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, attempt] { finished(reply, attempt); });
}

void PromClient::finished(QNetworkReply* reply, const Attempt& attempt)
{
    reply->deleteLater();
    if (!m_inFlight.remove(reply) || !m_failure.isEmpty())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    PromAnswer answer;
    if (reply->property(kTimedOut).toBool())
        answer.error = tr("no answer within %1 s.").arg(m_options.timeoutMs / 1000.0);
    else if (const QVariant ssl = reply->property(kSslError); status == 0 && ssl.isValid())
        answer.error = certificateError(ssl.value<QSslError>());
    else if (status == 0)
        answer.error = printableLine(reply->errorString());
    else
        answer = answerOf(status, reply->readAll(), m_options.atSeconds(), m_queries.at(attempt.index).labels);
    if (!answer.ok() && isTransient(reply, status) && attempt.attempt < m_options.retries) {
        const int pause = 250 * (1 << attempt.attempt);
        QTimer::singleShot(pause, this, [this, attempt, generation = m_generation] {
            if (generation != m_generation || !m_failure.isEmpty())
                return;
            m_ready << Attempt { attempt.index, attempt.attempt + 1 };
            pump();
        });
        return;
    }
    const bool refusedOptional = status != 0 && m_queries.at(attempt.index).optional;
    if (!answer.ok() && !answer.overLimit && !refusedOptional)
        return fail(answer.error);
    (*m_take)(attempt.index, std::move(answer));
    if (--m_remaining == 0 && m_loop)
        m_loop->quit();
    pump();
}

void PromClient::cancel()
{
    m_cancelled = true;
    // Queued to the client's own thread, where ask() waits in a local event loop: the replies
    // are aborted there at once, without waiting for the next poll.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_loop)
                fail(tr("cancelled."));
        },
        Qt::QueuedConnection);
}

void PromClient::fail(const QString& message)
{
    if (!m_failure.isEmpty())
        return;
    m_failure = message;
    m_ready.clear();
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (QNetworkReply* reply : inFlight) {
        // Deleting a reply aborts its request (abort() itself would report the failure again,
        // or twice when the answer is already on its way). Deleted now rather than later, so that
        // the connection closes at once: a cancelled ask() returns to no event loop of its own.
        // None of them is emitting: fail() runs for another reply, a timer or a cancel.
        reply->disconnect(this);
        delete reply;
    }
    if (m_loop)
        m_loop->quit();
}

} // namespace headroom
