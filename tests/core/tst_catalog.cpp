// SPDX-License-Identifier: Apache-2.0
// The built-in catalog is faithful to the user's sizing guide (/work/shared/reference/sizing-guide.md).
//
// Every expected value below is transcribed from the guide's tables by hand, not copied from the
// catalog's YAML, so that this test is an independent check of the transcription. The guide's
// "4 GB" of memory is read as 4Gi and "1 TB" of storage as 1Ti (docs/CATALOG.md); "7 days" is 7d,
// "10k" samples/s is 10k/s, "1k msg/s" is 1k/s. Text cells ("< 50", use cases) are compared as text.
#include "engine/sizingengine.h"
#include "io/catalogloader.h"
#include "model/catalog.h"
#include "model/quantity.h"
#include "model/servicesizing.h"
#include "model/storageclass.h"
#include "testutils.h"

#include <QDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace headroom;

namespace {

constexpr std::int64_t KiB = 1024;
constexpr std::int64_t MiB = KiB * 1024;
constexpr std::int64_t GiB = MiB * 1024;
constexpr std::int64_t TiB = GiB * 1024;

// QTest checks that row data has exactly the column's type, and a plain literal is an int.
constexpr std::int64_t operator""_r(unsigned long long value)
{
    return std::int64_t(value);
}

// The services the guide's "Resource Sizing Matrix" covers, in the guide's order.
const QStringList guideServices = {
    QStringLiteral("postgresql"),    QStringLiteral("mysql"), QStringLiteral("mongodb"),  QStringLiteral("redis"),
    QStringLiteral("elasticsearch"), QStringLiteral("kafka"), QStringLiteral("rabbitmq"), QStringLiteral("prometheus"),
    QStringLiteral("grafana"),       QStringLiteral("loki"),  QStringLiteral("keycloak"), QStringLiteral("nextcloud"),
};
const QStringList guideSizes
    = { QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large"), QStringLiteral("xlarge") };

Quantity q(Dimension dimension, const QString& text)
{
    auto parsed = Quantity::parse(dimension, text);
    if (!parsed)
        qFatal("test data: cannot parse '%s': %s", qPrintable(text), qPrintable(parsed.error().message));
    return parsed.value();
}

QString simplified(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// A guide column by its title; the catalog's title first, then its id, loosely.
const MatrixColumn* findColumn(const ServiceDefinition& service, const QString& guideTitle)
{
    for (const auto& column : service.columns) {
        if (column.title.compare(guideTitle, Qt::CaseInsensitive) == 0)
            return &column;
    }
    const QString wanted = simplified(guideTitle);
    for (const auto& column : service.columns) {
        if (simplified(column.title) == wanted || simplified(column.id) == wanted)
            return &column;
    }
    return nullptr;
}

// One of the guide's sizing tables: its column titles with the dimension each cell is read in
// ("" for text) and its four rows, Small to XLarge, cell by cell as the guide prints them.
struct GuideColumn
{
    const char* title;
    const char* dimension;
};

void addGuideTable(const char* service, std::initializer_list<GuideColumn> columns,
                   std::initializer_list<QStringList> rows)
{
    QStringList titles;
    QStringList dimensions;
    for (const auto& c : columns) {
        titles << QString::fromUtf8(c.title);
        dimensions << QString::fromUtf8(c.dimension);
    }
    qsizetype i = 0;
    for (const auto& cells : rows) {
        if (cells.size() != titles.size())
            qFatal("test data: %s row %d has %d cells for %d columns", service, int(i), int(cells.size()),
                   int(titles.size()));
        const QString& size = guideSizes.at(i++);
        QTest::addRow("%s/%s", service, qPrintable(size))
            << QString::fromUtf8(service) << size << titles << dimensions << cells;
    }
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void servicesAreTheGuides();
    void workloadSizes();
    void matrixColumns_data();
    void matrixColumns();
    void matrixRow_data();
    void matrixRow();
    void performanceTier_data();
    void performanceTier();
    void storageClass_data();
    void storageClass();
    void defaultStorageClassFollowsGuide_data();
    void defaultStorageClassFollowsGuide();

    void serviceIdentity_data();
    void serviceIdentity();
    void chartExists_data();
    void chartExists();
    void formulasExplained_data();
    void formulasExplained();
    void inputsDescribed_data();
    void inputsDescribed();
    void everySizeSizes_data();
    void everySizeSizes();

    void iopsCeiling_data();
    void iopsCeiling();

private:
    std::optional<Catalog> m_catalog;
    std::unique_ptr<SizingEngine> m_engine;
};

void TestCatalog::initTestCase()
{
    CatalogLoader loader;
    auto catalog = loader.loadBuiltIn();
    QVERIFY2(catalog.hasValue(), qPrintable(testutils::errorText(catalog)));
    for (const auto& warning : loader.warnings())
        qWarning("catalog warning: %s", qPrintable(warning.toString()));
    QVERIFY2(loader.warnings().isEmpty(), "the built-in catalog loads with warnings");
    m_catalog = catalog.value();
    m_engine = std::make_unique<SizingEngine>(catalog.value());
}

void TestCatalog::servicesAreTheGuides()
{
    QStringList ids = m_catalog->serviceIds();
    ids.sort();
    QStringList expected = guideServices;
    expected.sort();
    QCOMPARE(ids, expected);
}

void TestCatalog::workloadSizes()
{
    // The guide's rows, smallest first: Small, Medium, Large, XLarge.
    QCOMPARE(m_catalog->workloadSizeIds(), guideSizes);
    QStringList names;
    for (const auto& size : m_catalog->workloadSizes)
        names << size.name;
    QCOMPARE(names, QStringList({ "Small", "Medium", "Large", "XLarge" }));
}

void TestCatalog::matrixColumns_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QStringList>("titles");

    // The header of each of the guide's tables, without the "Workload" column (the row's size).
    QTest::addRow("postgresql") << "postgresql"
                                << QStringList { "vCPU", "Memory", "Storage IOPS", "Connections", "Use Case" };
    QTest::addRow("mysql") << "mysql" << QStringList { "vCPU", "Memory", "Storage IOPS", "Connections", "Use Case" };
    QTest::addRow("mongodb") << "mongodb"
                             << QStringList { "vCPU", "Memory", "Storage IOPS", "Connections", "Use Case" };
    QTest::addRow("redis") << "redis" << QStringList { "vCPU", "Memory", "Use Case" };
    QTest::addRow("elasticsearch") << "elasticsearch"
                                   << QStringList { "vCPU", "Memory", "Storage IOPS", "Heap Size", "Use Case" };
    QTest::addRow("kafka") << "kafka" << QStringList { "vCPU", "Memory", "Storage IOPS", "Throughput", "Use Case" };
    QTest::addRow("rabbitmq") << "rabbitmq" << QStringList { "vCPU", "Memory", "Throughput", "Use Case" };
    QTest::addRow("prometheus") << "prometheus"
                                << QStringList { "vCPU", "Memory", "Storage", "Retention", "Samples/s", "Use Case" };
    QTest::addRow("grafana") << "grafana"
                             << QStringList { "vCPU", "Memory", "Storage", "Users", "Dashboards", "Use Case" };
    QTest::addRow("loki") << "loki" << QStringList { "vCPU", "Memory", "Storage", "Retention", "Log Rate", "Use Case" };
    QTest::addRow("keycloak") << "keycloak" << QStringList { "vCPU", "Memory", "Users", "Sessions", "Use Case" };
    QTest::addRow("nextcloud") << "nextcloud"
                               << QStringList { "vCPU", "Memory", "Storage", "Users", "Files", "Use Case" };
}

// The catalog has every column of the guide's table, and no other.
void TestCatalog::matrixColumns()
{
    QFETCH(QString, service);
    QFETCH(QStringList, titles);

    const ServiceDefinition* s = m_catalog->service(service);
    QVERIFY2(s, qPrintable(QStringLiteral("the catalog has no service '%1'").arg(service)));
    for (const auto& title : titles)
        QVERIFY2(findColumn(*s, title), qPrintable(QStringLiteral("no column for the guide's '%1'").arg(title)));
    QStringList catalogTitles;
    for (const auto& column : s->columns)
        catalogTitles << column.title;
    QCOMPARE(catalogTitles.size(), titles.size());
    // cpu and memory are the tier's limits (docs/CATALOG.md).
    QCOMPARE(s->columns.at(0).id, QStringLiteral("cpu"));
    QCOMPARE(s->columns.at(1).id, QStringLiteral("memory"));
}

void TestCatalog::matrixRow_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QStringList>("dimensions");
    QTest::addColumn<QStringList>("cells");

    // Tier 1: Critical Infrastructure

    // | Workload | vCPU | Memory | Storage IOPS | Connections | Use Case |
    addGuideTable("postgresql",
                  { { "vCPU", "cpu" },
                    { "Memory", "memory" },
                    { "Storage IOPS", "iops" },
                    { "Connections", "count" },
                    { "Use Case", "" } },
                  {
                      { "2", "4Gi", "3000", "100", "Dev/Test, < 10 GB data" },
                      { "4", "8Gi", "6000", "200", "Small production, < 50 GB data" },
                      { "8", "16Gi", "12000", "500", "Large production, < 200 GB data" },
                      { "16", "32Gi", "24000", "1000", "Enterprise, > 200 GB data" },
                  });

    // MySQL/MariaDB | Workload | vCPU | Memory | Storage IOPS | Connections | Use Case |
    addGuideTable("mysql",
                  { { "vCPU", "cpu" },
                    { "Memory", "memory" },
                    { "Storage IOPS", "iops" },
                    { "Connections", "count" },
                    { "Use Case", "" } },
                  {
                      { "2", "4Gi", "3000", "150", "Dev/Test, < 10 GB data" },
                      { "4", "8Gi", "6000", "300", "Small production, < 50 GB data" },
                      { "8", "16Gi", "12000", "500", "Large production, < 200 GB data" },
                      { "16", "32Gi", "24000", "1000", "Enterprise, > 200 GB data" },
                  });

    // | Workload | vCPU | Memory | Storage IOPS | Connections | Use Case |
    addGuideTable("mongodb",
                  { { "vCPU", "cpu" },
                    { "Memory", "memory" },
                    { "Storage IOPS", "iops" },
                    { "Connections", "count" },
                    { "Use Case", "" } },
                  {
                      { "2", "4Gi", "3000", "1000", "Dev/Test, < 10 GB data" },
                      { "4", "8Gi", "6000", "2000", "Small production, < 50 GB data" },
                      { "8", "16Gi", "12000", "5000", "Large production, < 500 GB data" },
                      { "16", "32Gi", "24000", "10000", "Enterprise, > 500 GB data" },
                  });

    // | Workload | vCPU | Memory | Use Case |
    addGuideTable("redis", { { "vCPU", "cpu" }, { "Memory", "memory" }, { "Use Case", "" } },
                  {
                      { "1", "2Gi", "Dev/Test, cache < 1 GB" },
                      { "2", "4Gi", "Small production, cache < 3 GB" },
                      { "4", "8Gi", "Large production, cache < 6 GB" },
                      { "8", "16Gi", "Enterprise, cache < 12 GB" },
                  });

    // | Workload | vCPU | Memory | Storage IOPS | Heap Size | Use Case |
    addGuideTable("elasticsearch",
                  { { "vCPU", "cpu" },
                    { "Memory", "memory" },
                    { "Storage IOPS", "iops" },
                    { "Heap Size", "memory" },
                    { "Use Case", "" } },
                  {
                      { "2", "4Gi", "3000", "2Gi", "Dev/Test, < 50 GB indices" },
                      { "4", "8Gi", "6000", "4Gi", "Small production, < 200 GB indices" },
                      { "8", "16Gi", "12000", "8Gi", "Large production, < 1 TB indices" },
                      { "16", "32Gi", "24000", "16Gi", "Enterprise, > 1 TB indices" },
                  });

    // | Workload | vCPU | Memory | Storage IOPS | Throughput | Use Case |
    addGuideTable("kafka",
                  { { "vCPU", "cpu" },
                    { "Memory", "memory" },
                    { "Storage IOPS", "iops" },
                    { "Throughput", "throughput" },
                    { "Use Case", "" } },
                  {
                      { "2", "4Gi", "3000", "10MB/s", "Dev/Test, low throughput" },
                      { "4", "8Gi", "6000", "50MB/s", "Small production" },
                      { "8", "16Gi", "12000", "200MB/s", "Large production" },
                      { "16", "32Gi", "24000", "500MB/s", "Enterprise, high throughput" },
                  });

    // | Workload | vCPU | Memory | Throughput | Use Case |   (throughput in msg/s)
    addGuideTable("rabbitmq",
                  { { "vCPU", "cpu" }, { "Memory", "memory" }, { "Throughput", "rate" }, { "Use Case", "" } },
                  {
                      { "2", "4Gi", "1k/s", "Dev/Test" },
                      { "4", "8Gi", "10k/s", "Small production" },
                      { "8", "16Gi", "50k/s", "Large production" },
                      { "16", "32Gi", "100k/s", "Enterprise" },
                  });

    // Tier 2: Core Services

    // | Workload | vCPU | Memory | Storage | Retention | Samples/s | Use Case |
    addGuideTable("prometheus",
                  { { "vCPU", "cpu" },
                    { "Memory", "memory" },
                    { "Storage", "memory" },
                    { "Retention", "duration" },
                    { "Samples/s", "rate" },
                    { "Use Case", "" } },
                  {
                      { "2", "4Gi", "50Gi", "7d", "10k/s", "Dev/Test, < 100 targets" },
                      { "4", "8Gi", "200Gi", "15d", "50k/s", "Small production, < 500 targets" },
                      { "8", "16Gi", "1Ti", "30d", "200k/s", "Large production, < 2000 targets" },
                      { "16", "32Gi", "5Ti", "90d", "1M/s", "Enterprise, > 2000 targets" },
                  });

    // | Workload | vCPU | Memory | Storage | Users | Dashboards | Use Case |
    addGuideTable("grafana",
                  { { "vCPU", "cpu" },
                    { "Memory", "memory" },
                    { "Storage", "memory" },
                    { "Users", "" },
                    { "Dashboards", "" },
                    { "Use Case", "" } },
                  {
                      { "1", "2Gi", "10Gi", "< 50", "< 100", "Dev/Test" },
                      { "2", "4Gi", "20Gi", "< 200", "< 500", "Small production" },
                      { "4", "8Gi", "50Gi", "< 1000", "< 2000", "Large production" },
                      { "8", "16Gi", "100Gi", "> 1000", "> 2000", "Enterprise" },
                  });

    // | Workload | vCPU | Memory | Storage | Retention | Log Rate | Use Case |
    addGuideTable("loki",
                  { { "vCPU", "cpu" },
                    { "Memory", "memory" },
                    { "Storage", "memory" },
                    { "Retention", "duration" },
                    { "Log Rate", "throughput" },
                    { "Use Case", "" } },
                  {
                      { "2", "4Gi", "50Gi", "7d", "10MB/s", "Dev/Test" },
                      { "4", "8Gi", "200Gi", "15d", "50MB/s", "Small production" },
                      { "8", "16Gi", "1Ti", "30d", "200MB/s", "Large production" },
                      { "16", "32Gi", "5Ti", "90d", "500MB/s", "Enterprise" },
                  });

    // Tier 3: Applications

    // | Workload | vCPU | Memory | Users | Sessions | Use Case |
    addGuideTable(
        "keycloak",
        { { "vCPU", "cpu" }, { "Memory", "memory" }, { "Users", "" }, { "Sessions", "" }, { "Use Case", "" } },
        {
            { "2", "2Gi", "< 1k", "< 10k", "Dev/Test" },
            { "4", "4Gi", "< 10k", "< 100k", "Small production" },
            { "8", "8Gi", "< 100k", "< 1M", "Large production" },
            { "16", "16Gi", "> 100k", "> 1M", "Enterprise" },
        });

    // | Workload | vCPU | Memory | Storage | Users | Files | Use Case |
    addGuideTable("nextcloud",
                  { { "vCPU", "cpu" },
                    { "Memory", "memory" },
                    { "Storage", "memory" },
                    { "Users", "" },
                    { "Files", "" },
                    { "Use Case", "" } },
                  {
                      { "2", "2Gi", "100Gi", "< 50", "< 10k", "Personal/Family" },
                      { "4", "4Gi", "500Gi", "< 200", "< 100k", "Small team" },
                      { "8", "8Gi", "2Ti", "< 1000", "< 1M", "Organization" },
                      { "16", "16Gi", "10Ti", "> 1000", "> 1M", "Enterprise" },
                  });
}

// Every cell of every row of the guide's sizing matrices.
void TestCatalog::matrixRow()
{
    QFETCH(QString, service);
    QFETCH(QString, size);
    QFETCH(QStringList, titles);
    QFETCH(QStringList, dimensions);
    QFETCH(QStringList, cells);

    const ServiceDefinition* s = m_catalog->service(service);
    QVERIFY2(s, qPrintable(QStringLiteral("the catalog has no service '%1'").arg(service)));
    const MatrixRow* row = s->row(size);
    QVERIFY2(row, qPrintable(QStringLiteral("%1 has no row '%2'").arg(service, size)));

    QStringList mismatches;
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const QString& title = titles.at(i);
        const MatrixColumn* column = findColumn(*s, title);
        if (!column) {
            mismatches << QStringLiteral("no column for the guide's '%1'").arg(title);
            continue;
        }
        if (!row->cells.contains(column->id)) {
            mismatches << QStringLiteral("%1: no cell").arg(title);
            continue;
        }
        const MatrixCell& cell = row->cells.value(column->id);
        if (dimensions.at(i).isEmpty()) {
            if (cell.text != cells.at(i))
                mismatches << QStringLiteral("%1: catalog '%2', guide '%3'").arg(title, cell.text, cells.at(i));
            continue;
        }
        const auto dimension = dimensionFromName(dimensions.at(i));
        QVERIFY2(dimension, "test data: unknown dimension");
        if (column->dimension != dimension) {
            const QString actual = column->dimension ? dimensionName(*column->dimension) : QStringLiteral("text");
            mismatches << QStringLiteral("%1: catalog dimension %2, guide %3").arg(title, actual, dimensions.at(i));
            continue;
        }
        const Quantity expected = q(*dimension, cells.at(i));
        if (!cell.quantity || *cell.quantity != expected) {
            mismatches << QStringLiteral("%1: catalog '%2', guide '%3'")
                              .arg(title, cell.quantity ? cell.quantity->toString() : cell.text, expected.toString());
        }
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QStringLiteral("; "))));
}

