// SPDX-License-Identifier: Apache-2.0
#include "io/catalogloader.h"

#include "formula/formulaevaluator.h"
#include "io/controlcharacter.h"
#include "io/storageclassreader.h"
#include "io/yamlreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace headroom {

// The translation context of this file's user-visible messages (docs/TRANSLATIONS.md).
struct CatalogLoaderText
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)
};

namespace {

const QString kApiVersion = QStringLiteral("headroom/v1");
const QStringList kSettingFormats
    = { QStringLiteral("postgres"), QStringLiteral("redis"),    QStringLiteral("jvm"),    QStringLiteral("mysql"),
        QStringLiteral("php"),      QStringLiteral("gib"),      QStringLiteral("k8s"),    QStringLiteral("count"),
        QStringLiteral("number"),   QStringLiteral("duration"), QStringLiteral("percent") };

bool isControl(QChar c)
{
    return isLineControlCharacter(c.unicode());
}

// PostgreSQL settings that read other files, run shell commands or load code: an exported
// postgresql.conf must never hold one that a catalog or a plan's overrides chose.
enum class UnsafeSetting { None, ReadsFiles, RunsCommands, LoadsCode };

UnsafeSetting unsafePostgresSetting(const QString& name)
{
    static const QSet<QString> readsFiles { QStringLiteral("include"), QStringLiteral("include_dir"),
                                            QStringLiteral("include_if_exists") };
    static const QSet<QString> runsCommands { QStringLiteral("archive_command"), QStringLiteral("restore_command"),
                                              QStringLiteral("archive_cleanup_command"),
                                              QStringLiteral("recovery_end_command"),
                                              QStringLiteral("ssl_passphrase_command") };
    static const QSet<QString> loadsCode { QStringLiteral("shared_preload_libraries"),
                                           QStringLiteral("session_preload_libraries"),
                                           QStringLiteral("local_preload_libraries"),
                                           QStringLiteral("dynamic_library_path") };
    // PostgreSQL reads setting names without regard to case.
    const QString key = name.trimmed().toLower();
    if (readsFiles.contains(key))
        return UnsafeSetting::ReadsFiles;
    if (runsCommands.contains(key))
        return UnsafeSetting::RunsCommands;
    if (loadsCode.contains(key))
        return UnsafeSetting::LoadsCode;
    return UnsafeSetting::None;
}

template <typename T> void upsertById(QList<T>& list, T item)
{
    for (auto& existing : list) {
        if (existing.id == item.id) {
            existing = std::move(item);
            return;
        }
    }
    list.append(std::move(item));
}

// Reads one YAML document of any catalog kind.
class DocumentReader
{
public:
    DocumentReader(YamlReader& yaml, Catalog& catalog)
        : m_yaml(yaml)
        , m_catalog(catalog)
    {
    }

    void read(const YAML::Node& doc)
    {
        if (!m_yaml.expectMap(doc, {}))
            return;
        const auto api = m_yaml.string(doc, "apiVersion", {}, true);
        if (api && *api != kApiVersion) {
            m_yaml.error(doc["apiVersion"], QStringLiteral("apiVersion"),
                         CatalogLoaderText::tr("this build reads apiVersion %1, not '%2'.").arg(kApiVersion, *api));
            return;
        }
        const auto kind = m_yaml.string(doc, "kind", {}, true);
        if (!kind)
            return;
        if (*kind == QLatin1String("CatalogBase"))
            readBase(doc);
        else if (*kind == QLatin1String("StorageClasses"))
            readStorageClasses(doc);
        else if (*kind == QLatin1String("Service"))
            readService(doc);
        else if (*kind == QLatin1String("PostgresProfile"))
            readProfile(doc);
        else
            m_yaml.error(doc["kind"], QStringLiteral("kind"),
                         CatalogLoaderText::tr("unknown kind '%1'; a catalog file holds CatalogBase, StorageClasses, "
                                               "Service or PostgresProfile.")
                             .arg(*kind));
    }

private:
    QString requiredId(const YAML::Node& map, const QString& path)
    {
        const auto id = m_yaml.string(map, "id", path, true);
        if (!id)
            return {};
        static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]*$"));
        if (!pattern.match(*id).hasMatch()) {
            m_yaml.error(
                map["id"], YamlReader::join(path, QStringLiteral("id")),
                CatalogLoaderText::tr("'%1' is not a valid id: use lower-case letters, digits and '-', starting "
                                      "with a letter.")
                    .arg(*id));
            return {};
        }
        return *id;
    }

