// SPDX-License-Identifier: Apache-2.0
#include "export/exportmanifest.h"

#include "export/contenthash.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace headroom {

struct ExportManifestText
{
    Q_DECLARE_TR_FUNCTIONS(ExportFolder)
};

namespace {

constexpr int kFormat = 3;

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

// JSON text written in order, one member of the manifest's objects a line.
class JsonText
{
public:
    JsonText() { m_text.reserve(1 << 20); }
    void open(char bracket)
    {
        separate();
        m_text += bracket;
        m_first = true;
        ++m_depth;
    }
    void close(char bracket)
    {
        --m_depth;
        if (!m_first)
            newline();
        m_text += bracket;
        m_first = false;
        if (m_depth == 0)
            m_text += '\n';
    }
    JsonText& key(const QString& name)
    {
        separate();
        quoted(name);
        m_text += ": ";
        m_afterKey = true;
        return *this;
    }
    void string(const QString& value)
    {
        separate();
        quoted(value);
    }
    void latin1(const QByteArray& value) { string(QString::fromLatin1(value)); }
    void number(int value) { item(QByteArray::number(value)); }
    void strings(const QStringList& values)
    {
        separate();
        m_text += '[';
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_text += ", ";
            quoted(values[i]);
        }
        m_text += ']';
    }
    QByteArray text() const { return m_text; }

private:
    void item(const QByteArray& raw)
    {
        separate();
        m_text += raw;
    }
    // A comma and a new line before every member but the first, nothing after a key.
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_depth > 0) {
            if (!m_first)
                m_text += ',';
            newline();
        }
        m_first = false;
    }
    void newline()
    {
        m_text += '\n';
        m_text.append(QByteArray(4 * m_depth, ' '));
    }
    void quoted(const QString& value)
    {
        m_text += '"';
        const QByteArray utf8 = value.toUtf8();
        for (const char c : utf8) {
            if (c == '"' || c == '\\') {
                m_text += '\\';
                m_text += c;
            } else if (uchar(c) < 0x20) {
                m_text += QByteArray("\\u00") + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            } else {
                m_text += c;
            }
        }
        m_text += '"';
    }

    QByteArray m_text;
    int m_depth = 0;
    bool m_first = true;
    bool m_afterKey = false;
};

// A name Headroom gives an exported file: one file right in the folder, not hidden (the
// manifest and the lock are), without control characters. The manifest comes with the folder,
// which may come from anyone (a repository, an archive): an entry that names anything else was
// not written by Headroom and is dropped, so that neither the list of stale files nor --prune
// reaches outside the folder.
bool isExportedFileName(const QString& name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')) || name.contains(QLatin1Char('/')))
        return false;
    return std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

QStringList stringsOf(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const auto& item : array)
        out << item.toString();
    return out;
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
    manifest.m_read = FileStat::ofDescriptor(file.handle());
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonValue files = json.value(QLatin1String("files"));
    if (files.isObject())
        manifest.readEntries(files.toObject());
    else
        manifest.readLegacyEntries(json);
    manifest.readServices(json.value(QLatin1String("services")).toObject());
    return manifest;
}

void ExportManifest::readEntries(const QJsonObject& files)
{
    m_entries.reserve(files.size());
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (!isExportedFileName(it.key()))
            continue;
        // An entry of a file that stayed edited or stale since a first-format manifest keeps its SHA-256.
        const QJsonObject entry = it.value().toObject();
        const bool legacy = entry.contains(QLatin1String("sha256"));
        const QJsonValue hash = entry.value(legacy ? QLatin1String("sha256") : QLatin1String("xxh3"));
        m_entries.insert(it.key(),
                         ManifestEntry { hash.toString().toLatin1(), legacy, statOf(entry),
                                         entry.value(QLatin1String("inputs")).toString().toLatin1() });
    }
}

