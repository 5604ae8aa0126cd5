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
};

// The manifest of an export folder (.headroom-export.json): for every file Headroom wrote,
// the hash of its content and the size, mtime and inode it had then. A file whose size,
// mtime and inode still match is trusted without reading it, unless its mtime is not older
// than the manifest's own: an edit within that same timestamp tick would leave the mtime as
// it was (git's "racily clean" files), so such a file is read and hashed. Manifests of the
// first format (a name → SHA-256 map) still read; their files are hashed the first time.
class ExportManifest
{
public:
    // A missing file is an empty manifest; one that does not parse is empty too, so every
    // file it should have listed counts as edited.
    static Expected<ExportManifest> read(const QString& path);
    QByteArray toJson() const;

    const ManifestEntry* entry(const QString& name) const;
    void insert(const QString& name, ManifestEntry entry) { m_entries.insert(name, std::move(entry)); }
    void remove(const QString& name) { m_entries.remove(name); }
    QStringList names() const { return m_entries.keys(); }
    qsizetype size() const { return m_entries.size(); }

    // The file at `now` is, without reading it, what the entry's hash says.
    bool trusts(const ManifestEntry& entry, const FileStat& now) const;
    // `content` is what the entry recorded.
    static bool matches(const ManifestEntry& entry, QByteArrayView content);

private:
    void readEntries(const QJsonObject& files);
    void readLegacyEntries(const QJsonObject& manifest);

    QHash<QString, ManifestEntry> m_entries;
    qint64 m_writtenNs = 0; // the manifest's own mtime: its files' mtimes must be older
};

} // namespace headroom
