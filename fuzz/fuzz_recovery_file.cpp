// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: arbitrary bytes as a recovery file, and recovery files made from them.
//
// RecoveryFile::decode must turn any input into a header and either the plan's YAML or the
// damage it found, never crash, hang or leak. The oracle:
// - a file it accepts encodes back to the same bytes, and its YAML loads or is refused by
//   PlanLoader like any plan file (never a crash);
// - a file written from the input (its bytes as the plan's path, name and YAML) is accepted
//   with every field as written;
// - that file cut short anywhere, or with any one byte changed, is refused as damaged.
// A broken promise ends the run with __builtin_trap(), so libFuzzer saves the input.

#include "builtincatalog.h"
#include "io/planloader.h"
#include "io/recoveryfile.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace headroom;

namespace {

[[noreturn]] void oracleFailure(const char* what, const QByteArray& bytes)
{
    std::fprintf(stderr, "fuzz_recovery_file: ORACLE FAILURE: %s\n--- file ---\n%s\n", what, bytes.constData());
    __builtin_trap();
}

void checkAccepted(const QByteArray& input)
{
    const auto decoded = RecoveryFile::decode(input, QStringLiteral("fuzz.recovery"));
    if (decoded.damage)
        return;
    if (decoded.file.encode() != input)
        oracleFailure("an accepted file does not encode back to its bytes", input);
    PlanLoader loader(fuzz::builtInCatalog("fuzz_recovery_file"));
    (void)loader.load(decoded.file.planYaml, QStringLiteral("fuzz.recovery"));
}

RecoveryFile fileFrom(const QByteArray& input)
{
    const qsizetype third = input.size() / 3;
    RecoveryFile file;
    file.planPath = QString::fromUtf8(input.left(third));
    file.planName = QString::fromUtf8(input.mid(third, third));
    file.savedAt = QDateTime::fromMSecsSinceEpoch(qHash(input) % 4'102'444'800'000ULL, Qt::UTC);
    file.planYaml = input;
    return file;
}

void checkWrittenAndDamaged(const QByteArray& input)
{
    const RecoveryFile file = fileFrom(input);
    const QByteArray bytes = file.encode();
    const auto decoded = RecoveryFile::decode(bytes, QStringLiteral("written.recovery"));
    if (decoded.damage)
        oracleFailure("a file just written is refused", bytes);
    if (decoded.file.planPath != file.planPath || decoded.file.planName != file.planName
        || decoded.file.savedAt != file.savedAt || decoded.file.planYaml != file.planYaml)
        oracleFailure("a file just written reads back different", bytes);

    const std::size_t seed = qHash(input, 0x5eed);
    const QByteArray cut = bytes.left(qsizetype(seed % std::size_t(bytes.size())));
    if (!RecoveryFile::decode(cut, QStringLiteral("cut.recovery")).damage)
        oracleFailure("a file cut short is accepted", cut);
    QByteArray changed = bytes;
    const qsizetype at = qsizetype((seed >> 8) % std::size_t(bytes.size()));
    changed[at] = char(changed[at] ^ char(1 + (seed >> 40) % 255));
    if (!RecoveryFile::decode(changed, QStringLiteral("changed.recovery")).damage)
        oracleFailure("a file with a byte changed is accepted", changed);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::builtInCatalog("fuzz_recovery_file");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    checkAccepted(input);
    checkWrittenAndDamaged(input);
    return 0;
}
