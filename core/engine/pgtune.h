// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <functional>
#include <optional>

namespace headroom {

// What PGTune (le0pard/pgtune) asks for. The field names follow PGTune's form so that the rules in
// /work/shared/reference/pgtune-profile.md read the same here; defaults are PGTune's.
struct PgTuneInput
{
    // A fixed underlying type: any int a caller casts in is a value validate() can refuse,
    // not undefined behaviour on load.
    enum Os : int { Linux, Windows, Mac };
    enum DbType : int { Web, Oltp, Dw, Desktop, Mixed };
    enum Storage : int { Ssd, Nvme, San, Hdd };
    enum DbSize : int { LessRam, MidRam, GreaterRam };
    enum MemoryUnit : int { Megabytes, Gigabytes, Terabytes };

    int dbVersion = 18;
    Os os = Linux;
    DbType dbType = Web;
    // M of the profile: the machine's memory in kB (1 kB = 1024 bytes); a whole number of MB, as PGTune's form
    // only takes MB, GB and TB.
    std::int64_t totalMemoryKb = 0;
    std::optional<int> cpus; // blank in PGTune's form when absent
    std::optional<int> connections; // blank: the DB type's default
    Storage storage = Ssd;
    DbSize dbSize = MidRam;
    // Only for the "# Total Memory (RAM): 8 GB" comment, which echoes what the user typed: "1024 MB" and "1 GB"
    // give the same settings but PGTune prints them as entered. Absent: GB when it divides exactly, else MB.
    std::optional<MemoryUnit> memoryUnit;
};

// One output line, value exactly as PGTune prints it: "256MB", "7864kB", "0.9", "lz4", "200".
struct PgTuneSetting
{
    QString name;
    QString value;

    friend bool operator==(const PgTuneSetting&, const PgTuneSetting&) = default;
};

struct PgTuneResult
{
    // In PGTune's order; settings whose value is empty/null in PGTune are left out, not listed empty.
    QList<PgTuneSetting> settings;
    // The warning comment lines that go above the input comments, without the "# " or "-- " prefix.
    QStringList warnings;

    // The printed value, or an empty string when the setting is left out.
    QString value(QStringView name) const;
    bool contains(QStringView name) const;
};

// A setting's value before it is printed: a number, an amount of memory in kB (printed as PGTune prints memory),
// or fixed Latin-1 text.
struct PgTuneValue
{
    enum Kind { Number, MemoryKb, Text };
    Kind kind = Number;
    std::int64_t amount = 0;
    const char* text = nullptr;
};

namespace pgtune {

// Inputs outside these ranges are refused. PGTune offers versions 10 to 18; the memory ceiling (64 TB) is above
// any single host sold today and keeps every kB computation far from 64-bit overflow; the CPU and connection
// ceilings are generous sanity limits that catch a mistyped extra digit or two.
constexpr int minVersion = 10;
constexpr int maxVersion = 18;
constexpr std::int64_t kbPerMb = 1024;
constexpr std::int64_t kbPerGb = 1024 * kbPerMb;
constexpr std::int64_t kbPerTb = 1024 * kbPerGb;
constexpr std::int64_t maxMemoryKb = 64 * kbPerTb;

// How PGTune's formatValue prints a positive amount of kB: in GB when whole gigabytes
// (whole terabytes included: PGTune never prints TB), else MB when whole megabytes, else kB.
// One rule for `tune` and `tune --batch`, so the two cannot drift apart.
struct MemoryText
{
    std::int64_t value;
    const char* unit;
};
MemoryText memoryText(std::int64_t kb);
constexpr int maxCpus = 10000;
constexpr int maxConnections = 100000;

// The first problem of the input, or nothing. keyPath is PGTune's key name (dbVersion, totalMemory, cpuNum, ...).
std::optional<Error> validate(const PgTuneInput& input);

// PGTune's rules (pgtune-profile.md) as a pure function. Fails only when validate() does.
Expected<PgTuneResult> tune(const PgTuneInput& input);

// Receives each setting of tune() with its value unprinted, so that a caller can print it as it needs.
using SettingSink = std::function<void(const char* name, const PgTuneValue& value)>;

// Every setting of a valid input (validate() gives nothing) in PGTune's order, unprinted; tune() prints them as
// PgTuneSettings.
void forEachSetting(const PgTuneInput& input, const SettingSink& add);

// A memory setting as PGTune prints it: "256MB", "7864kB", "4GB" (whole terabytes stay in GB).
QString formatMemoryKb(std::int64_t kb);

// The "DB Version: 18", "OS Type: linux", ... lines PGTune writes above the settings, without the comment prefix.
QStringList inputComments(const PgTuneInput& input);

// The whole postgresql.conf fragment PGTune shows: "# " warning lines and a blank line when there are warnings,
// the input comments, a blank line, then "name = value" lines. Ends with a newline.
QString toConf(const PgTuneInput& input, const PgTuneResult& result);
// The same as an ALTER SYSTEM script: "-- " comments and "ALTER SYSTEM SET name = 'value';" lines.
QString toAlterSystem(const PgTuneInput& input, const PgTuneResult& result);

// PGTune's spellings of the choices ("linux", "dw", "nvme", "less_ram", "GB") and their lookups. Lookups ignore
// case so that "Linux" or "gb" typed by hand still work; output always uses PGTune's spelling.
QString osName(PgTuneInput::Os os);
QString dbTypeName(PgTuneInput::DbType type);
QString storageName(PgTuneInput::Storage storage);
QString dbSizeName(PgTuneInput::DbSize size);
QString memoryUnitName(PgTuneInput::MemoryUnit unit);
std::int64_t memoryUnitKb(PgTuneInput::MemoryUnit unit);
std::optional<PgTuneInput::Os> osFromName(QStringView name);
std::optional<PgTuneInput::DbType> dbTypeFromName(QStringView name);
std::optional<PgTuneInput::Storage> storageFromName(QStringView name);
std::optional<PgTuneInput::DbSize> dbSizeFromName(QStringView name);
std::optional<PgTuneInput::MemoryUnit> memoryUnitFromName(QStringView name);
// Every accepted spelling, in PGTune's order, for messages ("web, oltp, dw, desktop, mixed").
QStringList osNames();
QStringList dbTypeNames();
QStringList storageNames();
QStringList dbSizeNames();
QStringList memoryUnitNames();

} // namespace pgtune

} // namespace headroom
