// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: arbitrary bytes as a plan file, exported to every format.
//
// A plan that loads and sizes is exported (PlanExporter: Helm values, postgresql.conf,
// pgbouncer.ini, my.cnf) and every file is read back by its consumer's rules: values files by
// yaml-cpp, the INI-like files by a strict reader of their documented syntax. The oracle: each
// file parses, sets no key beyond what its exporter writes (so plan text never became a line
// of its own), holds no control character but the line feed, and no two files share a name.
// A broken promise ends the run with __builtin_trap(), so libFuzzer keeps the input.

#include "builtincatalog.h"
#include "engine/plansizer.h"
#include "export/chartmaploader.h"
#include "export/planexporter.h"
#include "io/planloader.h"

#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace headroom;

namespace {

// The first segment of every key path a chart map can write: all a values file may set.
const QSet<QString>& valuesTopKeys()
{
    static const QSet<QString> keys = [] {
        QSet<QString> out;
        auto maps = ChartMapLoader().loadBuiltIn();
        if (!maps)
            std::abort();
        for (const auto& map : maps.value()) {
            for (const QString& role :
                 { QString(), QStringLiteral("primary"), QStringLiteral("replica"), QStringLiteral("together") }) {
                for (const auto& v : map.valuesFor(role))
                    out.insert(v.path.section(QLatin1Char('.'), 0, 0));
            }
            for (const auto& s : map.secrets)
                out.insert(s.path.section(QLatin1Char('.'), 0, 0));
        }
        return out;
    }();
    return keys;
}

[[noreturn]] void oracleFailure(const char* what, const ExportFile& file, const QString& detail)
{
    std::fprintf(stderr, "fuzz_exporters: ORACLE FAILURE: %s in %s: %s\n--- file ---\n%s\n", what,
                 qPrintable(file.fileName), qPrintable(detail), file.content.constData());
    __builtin_trap();
}

bool hasControlCharacter(const QString& text, bool lineFeedAllowed)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (lineFeedAllowed && u == u'\n')
            continue;
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

// One `key = value` line of an INI-like file, or nullopt for a blank or comment line.
struct Assignment
{
    QString key;
    QString value;
};

// postgresql.conf as PostgreSQL's guc-file.l reads it: name = value, the value a bare word or
// number or a quoted string ('' and backslash escapes, no line break inside).
void readPostgresConf(const ExportFile& file, const QSet<QString>& known)
{
    static const QRegularExpression line(QStringLiteral(
        "^([A-Za-z_][A-Za-z0-9_.]*)[ \\t]*=?[ \\t]*([A-Za-z0-9_.:+-]+|'(?:[^'\\\\\\n]|\\\\.|'')*')[ \\t]*(#.*)?$"));
    for (const auto& text : QString::fromUtf8(file.content).split(QLatin1Char('\n'))) {
        const QString t = text.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#')))
            continue;
        const auto m = line.match(t);
        if (!m.hasMatch())
            oracleFailure("a line postgresql.conf does not read", file, text);
        if (!known.contains(m.captured(1)))
            oracleFailure("a setting the profile does not write", file, text);
    }
}

// pgbouncer.ini and my.cnf: [section] headers, comments, `key = value` in known sections.
// A key may start with a digit: PgBouncer reads `180d-db = host=…` as database 180d-db, and a
// Helm release name (a DNS label) may start with one.
void readIni(const ExportFile& file, const QHash<QString, QSet<QString>>& known, QChar comment)
{
    static const QRegularExpression assignment(QStringLiteral("^([A-Za-z0-9_][A-Za-z0-9_.-]*)[ \\t]*=[ \\t]*(.*)$"));
    QString section;
    for (const auto& text : QString::fromUtf8(file.content).split(QLatin1Char('\n'))) {
        const QString t = text.trimmed();
        if (t.isEmpty() || t.startsWith(comment))
            continue;
        if (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']'))) {
            section = t.mid(1, t.size() - 2);
            if (!known.contains(section))
                oracleFailure("a section the exporter does not write", file, text);
            continue;
        }
        const auto m = assignment.match(t);
        if (!m.hasMatch() || section.isEmpty())
            oracleFailure("a line outside the file's syntax", file, text);
        if (!known.value(section).contains(m.captured(1)))
            oracleFailure("a key the exporter does not write", file, text);
        const QString value = m.captured(2);
        if (value.startsWith(QLatin1Char('"')) && (value.size() < 2 || !value.endsWith(QLatin1Char('"'))))
            oracleFailure("an unterminated quoted value", file, text);
    }
}

