// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <optional>

namespace headroom {

// What to ask a Prometheus-compatible server and how. Credentials are read from files into
// `authorization` and never leave this process but as that request header.
struct PromImportOptions
{
    Q_DECLARE_TR_FUNCTIONS(PromImportOptions)

public:
    QUrl url; // the server's base URL (path prefix kept, e.g. /prometheus for Mimir), no userinfo
    QString selector; // label matchers over kube_pod_labels, without braces: namespace="prod"
    qint64 windowSeconds = 14LL * 86400;
    qint64 stepSeconds = 300; // the resolution of the subqueries
    QDateTime at; // the end of the window, UTC
    QByteArray authorization; // the Authorization header, or empty
    QByteArray orgId; // X-Scope-OrgID: the tenant a multi-tenant server (Mimir, Cortex) answers for
    QList<QSslCertificate> caCertificates; // trusted for HTTPS on top of the system's
    int timeoutMs = 30'000; // per request
    int retries = 2; // on a timeout or a 5xx answer, after a growing pause
    int maxInFlight = 4;
    int batchSize = 500; // releases per query before any split

    // The end of the window in whole seconds, as every query is asked: the range queries that
    // share a subquery between figures (PromQueries::stepsOf) rely on it.
    qint64 atSeconds() const { return at.toSecsSinceEpoch(); }
    // The URL as it may be printed or stored: no userinfo, no query, no fragment.
    QString sourceText() const;
    // `{namespace="prod"}` (or an empty text) as matchers for the inside of braces; an error
    // when it is not one selector in braces.
    static Expected<QString> parseSelector(const QString& text);
    // `Bearer <token>` from a file holding only the token.
    static Expected<QByteArray> bearerFrom(const QString& tokenFile);
    // `Basic <base64 user:password>` with the password from a file.
    static Expected<QByteArray> basicFrom(const QString& user, const QString& passwordFile);
    // The PEM certificates of a CA file; an error naming `field` (the option or the dialog's
    // field) when it cannot be read or holds none.
    static Expected<QList<QSslCertificate>> caCertificatesFrom(const QString& path, const QString& field);
    // A whole number of seconds from a duration such as 14d, 36h or 5m.
    static std::optional<qint64> secondsFrom(const QString& text);
    // The end of the window from an ISO 8601 time or Unix seconds; an invalid time otherwise.
    static QDateTime timeFrom(const QString& text);
    // A tenant ID as Mimir accepts it (tenants joined by `|` for a federated query); an error
    // for anything that could not travel as one header line.
    static Expected<QByteArray> orgIdFrom(const QString& text);
};

} // namespace headroom