void TestCatalog::performanceTier_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("p99Latency");
    QTest::addColumn<QString>("minRps");
    QTest::addColumn<QString>("useCase");

    // | Tier | Performance Target | Use Case |
    QTest::addRow("High Performance") << "High Performance"
                                      << "100ms"
                                      << "10k/s"
                                      << "Production critical services";
    QTest::addRow("Standard") << "Standard"
                              << "500ms"
                              << "1k/s"
                              << "Production standard services";
    QTest::addRow("Development") << "Development"
                                 << "2s"
                                 << "100/s"
                                 << "Development and testing";
}

void TestCatalog::performanceTier()
{
    QFETCH(QString, name);
    QFETCH(QString, p99Latency);
    QFETCH(QString, minRps);
    QFETCH(QString, useCase);

    QCOMPARE(m_catalog->performanceTiers.size(), qsizetype(3));
    const PerformanceTier* tier = nullptr;
    for (const auto& t : m_catalog->performanceTiers) {
        if (t.name == name)
            tier = &t;
    }
    QVERIFY2(tier, qPrintable(QStringLiteral("no performance tier named '%1'").arg(name)));
    QCOMPARE(tier->p99Latency, q(Dimension::Duration, p99Latency));
    QCOMPARE(tier->minRps, q(Dimension::Rate, minRps));
    QCOMPARE(tier->useCase, useCase);
}