    void readBase(const YAML::Node& doc)
    {
        m_yaml.checkKeys(doc,
                         { QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("workloadSizes"),
                           QStringLiteral("performanceTiers"), QStringLiteral("groups") },
                         {});
        if (const auto sizes = doc["workloadSizes"]; sizes.IsDefined()) {
            const QString path = QStringLiteral("workloadSizes");
            if (m_yaml.expectSequence(sizes, path)) {
                for (std::size_t i = 0; i < sizes.size(); ++i) {
                    const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
                    const auto node = sizes[i];
                    if (!m_yaml.expectMap(node, p))
                        continue;
                    m_yaml.checkKeys(node, { QStringLiteral("id"), QStringLiteral("name") }, p);
                    WorkloadSize size;
                    size.id = requiredId(node, p);
                    size.name = m_yaml.string(node, "name", p, true).value_or(size.id);
                    if (!size.id.isEmpty())
                        upsertById(m_catalog.workloadSizes, size);
                }
            }
        }
        if (const auto tiers = doc["performanceTiers"]; tiers.IsDefined()) {
            const QString path = QStringLiteral("performanceTiers");
            if (m_yaml.expectSequence(tiers, path)) {
                for (std::size_t i = 0; i < tiers.size(); ++i) {
                    const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
                    const auto node = tiers[i];
                    if (!m_yaml.expectMap(node, p))
                        continue;
                    m_yaml.checkKeys(node,
                                     { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("p99Latency"),
                                       QStringLiteral("minRps"), QStringLiteral("useCase") },
                                     p);
                    PerformanceTier tier;
                    tier.id = requiredId(node, p);
                    tier.name = m_yaml.string(node, "name", p, true).value_or(tier.id);
                    tier.p99Latency = m_yaml.quantity(node, "p99Latency", Dimension::Duration, p, true)
                                          .value_or(Quantity::milliseconds(0));
                    tier.minRps
                        = m_yaml.quantity(node, "minRps", Dimension::Rate, p, true).value_or(Quantity::perSecond(0));
                    tier.useCase = m_yaml.string(node, "useCase", p, false).value_or(QString());
                    if (!tier.id.isEmpty())
                        upsertById(m_catalog.performanceTiers, tier);
                }
            }
        }
        if (const auto groups = doc["groups"]; groups.IsDefined()) {
            const QString path = QStringLiteral("groups");
            if (m_yaml.expectSequence(groups, path)) {
                for (std::size_t i = 0; i < groups.size(); ++i) {
                    const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
                    const auto node = groups[i];
                    if (!m_yaml.expectMap(node, p))
                        continue;
                    m_yaml.checkKeys(node, { QStringLiteral("id"), QStringLiteral("name") }, p);
                    ServiceGroup group;
                    group.id = requiredId(node, p);
                    group.name = m_yaml.string(node, "name", p, true).value_or(group.id);
                    if (!group.id.isEmpty())
                        upsertById(m_catalog.groups, group);
                }
            }
        }
    }

    void readStorageClasses(const YAML::Node& doc)
    {
        m_yaml.checkKeys(
            doc, { QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("storageClasses") }, {});
        const QString path = QStringLiteral("storageClasses");
        const auto list = doc["storageClasses"];
        if (!list.IsDefined()) {
            m_yaml.error(doc, path, CatalogLoaderText::tr("the key 'storageClasses' is required here."));
            return;
        }
        for (auto& sc : readStorageClassList(m_yaml, list, path))
            upsertById(m_catalog.storageClasses, std::move(sc));
    }

    std::optional<Dimension> readDimension(const YAML::Node& map, const QString& path, bool required)
    {
        const auto text = m_yaml.string(map, "dimension", path, required);
        if (!text)
            return std::nullopt;
        const auto dimension = dimensionFromName(*text);
        if (!dimension) {
            m_yaml.error(
                map["dimension"], YamlReader::join(path, QStringLiteral("dimension")),
                CatalogLoaderText::tr("unknown dimension '%1'; use cpu, memory, iops, throughput, rate, duration, "
                                      "percent, count or number.")
                    .arg(*text));
        }
        return dimension;
    }

    void readService(const YAML::Node& doc)
    {
        ServiceDefinition s;
        s.location = m_yaml.locationOf(doc);
        s.id = requiredId(doc, {});
        if (s.id.isEmpty())
            return;
        const QString path = QStringLiteral("services.%1").arg(s.id);
        m_yaml.checkKeys(doc,
                         { QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("id"),
                           QStringLiteral("name"), QStringLiteral("group"), QStringLiteral("chart"),
                           QStringLiteral("storageClass"), QStringLiteral("requests"), QStringLiteral("matrix"),
                           QStringLiteral("inputs"), QStringLiteral("formulas"), QStringLiteral("memory"),
                           QStringLiteral("settings"), QStringLiteral("settingsFrom"), QStringLiteral("storage"),
                           QStringLiteral("checks") },
                         path);
        s.name = m_yaml.string(doc, "name", path, true).value_or(s.id);
        s.group = m_yaml.string(doc, "group", path, false).value_or(QString());
        s.chart = m_yaml.string(doc, "chart", path, false).value_or(QString());
        s.storageClass = m_yaml.string(doc, "storageClass", path, false).value_or(QString());
        s.settingsFrom = m_yaml.string(doc, "settingsFrom", path, false).value_or(QString());
        if (!s.settingsFrom.isEmpty() && !s.settingsFromPostgresProfile())
            m_yaml.error(doc["settingsFrom"], YamlReader::join(path, QStringLiteral("settingsFrom")),
                         CatalogLoaderText::tr("'%1' is not a source of settings; the only one is postgresProfile.")
                             .arg(s.settingsFrom));

        if (const auto requests = doc["requests"]; requests.IsDefined()) {
            const QString rp = YamlReader::join(path, QStringLiteral("requests"));
            if (m_yaml.expectMap(requests, rp)) {
                m_yaml.checkKeys(requests, { QStringLiteral("cpu"), QStringLiteral("memory") }, rp);
                s.cpuRequestShare
                    = m_yaml.quantity(requests, "cpu", Dimension::Percent, rp, true).value_or(s.cpuRequestShare);
                s.memoryRequestShare
                    = m_yaml.quantity(requests, "memory", Dimension::Percent, rp, true).value_or(s.memoryRequestShare);
                for (const auto& share : { s.cpuRequestShare, s.memoryRequestShare }) {
                    if (share.raw() <= 0 || share.raw() > 1'000'000)
                        m_yaml.error(requests, rp,
                                     CatalogLoaderText::tr("a request is a share of the limit above 0% and at "
                                                           "most 100%."));
                }
            }
        }
        readMatrix(doc["matrix"], YamlReader::join(path, QStringLiteral("matrix")), s);
        readInputs(doc["inputs"], YamlReader::join(path, QStringLiteral("inputs")), s);
        readFormulas(doc["formulas"], YamlReader::join(path, QStringLiteral("formulas")), s);
        readMemory(doc["memory"], YamlReader::join(path, QStringLiteral("memory")), s);
        readSettings(doc["settings"], YamlReader::join(path, QStringLiteral("settings")), s);
        if (const auto storage = doc["storage"]; storage.IsDefined()) {
            const QString sp = YamlReader::join(path, QStringLiteral("storage"));
            if (m_yaml.expectMap(storage, sp)) {
                m_yaml.checkKeys(storage,
                                 { QStringLiteral("size"), QStringLiteral("iops"), QStringLiteral("throughput") }, sp);
                s.storage.sizeFormula = m_yaml.string(storage, "size", sp, false).value_or(QString());
                s.storage.iopsFormula = m_yaml.string(storage, "iops", sp, false).value_or(QString());
                s.storage.throughputFormula = m_yaml.string(storage, "throughput", sp, false).value_or(QString());
            }
        }
        readChecks(doc["checks"], YamlReader::join(path, QStringLiteral("checks")), s);
        upsertById(m_catalog.services, std::move(s));
    }

