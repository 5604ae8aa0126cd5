// SPDX-License-Identifier: Apache-2.0
#include "export/exportfolder.h"

#include "export/contenthash.h"
#include "export/exportmanifest.h"
#include "export/filestat.h"
#include "export/stagingfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLockFile>
#include <QSet>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <utility>
#include <vector>

namespace headroom {

// The translation context of this file's user-visible messages (docs/TRANSLATIONS.md).
struct ExportWriterText
{
    Q_DECLARE_TR_FUNCTIONS(ExportFolder)
};

namespace {

// Services rendered at a time: enough for every core, few enough that their text stays small.
constexpr qsizetype kRenderBatch = 500;
// How long a second export into the same folder waits for the first to finish.
constexpr int kLockWaitMs = 30'000;
constexpr uint kNewFileMode = 0644;

Error errorAt(const QString& path, const QString& message)
{
    return Error { message, {}, { path, 0, 0 } };
}

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

bool writeAll(int fd, QByteArrayView content)
{
    const char* data = content.data();
    qsizetype left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        left -= n;
    }
    return true;
}

// Writes `content` into a file just created with `mode` and closes it: what it is on disk, or
// the first error (every write is checked, and close(), which reports what a delayed write could
// not do: a full disk, a quota).
Expected<FileStat> fillAndClose(int fd, QByteArrayView content, uint mode, const QString& target)
{
    bool written = writeAll(fd, content);
    const FileStat stat = FileStat::ofDescriptor(fd);
    // Created with the mode already unless the umask took bits away: then set it (one more
    // inode update per file otherwise, which a large export feels).
    if (written && stat.mode != mode)
        written = ::fchmod(fd, mode) == 0; // the ctime changes, not what the manifest records
    const int writeError = errno;
    if (::close(fd) != 0 || !written)
        return errorAt(target,
                       ExportWriterText::tr("cannot write: %1; nothing was replaced.")
                           .arg(systemError(written ? errno : writeError)));
    return stat;
}

// A link is never written through, nor anything but a regular file written over.
std::optional<Error> checkTarget(const QString& path, const FileStat& target)
{
    if (target.kind == FileStat::Kind::Link)
        return errorAt(path,
                       ExportWriterText::tr("is a symbolic link; Headroom does not write through links, "
                                            "remove it or choose another folder."));
    if (target.kind == FileStat::Kind::Other)
        return errorAt(path, ExportWriterText::tr("is not a regular file."));
    return std::nullopt;
}

// A file of a folder Headroom is building (StagingFolder), created under its final name: no
// other file can be there, so nothing is staged beside it.
Expected<FileStat> writeNew(const QDir& dir, const QString& name, QByteArrayView content, const QString& target)
{
    const int fd = ::open(QFile::encodeName(dir.filePath(name)).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                          mode_t(kNewFileMode));
    if (fd < 0)
        return errorAt(target, ExportWriterText::tr("cannot write: %1.").arg(systemError(errno)));
    return fillAndClose(fd, content, kNewFileMode, target);
}

// New content on disk under a temporary name beside its target, renamed over it on commit
// and removed if dropped before. Plain system calls: QTemporaryFile costs about twice as many
// per file (an unnamed file linked in later, lseek, access), which counts at 20,000 files.
class StagedFile
{
public:
    StagedFile(StagedFile&& other) noexcept
        : m_temporary(std::exchange(other.m_temporary, {}))
        , m_target(std::move(other.m_target))
        , m_written(other.m_written)
    {
    }
    StagedFile& operator=(StagedFile&&) = delete;
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;
    ~StagedFile()
    {
        if (!m_temporary.isEmpty())
            ::unlink(m_temporary.constData());
    }

    static Expected<StagedFile> write(const QDir& dir, const QString& target, QByteArrayView content, uint mode)
    {
        StagedFile staged(target);
        const int fd = staged.create(dir, mode);
        if (fd < 0)
            return errorAt(target, ExportWriterText::tr("cannot write: %1.").arg(systemError(errno)));
        auto written = fillAndClose(fd, content, mode, target);
        if (!written)
            return written.error();
        staged.m_written = written.value();
        return staged;
    }

    const FileStat& written() const { return m_written; }

