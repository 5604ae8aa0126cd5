// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/filestat.h"
#include "model/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace headroom {

// What an export folder's manifest remembers of one file Headroom wrote.
struct ManifestEntry
{
    QByteArray hash; // hex digits of ContentHash::xxh3, or of sha256 when `legacy`
    bool legacy = false; // read from a manifest of the first format (SHA-256, no stat)
    std::optional<FileStat> written; // size, mtime and inode right after the write
    // ExportInputHash of what the file was rendered from; empty when it was written from its
    // bytes alone (a selection of files), which never lets a render be skipped.
    QByteArray inputs;
};

// What the manifest remembers of a service whose files were all rendered or found unchanged
// in one run: its input hash and every file it exports, so that an unchanged service is known
// to be complete without rendering it.
struct ManifestService
{
    QByteArray inputs; // ExportInputHash
    QStringList files; // in the order the exporter writes them
    QStringList kinds; // ExportFile::kind of each
    friend bool operator==(const ManifestService&, const ManifestService&) = default;
};

// The manifest of an export folder (.headroom-export.json): for every file Headroom wrote,
// the hash of its content and the size, mtime and inode it had then. A file whose size,
// mtime and inode still match is trusted without reading it, unless its mtime is not older
// than the manifest's own: an edit within that same timestamp tick would leave the mtime as
// it was (git's "racily clean" files), so such a file is read and hashed. Manifests of the
// first format (a name → SHA-256 map) still read; their files are hashed the first time.
// Since the third format, entries also carry the input hash they were rendered from, and
// the manifest lists each service's files (ManifestService); older manifests lack both,
// so every service of theirs is rendered once.
class ExportManifest
{
public:
    // A missing file is an empty manifest; one that does not parse is empty too, so every
    // file it should have listed counts as edited.
    static Expected<ExportManifest> read(const QString& path);
    QByteArray toJson() const;

    const ManifestEntry* entry(const QString& name) const;
    void insert(const QString& name, ManifestEntry entry)
    {
        m_entries.insert(name, std::move(entry));
        m_changed = true;
    }
    // The entry of `name` as found again: its input hash, and the stat it was read and hashed at.
    void confirm(const QString& name, const QByteArray& inputs, const std::optional<FileStat>& now = std::nullopt);
    void remove(const QString& name) { m_changed |= m_entries.remove(name); }
    QStringList names() const { return m_entries.keys(); }
    qsizetype size() const { return m_entries.size(); }

    const ManifestService* service(const QString& name) const;
    void insertService(const QString& name, ManifestService service);
    void removeService(const QString& name) { m_changed |= m_services.remove(name); }
    // Something was inserted, removed or confirmed otherwise since it was read: an unchanged
    // manifest need not be written again.
    bool changed() const { return m_changed; }
    QStringList serviceNames() const { return m_services.keys(); }

    // The manifest file at `now` is the one this was read from (read ahead of the folder's
    // lock, it is used only if nobody wrote it since).
    bool isReadFrom(const FileStat& now) const
    {
        return m_read.exists() && now.kind == FileStat::Kind::Regular && m_read.sameFile(now);
    }

    // The file at `now` is, without reading it, what the entry's hash says.
    bool trusts(const ManifestEntry& entry, const FileStat& now) const;
    // `content` is what the entry recorded.
    static bool matches(const ManifestEntry& entry, QByteArrayView content);

private:
    void readEntries(const QJsonObject& files);
    void readLegacyEntries(const QJsonObject& manifest);
    void readServices(const QJsonObject& services);

    QHash<QString, ManifestEntry> m_entries;
    QHash<QString, ManifestService> m_services;
    // The manifest file it was read from; its mtime is what its files' mtimes must be older than.
    FileStat m_read;
    bool m_changed = false;
};

} // namespace headroom