void TestCatalog::storageClass_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("iops");
    QTest::addColumn<QString>("throughput");
    QTest::addColumn<QString>("latencyMin");
    QTest::addColumn<QString>("latencyMax");
    QTest::addColumn<QString>("cost");
    QTest::addColumn<QString>("useCase");

    // | Storage Type | IOPS | Throughput | Latency | Cost | Use Case |
    // "100k+" and "1 GB/s+" are read as their lower bound; "< 1ms" as 0-1ms.
    QTest::addRow("Local SSD") << "Local SSD"
                               << "100k"
                               << "1GB/s"
                               << "0ms"
                               << "1ms"
                               << "High"
                               << "Databases (PostgreSQL, MySQL), Elasticsearch, Kafka";
    QTest::addRow("Network SSD (Premium)") << "Network SSD (Premium)"
                                           << "20k"
                                           << "500MB/s"
                                           << "1ms"
                                           << "5ms"
                                           << "Medium"
                                           << "Prometheus TSDB, Loki, Mimir";
    QTest::addRow("Network SSD (Standard)") << "Network SSD (Standard)"
                                            << "5k"
                                            << "250MB/s"
                                            << "5ms"
                                            << "10ms"
                                            << "Low"
                                            << "General purpose, logs, backups";
    QTest::addRow("Network HDD") << "Network HDD"
                                 << "500"
                                 << "100MB/s"
                                 << "10ms"
                                 << "50ms"
                                 << "Very Low"
                                 << "Cold storage, archives";
}