    std::optional<Error> commit()
    {
        if (::rename(m_temporary.constData(), QFile::encodeName(m_target).constData()) != 0)
            return errorAt(m_target, ExportWriterText::tr("cannot replace: %1.").arg(systemError(errno)));
        m_temporary.clear();
        return std::nullopt;
    }

private:
    explicit StagedFile(QString target)
        : m_target(std::move(target))
    {
    }

    // A new file of a name no other file has (another process may stage in the same folder
    // when the lock was broken, or a crash left one behind).
    int create(const QDir& dir, uint mode)
    {
        static std::atomic<unsigned> counter { 0 };
        for (int attempt = 0; attempt < 100; ++attempt) {
            const QString name = QStringLiteral(".headroom-%1-%2.tmp").arg(::getpid()).arg(counter++);
            m_temporary = QFile::encodeName(dir.filePath(name));
            const int fd = ::open(m_temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode));
            if (fd >= 0 || errno != EEXIST) {
                if (fd < 0)
                    m_temporary.clear();
                return fd;
            }
        }
        m_temporary.clear();
        return -1;
    }

    QByteArray m_temporary; // encoded path; empty once renamed or never created
    QString m_target;
    FileStat m_written;
};

// One run of ExportFolder::write: decides, stages every file, then renames them in place. Into
// a folder being built (`fresh`, the hidden folder that becomes `directory`), where nothing
// exists to decide about or replace, it writes each file under its final name.
class FolderWriter
{
public:
    FolderWriter(const QString& directory, const ExportFolderOptions& options, const QDir* fresh = nullptr)
        : m_dir(directory)
        , m_options(options)
        , m_fresh(fresh)
    {
    }

    Expected<ExportFolderReport> run(const QList<ExportFile>& files)
    {
        if (auto error = readManifest())
            return *error;
        if (auto error = decide(files, false))
            return *error;
        return finish();
    }

    // Services whose files are as the manifest recorded them for the same inputs are reported
    // unchanged unrendered; the others are rendered a batch at a time, and each batch is
    // staged and let go before the next, so that a large export never holds all its files.
    Expected<ExportFolderReport> run(const PlanExport& source, std::optional<ExportManifest>& ahead)
    {
        if (auto error = readManifest(ahead))
            return *error;
        const QList<ExportUnit> units = source.units();
        m_units.reserve(units.size());
        for (qsizetype i = 0; i < units.size(); ++i)
            m_units.insert(units[i].service, Unit { i, ManifestService { units[i].inputs, {}, {} } });
        QList<ExportFile> reused;
        QStringList toRender;
        for (const auto& unit : units) {
            if (!reuse(unit, reused))
                toRender << unit.service;
        }
        if (auto error = decide(reused, true))
            return *error;
        for (qsizetype first = 0; first < toRender.size(); first += kRenderBatch) {
            auto files = source.render(toRender.mid(first, kRenderBatch));
            if (!files)
                return files.error();
            if (auto error = decide(files.value(), false))
                return *error;
        }
        m_report.rendered = toRender;
        recordServices();
        inExportOrder();
        return finish();
    }

private:
    // A service of a plan's export: where it stands, and its files as this run finds them.
    struct Unit
    {
        qsizetype index = 0;
        ManifestService record;
    };

    QString manifestPath() const { return m_dir.filePath(ExportFolder::manifestName()); }

    std::optional<Error> readManifest(std::optional<ExportManifest>& ahead)
    {
        if (m_fresh)
            return std::nullopt;
        const FileStat now = FileStat::ofPath(manifestPath());
        if (ahead && ahead->isReadFrom(now)) {
            m_manifest = std::move(*ahead);
            return std::nullopt;
        }
        return readManifest();
    }

    std::optional<Error> readManifest()
    {
        if (m_fresh)
            return std::nullopt;
        auto manifest = ExportManifest::read(manifestPath());
        if (!manifest)
            return manifest.error();
        m_manifest = std::move(manifest).value();
        return checkTarget(manifestPath(), FileStat::ofPath(manifestPath()));
    }

