// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/pgtune.h"
#include "model/error.h"

#include <QCoreApplication>
#include <QStringList>
#include <QStringView>

namespace headroom {

// PGTune's inputs as a person types them, shared by `headroom tune`'s options and the batch's JSON keys. Each
// parser returns the message without the option or key it is about; the caller puts that in front.
class PgTuneInputText
{
    Q_DECLARE_TR_FUNCTIONS(PgTuneInputText)

public:
    static Expected<int> version(QStringView text);
    // Digits only, at most nine of them, between min and max.
    static Expected<int> wholeNumber(QStringView text, int min, int max);
    // A whole number of `unit` above 0 and up to 64TB; `shown` is what the message quotes.
    static Expected<std::int64_t> memoryKb(QStringView amount, PgTuneInput::MemoryUnit unit, QStringView shown);
    static Expected<PgTuneInput::Os> os(QStringView text);
    static Expected<PgTuneInput::DbType> dbType(QStringView text);
    static Expected<PgTuneInput::Storage> storage(QStringView text);
    static Expected<PgTuneInput::DbSize> dbSize(QStringView text);
    static Expected<PgTuneInput::MemoryUnit> memoryUnit(QStringView text);

    // "--cpus: ..." or, in a batch, "cpuNum: ..."
    static Error about(const QString& what, const Error& error);
    static Error message(const QString& text);
};

} // namespace headroom
