// SPDX-License-Identifier: Apache-2.0
#include "io/recoveryfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUrl>

namespace headroom {

namespace {

class RecoveryText
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryFile)
};

const QByteArray magicLine = QByteArrayLiteral("# headroom-recovery 1\n");
const QByteArray planKey = QByteArrayLiteral("# plan: ");
const QByteArray nameKey = QByteArrayLiteral("# name: ");
const QByteArray timeKey = QByteArrayLiteral("# time: ");
const QByteArray lengthKey = QByteArrayLiteral("# length: ");
const QByteArray checksumKey = QByteArrayLiteral("# sha256: ");
constexpr int maxLengthDigits = 12; // up to a terabyte: far beyond any plan

QByteArray encodeText(const QString& text)
{
    return QUrl::toPercentEncoding(text, QByteArrayLiteral("/ "));
}

QByteArray timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

QByteArray headerBeforeChecksum(const RecoveryFile& file)
{
    return magicLine + planKey + encodeText(file.planPath) + '\n' + nameKey + encodeText(file.planName) + '\n' + timeKey
        + timeText(file.savedAt) + '\n' + lengthKey + QByteArray::number(file.planYaml.size()) + '\n';
}

QByteArray checksum(const QByteArray& header, const QByteArray& yaml)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(header);
    hash.addData(yaml);
    return hash.result().toHex();
}

// Reads one "# key: value\n" line at `pos`; nothing when the line is missing or cut short.
std::optional<QByteArray> readLine(const QByteArray& bytes, qsizetype& pos, const QByteArray& key)
{
    if (!bytes.mid(pos, key.size()).startsWith(key) || bytes.size() - pos < key.size())
        return std::nullopt;
    const qsizetype end = bytes.indexOf('\n', pos + key.size());
    if (end < 0)
        return std::nullopt;
    QByteArray value = bytes.mid(pos + key.size(), end - pos - key.size());
    pos = end + 1;
    return value;
}

std::optional<qsizetype> parseLength(const QByteArray& text)
{
    if (text.isEmpty() || text.size() > maxLengthDigits || (text.size() > 1 && text.startsWith('0')))
        return std::nullopt;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return qsizetype(text.toLongLong());
}

Error damaged(const QString& source, const QString& why)
{
    return Error { why, {}, { source, 0, 0 } };
}

struct Header
{
    QByteArray path, name, time, length, sum;
    qsizetype end = 0; // where the YAML starts
    qsizetype checksumLine = 0; // where the sha256 line starts
};

// The header's lines, or the error that says where it stops.
std::optional<Error> readHeader(const QByteArray& bytes, const QString& source, Header& h, RecoveryFile& file)
{
    const QString cut = RecoveryText::tr("the recovery file is damaged: its header is cut short or altered.");
    qsizetype pos = magicLine.size();
    const auto path = readLine(bytes, pos, planKey);
    if (!path)
        return damaged(source, cut);
    file.planPath = QString::fromUtf8(QByteArray::fromPercentEncoding(h.path = *path));
    const auto name = readLine(bytes, pos, nameKey);
    if (!name)
        return damaged(source, cut);
    file.planName = QString::fromUtf8(QByteArray::fromPercentEncoding(h.name = *name));
    const auto time = readLine(bytes, pos, timeKey);
    if (!time)
        return damaged(source, cut);
    file.savedAt = QDateTime::fromString(QString::fromLatin1(h.time = *time), Qt::ISODateWithMs);
    const auto length = readLine(bytes, pos, lengthKey);
    if (!length)
        return damaged(source, cut);
    h.length = *length;
    h.checksumLine = pos;
    const auto sum = readLine(bytes, pos, checksumKey);
    if (!sum)
        return damaged(source, cut);
    h.sum = *sum;
    h.end = pos;
    return std::nullopt;
}

} // namespace

QByteArray RecoveryFile::encode() const
{
    const QByteArray header = headerBeforeChecksum(*this);
    return header + checksumKey + checksum(header, planYaml) + '\n' + planYaml;
}

RecoveryFile::Decoded RecoveryFile::decode(const QByteArray& bytes, const QString& source)
{
    Decoded result;
    if (!bytes.startsWith(magicLine)) {
        result.damage = damaged(source, RecoveryText::tr("not a Headroom recovery file."));
        return result;
    }
    Header h;
    if (auto error = readHeader(bytes, source, h, result.file)) {
        result.damage = error;
        return result;
    }
    const auto length = parseLength(h.length);
    const qsizetype present = bytes.size() - h.end;
    if (!length || *length != present) {
        result.damage = damaged(
            source,
            RecoveryText::tr("the recovery file is damaged: it holds %1 bytes of the plan where %2 were written.")
                .arg(present)
                .arg(QString::fromLatin1(h.length)));
        return result;
    }
    result.file.planYaml = bytes.mid(h.end);
    const QByteArray header = bytes.left(h.checksumLine);
    // Any header that does not read back to the same bytes (another encoding of a name, a
    // time Qt would write differently) is refused too: one plan, one file.
    if (h.sum != checksum(header, result.file.planYaml) || !result.file.savedAt.isValid()
        || headerBeforeChecksum(result.file) != header) {
        result.damage = damaged(source, RecoveryText::tr("the recovery file is damaged: its checksum does not match."));
    }
    return result;
}

} // namespace headroom
