#include "io/catalogloader.h"
#include "io/planloader.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace headroom;

// Starts Headroom as a child process on a plan, edits it through the test hook, kills it
// with SIGKILL once the recovery file is written, starts it again and checks that the
// restored plan is the edited one.
class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void restoresAfterSigkill()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString plan = home.filePath(QStringLiteral("plan.yaml"));
        QVERIFY(
            QFile::copy(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml"), plan));
        QFile::setPermissions(plan, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("HEADROOM_TEST_HOOK"),
            QStringLiteral("tier cache large;input app-db dataset 90Gi;input metrics samples_per_second 45k/s"));

        QProcess first;
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(HEADROOM_EXECUTABLE), { plan });
        QVERIFY(first.waitForStarted());
        const QDir recovery(home.filePath(QStringLiteral("data/Headroom/headroom/recovery")));
        QTRY_VERIFY_WITH_TIMEOUT(!recovery.entryList({ QStringLiteral("*.yaml") }, QDir::Files).isEmpty(), 15000);
        first.kill(); // SIGKILL: no clean close
        QVERIFY(first.waitForFinished());
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        QCOMPARE(recovery.entryList({ QStringLiteral("*.yaml") }, QDir::Files).size(), 1);

        const QString dump = home.filePath(QStringLiteral("restored.yaml"));
        env.insert(QStringLiteral("HEADROOM_TEST_HOOK"), QStringLiteral("restore-and-dump ") + dump);
        QProcess second;
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(HEADROOM_EXECUTABLE), { plan });
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitCode(), 0);

        auto catalog = CatalogLoader().loadBuiltIn();
        QVERIFY(catalog.hasValue());
        auto expected = PlanLoader(catalog.value()).loadFile(plan);
        QVERIFY(expected.hasValue());
        Plan edited = expected.value();
        edited.service(QStringLiteral("cache"))->request.size = QStringLiteral("large");
        edited.service(QStringLiteral("app-db"))
            ->request.inputs.insert(QStringLiteral("dataset"), Quantity::bytes(90LL << 30));
        edited.service(QStringLiteral("metrics"))
            ->request.inputs.insert(QStringLiteral("samples_per_second"), Quantity::perSecond(45'000));
        auto restored = PlanLoader(catalog.value()).loadFile(dump);
        QVERIFY2(restored.hasValue(), qPrintable(restored ? QString() : restored.error().toString()));
        QVERIFY(restored.value() == edited);
        QVERIFY(!(restored.value() == expected.value()));
        // The plan file itself was never touched.
        QVERIFY(PlanLoader(catalog.value()).loadFile(plan).value() == expected.value());
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
