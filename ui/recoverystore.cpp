// SPDX-License-Identifier: Apache-2.0
#include "ui/recoverystore.h"

#include "io/planwriter.h"
#include "io/recoveryfile.h"
#include "ui/plandocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace headroom {

namespace {

// QStandardPaths::StateLocation arrived in Qt 6.7; before it, the same XDG rule by hand.
QString stateLocation()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    return QStandardPaths::writableLocation(QStandardPaths::StateLocation);
#else
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (QStandardPaths::isTestModeEnabled())
        base = QDir::homePath() + QStringLiteral("/.qttest/state");
    else if (base.isEmpty() || QDir::isRelativePath(base))
        base = QDir::homePath() + QStringLiteral("/.local/state");
    const QString organization = QCoreApplication::organizationName();
    if (!organization.isEmpty())
        base += QLatin1Char('/') + organization;
    return base + QLatin1Char('/') + QCoreApplication::applicationName();
#endif
}

Error writeError(const QString& path, const QString& why)
{
    return Error { RecoveryStore::tr("cannot write the recovery file: %1").arg(why), {}, { path, 0, 0 } };
}

} // namespace

RecoveryStore::RecoveryStore(PlanDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_path(directory() + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces)
             + QStringLiteral(".recovery"))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, &RecoveryStore::autosave);
    connect(document, &PlanDocument::planChanged, m_timer, qOverload<>(&QTimer::start));
    connect(document, &PlanDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified) {
            m_timer->stop();
            discard();
        }
    });
}

RecoveryStore::~RecoveryStore()
{
    if (!m_document || !m_document->isModified())
        discard();
    if (m_lock)
        m_lock->unlock();
}

QString RecoveryStore::directory()
{
    return stateLocation() + QStringLiteral("/recovery");
}

QString RecoveryStore::lockPathFor(const QString& recoveryFile)
{
    const QString suffix = QStringLiteral(".recovery");
    const QString stem = recoveryFile.endsWith(suffix) ? recoveryFile.chopped(suffix.size()) : recoveryFile;
    return stem + QStringLiteral(".lock");
}

std::optional<Error> RecoveryStore::claim()
{
    if (m_lock)
        return std::nullopt;
    const QString dir = directory();
    if (!QDir().mkpath(dir))
        return writeError(dir, tr("cannot create the folder."));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto lock = std::make_unique<QLockFile>(lockPathFor(m_path));
    lock->setStaleLockTime(0); // only a dead owner's lock is stale, however old
    if (!lock->tryLock(0))
        return writeError(m_path, tr("cannot take its lock."));
    m_lock = std::move(lock);
    return std::nullopt;
}

std::optional<Error> RecoveryStore::writeNow()
{
    m_timer->stop();
    if (!m_document || !m_document->isModified())
        return std::nullopt;
    if (auto error = claim())
        return error;
    RecoveryFile recovery;
    recovery.planPath = m_document->filePath();
    recovery.planName = m_document->plan().name;
    recovery.savedAt = QDateTime::currentDateTimeUtc();
    recovery.planYaml = PlanWriter::toYaml(m_document->plan());
    const QByteArray bytes = recovery.encode();
    // Unbuffered: every write reaches the file system here and its result is checked, rather
    // than a last buffer flushed, unchecked, inside commit().
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return writeError(m_path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return writeError(m_path, why);
    }
    if (!file.commit())
        return writeError(m_path, file.errorString());
    return std::nullopt;
}

void RecoveryStore::autosave()
{
    if (auto error = writeNow())
        emit writeFailed(error->toString());
}

void RecoveryStore::discard()
{
    QFile::remove(m_path);
}

} // namespace headroom
