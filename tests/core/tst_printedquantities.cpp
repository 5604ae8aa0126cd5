// SPDX-License-Identifier: Apache-2.0
// Numbers as people read them, over every output a sizing reaches: the size command's text, JSON and
// YAML, the plan report and the exported files, for every catalog service at every tier as one pod and
// as three.
#include "engine/plansizer.h"
#include "export/planexporter.h"
#include "io/planloader.h"
#include "report/planreport.h"
#include "report/servicereport.h"
#include "testutils.h"

#include <QRegularExpression>
#include <QtTest>

#include <yaml-cpp/yaml.h>

#include <cmath>

using namespace headroom;

namespace {

const QStringList kTiers { QStringLiteral("small"), QStringLiteral("medium"), QStringLiteral("large"),
                           QStringLiteral("xlarge") };

// A number with a unit suffix whose mantissa has six or more digits before the point: "851968k",
// "2248192Ki", "123919Gi", "30720000kB".
const QRegularExpression kLongMantissa(QStringLiteral(R"((?<![\w.])(\d{6,})(\.\d+)?(Ki|Mi|Gi|Ti|Pi|Ei|kB|MB|GB|TB|)"
                                                      R"(KiB|MiB|GiB|TiB|k|K|M|G|T)(?![\w]))"));
// An integer abbreviated with a decimal prefix: "4.1k", "3.6k", "17.2G", "12k IOPS", "100k/s".
const QRegularExpression kAbbreviated(QStringLiteral(R"((?<![\w.])(\d+\.\d+[kMG](?![\w/])|\d+(\.\d+)?k( IOPS|/s)))"));

QString firstOffence(const QString& text)
{
    for (const QRegularExpression* re : { &kLongMantissa, &kAbbreviated }) {
        const QRegularExpressionMatch m = re->match(text);
        if (m.hasMatch()) {
            const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), m.capturedStart()) + 1;
            const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), m.capturedStart());
            return QStringLiteral("'%1' in: %2")
                .arg(m.captured(0), text.mid(lineStart, lineEnd < 0 ? -1 : lineEnd - lineStart).trimmed());
        }
    }
    return {};
}

// The number and unit of a breakdown cell ("3.7 GiB", "12 GiB (needs 14 GiB)").
std::optional<std::pair<double, QString>> amountOf(const QString& cell)
{
    static const QRegularExpression amount(QStringLiteral(R"(^(\d+(?:\.\d+)?) (B|KiB|MiB|GiB|TiB))"));
    const QRegularExpressionMatch m = amount.match(cell.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return std::pair { m.captured(1).toDouble(), m.captured(2) };
}

double unitBytes(const QString& unit)
{
    const QStringList units { QStringLiteral("B"), QStringLiteral("KiB"), QStringLiteral("MiB"), QStringLiteral("GiB"),
                              QStringLiteral("TiB") };
    return std::pow(1024.0, double(units.indexOf(unit)));
}

} // namespace

class TestPrintedQuantities : public QObject
{
    Q_OBJECT

    Catalog m_catalog;

    // The breakdown table of a sizing's text: its rows' amounts add up to the limit as shown to their
    // precision, and their shares to 100%.
    void checkBreakdown(const QString& text, const ServiceSizing& sizing)
    {
        const qsizetype start = text.indexOf(QStringLiteral("Memory breakdown"));
        if (start < 0)
            return;
        const QStringList lines = text.mid(start).section(QStringLiteral("\n\n"), 0, 0).split(QLatin1Char('\n'));
        QVERIFY(lines.size() >= 3);
        const qsizetype whyColumn = lines.at(0).indexOf(QStringLiteral("Why"));
        QVERIFY(whyColumn > 0);
        // Columns are two or more spaces apart and the cells before "Why" hold single spaces at most.
        static const QRegularExpression gap(QStringLiteral(" {2,}"));
        double sum = 0;
        double shares = 0;
        QString unit;
        int decimals = 0;
        for (qsizetype i = 2; i < lines.size(); ++i) {
            const QString& line = lines.at(i);
            const QStringList cells = line.left(whyColumn).split(gap, Qt::SkipEmptyParts);
            QVERIFY2(cells.size() >= 3, qPrintable(line));
            const QString cell = cells.at(cells.size() - 2);
            const QString share = cells.last();
            const auto a = amountOf(cell);
            QVERIFY2(a, qPrintable(line));
            if (!unit.isEmpty())
                QVERIFY2(a->second == unit, qPrintable(line));
            unit = a->second;
            const QString number = cell.section(QLatin1Char(' '), 0, 0);
            if (number.contains(QLatin1Char('.')))
                decimals = std::max<int>(decimals, int(number.size() - number.indexOf(QLatin1Char('.')) - 1));
            sum += a->first;
            QVERIFY2(share.endsWith(QLatin1Char('%')), qPrintable(line));
            shares += share.chopped(1).toDouble();
        }
        // The limit in the rows' unit, to a precision no coarser than the rows show.
        const double limit = double(sizing.resources.memoryLimit.raw()) / unitBytes(unit);
        const double step = decimals == 0 ? 1.0 : std::pow(10.0, -decimals);
        QVERIFY2(std::abs(sum - limit) <= step / 2 + 1e-9,
                 qPrintable(QStringLiteral("rows add up to %1 %2, the limit is %3 %2").arg(sum).arg(unit).arg(limit)));
        QVERIFY2(std::abs(shares - 100.0) < 1e-6, qPrintable(QStringLiteral("shares add up to %1%").arg(shares)));
    }

