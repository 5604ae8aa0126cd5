// SPDX-License-Identifier: Apache-2.0
#include "export/exportfolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>
#include <QTemporaryFile>

#include <filesystem>
#include <memory>
#include <vector>

namespace headroom {

// The translation context of this file's user-visible messages (docs/TRANSLATIONS.md).
struct ExportWriterText
{
    Q_DECLARE_TR_FUNCTIONS(ExportFolder)
};

namespace {

// How long a second export into the same folder waits for the first to finish.
constexpr int kLockWaitMs = 30'000;

QString hashOf(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Error errorAt(const QString& path, const QString& message)
{
    return Error { message, {}, { path, 0, 0 } };
}

// New content on disk under a temporary name beside its target, renamed over it on commit.
struct StagedFile
{
    std::unique_ptr<QTemporaryFile> temporary;
    QString target;
};

// One run of ExportFolder::write: decides, stages every file, then renames them in place.
class FolderWriter
{
public:
    FolderWriter(const QString& directory, const ExportFolderOptions& options)
        : m_dir(directory)
        , m_options(options)
    {
    }

    Expected<ExportFolderReport> run(const QList<ExportFile>& files)
    {
        if (auto error = checkNames(files))
            return *error;
        if (auto error = readManifest())
            return *error;
        for (const auto& f : files) {
            if (auto error = classify(f))
                return *error;
        }
        if (m_options.complete) {
            if (auto error = findStale(files))
                return *error;
        }
        if (m_options.dryRun)
            return m_report;
        auto manifest = stage(manifestPath(), manifestJson());
        if (!manifest)
            return manifest.error();
        return commit(manifest.value());
    }

private:
    QString manifestPath() const { return m_dir.filePath(ExportFolder::manifestName()); }

    // Every target is a plain name, written once, and not a link out of the folder.
    std::optional<Error> checkNames(const QList<ExportFile>& files) const
    {
        QSet<QString> seen;
        seen.reserve(files.size());
        for (const auto& f : files) {
            if (f.fileName.isEmpty() || f.fileName.contains(QLatin1Char('/'))
                || f.fileName.startsWith(QLatin1Char('.')))
                return errorAt(m_dir.path(), ExportWriterText::tr("'%1' is not a plain file name.").arg(f.fileName));
            if (seen.contains(f.fileName))
                return errorAt(m_dir.filePath(f.fileName),
                               ExportWriterText::tr("two files of this export have this name; nothing was written."));
            seen.insert(f.fileName);
            if (auto error = checkTarget(m_dir.filePath(f.fileName)))
                return error;
        }
        return checkTarget(manifestPath());
    }

    static std::optional<Error> checkTarget(const QString& path)
    {
        const QFileInfo info(path);
        if (info.isSymLink())
            return errorAt(path,
                           ExportWriterText::tr("is a symbolic link; Headroom does not write through links, "
                                                "remove it or choose another folder."));
        if (info.exists() && !info.isFile())
            return errorAt(path, ExportWriterText::tr("is not a regular file."));
        return std::nullopt;
    }

    std::optional<Error> readManifest()
    {
        QFile file(manifestPath());
        if (!file.exists())
            return std::nullopt;
        if (!file.open(QIODevice::ReadOnly))
            return errorAt(file.fileName(), ExportWriterText::tr("cannot read: %1.").arg(file.errorString()));
        const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
        m_manifest.reserve(manifest.size());
        for (auto it = manifest.begin(); it != manifest.end(); ++it)
            m_manifest.insert(it.key(), it.value().toString());
        return std::nullopt;
    }

    static std::optional<QByteArray> readExisting(const QString& path, std::optional<Error>& error)
    {
        QFile existing(path);
        if (!existing.exists())
            return std::nullopt;
        if (!existing.open(QIODevice::ReadOnly)) {
            error
                = errorAt(path, ExportWriterText::tr("cannot read the existing file: %1.").arg(existing.errorString()));
            return std::nullopt;
        }
        return existing.readAll();
    }

    std::optional<Error> classify(const ExportFile& f)
    {
        const QString path = m_dir.filePath(f.fileName);
        const QString newHash = hashOf(f.content);
        std::optional<Error> error;
        const auto old = readExisting(path, error);
        if (error)
            return error;
        if (old && *old == f.content) {
            m_report.unchanged << path;
            m_manifest.insert(f.fileName, newHash);
            return std::nullopt;
        }
        // Only what Headroom wrote itself may be replaced without asking.
        if (old && m_manifest.value(f.fileName) != hashOf(*old) && !m_options.force) {
            m_report.refused << path;
            return std::nullopt;
        }
        if (!m_options.dryRun) {
            auto staged = stage(path, f.content);
            if (!staged)
                return staged.error();
            m_staged.push_back(std::move(staged.value()));
        }
        m_manifest.insert(f.fileName, newHash);
        m_report.written << path;
        return std::nullopt;
    }

    // Files the manifest names that this run does not write: listed, removed only on request
    // and only as Headroom wrote them. One that is gone already leaves the manifest.
    std::optional<Error> findStale(const QList<ExportFile>& files)
    {
        QSet<QString> current;
        current.reserve(files.size());
        for (const auto& f : files)
            current.insert(f.fileName);
        const QStringList names = m_manifest.keys();
        for (const auto& name : names) {
            if (current.contains(name))
                continue;
            const QString path = m_dir.filePath(name);
            const QFileInfo info(path);
            if (!info.exists() && !info.isSymLink()) {
                m_manifest.remove(name);
                continue;
            }
            std::optional<Error> error;
            const auto content = info.isSymLink() ? std::nullopt : readExisting(path, error);
            if (error)
                return error;
            if (m_options.prune && content && hashOf(*content) == m_manifest.value(name)) {
                m_prune << path;
                m_manifest.remove(name);
            } else {
                m_report.stale << path;
            }
        }
        return std::nullopt;
    }

    QByteArray manifestJson() const
    {
        QJsonObject manifest;
        for (auto it = m_manifest.cbegin(); it != m_manifest.cend(); ++it)
            manifest.insert(it.key(), it.value());
        return QJsonDocument(manifest).toJson();
    }

    Expected<StagedFile> stage(const QString& target, const QByteArray& content)
    {
        auto temporary = std::make_unique<QTemporaryFile>(m_dir.filePath(QStringLiteral(".headroom-XXXXXX.tmp")));
        if (!temporary->open())
            return errorAt(target, ExportWriterText::tr("cannot write: %1.").arg(temporary->errorString()));
        const bool written = temporary->write(content) == content.size() && temporary->flush();
        temporary->close();
        if (!written || temporary->error() != QFileDevice::NoError)
            return errorAt(
                target, ExportWriterText::tr("cannot write: %1; nothing was replaced.").arg(temporary->errorString()));
        const QFileInfo existing(target);
        temporary->setPermissions(existing.exists() ? existing.permissions()
                                                    : QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        return StagedFile { std::move(temporary), target };
    }

    static std::optional<Error> rename(StagedFile& staged)
    {
        std::error_code ec;
        std::filesystem::rename(staged.temporary->fileName().toStdString(), staged.target.toStdString(), ec);
        if (ec)
            return errorAt(staged.target,
                           ExportWriterText::tr("cannot replace: %1.").arg(QString::fromStdString(ec.message())));
        staged.temporary->setAutoRemove(false);
        return std::nullopt;
    }

    // Renames every staged file over its target, then the manifest that records them.
    Expected<ExportFolderReport> commit(StagedFile& manifest)
    {
        for (auto& staged : m_staged) {
            if (auto error = rename(staged))
                return *error;
        }
        removePruned();
        if (auto error = rename(manifest))
            return *error;
        return m_report;
    }

    void removePruned()
    {
        for (const auto& path : std::as_const(m_prune)) {
            if (QFile::remove(path))
                m_report.pruned << path;
            else
                m_report.stale << path;
        }
    }

    QDir m_dir;
    ExportFolderOptions m_options;
    QHash<QString, QString> m_manifest; // file name → SHA-256 of what Headroom wrote
    ExportFolderReport m_report;
    std::vector<StagedFile> m_staged;
    QStringList m_prune;
};

} // namespace

Expected<ExportFolderReport> ExportFolder::write(const QString& directory, const QList<ExportFile>& files,
                                                 const ExportFolderOptions& options)
{
    if (!QDir(directory).exists() && !QDir().mkpath(directory))
        return errorAt(directory, ExportWriterText::tr("cannot create the output folder."));
    QLockFile lock(QDir(directory).filePath(lockName()));
    lock.setStaleLockTime(0); // a live owner keeps its lock however long it writes; a dead one loses it
    if (!lock.tryLock(kLockWaitMs))
        return errorAt(directory,
                       lock.error() == QLockFile::LockFailedError
                           ? ExportWriterText::tr("another export is writing into this folder.")
                           : ExportWriterText::tr("cannot lock the output folder."));
    return FolderWriter(directory, options).run(files);
}

} // namespace headroom
