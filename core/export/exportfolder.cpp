#include "export/exportfolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace headroom {

// The translation context of this file's user-visible messages (docs/TRANSLATIONS.md).
struct ExportWriterText
{
    Q_DECLARE_TR_FUNCTIONS(ExportFolder)
};

namespace {

QString hashOf(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

std::optional<Error> writeAtomically(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Error { ExportWriterText::tr("cannot write: %1.").arg(file.errorString()), {}, { path, 0, 0 } };
    return std::nullopt;
}

} // namespace

Expected<ExportFolderReport> ExportFolder::write(const QString& directory, const QList<ExportFile>& files, bool force)
{
    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory))
        return Error { ExportWriterText::tr("cannot create the output folder."), {}, { directory, 0, 0 } };

    QJsonObject manifest;
    QFile manifestFile(dir.filePath(manifestName()));
    if (manifestFile.open(QIODevice::ReadOnly))
        manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    manifestFile.close();

    ExportFolderReport report;
    for (const auto& f : files) {
        if (f.fileName.contains(QLatin1Char('/')) || f.fileName.startsWith(QLatin1Char('.')))
            return Error { ExportWriterText::tr("'%1' is not a plain file name.").arg(f.fileName), {}, { directory, 0, 0 } };
        const QString path = dir.filePath(f.fileName);
        const QString newHash = hashOf(f.content);
        QFile existing(path);
        if (existing.exists()) {
            if (!existing.open(QIODevice::ReadOnly))
                return Error { ExportWriterText::tr("cannot read the existing file: %1.").arg(existing.errorString()), {},
                               { path, 0, 0 } };
            const QString oldHash = hashOf(existing.readAll());
            existing.close();
            if (oldHash == newHash) {
                report.unchanged << path;
                manifest[f.fileName] = newHash;
                continue;
            }
            // Only what Headroom wrote itself may be replaced without asking.
            const bool ours = manifest.value(f.fileName).toString() == oldHash;
            if (!ours && !force) {
                report.refused << path;
                continue;
            }
        }
        if (auto error = writeAtomically(path, f.content))
            return *error;
        manifest[f.fileName] = newHash;
        report.written << path;
    }
    if (auto error = writeAtomically(dir.filePath(manifestName()), QJsonDocument(manifest).toJson()))
        return *error;
    return report;
}

} // namespace headroom
