// SPDX-License-Identifier: Apache-2.0
#include "promimport/promimportoptions.h"

#include <QFile>

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

} // namespace headroom