void TestCatalog::storageClass()
{
    QFETCH(QString, name);
    QFETCH(QString, iops);
    QFETCH(QString, throughput);
    QFETCH(QString, latencyMin);
    QFETCH(QString, latencyMax);
    QFETCH(QString, cost);
    QFETCH(QString, useCase);

    QCOMPARE(m_catalog->storageClasses.size(), qsizetype(4));
    const StorageClass* sc = nullptr;
    for (const auto& c : m_catalog->storageClasses) {
        if (c.name == name)
            sc = &c;
    }
    QVERIFY2(sc, qPrintable(QStringLiteral("no storage class named '%1'").arg(name)));
    const std::int64_t expectedIops = q(Dimension::Iops, iops).raw();
    // The guide's figure is the class's ceiling whatever the volume size.
    QCOMPARE(sc->iops.ceilingFor(0), expectedIops);
    QCOMPARE(sc->iops.ceilingFor(100 * GiB), expectedIops);
    QCOMPARE(sc->iops.ceilingFor(10 * TiB), expectedIops);
    QCOMPARE(sc->throughput, q(Dimension::Throughput, throughput));
    QCOMPARE(sc->latencyMin, q(Dimension::Duration, latencyMin));
    QCOMPARE(sc->latencyMax, q(Dimension::Duration, latencyMax));
    QCOMPARE(sc->costLabel, cost);
    QCOMPARE(sc->useCase, useCase);
}