    // Every memory request and limit in an exported values file parses back as Kubernetes reads it and is at
    // least what a role of the sizing asks for.
    void checkResources(const YAML::Node& node, const QString& path, const QList<const ServiceSizing*>& roles,
                        const QString& file)
    {
        if (node.IsMap()) {
            for (const auto& e : node) {
                const QString key = QString::fromStdString(e.first.Scalar());
                checkResources(e.second, path.isEmpty() ? key : path + QLatin1Char('.') + key, roles, file);
            }
            return;
        }
        if (!node.IsScalar())
            return;
        const bool request = path.endsWith(QStringLiteral("requests.memory"));
        const bool limit = path.endsWith(QStringLiteral("limits.memory"));
        if (!request && !limit)
            return;
        const QString text = QString::fromStdString(node.Scalar());
        const Expected<Quantity> q = Quantity::parse(Dimension::Memory, text);
        QVERIFY2(q, qPrintable(QStringLiteral("%1: %2 is %3").arg(file, path, text)));
        bool matches = false;
        for (const ServiceSizing* s : roles) {
            const std::int64_t exact = (request ? s->resources.memoryRequest : s->resources.memoryLimit).raw();
            matches = matches || (q->raw() >= exact && q->raw() - exact < Quantity::mebibytes(1).raw());
        }
        QVERIFY2(
            matches,
            qPrintable(QStringLiteral("%1: %2 %3 is no role's value rounded up to whole Mi").arg(file, path, text)));
    }

private slots:
    void initTestCase()
    {
        auto catalog = testutils::builtInCatalog();
        QVERIFY2(catalog, qPrintable(testutils::errorText(catalog)));
        m_catalog = catalog.value();
    }

    void everyServiceReads_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<int>("pods");
        for (const auto& service : m_catalog.services)
            for (const QString& tier : kTiers)
                for (const int pods : { 1, 3 })
                    QTest::addRow("%s %s x%d", qPrintable(service.id), qPrintable(tier), pods)
                        << service.id << tier << pods;
    }

    void everyServiceReads()
    {
        QFETCH(QString, service);
        QFETCH(QString, tier);
        QFETCH(int, pods);
        const QByteArray text = QStringLiteral("apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: numbers}\n"
                                               "services:\n  - {name: %1, kind: %2, tier: %3, replicas: %4}\n")
                                    .arg(service.left(3) + QStringLiteral("-svc"), service, tier)
                                    .arg(pods)
                                    .toUtf8();
        PlanLoader loader(m_catalog);
        const Expected<Plan> plan = loader.load(text, QStringLiteral("numbers.yaml"));
        QVERIFY2(plan, qPrintable(testutils::errorText(plan)));
        const PlanSizing sizing = PlanSizer(loader.effectiveCatalog()).size(*plan);
        QList<const ServiceSizing*> roles;
        for (const auto& s : sizing.services) {
            QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
            for (const auto& r : s.roles)
                roles << &r.sizing;
        }
        QVERIFY(!roles.isEmpty());

        for (const ServiceSizing* s : roles) {
            const QString sizeText = service_report::toText(*s);
            for (const QString& out : { sizeText, service_report::toJson(*s), service_report::toYaml(*s) }) {
                const QString offence = firstOffence(out);
                QVERIFY2(offence.isEmpty(), qPrintable(offence));
            }
            checkBreakdown(sizeText, *s);
            if (QTest::currentTestFailed())
                return;
        }
        for (const QString& out : { plan_report::toText(*plan, sizing), plan_report::toMarkdown(*plan, sizing),
                                    plan_report::toJson(*plan, sizing) }) {
            const QString offence = firstOffence(out);
            QVERIFY2(offence.isEmpty(), qPrintable(offence));
        }

        PlanExportOptions options;
        options.headroomVersion = QStringLiteral("test");
        const auto files = PlanExporter::files(*plan, sizing, loader.effectiveCatalog(), options);
        QVERIFY2(files, qPrintable(testutils::errorText(files)));
        for (const ExportFile& file : *files) {
            const QString offence = firstOffence(QString::fromUtf8(file.content));
            QVERIFY2(offence.isEmpty(), qPrintable(file.fileName + QStringLiteral(": ") + offence));
            if (file.fileName.endsWith(QStringLiteral(".values.yaml"))) {
                checkResources(YAML::Load(file.content.toStdString()), QString(), roles, file.fileName);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPrintedQuantities)

#include "tst_printedquantities.moc"
