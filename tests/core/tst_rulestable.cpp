// SPDX-License-Identifier: Apache-2.0
// docs/RULES.md is the table of every rule Headroom applies, beside the vendor's rule and its
// source. This test holds the table to the code: every table has the one layout, every row
// names a source (a vendor's https page, or says the rule is Headroom's own) and tests that
// exist, and every setting, check and resident-memory figure of the built-in catalog, and every
// finding the engine raises, has a row in its service's section. A rule cannot drift from its
// table.
#include "model/catalog.h"
#include "testutils.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QUrl>
#include <QtTest>

using namespace headroom;

namespace {

const QString kSourceDir = QStringLiteral(HEADROOM_SOURCE_DIR);
const QString kHeader = QStringLiteral("| Rule Headroom applies | The vendor's documented rule | Source URL | Where "
                                       "Headroom differs, and why | Held by (test file and function) |");
const QString kOwnRule = QStringLiteral("Headroom's own rule");

struct Row
{
    QString section; // the `## ` heading above the table
    int line = 0;
    QStringList cells;
    QString label() const { return QStringLiteral("RULES.md:%1 (%2)").arg(line).arg(section); }
};

struct Table
{
    QList<Row> rows;
    QStringList badHeaders; // "line: header" of tables laid out otherwise
};

QStringList cellsOf(const QString& line)
{
    QString t = line.trimmed();
    t = t.mid(1, t.size() - 2); // the outer pipes
    QStringList cells = t.split(QLatin1Char('|'));
    for (auto& c : cells)
        c = c.trimmed();
    return cells;
}

Table parse(const QString& text)
{
    Table table;
    QString section;
    bool inTable = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (line.startsWith(QLatin1String("## ")))
            section = line.mid(3).trimmed();
        if (!line.startsWith(QLatin1Char('|'))) {
            inTable = false;
            continue;
        }
        if (!inTable) {
            inTable = true;
            if (line.trimmed() != kHeader)
                table.badHeaders << QStringLiteral("%1: %2").arg(i + 1).arg(line);
            continue;
        }
        if (line.startsWith(QLatin1String("| ---")))
            continue;
        table.rows << Row { section, i + 1, cellsOf(line) };
    }
    return table;
}

// The names in backquotes of a cell: `shared_buffers`, `memory.overcommit`.
QStringList quoted(const QString& cell)
{
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    QStringList out;
    for (auto it = code.globalMatch(cell); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

// "tst_a `f`, `g`; tst_b `h`": each test file with its functions.
QList<std::pair<QString, QStringList>> heldBy(const QString& cell)
{
    QList<std::pair<QString, QStringList>> out;
    for (const auto& part : cell.split(QLatin1Char(';'))) {
        static const QRegularExpression file(QStringLiteral("\\b(tst_\\w+)"));
        const auto m = file.match(part);
        if (m.hasMatch())
            out.append({ m.captured(1), quoted(part) });
    }
    return out;
}

// The source of each test file under tests/, by its name without suffix.
QHash<QString, QString> testSources()
{
    QHash<QString, QString> out;
    QDirIterator it(kSourceDir + QStringLiteral("/tests"), { QStringLiteral("tst_*.cpp") }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QFileInfo(path).completeBaseName(), QString::fromUtf8(testutils::readFile(path)));
    }
    return out;
}

bool definesFunction(const QString& source, const QString& function)
{
    const QRegularExpression definition(
        QStringLiteral("\\bvoid\\s+(\\w+::)?%1\\s*\\(\\s*\\)").arg(QRegularExpression::escape(function)));
    return definition.match(source).hasMatch();
}

// The finding codes the engine and the importers raise in code: dotted lower-case literals
// ("memory.overcommit") of core/engine and core/measure, other than the storage forecast's
// input names (volume.*).
QStringList engineFindingCodes()
{
    static const QRegularExpression literal(QStringLiteral("\"([a-z]+\\.[a-z]+(?:-[a-z]+)*)\""));
    QStringList codes;
    for (const char* folder : { "/core/engine", "/core/measure" }) {
        QDirIterator it(kSourceDir + QLatin1String(folder), { QStringLiteral("*.cpp") }, QDir::Files);
        while (it.hasNext()) {
            const QString source = QString::fromUtf8(testutils::readFile(it.next()));
            for (auto m = literal.globalMatch(source); m.hasNext();) {
                const QString code = m.next().captured(1);
                if (!code.startsWith(QLatin1String("volume.")))
                    codes << code;
            }
        }
    }
    codes.removeDuplicates();
    codes.sort();
    return codes;
}

// Where a source may be: the vendors' own documentation sites, and the vendors' GitHub
// organisations for a file or an issue their site does not carry.
const QStringList kVendorHosts = {
    QStringLiteral("kubernetes.io"),      QStringLiteral("www.elastic.co"),    QStringLiteral("docs.aws.amazon.com"),
    QStringLiteral("www.postgresql.org"), QStringLiteral("www.pgbouncer.org"), QStringLiteral("dev.mysql.com"),
    QStringLiteral("www.mongodb.com"),    QStringLiteral("redis.io"),          QStringLiteral("kafka.apache.org"),
    QStringLiteral("www.rabbitmq.com"),   QStringLiteral("prometheus.io"),     QStringLiteral("thanos.io"),
    QStringLiteral("grafana.com"),        QStringLiteral("pkg.go.dev"),        QStringLiteral("www.keycloak.org"),
    QStringLiteral("docs.nextcloud.com"),
};
const QStringList kVendorGitHubOrganisations
    = { QStringLiteral("kubernetes"), QStringLiteral("docker-library"), QStringLiteral("redis") };

// The addresses in a cell, as written (http or https).
QStringList urlsIn(const QString& cell)
{
    static const QRegularExpression url(QStringLiteral("\\bhttps?://[^\\s,|]+"));
    QStringList out;
    for (auto it = url.globalMatch(cell); it.hasNext();)
        out << it.next().captured(0);
    return out;
}

bool isVendorSource(const QUrl& url)
{
    if (url.host() == QLatin1String("github.com"))
        return kVendorGitHubOrganisations.contains(url.path().section(QLatin1Char('/'), 1, 1));
    return kVendorHosts.contains(url.host());
}

} // namespace

