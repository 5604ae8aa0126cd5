// SPDX-License-Identifier: Apache-2.0
#include "export/exportmanifest.h"

#include "export/contenthash.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace headroom {

struct ExportManifestText
{
    Q_DECLARE_TR_FUNCTIONS(ExportFolder)
};

namespace {

constexpr int kFormat = 2;

// 64-bit integers as decimal strings: a JSON number is a double and loses nanoseconds.
QString integerText(qint64 value)
{
    return QString::number(value);
}

std::optional<FileStat> statOf(const QJsonObject& entry)
{
    bool sizeOk = false, mtimeOk = false, inodeOk = false;
    FileStat s;
    s.kind = FileStat::Kind::Regular;
    s.size = entry.value(QLatin1String("size")).toString().toLongLong(&sizeOk);
    s.mtimeNs = entry.value(QLatin1String("mtime")).toString().toLongLong(&mtimeOk);
    s.inode = entry.value(QLatin1String("inode")).toString().toULongLong(&inodeOk);
    if (!sizeOk || !mtimeOk || !inodeOk)
        return std::nullopt;
    return s;
}

} // namespace

Expected<ExportManifest> ExportManifest::read(const QString& path)
{
    ExportManifest manifest;
    QFile file(path);
    if (!file.exists())
        return manifest;
    if (!file.open(QIODevice::ReadOnly))
        return Error { ExportManifestText::tr("cannot read: %1.").arg(file.errorString()), {}, { path, 0, 0 } };
    manifest.m_writtenNs = FileStat::ofDescriptor(file.handle()).mtimeNs;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonValue files = json.value(QLatin1String("files"));
    if (files.isObject())
        manifest.readEntries(files.toObject());
    else
        manifest.readLegacyEntries(json);
    return manifest;
}

void ExportManifest::readEntries(const QJsonObject& files)
{
    m_entries.reserve(files.size());
    for (auto it = files.begin(); it != files.end(); ++it) {
        // An entry of a file that stayed edited or stale since a first-format manifest keeps its SHA-256.
        const QJsonObject entry = it.value().toObject();
        const bool legacy = entry.contains(QLatin1String("sha256"));
        const QJsonValue hash = entry.value(legacy ? QLatin1String("sha256") : QLatin1String("xxh3"));
        m_entries.insert(it.key(), ManifestEntry { hash.toString().toLatin1(), legacy, statOf(entry) });
    }
}

void ExportManifest::readLegacyEntries(const QJsonObject& manifest)
{
    m_entries.reserve(manifest.size());
    for (auto it = manifest.begin(); it != manifest.end(); ++it)
        m_entries.insert(it.key(), ManifestEntry { it.value().toString().toLatin1(), true, std::nullopt });
}

QByteArray ExportManifest::toJson() const
{
    QJsonObject files;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QJsonObject entry;
        entry.insert(it->legacy ? QLatin1String("sha256") : QLatin1String("xxh3"), QString::fromLatin1(it->hash));
        if (it->written) {
            entry.insert(QLatin1String("size"), integerText(it->written->size));
            entry.insert(QLatin1String("mtime"), integerText(it->written->mtimeNs));
            entry.insert(QLatin1String("inode"), integerText(qint64(it->written->inode)));
        }
        files.insert(it.key(), entry);
    }
    QJsonObject manifest;
    manifest.insert(QLatin1String("format"), kFormat);
    manifest.insert(QLatin1String("files"), files);
    return QJsonDocument(manifest).toJson();
}

const ManifestEntry* ExportManifest::entry(const QString& name) const
{
    const auto it = m_entries.constFind(name);
    return it == m_entries.cend() ? nullptr : &it.value();
}

bool ExportManifest::trusts(const ManifestEntry& entry, const FileStat& now) const
{
    return !entry.legacy && entry.written && now.kind == FileStat::Kind::Regular && entry.written->sameFile(now)
        && entry.written->mtimeNs < m_writtenNs;
}

bool ExportManifest::matches(const ManifestEntry& entry, QByteArrayView content)
{
    return entry.hash == (entry.legacy ? ContentHash::sha256(content) : ContentHash::xxh3(content));
}

} // namespace headroom