void TestCatalog::defaultStorageClassFollowsGuide_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("storageClassName");

    // The guide's storage table names these services in its Use Case column.
    QTest::addRow("postgresql") << "postgresql"
                                << "Local SSD";
    QTest::addRow("mysql") << "mysql"
                           << "Local SSD";
    QTest::addRow("elasticsearch") << "elasticsearch"
                                   << "Local SSD";
    QTest::addRow("kafka") << "kafka"
                           << "Local SSD";
    QTest::addRow("prometheus") << "prometheus"
                                << "Network SSD (Premium)";
    QTest::addRow("loki") << "loki"
                          << "Network SSD (Premium)";
}

void TestCatalog::defaultStorageClassFollowsGuide()
{
    QFETCH(QString, service);
    QFETCH(QString, storageClassName);

    const ServiceDefinition* s = m_catalog->service(service);
    QVERIFY(s);
    const StorageClass* sc = m_catalog->storageClass(s->storageClass);
    QVERIFY2(sc, qPrintable(QStringLiteral("unknown storage class '%1'").arg(s->storageClass)));
    QCOMPARE(sc->name, storageClassName);
}

namespace {
void addServiceRows()
{
    QTest::addColumn<QString>("service");
    for (const auto& id : guideServices)
        QTest::addRow("%s", qPrintable(id)) << id;
}
} // namespace