void ExportManifest::readServices(const QJsonObject& services)
{
    m_services.reserve(services.size());
    for (auto it = services.begin(); it != services.end(); ++it) {
        const QJsonObject service = it.value().toObject();
        ManifestService record { service.value(QLatin1String("inputs")).toString().toLatin1(),
                                 stringsOf(service.value(QLatin1String("files"))),
                                 stringsOf(service.value(QLatin1String("kinds"))) };
        // A record that does not parse whole is dropped: its service is rendered again.
        if (!record.inputs.isEmpty() && record.files.size() == record.kinds.size()
            && std::all_of(record.files.cbegin(), record.files.cend(), isExportedFileName))
            m_services.insert(it.key(), std::move(record));
    }
}

void ExportManifest::readLegacyEntries(const QJsonObject& manifest)
{
    m_entries.reserve(manifest.size());
    for (auto it = manifest.begin(); it != manifest.end(); ++it) {
        if (isExportedFileName(it.key()))
            m_entries.insert(it.key(), ManifestEntry { it.value().toString().toLatin1(), true, std::nullopt, {} });
    }
}

QByteArray ExportManifest::toJson() const
{
    // Written by hand, keys sorted as QJsonDocument sorts them: building a QJsonObject of tens
    // of thousands of entries inserts each into a sorted array, most of a large export's time.
    JsonText json;
    json.open('{');
    json.key(QStringLiteral("files"));
    json.open('{');
    QStringList names = m_entries.keys();
    names.sort();
    for (const auto& name : std::as_const(names)) {
        const ManifestEntry& e = m_entries[name];
        json.key(name);
        json.open('{');
        if (e.written)
            json.key(QStringLiteral("inode")).string(integerText(qint64(e.written->inode)));
        if (!e.inputs.isEmpty())
            json.key(QStringLiteral("inputs")).latin1(e.inputs);
        if (e.written) {
            json.key(QStringLiteral("mtime")).string(integerText(e.written->mtimeNs));
            json.key(QStringLiteral("size")).string(integerText(e.written->size));
        }
        json.key(e.legacy ? QStringLiteral("sha256") : QStringLiteral("xxh3")).latin1(e.hash);
        json.close('}');
    }
    json.close('}');
    json.key(QStringLiteral("format")).number(kFormat);
    json.key(QStringLiteral("services"));
    json.open('{');
    QStringList services = m_services.keys();
    services.sort();
    for (const auto& name : std::as_const(services)) {
        const ManifestService& service = m_services[name];
        json.key(name);
        json.open('{');
        json.key(QStringLiteral("files")).strings(service.files);
        json.key(QStringLiteral("inputs")).latin1(service.inputs);
        json.key(QStringLiteral("kinds")).strings(service.kinds);
        json.close('}');
    }
    json.close('}');
    json.close('}');
    return json.text();
}

const ManifestEntry* ExportManifest::entry(const QString& name) const
{
    const auto it = m_entries.constFind(name);
    return it == m_entries.cend() ? nullptr : &it.value();
}

void ExportManifest::confirm(const QString& name, const QByteArray& inputs, const std::optional<FileStat>& now)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return;
    // A file read and hashed (`now` given) is written down again even when its stat is the same:
    // a manifest written after it is what lets the next run trust that stat unread.
    if (it->inputs != inputs || now) {
        it->inputs = inputs;
        if (now)
            it->written = now;
        m_changed = true;
    }
}

void ExportManifest::insertService(const QString& name, ManifestService service)
{
    const auto it = m_services.constFind(name);
    if (it != m_services.cend() && *it == service)
        return;
    m_services.insert(name, std::move(service));
    m_changed = true;
}

const ManifestService* ExportManifest::service(const QString& name) const
{
    const auto it = m_services.constFind(name);
    return it == m_services.cend() ? nullptr : &it.value();
}

bool ExportManifest::trusts(const ManifestEntry& entry, const FileStat& now) const
{
    return !entry.legacy && entry.written && now.kind == FileStat::Kind::Regular && entry.written->sameFile(now)
        && entry.written->mtimeNs < m_read.mtimeNs;
}

bool ExportManifest::matches(const ManifestEntry& entry, QByteArrayView content)
{
    return entry.hash == (entry.legacy ? ContentHash::sha256(content) : ContentHash::xxh3(content));
}

} // namespace headroom
