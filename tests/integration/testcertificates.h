// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A throw-away certificate authority, a server certificate it signs for 127.0.0.1 and a second
// authority that signed nothing, made by the openssl command in a temporary folder: the keys
// exist only while the object does and are never part of the repository.
class TestCertificates
{
public:
    // Makes them; an error text, or empty.
    QString create();

    QString caFile() const { return path(QStringLiteral("ca.pem")); }
    QString otherCaFile() const { return path(QStringLiteral("other-ca.pem")); }
    QString serverCertificate() const { return path(QStringLiteral("server.pem")); }
    QString serverKey() const { return path(QStringLiteral("server.key")); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    QString openssl(const QStringList& arguments) const;
    QString selfSigned(const QString& name, const QString& commonName) const;

    QTemporaryDir m_dir;
};