    void readProfile(const YAML::Node& doc)
    {
        PostgresProfile profile;
        profile.location = m_yaml.locationOf(doc);
        profile.id = requiredId(doc, {});
        if (profile.id.isEmpty())
            return;
        const QString path = QStringLiteral("postgresProfiles.%1").arg(profile.id);
        m_yaml.checkKeys(doc,
                         { QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("id"),
                           QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("engine"),
                           QStringLiteral("values"), QStringLiteral("settings") },
                         path);
        profile.name = m_yaml.string(doc, "name", path, true).value_or(profile.id);
        profile.description = m_yaml.string(doc, "description", path, true).value_or(QString());
        profile.engine = m_yaml.string(doc, "engine", path, false).value_or(QString());
        if (!profile.engine.isEmpty() && profile.engine != QLatin1String("pgtune"))
            m_yaml.error(
                doc["engine"], YamlReader::join(path, QStringLiteral("engine")),
                CatalogLoaderText::tr("unknown engine '%1'; the only built-in engine is pgtune.").arg(profile.engine));
        ServiceDefinition scratch; // reuse the formula reader for intermediate values
        readFormulas(doc["values"], YamlReader::join(path, QStringLiteral("values")), scratch);
        profile.values = scratch.formulas;
        const QString sp = YamlReader::join(path, QStringLiteral("settings"));
        const auto settings = doc["settings"];
        if (settings.IsDefined() && m_yaml.expectSequence(settings, sp)) {
            for (std::size_t i = 0; i < settings.size(); ++i) {
                const auto n = settings[i];
                QString p = QStringLiteral("%1[%2]").arg(sp).arg(i);
                if (!m_yaml.expectMap(n, p))
                    continue;
                ProfileSetting setting;
                setting.name = m_yaml.string(n, "name", p, true).value_or(QString());
                if (!setting.name.isEmpty())
                    p = YamlReader::join(sp, setting.name);
                m_yaml.checkKeys(n,
                                 { QStringLiteral("name"), QStringLiteral("expression"), QStringLiteral("value"),
                                   QStringLiteral("format"), QStringLiteral("when"), QStringLiteral("explanation") },
                                 p);
                setting.location = m_yaml.locationOf(n);
                setting.expression = m_yaml.string(n, "expression", p, false).value_or(QString());
                setting.value = m_yaml.string(n, "value", p, false).value_or(QString());
                if (setting.expression.isEmpty() == setting.value.isEmpty())
                    m_yaml.error(n, p, CatalogLoaderText::tr("a profile setting has either an expression or a value."));
                setting.format = m_yaml.string(n, "format", p, !setting.expression.isEmpty()).value_or(QString());
                if (!setting.format.isEmpty() && !kSettingFormats.contains(setting.format))
                    m_yaml.error(n["format"], YamlReader::join(p, QStringLiteral("format")),
                                 CatalogLoaderText::tr("unknown format '%1'; use one of %2.")
                                     .arg(setting.format, kSettingFormats.join(QStringLiteral(", "))));
                setting.when = m_yaml.string(n, "when", p, false).value_or(QString());
                setting.explanation = m_yaml.string(n, "explanation", p, true).value_or(QString());
                refuseControlCharacters(n, p, { { "name", &setting.name }, { "value", &setting.value } });
                refuseUnsafePostgresSetting(n, p, setting.name);
                profile.settings << setting;
            }
        }
        upsertById(m_catalog.postgresProfiles, std::move(profile));
    }

