// SPDX-License-Identifier: Apache-2.0
#include "io/catalogloader.h"
#include "io/planloader.h"
#include "testutils.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace headroom;

// Real Headroom processes on one plan: one is edited through the test hook and killed with
// SIGKILL once its recovery file is written; others run beside it or start after it.
class TestRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_plan;
    Catalog m_catalog;

    QProcessEnvironment environment(const QString& hook) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("HEADROOM_TEST_HOOK"));
        if (!hook.isEmpty())
            env.insert(QStringLiteral("HEADROOM_TEST_HOOK"), hook);
        return env;
    }

    QStringList recoveryFiles() const
    {
        const QDir dir(m_home.filePath(QStringLiteral("state/Headroom/headroom/recovery")));
        QStringList files;
        for (const QString& name : dir.entryList({ QStringLiteral("*.recovery") }, QDir::Files))
            files << dir.filePath(name);
        return files;
    }

    // Starts a window on the plan, edits it and waits for its recovery file.
    bool startEdited(QProcess& process)
    {
        process.setProcessEnvironment(environment(
            QStringLiteral("tier cache large;input app-db dataset 90Gi;input metrics samples_per_second 45k/s")));
        process.start(QStringLiteral(HEADROOM_EXECUTABLE), { m_plan });
        if (!process.waitForStarted())
            return false;
        QDeadlineTimer deadline(15000);
        while (recoveryFiles().isEmpty() && !deadline.hasExpired())
            QTest::qWait(50);
        return !recoveryFiles().isEmpty();
    }

    // A window that restores whatever is offered without asking, writes its plan and quits.
    Plan restoreAndDump(const QStringList& arguments)
    {
        const QString dump = m_home.filePath(QStringLiteral("restored.yaml"));
        QFile::remove(dump);
        QProcess process;
        process.setProcessEnvironment(environment(QStringLiteral("restore-and-dump ") + dump));
        process.start(QStringLiteral(HEADROOM_EXECUTABLE), arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        auto restored = PlanLoader(m_catalog).loadFile(dump);
        return restored ? restored.value() : Plan();
    }

    Plan savedPlan() const { return PlanLoader(m_catalog).loadFile(m_plan).value(); }

    Plan editedPlan() const
    {
        Plan edited = savedPlan();
        edited.service(QStringLiteral("cache"))->request.size = QStringLiteral("large");
        edited.service(QStringLiteral("app-db"))
            ->request.inputs.insert(QStringLiteral("dataset"), Quantity::bytes(90LL << 30));
        edited.service(QStringLiteral("metrics"))
            ->request.inputs.insert(QStringLiteral("samples_per_second"), Quantity::perSecond(45'000));
        return edited;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        auto catalog = CatalogLoader().loadBuiltIn();
        QVERIFY(catalog.hasValue());
        m_catalog = catalog.value();
    }

    void init()
    {
        QDir(m_home.filePath(QStringLiteral("state"))).removeRecursively();
        m_plan = m_home.filePath(QStringLiteral("plan.yaml"));
        QFile::remove(m_plan);
        QVERIFY(
            QFile::copy(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml"), m_plan));
        QFile::setPermissions(m_plan, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // Whichever plan the next start opens (this one, or the sample with no argument), the
    // edits of the killed window are offered and restored onto their own plan.
    void restoresAfterSigkill_data()
    {
        QTest::addColumn<bool>("withPlan");
        QTest::addRow("started on the plan") << true;
        QTest::addRow("started with no argument (the sample)") << false;
    }

    void restoresAfterSigkill()
    {
        QFETCH(bool, withPlan);
        QProcess first;
        QVERIFY(startEdited(first));
        first.kill(); // SIGKILL: no clean close
        QVERIFY(first.waitForFinished());
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        const QStringList left = recoveryFiles();
        QCOMPARE(left.size(), 1);
        QCOMPARE(
            QFileInfo(left.first()).permissions()
                & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::Permissions());

        const Plan restored = restoreAndDump(withPlan ? QStringList { m_plan } : QStringList());
        QVERIFY(restored == editedPlan());
        // The plan file itself was never touched, and the restored edits are now the second
        // window's own (it quit without saving them, so they stay for the next start).
        QVERIFY(savedPlan() == PlanLoader(m_catalog).loadFile(m_plan).value());
        QVERIFY(!(savedPlan() == editedPlan()));
        QCOMPARE(recoveryFiles().size(), 1);
        QVERIFY(recoveryFiles().first() != left.first());
    }

    // A screenshot run and a second window on the same plan end cleanly while the first
    // window runs: its recovery file is its own and stays.
    void otherProcessesLeaveItAlone()
    {
        QProcess first;
        QVERIFY(startEdited(first));
        const QString file = recoveryFiles().value(0);

        QProcess screenshot;
        screenshot.setProcessEnvironment(environment(QString()));
        screenshot.start(QStringLiteral(HEADROOM_EXECUTABLE),
                         { QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("shot.png")), m_plan });
        QVERIFY(screenshot.waitForFinished(30000));
        QCOMPARE(screenshot.exitCode(), 0);
        QVERIFY(QFile::exists(file));

        // A second window is offered nothing of a live window's and leaves it alone.
        QVERIFY(restoreAndDump({ m_plan }) == savedPlan());
        QVERIFY(QFile::exists(file));

        first.kill();
        QVERIFY(first.waitForFinished());
        QVERIFY(restoreAndDump({ m_plan }) == editedPlan());
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
