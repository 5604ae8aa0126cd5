// SPDX-License-Identifier: Apache-2.0
#include "testcertificates.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace {

// P-256 keys: quick to make, and every TLS stack of the tests speaks them.
const QStringList kNewKey { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes") };

} // namespace

QString TestCertificates::openssl(const QStringList& arguments) const
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (program.isEmpty())
        return QStringLiteral("the openssl command is not installed (Debian's openssl; scripts/setup.sh)");
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2")
            .arg(arguments.first(), QString::fromUtf8(process.readAllStandardError()));
    return {};
}

QString TestCertificates::selfSigned(const QString& name, const QString& commonName) const
{
    return openssl(QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + kNewKey
                   + QStringList { QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                                   name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=%1").arg(commonName) });
}

QString TestCertificates::create()
{
    if (!m_dir.isValid())
        return QStringLiteral("cannot make a temporary folder");
    QFile extensions(path(QStringLiteral("server.ext")));
    if (!extensions.open(QIODevice::WriteOnly) || extensions.write("subjectAltName=IP:127.0.0.1\n") < 0)
        return QStringLiteral("cannot write %1").arg(extensions.fileName());
    extensions.close();
    for (const QString& error :
         { selfSigned(QStringLiteral("ca"), QStringLiteral("Headroom test CA")),
           selfSigned(QStringLiteral("other-ca"), QStringLiteral("Another test CA")),
           openssl(QStringList { QStringLiteral("req") } + kNewKey
                   + QStringList { QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                                   QStringLiteral("server.csr"), QStringLiteral("-subj"),
                                   QStringLiteral("/CN=127.0.0.1") }),
           openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                     QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                     QStringLiteral("server.ext"), QStringLiteral("-out"), QStringLiteral("server.pem") }) }) {
        if (!error.isEmpty())
            return error;
    }
    return {};
}