void TestCatalog::serviceIdentity_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("group");

    // The guide's "Tier 1: Critical Infrastructure", "Tier 2: Core Services", "Tier 3: Applications".
    const QString critical = QStringLiteral("Critical Infrastructure");
    const QString core = QStringLiteral("Core Services");
    const QString applications = QStringLiteral("Applications");
    QTest::addRow("postgresql") << "postgresql" << critical;
    QTest::addRow("mysql") << "mysql" << critical;
    QTest::addRow("mongodb") << "mongodb" << critical;
    QTest::addRow("redis") << "redis" << critical;
    QTest::addRow("elasticsearch") << "elasticsearch" << critical;
    QTest::addRow("kafka") << "kafka" << critical;
    QTest::addRow("rabbitmq") << "rabbitmq" << critical;
    QTest::addRow("prometheus") << "prometheus" << core;
    QTest::addRow("grafana") << "grafana" << core;
    QTest::addRow("loki") << "loki" << core;
    QTest::addRow("keycloak") << "keycloak" << applications;
    QTest::addRow("nextcloud") << "nextcloud" << applications;
}

void TestCatalog::serviceIdentity()
{
    QFETCH(QString, service);
    QFETCH(QString, group);

    const ServiceDefinition* s = m_catalog->service(service);
    QVERIFY2(s, qPrintable(QStringLiteral("the catalog has no service '%1'").arg(service)));
    QVERIFY(!s->name.isEmpty());
    const ServiceGroup* g = nullptr;
    for (const auto& candidate : m_catalog->groups) {
        if (candidate.id == s->group)
            g = &candidate;
    }
    QVERIFY2(g, qPrintable(QStringLiteral("unknown group '%1'").arg(s->group)));
    QCOMPARE(g->name, group);
    QVERIFY2(m_catalog->storageClass(s->storageClass),
             qPrintable(QStringLiteral("unknown default storage class '%1'").arg(s->storageClass)));
    QCOMPARE(s->rows.size(), guideSizes.size());
}