    // Checks the names of `files`, then classifies each (`reused`: found unchanged unrendered).
    std::optional<Error> decide(const QList<ExportFile>& files, bool reused)
    {
        std::vector<FileStat> targets;
        if (auto error = checkNames(files, targets))
            return error;
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (auto error = classify(files[i], targets[size_t(i)], reused))
                return error;
            if (auto unit = m_units.find(files[i].service); unit != m_units.end()) {
                unit->record.files << files[i].fileName;
                unit->record.kinds << files[i].kind;
            }
        }
        return std::nullopt;
    }

    Expected<ExportFolderReport> finish()
    {
        if (m_options.complete) {
            if (auto error = findStale())
                return *error;
        }
        if (m_options.dryRun)
            return m_report;
        if (m_fresh) {
            auto manifest = writeNew(*m_fresh, ExportFolder::manifestName(), m_manifest.toJson(), manifestPath());
            if (!manifest)
                return manifest.error();
            return m_report;
        }
        const FileStat existing = FileStat::ofPath(manifestPath());
        // Nothing to replace, prune or write down: the folder is left exactly as it was.
        if (m_staged.empty() && m_prune.isEmpty() && !m_manifest.changed() && existing.exists())
            return m_report;
        auto staged = StagedFile::write(m_dir, manifestPath(), m_manifest.toJson(),
                                        existing.exists() ? existing.mode : kNewFileMode);
        if (!staged)
            return staged.error();
        return commit(staged.value());
    }

    // The unit's files are all as the manifest recorded them for these very inputs: they are
    // reported unchanged without rendering them (`out` gets them without content).
    bool reuse(const ExportUnit& unit, QList<ExportFile>& out)
    {
        const ManifestService* record = m_manifest.service(unit.service);
        if (!record || record->inputs != unit.inputs)
            return false;
        std::vector<FileStat> stats;
        stats.reserve(size_t(record->files.size()));
        for (const auto& name : record->files) {
            const ManifestEntry* entry = m_manifest.entry(name);
            if (!entry || entry->inputs != unit.inputs)
                return false;
            stats.push_back(FileStat::ofPath(m_dir.filePath(name)));
            if (!isAsRecorded(name, *entry, stats.back()))
                return false;
        }
        for (qsizetype i = 0; i < record->files.size(); ++i) {
            out << ExportFile { record->files[i], {}, unit.service, {}, record->kinds[i] };
            m_reusedStats.insert(record->files[i], stats[size_t(i)]);
        }
        return true;
    }

    // Known from its stat, else read and hashed (then its stat is the one to trust next time).
    bool isAsRecorded(const QString& name, const ManifestEntry& entry, const FileStat& now)
    {
        if (now.kind != FileStat::Kind::Regular)
            return false;
        if (m_manifest.trusts(entry, now))
            return true;
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly) || !ExportManifest::matches(entry, file.readAll()))
            return false; // a file that cannot be read is reported by the render path
        m_manifest.confirm(name, entry.inputs, now);
        return true;
    }

    // The report in PlanExporter::files's order, whatever the batches: by kind, then by
    // service, each service's files as rendered.
    void inExportOrder()
    {
        QHash<QString, std::pair<int, qsizetype>> keyOf; // by path
        for (const auto& unit : std::as_const(m_units)) {
            for (qsizetype i = 0; i < unit.record.files.size(); ++i)
                keyOf.insert(m_dir.filePath(unit.record.files[i]),
                             { PlanExport::rank(unit.record.kinds[i]), unit.index });
        }
        const auto sort = [&](QStringList& paths) {
            std::stable_sort(paths.begin(), paths.end(),
                             [&](const QString& a, const QString& b) { return keyOf.value(a) < keyOf.value(b); });
        };
        sort(m_report.written);
        sort(m_report.unchanged);
        sort(m_report.refused);
    }

    // Every unit's files as this run found or wrote them; a complete export forgets the rest.
    void recordServices()
    {
        if (m_options.complete) {
            const QStringList known = m_manifest.serviceNames();
            for (const auto& name : known) {
                if (!m_units.contains(name))
                    m_manifest.removeService(name);
            }
        }
        for (auto it = m_units.cbegin(); it != m_units.cend(); ++it)
            m_manifest.insertService(it.key(), it->record);
    }

    // Every target is a plain name, written once, and not a link out of the folder.
    std::optional<Error> checkNames(const QList<ExportFile>& files, std::vector<FileStat>& targets)
    {
        m_seen.reserve(m_seen.size() + files.size());
        targets.reserve(size_t(files.size()));
        for (const auto& f : files) {
            if (f.fileName.isEmpty() || f.fileName.contains(QLatin1Char('/'))
                || f.fileName.startsWith(QLatin1Char('.')))
                return errorAt(m_dir.path(), ExportWriterText::tr("'%1' is not a plain file name.").arg(f.fileName));
            if (m_seen.contains(f.fileName))
                return errorAt(m_dir.filePath(f.fileName),
                               ExportWriterText::tr("two files of this export have this name; nothing was written."));
            m_seen.insert(f.fileName);
            const QString path = m_dir.filePath(f.fileName);
            const auto known = m_reusedStats.constFind(f.fileName);
            targets.push_back(known != m_reusedStats.cend() ? *known : m_fresh ? FileStat {} : FileStat::ofPath(path));
            if (auto error = checkTarget(path, targets.back()))
                return error;
        }
        return std::nullopt;
    }

    static std::optional<QByteArray> readExisting(const QString& path, std::optional<Error>& error)
    {
        QFile existing(path);
        if (!existing.open(QIODevice::ReadOnly)) {
            error
                = errorAt(path, ExportWriterText::tr("cannot read the existing file: %1.").arg(existing.errorString()));
            return std::nullopt;
        }
        return existing.readAll();
    }

    // The file is as Headroom last wrote it: known from its stat, else read and hashed.
    std::optional<Error> isAsWritten(const QString& name, const FileStat& now, bool& asWritten) const
    {
        const ManifestEntry* recorded = m_manifest.entry(name);
        asWritten = false;
        if (!recorded)
            return std::nullopt;
        if (m_manifest.trusts(*recorded, now)) {
            asWritten = true;
            return std::nullopt;
        }
        std::optional<Error> error;
        const auto content = readExisting(m_dir.filePath(name), error);
        asWritten = content && ExportManifest::matches(*recorded, *content);
        return error;
    }

    std::optional<Error> classify(const ExportFile& f, const FileStat& now, bool reused)
    {
        const QString path = m_dir.filePath(f.fileName);
        if (reused) {
            m_report.unchanged << path;
            return std::nullopt;
        }
        const auto unit = m_units.constFind(f.service);
        const QByteArray inputs = unit == m_units.cend() ? QByteArray() : unit->record.inputs;
        const QByteArray newHash = ContentHash::xxh3(f.content);
        if (now.exists()) {
            const ManifestEntry* recorded = m_manifest.entry(f.fileName);
            if (recorded && m_manifest.trusts(*recorded, now)) {
                if (now.size == f.content.size() && recorded->hash == newHash) {
                    m_report.unchanged << path;
                    if (!inputs.isEmpty())
                        m_manifest.confirm(f.fileName, inputs);
                    return std::nullopt;
                }
            } else {
                std::optional<Error> error;
                const auto old = readExisting(path, error);
                if (error)
                    return error;
                if (*old == f.content) {
                    m_report.unchanged << path;
                    m_manifest.insert(f.fileName, ManifestEntry { newHash, false, now, inputs });
                    return std::nullopt;
                }
                // Only what Headroom wrote itself may be replaced without asking.
                if (!(recorded && ExportManifest::matches(*recorded, *old)) && !m_options.force) {
                    m_report.refused << path;
                    return std::nullopt;
                }
            }
        }
        return stage(f, now, newHash, inputs);
    }

    std::optional<Error> stage(const ExportFile& f, const FileStat& now, const QByteArray& newHash,
                               const QByteArray& inputs)
    {
        const QString path = m_dir.filePath(f.fileName);
        FileStat written;
        if (m_fresh) {
            auto created = writeNew(*m_fresh, f.fileName, f.content, path);
            if (!created)
                return created.error();
            written = created.value();
        } else if (!m_options.dryRun) {
            auto staged = StagedFile::write(m_dir, path, f.content, now.exists() ? now.mode : kNewFileMode);
            if (!staged)
                return staged.error();
            written = staged->written();
            m_staged.push_back(std::move(staged.value()));
        }
        m_manifest.insert(f.fileName, ManifestEntry { newHash, false, written, inputs });
        m_report.written << path;
        return std::nullopt;
    }

    // Files the manifest names that this run does not write: listed, removed only on request
    // and only as Headroom wrote them. One that is gone already leaves the manifest.
    std::optional<Error> findStale()
    {
        const QStringList names = m_manifest.names();
        for (const auto& name : names) {
            if (m_seen.contains(name))
                continue;
            const QString path = m_dir.filePath(name);
            const FileStat now = FileStat::ofPath(path);
            if (!now.exists()) {
                m_manifest.remove(name);
                continue;
            }
            bool asWritten = false;
            if (m_options.prune && now.kind == FileStat::Kind::Regular) {
                if (auto error = isAsWritten(name, now, asWritten))
                    return error;
            }
            if (asWritten) {
                m_prune << path;
                m_manifest.remove(name);
            } else {
                m_report.stale << path;
            }
        }
        return std::nullopt;
    }

    // Renames every staged file over its target, then the manifest that records them.
    Expected<ExportFolderReport> commit(StagedFile& manifest)
    {
        for (auto& staged : m_staged) {
            if (auto error = staged.commit())
                return *error;
        }
        removePruned();
        if (auto error = manifest.commit())
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
    const QDir* m_fresh = nullptr;
    ExportManifest m_manifest;
    ExportFolderReport m_report;
    std::vector<StagedFile> m_staged;
    QStringList m_prune;
    QSet<QString> m_seen; // every file name of this run
    QHash<QString, Unit> m_units; // by service, for a plan's export
    QHash<QString, FileStat> m_reusedStats; // by file name, the lstat that found them unchanged
};

} // namespace