void readPgBouncer(const ExportFile& file)
{
    static const QSet<QString> settings = { QStringLiteral("listen_addr"),
                                            QStringLiteral("listen_port"),
                                            QStringLiteral("pool_mode"),
                                            QStringLiteral("max_client_conn"),
                                            QStringLiteral("default_pool_size"),
                                            QStringLiteral("reserve_pool_size"),
                                            QStringLiteral("reserve_pool_timeout"),
                                            QStringLiteral("server_idle_timeout"),
                                            QStringLiteral("auth_type"),
                                            QStringLiteral("auth_file") };
    readIni(file,
            { { QStringLiteral("databases"), { file.service, file.service + QStringLiteral("_ro") } },
              { QStringLiteral("pgbouncer"), settings } },
            QLatin1Char(';'));
}

void readMyCnf(const ExportFile& file, const Catalog& catalog)
{
    QSet<QString> names;
    if (const ServiceDefinition* mysql = catalog.service(QStringLiteral("mysql"))) {
        for (const auto& s : mysql->settings)
            names.insert(s.name);
    }
    readIni(file, { { QStringLiteral("mysqld"), names } }, QLatin1Char('#'));
}

void readValues(const ExportFile& file)
{
    YAML::Node root;
    try {
        root = YAML::Load(file.content.toStdString());
    } catch (const YAML::Exception& e) {
        oracleFailure("a values file yaml-cpp does not parse", file, QString::fromStdString(e.what()));
    }
    if (!root.IsMap())
        oracleFailure("a values file that is not a mapping", file, {});
    for (const auto& entry : root) {
        const QString key = QString::fromStdString(entry.first.Scalar());
        if (!valuesTopKeys().contains(key))
            oracleFailure("a key no chart map writes", file, key);
    }
}

QSet<QString> profileSettings(const Catalog& catalog)
{
    QSet<QString> names = { QStringLiteral("max_connections"), QStringLiteral("max_worker_processes"),
                            QStringLiteral("max_wal_senders"), QStringLiteral("max_prepared_transactions"),
                            QStringLiteral("max_locks_per_transaction") };
    if (const PostgresProfile* profile = catalog.postgresProfile(QStringLiteral("headroom"))) {
        for (const auto& s : profile->settings)
            names.insert(s.name);
    }
    return names;
}

void check(const QList<ExportFile>& files, const Catalog& catalog)
{
    QSet<QString> names;
    const QSet<QString> confSettings = profileSettings(catalog);
    for (const auto& file : files) {
        if (names.contains(file.fileName))
            oracleFailure("two files with one name", file, {});
        names.insert(file.fileName);
        if (hasControlCharacter(file.fileName, false) || file.fileName.contains(QLatin1Char('/')))
            oracleFailure("a file name that is not plain", file, {});
        if (hasControlCharacter(QString::fromUtf8(file.content), true))
            oracleFailure("a control character", file, {});
        if (file.kind == QLatin1String("helm-values"))
            readValues(file);
        else if (file.kind == QLatin1String("postgresql-conf"))
            readPostgresConf(file, confSettings);
        else if (file.kind == QLatin1String("pgbouncer-ini"))
            readPgBouncer(file);
        else if (file.kind == QLatin1String("my-cnf"))
            readMyCnf(file, catalog);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::builtInCatalog("fuzz_exporters");
    valuesTopKeys();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    PlanLoader loader(fuzz::builtInCatalog("fuzz_exporters"));
    const auto plan = loader.load(input, QStringLiteral("fuzz.yaml"));
    if (!plan)
        return 0;
    const Catalog& catalog = loader.effectiveCatalog();
    const PlanSizing sizing = PlanSizer(catalog).size(*plan);
    for (const auto& s : sizing.services) {
        if (!s.error.isEmpty())
            return 0; // `headroom export` refuses such a plan before exporting
    }
    PlanExportOptions options;
    options.headroomVersion = QStringLiteral("fuzz");
    const auto files = PlanExporter::files(*plan, sizing, catalog, options);
    if (files)
        check(files.value(), catalog);
    return 0;
}
