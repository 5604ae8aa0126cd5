// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QStringView>

#include <cstdint>

namespace headroom {

// A setting's bounds as PostgreSQL's pg_settings lists them (min_val, max_val in `unit`),
// for the settings Headroom writes. The server refuses to start with a value outside them.
// Checked against a real server's pg_settings by tests/integration/tst_postgres.
struct PgSettingRange
{
    const char* name;
    const char* unit; // pg_settings' unit: "8kB", "kB", "MB", or "" for a plain number
    double min;
    double max;

    // Bytes of one unit: 8192 for "8kB", 0 for a plain number.
    std::int64_t unitBytes() const;
    bool isMemory() const { return unitBytes() > 0; }
    // A memory value moved into the range, in bytes; the bounds are whole units.
    std::int64_t clampBytes(std::int64_t bytes) const;
    double clampNumber(double value) const;

    // The range of a setting Headroom writes, or nullptr for one without numeric bounds.
    static const PgSettingRange* of(QStringView name);
    static const PgSettingRange* of(const char* name);
    static QList<PgSettingRange> all();
};

} // namespace headroom