    // A setting's name, value and template go into the exported configuration as they are
    // (postgresql.conf, my.cnf, the redis.conf inside a values file): a line break there would
    // add a line of the catalog's choosing, so they are plain text.
    void refuseControlCharacters(const YAML::Node& map, const char* key, const QString& path, const QString& text)
    {
        const auto bad = std::find_if(text.cbegin(), text.cend(), isControl);
        if (bad == text.cend())
            return;
        m_yaml.error(map[key], YamlReader::join(path, QLatin1String(key)),
                     CatalogLoaderText::tr("holds the control character U+%1; a setting is written into the exported "
                                           "configuration as it is, so it must be plain text.")
                         .arg(QString::number(bad->unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
    }

    // The exported postgresql.conf goes to production as it is: no setting of the catalog's (or a
    // plan's overrides') choosing may make the server read a file, run a command or load code.
    void refuseUnsafePostgresSetting(const YAML::Node& map, const QString& path, const QString& name)
    {
        QString why;
        switch (unsafePostgresSetting(name)) {
        case UnsafeSetting::None:
            return;
        case UnsafeSetting::ReadsFiles:
            why = CatalogLoaderText::tr("the PostgreSQL setting '%1' makes the server read other files; Headroom "
                                        "never exports it.");
            break;
        case UnsafeSetting::RunsCommands:
            why = CatalogLoaderText::tr("the PostgreSQL setting '%1' makes the server run a shell command; Headroom "
                                        "never exports it.");
            break;
        case UnsafeSetting::LoadsCode:
            why = CatalogLoaderText::tr("the PostgreSQL setting '%1' makes the server load code; Headroom never "
                                        "exports it.");
            break;
        }
        m_yaml.error(map["name"], YamlReader::join(path, QStringLiteral("name")), why.arg(name));
    }

    void refuseControlCharacters(const YAML::Node& map, const QString& path,
                                 std::initializer_list<std::pair<const char*, const QString*>> fields)
    {
        for (const auto& [key, text] : fields)
            refuseControlCharacters(map, key, path, *text);
    }

    void readMatrix(const YAML::Node& node, const QString& path, ServiceDefinition& s)
    {
        if (!node.IsDefined()) {
            m_yaml.error(node, path,
                         CatalogLoaderText::tr("the key 'matrix' is required: every service has the guide's "
                                               "sizing matrix."));
            return;
        }
        if (!m_yaml.expectMap(node, path))
            return;
        m_yaml.checkKeys(node, { QStringLiteral("columns"), QStringLiteral("rows") }, path);
        const QString cp = YamlReader::join(path, QStringLiteral("columns"));
        const auto columns = node["columns"];
        if (!columns.IsDefined() || !m_yaml.expectSequence(columns, cp)) {
            if (!columns.IsDefined())
                m_yaml.error(node, cp, CatalogLoaderText::tr("the key 'columns' is required here."));
            return;
        }
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(cp).arg(i);
            const auto c = columns[i];
            if (!m_yaml.expectMap(c, p))
                continue;
            m_yaml.checkKeys(c, { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("dimension") }, p);
            MatrixColumn column;
            column.id = m_yaml.string(c, "id", p, true).value_or(QString());
            column.title = m_yaml.string(c, "title", p, true).value_or(column.id);
            column.dimension = readDimension(c, p, false);
            s.columns << column;
        }
        const QString rp = YamlReader::join(path, QStringLiteral("rows"));
        const auto rows = node["rows"];
        if (!rows.IsDefined()) {
            m_yaml.error(node, rp, CatalogLoaderText::tr("the key 'rows' is required here."));
            return;
        }
        if (!m_yaml.expectMap(rows, rp))
            return;
        for (const auto& entry : rows) {
            MatrixRow row;
            row.size = QString::fromStdString(entry.first.Scalar());
            const QString p = YamlReader::join(rp, row.size);
            if (!m_yaml.expectMap(entry.second, p))
                continue;
            QStringList known;
            for (const auto& column : s.columns) {
                known << column.id;
                const auto cell = entry.second[column.id.toStdString()];
                const QString cellPath = YamlReader::join(p, column.id);
                if (!cell.IsDefined()) {
                    m_yaml.error(entry.second, cellPath,
                                 CatalogLoaderText::tr("the row has no value for the column '%1'.").arg(column.id));
                    continue;
                }
                MatrixCell value;
                value.text = m_yaml.scalarText(cell, cellPath).value_or(QString());
                if (column.dimension)
                    value.quantity = m_yaml.quantityOf(cell, *column.dimension, cellPath);
                row.cells.insert(column.id, value);
            }
            m_yaml.checkKeys(entry.second, known, p);
            s.rows << row;
        }
    }

    void readInputs(const YAML::Node& node, const QString& path, ServiceDefinition& s)
    {
        m_yaml.forEachMap(node, path, [&](const YAML::Node& n, const QString& itemPath) {
            QString p = itemPath;
            InputDefinition input;
            input.name = m_yaml.string(n, "name", p, true).value_or(QString());
            if (!input.name.isEmpty())
                p = YamlReader::join(path, input.name);
            m_yaml.checkKeys(n,
                             { QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("dimension"),
                               QStringLiteral("default"), QStringLiteral("min"), QStringLiteral("max"),
                               QStringLiteral("description") },
                             p);
            input.title = m_yaml.string(n, "title", p, false).value_or(input.name);
            input.description = m_yaml.string(n, "description", p, true).value_or(QString());
            const auto dimension = readDimension(n, p, true);
            if (!dimension)
                return;
            input.dimension = *dimension;
            input.min = m_yaml.quantity(n, "min", input.dimension, p, false);
            input.max = m_yaml.quantity(n, "max", input.dimension, p, false);
            const auto def = n["default"];
            const QString dp = YamlReader::join(p, QStringLiteral("default"));
            if (!def.IsDefined()) {
                m_yaml.error(n, dp, CatalogLoaderText::tr("every input needs a default."));
            } else if (def.IsScalar()) {
                input.defaultValue.literal = m_yaml.quantityOf(def, input.dimension, dp);
            } else if (def.IsMap() && def["column"].IsDefined()) {
                m_yaml.checkKeys(def, { QStringLiteral("column") }, dp);
                input.defaultValue.column = m_yaml.string(def, "column", dp, true).value_or(QString());
            } else if (def.IsMap()) {
                for (const auto& entry : def) {
                    const QString size = QString::fromStdString(entry.first.Scalar());
                    if (const auto q = m_yaml.quantityOf(entry.second, input.dimension, YamlReader::join(dp, size)))
                        input.defaultValue.perSize.insert(size, *q);
                }
            } else {
                m_yaml.error(def, dp,
                             CatalogLoaderText::tr("a default is a value, {column: ID} or a value per workload size."));
            }
            s.inputs << input;
        });
    }

    void readFormulas(const YAML::Node& node, const QString& path, ServiceDefinition& s)
    {
        m_yaml.forEachMap(node, path, [&](const YAML::Node& n, const QString& itemPath) {
            QString p = itemPath;
            FormulaDefinition f;
            f.name = m_yaml.string(n, "name", p, true).value_or(QString());
            if (!f.name.isEmpty())
                p = YamlReader::join(path, f.name);
            m_yaml.checkKeys(n,
                             { QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("dimension"),
                               QStringLiteral("expression"), QStringLiteral("explanation"), QStringLiteral("guide") },
                             p);
            f.title = m_yaml.string(n, "title", p, false).value_or(f.name);
            f.dimension = readDimension(n, p, true).value_or(Dimension::Count);
            f.expression = m_yaml.string(n, "expression", p, true).value_or(QString());
            if (n["expression"].IsDefined())
                f.location = m_yaml.locationOf(n["expression"]);
            f.explanation = m_yaml.string(n, "explanation", p, true).value_or(QString());
            if (const auto guide = n["guide"]; guide.IsDefined()) {
                const QString gp = YamlReader::join(p, QStringLiteral("guide"));
                if (m_yaml.expectMap(guide, gp)) {
                    m_yaml.checkKeys(guide, { QStringLiteral("expression"), QStringLiteral("note") }, gp);
                    f.guideExpression = m_yaml.string(guide, "expression", gp, true).value_or(QString());
                    f.guideNote = m_yaml.string(guide, "note", gp, false).value_or(QString());
                }
            }
            s.formulas << f;
        });
    }

    void readMemory(const YAML::Node& node, const QString& path, ServiceDefinition& s)
    {
        if (!node.IsDefined())
            return;
        if (!m_yaml.expectMap(node, path))
            return;
        m_yaml.checkKeys(
            node, { QStringLiteral("components"), QStringLiteral("remainder"), QStringLiteral("resident") }, path);
        s.memoryRemainder = m_yaml.string(node, "remainder", path, false).value_or(QStringLiteral("Unallocated"));
        s.residentFormula = m_yaml.string(node, "resident", path, false).value_or(QString());
        const auto components = node["components"];
        const QString cp = YamlReader::join(path, QStringLiteral("components"));
        if (!components.IsDefined() || !m_yaml.expectSequence(components, cp))
            return;
        for (std::size_t i = 0; i < components.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(cp).arg(i);
            const auto c = components[i];
            if (!m_yaml.expectMap(c, p))
                continue;
            m_yaml.checkKeys(c, { QStringLiteral("name"), QStringLiteral("formula"), QStringLiteral("demand") }, p);
            MemoryComponentDefinition component;
            component.name = m_yaml.string(c, "name", p, true).value_or(QString());
            component.formula = m_yaml.string(c, "formula", p, true).value_or(QString());
            component.demand = m_yaml.string(c, "demand", p, false).value_or(QString());
            s.memoryComponents << component;
        }
    }

    void readSettings(const YAML::Node& node, const QString& path, ServiceDefinition& s)
    {
        m_yaml.forEachMap(node, path, [&](const YAML::Node& n, const QString& itemPath) {
            const QString& p = itemPath;
            m_yaml.checkKeys(n,
                             { QStringLiteral("name"), QStringLiteral("formula"), QStringLiteral("format"),
                               QStringLiteral("value"), QStringLiteral("explanation"), QStringLiteral("when"),
                               QStringLiteral("template"), QStringLiteral("expression") },
                             p);
            SettingDefinition setting;
            setting.name = m_yaml.string(n, "name", p, true).value_or(QString());
            setting.when = m_yaml.string(n, "when", p, false).value_or(QString());
            setting.location = m_yaml.locationOf(n);
            if (n["value"].IsDefined()) {
                // A fixed value from the guide: no formula, and it must say why.
                setting.value = m_yaml.string(n, "value", p, true).value_or(QString());
                setting.explanation = m_yaml.string(n, "explanation", p, true).value_or(QString());
                if (n["formula"].IsDefined())
                    m_yaml.error(n, p, CatalogLoaderText::tr("a setting has a formula or a fixed value, not both."));
                refuseControlCharacters(n, p, { { "name", &setting.name }, { "value", &setting.value } });
                if (s.id == QLatin1String("postgresql"))
                    refuseUnsafePostgresSetting(n, p, setting.name);
                s.settings << setting;
                return;
            }
            if (n["expression"].IsDefined()) {
                setting.expression = m_yaml.string(n, "expression", p, true).value_or(QString());
                setting.explanation = m_yaml.string(n, "explanation", p, true).value_or(QString());
                if (n["formula"].IsDefined())
                    m_yaml.error(n, p, CatalogLoaderText::tr("a setting has a formula or an expression, not both."));
            } else {
                setting.formula = m_yaml.string(n, "formula", p, true).value_or(QString());
            }
            setting.format = m_yaml.string(n, "format", p, true).value_or(QString());
            setting.valueTemplate = m_yaml.string(n, "template", p, false).value_or(QString());
            if (!setting.valueTemplate.isEmpty() && !setting.valueTemplate.contains(QLatin1String("{value}")))
                m_yaml.error(n["template"], YamlReader::join(p, QStringLiteral("template")),
                             CatalogLoaderText::tr("a setting's template holds {value}."));
            if (!setting.format.isEmpty() && !kSettingFormats.contains(setting.format)) {
                m_yaml.error(n["format"], YamlReader::join(p, QStringLiteral("format")),
                             CatalogLoaderText::tr("unknown format '%1'; use one of %2.")
                                 .arg(setting.format, kSettingFormats.join(QStringLiteral(", "))));
            }
            refuseControlCharacters(n, p, { { "name", &setting.name }, { "template", &setting.valueTemplate } });
            if (s.id == QLatin1String("postgresql"))
                refuseUnsafePostgresSetting(n, p, setting.name);
            s.settings << setting;
        });
    }

    void readChecks(const YAML::Node& node, const QString& path, ServiceDefinition& s)
    {
        m_yaml.forEachMap(node, path, [&](const YAML::Node& n, const QString& itemPath) {
            QString p = itemPath;
            CheckDefinition check;
            check.code = m_yaml.string(n, "code", p, true).value_or(QString());
            if (!check.code.isEmpty())
                p = YamlReader::join(path, check.code);
            m_yaml.checkKeys(n,
                             { QStringLiteral("code"), QStringLiteral("severity"), QStringLiteral("when"),
                               QStringLiteral("message"), QStringLiteral("fix"), QStringLiteral("inputs") },
                             p);
            const QString severity = m_yaml.string(n, "severity", p, true).value_or(QStringLiteral("warning"));
            if (severity == QLatin1String("info"))
                check.severity = Severity::Info;
            else if (severity == QLatin1String("warning"))
                check.severity = Severity::Warning;
            else if (severity == QLatin1String("error"))
                check.severity = Severity::Error;
            else
                m_yaml.error(n["severity"], YamlReader::join(p, QStringLiteral("severity")),
                             CatalogLoaderText::tr("unknown severity '%1'; use info, warning or error.").arg(severity));
            check.when = m_yaml.string(n, "when", p, true).value_or(QString());
            if (n["when"].IsDefined())
                check.location = m_yaml.locationOf(n["when"]);
            check.message = m_yaml.string(n, "message", p, true).value_or(QString());
            check.fix = m_yaml.string(n, "fix", p, false).value_or(QString());
            if (const auto inputs = n["inputs"]; inputs.IsDefined()) {
                const QString ip = YamlReader::join(p, QStringLiteral("inputs"));
                if (m_yaml.expectSequence(inputs, ip)) {
                    for (std::size_t k = 0; k < inputs.size(); ++k) {
                        if (const auto name = m_yaml.scalarText(inputs[k], QStringLiteral("%1[%2]").arg(ip).arg(k)))
                            check.inputs << *name;
                    }
                }
            }
            s.checks << check;
        });
    }

    YamlReader& m_yaml;
    Catalog& m_catalog;
};

Error firstOf(const YamlReader& yaml)
{
    Error e = yaml.errors().first();
    if (yaml.errors().size() > 1)
        e.message
            = CatalogLoaderText::tr("%1 (and %n more problem(s) in this file)", nullptr, int(yaml.errors().size() - 1))
                  .arg(e.message);
    return e;
}

Error serviceError(const ServiceDefinition& s, const QString& key, const QString& message)
{
    return Error { message, QStringLiteral("services.%1.%2").arg(s.id, key), s.location };
}

} // namespace

std::optional<Error> CatalogLoader::read(Catalog& catalog, const QByteArray& data, const QString& fileName)
{
    YamlReader yaml(fileName);
    if (data.trimmed().isEmpty())
        return Error { CatalogLoaderText::tr(
                           "the file is empty; a catalog file starts with apiVersion: headroom/v1 and a "
                           "kind."),
                       {},
                       { fileName, 1, 1 } };
    if (data.contains('\0'))
        return Error { CatalogLoaderText::tr("this is a binary file, not YAML text."), {}, { fileName, 0, 0 } };
    auto documents = yaml.parseDocuments(data);
    if (!documents)
        return documents.error();
    DocumentReader reader(yaml, catalog);
    for (const auto& doc : documents.value()) {
        if (doc.IsNull())
            continue;
        reader.read(doc);
    }
    m_warnings << yaml.warnings();
    if (yaml.hasErrors())
        return firstOf(yaml);
    return std::nullopt;
}

namespace {
std::optional<Error> validateProfiles(const Catalog& catalog)
{
    for (const auto& profile : catalog.postgresProfiles) {
        if (profile.engine == QLatin1String("pgtune"))
            continue;
        QList<FormulaEvaluator::Expression> values;
        QList<FormulaEvaluator::Expression> probes;
        const QString base = QStringLiteral("postgresProfiles.%1").arg(profile.id);
        for (const auto& v : profile.values)
            values << FormulaEvaluator::Expression { v.name, v.expression,
                                                     QStringLiteral("%1.values.%2").arg(base, v.name), v.location };
        for (const auto& s : profile.settings) {
            const QString key = QStringLiteral("%1.settings.%2").arg(base, s.name);
            if (!s.expression.isEmpty())
                probes << FormulaEvaluator::Expression { s.name, s.expression, key, s.location };
            if (!s.when.isEmpty())
                probes << FormulaEvaluator::Expression { s.name, s.when, key + QStringLiteral(".when"), s.location };
        }
        FormulaEvaluator evaluator;
        if (auto error = evaluator.compile(postgresProfileInputs(), values, probes))
            return error;
    }
    return std::nullopt;
}

} // namespace

void CatalogLoader::readEmbedded(Catalog& catalog, const YAML::Node& documents, YamlReader& yaml,
                                 const QString& keyPath)
{
    if (!yaml.expectSequence(documents, keyPath))
        return;
    DocumentReader reader(yaml, catalog);
    for (std::size_t i = 0; i < documents.size(); ++i)
        reader.read(documents[i]);
}

namespace {

// The matrix: the limit columns, a row for every workload size and no other; the service's
// storage class and group known.
std::optional<Error> validateMatrix(const Catalog& catalog, const ServiceDefinition& s)
{
    for (const QString& required : { QStringLiteral("cpu"), QStringLiteral("memory") }) {
        const auto it = std::find_if(s.columns.cbegin(), s.columns.cend(),
                                     [&](const MatrixColumn& c) { return c.id == required; });
        const Dimension expected = required == QLatin1String("cpu") ? Dimension::Cpu : Dimension::Memory;
        if (it == s.columns.cend() || it->dimension != expected) {
            return serviceError(s, QStringLiteral("matrix.columns"),
                                CatalogLoaderText::tr("the matrix needs a '%1' column of dimension %2: it holds the "
                                                      "tier's limit.")
                                    .arg(required, dimensionName(expected)));
        }
    }
    for (const auto& size : catalog.workloadSizes) {
        if (!s.row(size.id))
            return serviceError(
                s, QStringLiteral("matrix.rows"),
                CatalogLoaderText::tr("the matrix has no row for the workload size '%1'.").arg(size.id));
    }
    for (const auto& row : s.rows) {
        if (!catalog.workloadSize(row.size))
            return serviceError(s, QStringLiteral("matrix.rows.%1").arg(row.size),
                                CatalogLoaderText::tr("'%1' is not a workload size; the sizes are %2.")
                                    .arg(row.size, catalog.workloadSizeIds().join(QStringLiteral(", "))));
    }
    if (!s.storageClass.isEmpty() && !catalog.storageClass(s.storageClass))
        return serviceError(s, QStringLiteral("storageClass"),
                            CatalogLoaderText::tr("unknown storage class '%1'.").arg(s.storageClass));
    if (!s.group.isEmpty()) {
        const bool known = std::any_of(catalog.groups.cbegin(), catalog.groups.cend(),
                                       [&](const ServiceGroup& g) { return g.id == s.group; });
        if (!known)
            return serviceError(s, QStringLiteral("group"), CatalogLoaderText::tr("unknown group '%1'.").arg(s.group));
    }

    return std::nullopt;
}

// The names a sizing gives every formula before the service's own inputs.
QStringList builtInNames(const ServiceDefinition& s)
{
    QStringList inputNames
        = { QStringLiteral("memory"),      QStringLiteral("cpu"),      QStringLiteral("memory_request"),
            QStringLiteral("cpu_request"), QStringLiteral("replicas"), QStringLiteral("storage_iops") };
    for (const auto& c : s.columns) {
        if (c.dimension)
            inputNames << QStringLiteral("tier_") + c.id;
    }
    if (s.settingsFromPostgresProfile())
        inputNames << postgresProfileFigures();
    return inputNames;
}

// Inputs: defaults resolvable and within bounds for every size; each name is added to
// `inputNames`.
std::optional<Error> validateInputs(const Catalog& catalog, const ServiceDefinition& s, QStringList& inputNames)
{
    for (const auto& input : s.inputs) {
        const QString key = QStringLiteral("inputs.%1").arg(input.name);
        if (inputNames.contains(input.name))
            return serviceError(
                s, key, CatalogLoaderText::tr("the input name '%1' is taken by a built-in name.").arg(input.name));
        inputNames << input.name;
        if (!input.defaultValue.column.isEmpty()) {
            const auto it = std::find_if(s.columns.cbegin(), s.columns.cend(),
                                         [&](const MatrixColumn& c) { return c.id == input.defaultValue.column; });
            if (it == s.columns.cend() || it->dimension != input.dimension)
                return serviceError(s, key + QStringLiteral(".default"),
                                    CatalogLoaderText::tr("the default column '%1' is not a %2 column of the matrix.")
                                        .arg(input.defaultValue.column, dimensionName(input.dimension)));
        } else if (!input.defaultValue.perSize.isEmpty()) {
            for (const auto& size : catalog.workloadSizes) {
                if (!input.defaultValue.perSize.contains(size.id))
                    return serviceError(
                        s, key + QStringLiteral(".default"),
                        CatalogLoaderText::tr("the default has no value for the workload size '%1'.").arg(size.id));
            }
        }
        if (input.min && input.max && input.max->raw() < input.min->raw())
            return serviceError(s, key, CatalogLoaderText::tr("max is below min."));
    }
    return std::nullopt;
}

// Formulas: compile them all with the names a sizing provides.
std::optional<Error> compileFormulas(const ServiceDefinition& s, const QStringList& inputNames)
{
    QList<FormulaEvaluator::Expression> formulas;
    QList<FormulaEvaluator::Expression> probes;
    for (const auto& f : s.formulas) {
        formulas << FormulaEvaluator::Expression { f.name, f.expression,
                                                   QStringLiteral("services.%1.formulas.%2").arg(s.id, f.name),
                                                   f.location };
        if (!f.guideExpression.isEmpty())
            probes << FormulaEvaluator::Expression { f.name, f.guideExpression,
                                                     QStringLiteral("services.%1.formulas.%2.guide").arg(s.id, f.name),
                                                     f.location };
    }
    for (const auto& c : s.checks)
        probes << FormulaEvaluator::Expression { c.code, c.when,
                                                 QStringLiteral("services.%1.checks.%2.when").arg(s.id, c.code),
                                                 c.location };
    for (const auto& setting : s.settings) {
        const QString key = QStringLiteral("services.%1.settings.%2").arg(s.id, setting.name);
        if (!setting.when.isEmpty())
            probes << FormulaEvaluator::Expression { setting.name, setting.when, key + QStringLiteral(".when"),
                                                     setting.location };
        if (!setting.expression.isEmpty())
            probes << FormulaEvaluator::Expression { setting.name, setting.expression,
                                                     key + QStringLiteral(".expression"), setting.location };
    }
    FormulaEvaluator evaluator;
    return evaluator.compile(inputNames, formulas, probes);
}

// What memory components, settings, storage and checks name is a formula or input of the
// service, of the right dimension.
std::optional<Error> validateReferences(const ServiceDefinition& s, const QStringList& inputNames)
{
    auto knowsFormula = [&](const QString& name) { return s.formula(name) != nullptr || s.input(name) != nullptr; };
    const auto isMemoryFormula = [&](const QString& name) {
        const auto* f = s.formula(name);
        return f && f->dimension == Dimension::Memory;
    };
    for (const auto& c : s.memoryComponents) {
        const bool demandKnown = c.demand.isEmpty() || isMemoryFormula(c.demand); // the demand is optional
        if (!isMemoryFormula(c.formula) || !demandKnown)
            return serviceError(s, QStringLiteral("memory.components.%1").arg(c.name),
                                CatalogLoaderText::tr("'%1' is not a memory formula of this service.")
                                    .arg(isMemoryFormula(c.formula) ? c.demand : c.formula));
    }
    if (!s.residentFormula.isEmpty()) {
        const auto* f = s.formula(s.residentFormula);
        if (!f || f->dimension != Dimension::Memory)
            return serviceError(
                s, QStringLiteral("memory.resident"),
                CatalogLoaderText::tr("'%1' is not a memory formula of this service.").arg(s.residentFormula));
    }
    for (const auto& setting : s.settings) {
        if (setting.formula.isEmpty())
            continue;
        if (!knowsFormula(setting.formula))
            return serviceError(
                s, QStringLiteral("settings.%1").arg(setting.name),
                CatalogLoaderText::tr("'%1' is neither a formula nor an input of this service.").arg(setting.formula));
    }
    const std::pair<QString, Dimension> storage[] = { { s.storage.sizeFormula, Dimension::Memory },
                                                      { s.storage.iopsFormula, Dimension::Iops },
                                                      { s.storage.throughputFormula, Dimension::Throughput } };
    for (const auto& [name, dimension] : storage) {
        if (name.isEmpty())
            continue;
        const auto* f = s.formula(name);
        if (!f || f->dimension != dimension)
            return serviceError(
                s, QStringLiteral("storage"),
                CatalogLoaderText::tr("'%1' is not a %2 formula of this service.").arg(name, dimensionName(dimension)));
    }
    for (const auto& check : s.checks) {
        for (const auto& name : check.inputs) {
            if (!inputNames.contains(name) && !s.formula(name))
                return serviceError(s, QStringLiteral("checks.%1.inputs").arg(check.code),
                                    CatalogLoaderText::tr("'%1' is not a name of this service.").arg(name));
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<Error> CatalogLoader::validate(const Catalog& catalog)
{
    if (catalog.workloadSizes.isEmpty())
        return Error { CatalogLoaderText::tr("the catalog defines no workload sizes."),
                       QStringLiteral("workloadSizes"),
                       {} };
    if (auto error = validateProfiles(catalog))
        return error;
    for (const auto& s : catalog.services) {
        if (auto error = validateMatrix(catalog, s))
            return error;
        QStringList inputNames = builtInNames(s);
        if (auto error = validateInputs(catalog, s, inputNames))
            return error;
        if (auto error = compileFormulas(s, inputNames))
            return error;
        if (auto error = validateReferences(s, inputNames))
            return error;
    }
    return std::nullopt;
}

Expected<Catalog> CatalogLoader::loadBuiltIn()
{
    auto catalog = readBuiltIn();
    if (!catalog)
        return catalog;
    if (auto error = validate(catalog.value()))
        return *error;
    return catalog;
}

Expected<Catalog> CatalogLoader::readBuiltIn()
{
    Catalog catalog;
    QStringList files = { QStringLiteral(":/catalog/base.yaml"), QStringLiteral(":/catalog/storage-classes.yaml") };
    for (const QString& dirName : { QStringLiteral(":/catalog/services"), QStringLiteral(":/catalog/profiles") }) {
        const QDir dir(dirName);
        for (const auto& name : dir.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name))
            files << dir.filePath(name);
    }
    for (const auto& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error { CatalogLoaderText::tr("the built-in catalog file cannot be read."), {}, { path, 0, 0 } };
        if (auto error = read(catalog, file.readAll(), path))
            return *error;
    }
    return catalog;
}

Expected<Catalog> CatalogLoader::loadWithOverride(const QString& overridePath)
{
    auto base = loadBuiltIn();
    if (!base)
        return base;
    Catalog catalog = std::move(base.value());
    QFile file(overridePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error { CatalogLoaderText::tr("cannot open the catalog file: %1.").arg(file.errorString()),
                       {},
                       { overridePath, 0, 0 } };
    constexpr qint64 kMaxCatalogBytes = 16 * 1024 * 1024;
    if (file.size() > kMaxCatalogBytes)
        return Error { CatalogLoaderText::tr("the catalog file is larger than 16 MiB; that is not a catalog."),
                       {},
                       { overridePath, 0, 0 } };
    if (auto error = read(catalog, file.readAll(), overridePath))
        return *error;
    if (auto error = validate(catalog)) {
        // Point at the user's file: only its entries can have broken a valid built-in catalog.
        if (error->location.file.isEmpty() || error->location.file.startsWith(QLatin1Char(':')))
            error->location.file = overridePath;
        return *error;
    }
    return catalog;
}

} // namespace headroom
