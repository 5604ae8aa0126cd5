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

// What one write needs, taken on the GUI thread and written on any.
struct Snapshot
{
    QString path;
    RecoveryFile header; // without the YAML, which write() makes
    Plan plan;
};

Snapshot snapshotOf(const PlanDocument& document, const QString& path)
{
    Snapshot snapshot { path, {}, document.plan() };
    snapshot.header.planPath = document.filePath();
    snapshot.header.planName = document.plan().name;
    snapshot.header.savedAt = QDateTime::currentDateTimeUtc();
    return snapshot;
}

std::optional<Error> write(Snapshot snapshot)
{
    const QString& path = snapshot.path;
    snapshot.header.planYaml = PlanWriter::toYaml(snapshot.plan);
    const QByteArray bytes = snapshot.header.encode();
    // Unbuffered: every write reaches the file system here and its result is checked, rather
    // than a last buffer flushed, unchecked, inside commit().
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return writeError(path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return writeError(path, why);
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return std::nullopt;
}

} // namespace

RecoveryStore::RecoveryStore(PlanDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_path(directory() + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces)
             + QStringLiteral(".recovery"))
{
    m_writer.setMaxThreadCount(1);
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
    // The write in flight lands whole; one that came due behind it is written now.
    m_writer.waitForDone();
    if (m_pending)
        writeNow();
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
    m_pending = false; // this write is newer than the one that was due
    m_writer.waitForDone(); // and lands after the one in flight
    if (!m_document || !m_document->isModified())
        return std::nullopt;
    if (auto error = claim())
        return error;
    return write(snapshotOf(*m_document, m_path));
}

void RecoveryStore::autosave()
{
    m_timer->stop();
    if (m_writing) {
        m_pending = true;
        return;
    }
    m_pending = false;
    if (!m_document || !m_document->isModified())
        return;
    if (auto error = claim()) {
        emit writeFailed(error->toString());
        return;
    }
    m_writing = true;
    m_writer.start([this, snapshot = snapshotOf(*m_document, m_path)]() mutable {
        const std::optional<Error> error = write(std::move(snapshot));
        // Queued to this object: dropped if it is gone, which it cannot be before this returns
        // (the destructor waits for the writer).
        QMetaObject::invokeMethod(
            this, [this, error] { finishWrite(error); }, Qt::QueuedConnection);
    });
}

void RecoveryStore::finishWrite(const std::optional<Error>& error)
{
    m_writing = false;
    if (error)
        emit writeFailed(error->toString());
    else
        emit written();
    if (m_pending)
        autosave();
}

void RecoveryStore::discard()
{
    m_pending = false;
    m_writer.waitForDone(); // a write under way does not bring the file back
    QFile::remove(m_path);
}

} // namespace headroom
