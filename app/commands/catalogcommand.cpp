// SPDX-License-Identifier: Apache-2.0
#include "commands/catalogcommand.h"

#include "model/catalogtext.h"
#include "report/servicereport.h"

using namespace headroom;

CatalogCommand::CatalogCommand()
    : PlanCommand(QStringLiteral("catalog"), tr("list services, tiers and storage classes"))
{
}

void CatalogCommand::describe(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(tr("List what the catalog knows."));
    parser.addPositionalArgument(QStringLiteral("what"),
                                 tr("services (default), tiers or storage-classes; services ID shows one service."));
    parser.addOption(catalogOption());
}

int CatalogCommand::run(const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0, QStringLiteral("services"));
    auto catalog = loadCatalog(parser);
    if (!catalog)
        return fail(catalog.error().toString());
    if (what == QLatin1String("services") && positional.size() == 2) {
        const ServiceDefinition* s = catalog->service(positional.at(1));
        if (!s)
            return fail(tr("unknown service '%1'; the services are: %2.")
                            .arg(positional.at(1), catalog->serviceIds().join(QStringLiteral(", "))));
        printService(catalog.value(), *s);
        return 0;
    }
    if (positional.size() > 1)
        return fail(tr("too many arguments; try headroom catalog services ID."));
    if (what == QLatin1String("services"))
        printServices(catalog.value());
    else if (what == QLatin1String("tiers"))
        printTiers(catalog.value());
    else if (what == QLatin1String("storage-classes"))
        printStorageClasses(catalog.value());
    else
        return fail(tr("'%1' is not one of services, tiers, storage-classes.").arg(what));
    return 0;
}

namespace {

// A quantity in the form every other output prints (1000/s, not the catalog's 1k/s); prose
// through its translation.
QString cellText(const MatrixCell& cell)
{
    return cell.quantity ? cell.quantity->toString() : catalogText(cell.text);
}

} // namespace

void CatalogCommand::printService(const Catalog& catalog, const ServiceDefinition& s)
{
    out() << tr("%1 (%2), chart %3, storage class %4").arg(s.name, s.id, s.chart, s.storageClass)
          << QStringLiteral("\n\n");
    QStringList header = { tr("Tier") };
    for (const auto& c : s.columns)
        header << catalogText(c.title);
    TextTable matrix(header);
    for (const auto& row : s.rows) {
        QStringList cells
            = { catalog.workloadSize(row.size) ? catalogText(catalog.workloadSize(row.size)->name) : row.size };
        for (const auto& c : s.columns)
            cells << cellText(row.cells.value(c.id));
        matrix.addRow(cells);
    }
    out() << matrix.toString() << Qt::endl;
    TextTable inputs({ tr("Input"), tr("Unit"), tr("Description") });
    for (const auto& i : s.inputs)
        inputs.addRow({ i.name, dimensionName(i.dimension), catalogText(i.description) });
    out() << inputs.toString() << Qt::endl;
    TextTable formulas({ tr("Formula"), tr("Expression"), tr("Explanation") });
    for (const auto& f : s.formulas)
        formulas.addRow({ f.name, f.expression, catalogText(f.explanation) });
    out() << formulas.toString();
}

void CatalogCommand::printServices(const Catalog& catalog)
{
    TextTable table({ tr("Service"), tr("Name"), tr("Group"), tr("Chart"), tr("Storage class") });
    for (const auto& s : catalog.services) {
        QString group = s.group;
        for (const auto& g : catalog.groups) {
            if (g.id == s.group)
                group = catalogText(g.name);
        }
        table.addRow({ s.id, s.name, group, s.chart, s.storageClass });
    }
    out() << table.toString();
}

void CatalogCommand::printTiers(const Catalog& catalog)
{
    TextTable sizes({ tr("Tier"), tr("Name") });
    for (const auto& s : catalog.workloadSizes)
        sizes.addRow({ s.id, catalogText(s.name) });
    out() << tr("Workload tiers (the rows of every sizing matrix):") << Qt::endl << sizes.toString() << Qt::endl;
    TextTable perf({ tr("Performance tier"), tr("Name"), tr("p99 latency below"), tr("At least"), tr("Use case") });
    for (const auto& t : catalog.performanceTiers)
        perf.addRow(
            { t.id, catalogText(t.name), t.p99Latency.toString(), t.minRps.toString(), catalogText(t.useCase) });
    out() << perf.toString();
}

void CatalogCommand::printStorageClasses(const Catalog& catalog)
{
    TextTable table(
        { tr("Storage class"), tr("Name"), tr("IOPS"), tr("Throughput"), tr("Latency"), tr("Cost"), tr("Use case") });
    for (const auto& s : catalog.storageClasses) {
        table.addRow({ s.id, catalogText(s.name), s.describeIops(), s.throughput.toString(),
                       QStringLiteral("%1-%2").arg(s.latencyMin.toString(), s.latencyMax.toString()),
                       catalogText(s.costLabel), catalogText(s.useCase) });
    }
    out() << table.toString();
}