void TestCatalog::chartExists_data()
{
    addServiceRows();
}

void TestCatalog::chartExists()
{
    QFETCH(QString, service);

    const QDir charts(testutils::dataFile(QStringLiteral("charts")));
    QVERIFY2(charts.exists(), qPrintable(charts.absolutePath()));
    const ServiceDefinition* s = m_catalog->service(service);
    QVERIFY2(s, qPrintable(QStringLiteral("the catalog has no service '%1'").arg(service)));
    QVERIFY2(!s->chart.isEmpty(), "the service names no chart");
    QVERIFY2(QFileInfo(charts.filePath(s->chart)).isDir(),
             qPrintable(QStringLiteral("chart '%1' is not a directory in %2").arg(s->chart, charts.absolutePath())));
}

void TestCatalog::formulasExplained_data()
{
    addServiceRows();
}

void TestCatalog::formulasExplained()
{
    QFETCH(QString, service);

    const ServiceDefinition* s = m_catalog->service(service);
    QVERIFY2(s, qPrintable(QStringLiteral("the catalog has no service '%1'").arg(service)));
    QVERIFY(!s->formulas.isEmpty());
    QStringList unexplained;
    for (const auto& f : s->formulas) {
        if (f.explanation.trimmed().isEmpty())
            unexplained << f.name;
        if (!f.guideExpression.isEmpty() && f.guideNote.trimmed().isEmpty())
            unexplained << f.name + QStringLiteral(" (guide note)");
    }
    QVERIFY2(unexplained.isEmpty(), qPrintable(QStringLiteral("no explanation: ") + unexplained.join(", ")));
}

void TestCatalog::inputsDescribed_data()
{
    addServiceRows();
}

void TestCatalog::inputsDescribed()
{
    QFETCH(QString, service);

    const ServiceDefinition* s = m_catalog->service(service);
    QVERIFY2(s, qPrintable(QStringLiteral("the catalog has no service '%1'").arg(service)));
    QStringList undescribed;
    for (const auto& input : s->inputs) {
        if (input.description.trimmed().isEmpty() || input.title.trimmed().isEmpty())
            undescribed << input.name;
    }
    QVERIFY2(undescribed.isEmpty(), qPrintable(QStringLiteral("no description: ") + undescribed.join(", ")));
}

void TestCatalog::everySizeSizes_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("size");
    for (const auto& id : guideServices) {
        for (const auto& size : guideSizes)
            QTest::addRow("%s/%s", qPrintable(id), qPrintable(size)) << id << size;
    }
}

// Default inputs at every size give a sizing whose breakdown fills the limit exactly.
void TestCatalog::everySizeSizes()
{
    QFETCH(QString, service);
    QFETCH(QString, size);

    const ServiceDefinition* s = m_catalog->service(service);
    QVERIFY2(s, qPrintable(QStringLiteral("the catalog has no service '%1'").arg(service)));
    const MatrixRow* row = s->row(size);
    QVERIFY(row);

    ServiceRequest request;
    request.service = service;
    request.size = size;
    const auto sizing = m_engine->size(request);
    QVERIFY2(sizing.hasValue(), qPrintable(testutils::errorText(sizing)));

    const Resources& r = sizing->resources;
    QCOMPARE(r.cpuLimit, row->cells.value(QStringLiteral("cpu")).quantity.value_or(Quantity()));
    QCOMPARE(r.memoryLimit, row->cells.value(QStringLiteral("memory")).quantity.value_or(Quantity()));
    QVERIFY(r.cpuRequest.raw() <= r.cpuLimit.raw());
    QVERIFY(r.memoryRequest.raw() <= r.memoryLimit.raw());

    QCOMPARE(sizing->memory.size(), s->memoryComponents.size());
    std::int64_t allocated = 0;
    for (const auto& m : sizing->memory) {
        QVERIFY2(m.allocated.raw() >= 0 && m.allocated.raw() <= m.demand.raw(), qPrintable(m.name));
        allocated += m.allocated.raw();
    }
    QVERIFY(sizing->memoryRemainder.raw() >= 0);
    QCOMPARE(allocated + sizing->memoryRemainder.raw(), r.memoryLimit.raw());
    // Every setting without a condition is written; conditional ones only where they hold.
    // A service whose settings come from a PostgreSQL profile writes the profile's as well.
    const qsizetype profiled = sizing->postgresProfile ? sizing->postgresProfile->settings.size() : 0;
    QVERIFY(sizing->settings.size() <= s->settings.size() + profiled);
    for (const auto& definition : s->settings)
        QVERIFY2(!definition.when.isEmpty() || sizing->setting(definition.name), qPrintable(definition.name));
    for (const auto& setting : sizing->settings)
        QVERIFY2(!setting.value.isEmpty(), qPrintable(setting.name));
}