class TestRulesTable : public QObject
{
    Q_OBJECT

private:
    Table m_table;
    Catalog m_catalog;

    // The rows of a section whose first column names `id` in backquotes.
    bool hasRow(const QString& section, const QString& id) const
    {
        return std::any_of(m_table.rows.begin(), m_table.rows.end(), [&](const Row& r) {
            return (section.isEmpty() || r.section == section) && !r.cells.isEmpty() && quoted(r.cells[0]).contains(id);
        });
    }

private slots:
    void initTestCase()
    {
        const QByteArray text = testutils::readFile(kSourceDir + QStringLiteral("/docs/RULES.md"));
        QVERIFY2(!text.isEmpty(), "docs/RULES.md cannot be read");
        m_table = parse(QString::fromUtf8(text));
        QVERIFY2(m_table.rows.size() > 50, "docs/RULES.md has too few rows to be the rules table");
        HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
    }

    void everyTableHasTheOneLayout()
    {
        QVERIFY2(m_table.badHeaders.isEmpty(),
                 qPrintable(QStringLiteral("tables laid out otherwise than \"%1\":\n%2")
                                .arg(kHeader, m_table.badHeaders.join(QLatin1Char('\n')))));
    }

    void everyRowHasASourceAndTests_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_table.rows.size(); ++i)
            QTest::addRow("%s", qPrintable(m_table.rows[i].label())) << i;
    }

    void everyRowHasASourceAndTests()
    {
        QFETCH(int, index);
        static const QHash<QString, QString> sources = testSources();
        const Row& row = m_table.rows[index];
        QCOMPARE(row.cells.size(), 5);
        QVERIFY2(!row.cells[1].isEmpty(), "no documented rule");
        QVERIFY2(row.cells[2].contains(QLatin1String("https://")) || row.cells[2].contains(kOwnRule),
                 qPrintable(QStringLiteral("no source URL nor \"%1\": %2").arg(kOwnRule, row.cells[2])));
        const auto held = heldBy(row.cells[4]);
        QVERIFY2(!held.isEmpty(), qPrintable(QStringLiteral("held by no test: ") + row.cells[4]));
        for (const auto& [file, functions] : held) {
            QVERIFY2(sources.contains(file), qPrintable(QStringLiteral("no tests/**/%1.cpp").arg(file)));
            QVERIFY2(!functions.isEmpty(), qPrintable(QStringLiteral("%1 names no test function").arg(file)));
            for (const auto& f : functions)
                QVERIFY2(definesFunction(sources.value(file), f),
                         qPrintable(QStringLiteral("%1 has no test function %2").arg(file, f)));
        }
    }

    // A source is a vendor's page over https: no mirror, blog or forum stands in for it.
    void everySourceIsAVendorsPage_data()
    {
        QTest::addColumn<QString>("address");
        for (const auto& row : m_table.rows) {
            if (row.cells.size() < 3)
                continue;
            for (const auto& address : urlsIn(row.cells[2]))
                QTest::addRow("%s %s", qPrintable(row.label()), qPrintable(address)) << address;
        }
    }

    void everySourceIsAVendorsPage()
    {
        QFETCH(QString, address);
        const QUrl url(address, QUrl::StrictMode);
        QVERIFY2(url.isValid(), qPrintable(url.errorString()));
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QVERIFY2(isVendorSource(url), qPrintable(QStringLiteral("%1 is not on a vendor's site").arg(url.host())));
    }

    // Every setting and check of a service, and its resident memory, in the service's section.
    void everyCatalogRuleHasARow_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("id");
        for (const auto& s : m_catalog.services) {
            for (const auto& setting : s.settings)
                QTest::addRow("%s %s", qPrintable(s.id), qPrintable(setting.name)) << s.name << setting.name;
            for (const auto& check : s.checks)
                QTest::addRow("%s %s", qPrintable(s.id), qPrintable(check.code)) << s.name << check.code;
            QTest::addRow("%s memory.resident", qPrintable(s.id)) << s.name << QStringLiteral("memory.resident");
        }
    }

    void everyCatalogRuleHasARow()
    {
        QFETCH(QString, section);
        QFETCH(QString, id);
        QVERIFY2(hasRow(section, id),
                 qPrintable(QStringLiteral("docs/RULES.md, section \"%1\": no row names `%2`").arg(section, id)));
    }

    void everyEngineFindingHasARow_data()
    {
        QTest::addColumn<QString>("code");
        const QStringList codes = engineFindingCodes();
        QVERIFY(codes.contains(QStringLiteral("memory.overcommit")));
        for (const auto& code : codes)
            QTest::addRow("%s", qPrintable(code)) << code;
    }

    void everyEngineFindingHasARow()
    {
        QFETCH(QString, code);
        QVERIFY2(hasRow({}, code), qPrintable(QStringLiteral("docs/RULES.md: no row names `%1`").arg(code)));
    }
};

QTEST_GUILESS_MAIN(TestRulesTable)
#include "tst_rulestable.moc"
