// SPDX-License-Identifier: Apache-2.0
#include "io/recoveryfile.h"

#include <QFile>
#include <QtTest>

using namespace headroom;

namespace {
RecoveryFile sample()
{
    QFile plan(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml"));
    plan.open(QIODevice::ReadOnly);
    RecoveryFile file;
    file.planPath = QStringLiteral("/home/sre/plans/prod stack%\n.yaml");
    file.planName = QStringLiteral("Prod 운영\n# length: 1");
    file.savedAt = QDateTime(QDate(2026, 12, 6), QTime(22, 51, 55, 123), Qt::UTC);
    file.planYaml = plan.readAll();
    return file;
}
} // namespace

// The recovery file's own format: what is written reads back, and a file cut short or
// changed anywhere is refused as damaged (a full disk once restored 174 of 300 services).
class TestRecoveryFile : public QObject
{
    Q_OBJECT

private slots:
    void readsBackWhatItWrote()
    {
        const RecoveryFile file = sample();
        const QByteArray bytes = file.encode();
        const auto decoded = RecoveryFile::decode(bytes, QStringLiteral("a.recovery"));
        QVERIFY2(!decoded.damage, qPrintable(decoded.damage ? decoded.damage->toString() : QString()));
        QCOMPARE(decoded.file.planPath, file.planPath);
        QCOMPARE(decoded.file.planName, file.planName);
        QCOMPARE(decoded.file.savedAt, file.savedAt);
        QCOMPARE(decoded.file.planYaml, file.planYaml);
        QCOMPARE(decoded.file.encode(), bytes);
        // A name cannot forge a header line: it is one line, percent-encoded.
        QCOMPARE(bytes.count("\n# length: "), 1);
    }

    void cutShortIsDamaged_data()
    {
        QTest::addColumn<qsizetype>("keep");
        const QByteArray bytes = sample().encode();
        // At every line end, where a cut plan still parses as YAML, and in the header.
        for (qsizetype at = bytes.indexOf('\n'); at >= 0 && at + 1 < bytes.size(); at = bytes.indexOf('\n', at + 1))
            QTest::addRow("cut after byte %lld", qlonglong(at + 1)) << at + 1;
        QTest::addRow("empty") << qsizetype(0);
        QTest::addRow("last byte gone") << bytes.size() - 1;
    }

    void cutShortIsDamaged()
    {
        QFETCH(qsizetype, keep);
        const RecoveryFile file = sample();
        const auto decoded = RecoveryFile::decode(file.encode().left(keep), QStringLiteral("cut.recovery"));
        QVERIFY(decoded.damage);
        QCOMPARE(decoded.damage->location.file, QStringLiteral("cut.recovery"));
        // Whatever header survives still names the right plan for the question asked.
        if (keep > file.encode().indexOf("# name: "))
            QCOMPARE(decoded.file.planPath, file.planPath);
    }

    void anyChangedByteIsDamaged()
    {
        const QByteArray bytes = sample().encode();
        for (qsizetype at = 0; at < bytes.size(); ++at) {
            QByteArray changed = bytes;
            changed[at] = char(changed[at] ^ 0x01);
            QVERIFY2(RecoveryFile::decode(changed, QStringLiteral("x")).damage, qPrintable(QString::number(at)));
        }
        QVERIFY(RecoveryFile::decode(bytes + '\n', QStringLiteral("x")).damage);
    }

    void otherFilesAreRefused()
    {
        const auto plan = RecoveryFile::decode(sample().planYaml, QStringLiteral("plan.yaml"));
        QVERIFY(plan.damage);
        QVERIFY(plan.damage->message.contains(QStringLiteral("not a Headroom recovery file")));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryFile)
#include "tst_recoveryfile.moc"
