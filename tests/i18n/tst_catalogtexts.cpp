// SPDX-License-Identifier: Apache-2.0
// The catalog's prose reaches translators through translations/catalogsourcetexts.cpp and users
// through catalogText(): the generated file must match the catalog, identifiers stay as
// they are, and a finding sized under Korean reads in Korean with its figures filled in.
#include "engine/plansizer.h"
#include "engine/sizingengine.h"
#include "io/catalogloader.h"
#include "model/catalogtext.h"
#include "testutils.h"
#include "translations/catalogsourcetexts.h"
#include "translations/translationloader.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace headroom;

class TestCatalogTexts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog); }

    void generatedFileIsCurrent()
    {
        QStringList generated;
        for (const char* text : i18n::catalogSourceTexts())
            generated << QString::fromUtf8(text);
        const QStringList current = catalogDisplayTexts(m_catalog);
        QStringList added, removed;
        for (const auto& t : current)
            if (!generated.contains(t))
                added << t;
        for (const auto& t : generated)
            if (!current.contains(t))
                removed << t;
        if (!added.isEmpty() || !removed.isEmpty() || generated != current) {
            QFAIL(qPrintable(QStringLiteral("translations/catalogsourcetexts.cpp is out of date with resources/catalog "
                                            "(%1 new, %2 gone, or the order changed). Run: cmake --build BUILD "
                                            "--target headroom_catalog_texts headroom_lupdate, then translate.\n"
                                            "New: %3\nGone: %4")
                                 .arg(added.size())
                                 .arg(removed.size())
                                 .arg(added.join(QStringLiteral(" | ")), removed.join(QStringLiteral(" | ")))));
        }
    }

    void proseIsCollected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("collected");
        QTest::newRow("input title") << QStringLiteral("Max connections") << true;
        QTest::newRow("input description")
            << QStringLiteral("Size of the databases on disk, tables and indexes.") << true;
        QTest::newRow("check message") << QStringLiteral(
            "{connections} backends take {connection_memory}, more than a quarter of the {memory} "
            "limit.") << true;
        QTest::newRow("matrix text cell") << QStringLiteral("Dev/Test, < 10 GB data") << true;
        QTest::newRow("workload size") << QStringLiteral("XLarge") << true;
        QTest::newRow("group") << QStringLiteral("Critical Infrastructure") << true;
        QTest::newRow("storage class") << QStringLiteral("Network SSD (Premium)") << true;
        QTest::newRow("formula named as its setting") << QStringLiteral("shared_buffers") << false;
        QTest::newRow("dotted setting name") << QStringLiteral("log.retention.hours") << false;
        QTest::newRow("service name") << QStringLiteral("PostgreSQL") << false;
    }

    void proseIsCollected()
    {
        QFETCH(QString, text);
        QFETCH(bool, collected);
        QCOMPARE(catalogDisplayTexts(m_catalog).contains(text), collected);
    }

    // English (whose translator holds only plural forms) shows every catalog text as written.
    void englishIsTheCatalogItself()
    {
        QVERIFY(i18n::install(QCoreApplication::instance(), QStringLiteral("en")));
        const QStringList texts = catalogDisplayTexts(m_catalog);
        QVERIFY(texts.size() > 100);
        for (const auto& t : texts)
            QCOMPARE(catalogText(t), t);
        QCOMPARE(catalogText(QString()), QString());
        for (auto* t : QCoreApplication::instance()->findChildren<QTranslator*>())
            delete t;
    }

    void koreanFindingKeepsItsFigures()
    {
        QVERIFY(i18n::install(QCoreApplication::instance(), QStringLiteral("ko")));
        // The engine translates messages when it compiles a service, so it is made after.
        SizingEngine engine(m_catalog);
        ServiceRequest request;
        request.service = QStringLiteral("postgresql");
        request.size = QStringLiteral("small");
        request.inputs.insert(QStringLiteral("connections"), Quantity(Dimension::Count, 400));
        auto sized = engine.size(request);
        QVERIFY2(sized.hasValue(), qPrintable(sized ? QString() : sized.error().message));
        const Finding* finding = nullptr;
        for (const auto& f : sized->findings)
            if (f.code == QLatin1String("postgresql.connection-memory-high"))
                finding = &f;
        QVERIFY(finding);
        static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
        QVERIFY2(finding->message.contains(hangul), qPrintable(finding->message));
        QVERIFY2(finding->fix.contains(hangul), qPrintable(finding->fix));
        QVERIFY2(!finding->message.contains(QLatin1Char('{')), qPrintable(finding->message));
        QVERIFY2(finding->message.contains(QStringLiteral("400")), qPrintable(finding->message));
        QVERIFY2(finding->message.contains(QStringLiteral("4 GiB")) || finding->message.contains(QStringLiteral("4Gi")),
                 qPrintable(finding->message));

        QVERIFY(catalogText(QStringLiteral("Max connections")).contains(hangul));
    }

    // A plan checks each role's volume against its class again for the planned volume; that
    // finding names the class in Korean too, as the engine's does.
    void koreanPlanIopsFindingNamesTheClass()
    {
        QVERIFY(!QCoreApplication::instance()->findChildren<QTranslator*>().isEmpty()); // Korean, from above
        Plan plan;
        plan.name = QStringLiteral("iops");
        PlannedService db;
        db.name = QStringLiteral("db");
        db.request.service = QStringLiteral("postgresql");
        db.request.size = QStringLiteral("small");
        db.request.storageClass = QStringLiteral("network-hdd");
        plan.services << db;
        const PlanSizing sized = PlanSizer(m_catalog).size(plan);
        const PlanFinding* finding = nullptr;
        for (const auto& f : sized.findings)
            if (f.finding.code == QLatin1String("storage.iops-exceeds-class"))
                finding = &f;
        QVERIFY(finding);
        const QString className = m_catalog.storageClass(QStringLiteral("network-hdd"))->name;
        QVERIFY(catalogText(className) != className);
        QVERIFY2(finding->finding.message.contains(catalogText(className)), qPrintable(finding->finding.message));
    }

    // A user's own catalog (--catalog FILE) has no translation: its text is shown as written,
    // inside the engine's Korean sentence.
    void usersOwnCatalogTextIsShownAsWritten()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("mine.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("apiVersion: headroom/v1\n"
                   "kind: StorageClasses\n"
                   "storageClasses:\n"
                   "  - id: tenant-disk\n"
                   "    name: Tenant spinning disk\n"
                   "    iops: {fixed: \"50\"}\n"
                   "    throughput: 10MB/s\n"
                   "    latency: {min: 5ms, max: 20ms}\n"
                   "    cost: {rank: 1, label: Low}\n"
                   "    useCase: Archives\n");
        file.close();
        auto catalog = CatalogLoader().loadWithOverride(path);
        QVERIFY2(catalog.hasValue(), qPrintable(testutils::errorText(catalog)));
        QVERIFY(catalog->storageClass(QStringLiteral("tenant-disk")));
        QVERIFY(!QCoreApplication::instance()->findChildren<QTranslator*>().isEmpty()); // Korean, from above
        SizingEngine engine(catalog.value());
        ServiceRequest request;
        request.service = QStringLiteral("postgresql");
        request.size = QStringLiteral("large");
        request.storageClass = QStringLiteral("tenant-disk");
        auto sized = engine.size(request);
        QVERIFY2(sized.hasValue(), qPrintable(sized ? QString() : sized.error().message));
        const Finding* finding = nullptr;
        for (const auto& f : sized->findings)
            if (f.code == QLatin1String("storage.iops-exceeds-class"))
                finding = &f;
        QVERIFY(finding);
        static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
        QVERIFY2(finding->message.contains(QStringLiteral("Tenant spinning disk")), qPrintable(finding->message));
        QVERIFY2(finding->message.contains(hangul), qPrintable(finding->message));
    }

private:
    Catalog m_catalog;
};

QTEST_GUILESS_MAIN(TestCatalogTexts)
#include "tst_catalogtexts.moc"
