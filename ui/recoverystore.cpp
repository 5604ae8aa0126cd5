#include "ui/recoverystore.h"

#include "ui/plandocument.h"
#include "io/planloader.h"
#include "io/planwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

namespace headroom {

namespace {
const QByteArray marker = QByteArrayLiteral("# headroom-recovery: ");
}

RecoveryStore::RecoveryStore(PlanDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_planPath(document->filePath())
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, &RecoveryStore::writeNow);
    connect(document, &PlanDocument::planChanged, m_timer, qOverload<>(&QTimer::start));
    connect(document, &PlanDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified) {
            m_timer->stop();
            discard();
        }
    });
    connect(document, &PlanDocument::filePathChanged, this, [this](const QString& path) {
        m_planPath = path;
        m_timer->start();
    });
}

RecoveryStore::~RecoveryStore()
{
    // A clean close: nothing to recover next time.
    discard();
}

QString RecoveryStore::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryStore::recoveryPath(const QString& planPath)
{
    const QByteArray key = planPath.isEmpty() ? QByteArrayLiteral("untitled") : planPath.toUtf8();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    return directory() + QLatin1Char('/') + hash + QStringLiteral(".yaml");
}

bool RecoveryStore::hasRecovery(const QString& planPath)
{
    return QFile::exists(recoveryPath(planPath));
}

QString RecoveryStore::originalPath(const QString& recoveryFile)
{
    QFile f(recoveryFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray first = f.readLine().trimmed();
    return first.startsWith(marker.trimmed()) ? QString::fromUtf8(first.mid(marker.size())) : QString();
}

bool RecoveryStore::writeNow()
{
    m_timer->stop();
    if (!m_document->isModified())
        return false;
    if (!QDir().mkpath(directory()))
        return false;
    QSaveFile file(recoveryPath(m_planPath));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(marker + m_document->filePath().toUtf8() + '\n');
    file.write(PlanWriter::toYaml(m_document->plan()));
    return file.commit();
}

void RecoveryStore::discard() const
{
    QFile::remove(recoveryPath(m_planPath));
}

std::optional<Error> RecoveryStore::restore(const QString& planPath)
{
    const QString path = recoveryPath(planPath);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error { tr("Cannot read the recovery file %1: %2").arg(path, f.errorString()), {}, {} };
    PlanLoader loader(m_document->baseCatalog());
    auto recovered = loader.load(f.readAll(), path);
    if (!recovered)
        return recovered.error();
    Plan before = m_document->plan();
    if (recovered.value() == before)
        return std::nullopt;
    m_document->undoStack()->push(
        new ReplacePlanCommand(m_document, before, recovered.value(), tr("Restore unsaved changes")));
    return std::nullopt;
}

} // namespace headroom
