// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace headroom {

// The format of a recovery file: a header that names the plan, then the plan's YAML.
//
//   # headroom-recovery 1
//   # plan: <its file, percent-encoded; empty for an untitled plan>
//   # name: <the plan's name, percent-encoded>
//   # time: <when it was written, ISO 8601 UTC>
//   # length: <bytes of YAML that follow>
//   # sha256: <of every byte above this line and of the YAML>
//   <the plan's YAML>
//
// The header lines are YAML comments, so the file is a plan file too. A file cut short (a
// full disk) or changed in any byte fails its length or checksum and is refused as damaged,
// never read as a shorter plan. Pure data: no file system here, so the fuzzer reaches it.
class RecoveryFile
{
public:
    QString planPath;
    QString planName;
    QDateTime savedAt; // UTC, milliseconds
    QByteArray planYaml;

    QByteArray encode() const;

    struct Decoded;
    // `source` names the file in errors.
    static Decoded decode(const QByteArray& bytes, const QString& source);
};

struct RecoveryFile::Decoded
{
    // What the header says, as far as it could be read (a damaged file still names its plan).
    RecoveryFile file;
    // Why the file is refused; the YAML is then not to be trusted.
    std::optional<Error> damage;
};

} // namespace headroom