namespace {

// Runs `write` with the folder created and locked.
template <typename Write> Expected<ExportFolderReport> inLockedFolder(const QString& directory, Write&& write)
{
    if (!QDir(directory).exists() && !QDir().mkpath(directory))
        return errorAt(directory, ExportWriterText::tr("cannot create the output folder."));
    const QString lockPath = QDir(directory).filePath(ExportFolder::lockName());
    // QLockFile reads through a link and, finding no lock it knows in its target, waits and
    // blames another export: name the link for what it is instead.
    if (auto error = checkTarget(lockPath, FileStat::ofPath(lockPath)))
        return *error;
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0); // a live owner keeps its lock however long it writes; a dead one loses it
    if (!lock.tryLock(kLockWaitMs))
        return errorAt(directory,
                       lock.error() == QLockFile::LockFailedError
                           ? ExportWriterText::tr("another export is writing into this folder.")
                           : ExportWriterText::tr("cannot lock the output folder."));
    return write();
}

// Runs `run` on a FolderWriter: into a new or empty folder built beside it and renamed into
// place whole, else into the folder itself, locked.
template <typename Run>
Expected<ExportFolderReport> writeFolder(const QString& directory, const ExportFolderOptions& options, Run&& run)
{
    if (!options.dryRun && StagingFolder::fits(directory)) {
        if (const auto staging = StagingFolder::create(directory)) {
            FolderWriter writer(directory, options, &staging->dir());
            auto report = run(writer);
            if (!report)
                return report;
            if (auto error = staging->moveIntoPlace())
                return *error;
            return report;
        }
    }
    return inLockedFolder(directory, [&] {
        FolderWriter writer(directory, options);
        return run(writer);
    });
}

} // namespace

Expected<ExportFolderReport> ExportFolder::write(const QString& directory, const QList<ExportFile>& files,
                                                 const ExportFolderOptions& options)
{
    return writeFolder(directory, options, [&](FolderWriter& writer) { return writer.run(files); });
}

Expected<ExportFolderReport> ExportFolder::write(const QString& directory, const PlanExport& source,
                                                 const ExportFolderOptions& options,
                                                 std::optional<ExportManifest> ahead)
{
    if (auto error = source.check())
        return *error;
    return writeFolder(directory, options, [&](FolderWriter& writer) { return writer.run(source, ahead); });
}

std::optional<ExportManifest> ExportFolder::readManifestAhead(const QString& directory)
{
    const QString path = QDir(directory).filePath(manifestName());
    // Never opened otherwise: a link or a FIFO is refused once the folder is locked.
    if (FileStat::ofPath(path).kind != FileStat::Kind::Regular)
        return std::nullopt;
    auto manifest = ExportManifest::read(path);
    if (!manifest)
        return std::nullopt; // the locked read reports it
    return std::move(manifest).value();
}

} // namespace headroom