void TestCatalog::iopsCeiling_data()
{
    QTest::addColumn<IopsModel>("model");
    QTest::addColumn<std::int64_t>("volume");
    QTest::addColumn<std::int64_t>("expected");

    IopsModel fixed;
    fixed.kind = IopsModel::Kind::Fixed;
    fixed.fixed = 100'000;
    QTest::addRow("fixed, empty volume") << fixed << 0_r << 100'000_r;
    QTest::addRow("fixed, 1 GiB") << fixed << GiB << 100'000_r;
    QTest::addRow("fixed, 10 TiB") << fixed << 10 * TiB << 100'000_r;

    // A gp2-like volume: 3 IOPS per GiB, at least 100, at most 16k.
    IopsModel perGiB;
    perGiB.kind = IopsModel::Kind::PerGiB;
    perGiB.perGiB = 3;
    perGiB.floor = 100;
    perGiB.ceiling = 16'000;
    QTest::addRow("perGiB, empty volume hits the floor") << perGiB << 0_r << 100_r;
    QTest::addRow("perGiB, 10 GiB hits the floor") << perGiB << 10 * GiB << 100_r;
    QTest::addRow("perGiB, 33 GiB just below the floor") << perGiB << 33 * GiB << 100_r;
    QTest::addRow("perGiB, 34 GiB just above the floor") << perGiB << 34 * GiB << 102_r;
    QTest::addRow("perGiB, 100 GiB") << perGiB << 100 * GiB << 300_r;
    QTest::addRow("perGiB, 1000 GiB") << perGiB << 1000 * GiB << 3000_r;
    QTest::addRow("perGiB, half a GiB rounds down") << perGiB << 100 * GiB + GiB / 2 << 301_r;
    QTest::addRow("perGiB, 5333 GiB just below the ceiling") << perGiB << 5333 * GiB << 15'999_r;
    QTest::addRow("perGiB, 5334 GiB hits the ceiling") << perGiB << 5334 * GiB << 16'000_r;
    QTest::addRow("perGiB, 10 TiB hits the ceiling") << perGiB << 10 * TiB << 16'000_r;

    IopsModel fractional = perGiB;
    fractional.perGiB = 0.5;
    QTest::addRow("perGiB 0.5, 1000 GiB") << fractional << 1000 * GiB << 500_r;

    // A gp3-like volume: 3k baseline plus what is bought, at most 16k.
    IopsModel provisioned;
    provisioned.kind = IopsModel::Kind::Provisioned;
    provisioned.baseline = 3000;
    provisioned.provisioned = 0;
    provisioned.max = 16'000;
    QTest::addRow("provisioned, baseline only") << provisioned << 100 * GiB << 3000_r;
    provisioned.provisioned = 2000;
    QTest::addRow("provisioned, baseline plus 2k") << provisioned << 100 * GiB << 5000_r;
    QTest::addRow("provisioned, size does not matter") << provisioned << 10 * TiB << 5000_r;
    provisioned.provisioned = 13'000;
    QTest::addRow("provisioned, exactly the max") << provisioned << GiB << 16'000_r;
    provisioned.provisioned = 20'000;
    QTest::addRow("provisioned, capped at the max") << provisioned << GiB << 16'000_r;
}

void TestCatalog::iopsCeiling()
{
    QFETCH(IopsModel, model);
    QFETCH(std::int64_t, volume);
    QFETCH(std::int64_t, expected);

    QCOMPARE(model.ceilingFor(volume), expected);
}

QTEST_GUILESS_MAIN(TestCatalog)

#include "tst_catalog.moc"
