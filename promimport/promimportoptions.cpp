// SPDX-License-Identifier: Apache-2.0
#include "promimport/promimportoptions.h"

#include "model/quantity.h"

#include <QFile>
#include <QRegularExpression>

namespace headroom {

namespace {

// The first line of a secret file, without the line end: what `echo secret > file` leaves.
Expected<QByteArray> secretFrom(const QString& path, const QString& option)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { PromImportOptions::tr("%1: cannot read %2: %3.").arg(option, path, file.errorString()), {}, {} };
    QByteArray secret = file.readLine(64LL * 1024);
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    if (secret.isEmpty())
        return Error { PromImportOptions::tr("%1: %2 is empty.").arg(option, path), {}, {} };
    return secret;
}

} // namespace

QString PromImportOptions::sourceText() const
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
        .toString();
}

Expected<QString> PromImportOptions::parseSelector(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    if (!trimmed.startsWith(QLatin1Char('{')) || !trimmed.endsWith(QLatin1Char('}'))
        || trimmed.count(QLatin1Char('{')) != 1 || trimmed.count(QLatin1Char('}')) != 1)
        return Error { tr("--selector: '%1' is not a label selector in braces, e.g. {namespace=\"prod\"}.").arg(text),
                       {},
                       {} };
    return trimmed.mid(1, trimmed.size() - 2).trimmed();
}

Expected<QByteArray> PromImportOptions::bearerFrom(const QString& tokenFile)
{
    auto token = secretFrom(tokenFile, QStringLiteral("--token-file"));
    if (!token)
        return token.error();
    return QByteArray("Bearer ") + token.value();
}

Expected<QByteArray> PromImportOptions::basicFrom(const QString& user, const QString& passwordFile)
{
    auto password = secretFrom(passwordFile, QStringLiteral("--password-file"));
    if (!password)
        return password.error();
    return QByteArray("Basic ") + (user.toUtf8() + ':' + password.value()).toBase64();
}

Expected<QList<QSslCertificate>> PromImportOptions::caCertificatesFrom(const QString& path, const QString& field)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("%1: cannot read %2: %3.").arg(field, path, file.errorString()), {}, {} };
    QList<QSslCertificate> certificates = QSslCertificate::fromDevice(&file, QSsl::Pem);
    certificates.removeIf([](const QSslCertificate& c) { return c.isNull(); });
    if (certificates.isEmpty())
        return Error { tr("%1: %2 holds no PEM certificate.").arg(field, path), {}, {} };
    return certificates;
}

std::optional<qint64> PromImportOptions::secondsFrom(const QString& text)
{
    const auto q = Quantity::parse(Dimension::Duration, text);
    if (!q || q->raw() % 1000 != 0)
        return std::nullopt;
    return q->raw() / 1000;
}

QDateTime PromImportOptions::timeFrom(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{1,12}(\\.\\d{1,3})?$"));
    return digits.match(text).hasMatch() ? QDateTime::fromMSecsSinceEpoch(qint64(text.toDouble() * 1000), Qt::UTC)
                                         : QDateTime::fromString(text, Qt::ISODateWithMs);
}

Expected<QByteArray> PromImportOptions::orgIdFrom(const QString& text)
{
    // Mimir's tenant ID characters; a control character or a space would end or split the header.
    static const QRegularExpression tenant(
        QStringLiteral("^[A-Za-z0-9!._*'()-]{1,150}(\\|[A-Za-z0-9!._*'()-]{1,150})*$"));
    if (!tenant.match(text).hasMatch())
        return Error {
            tr("--org-id: '%1' is not a tenant ID (letters, digits and !-_.*'(), several joined by |).").arg(text),
            {},
            {}
        };
    return text.toLatin1();
}

} // namespace headroom
