#include "commandline.h"

#include "io/catalogloader.h"
#include "model/catalogtext.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "report/plandiff.h"
#include "io/planloader.h"
#include "report/planreport.h"
#include "engine/plansizer.h"
#include "io/planwriter.h"
#include "engine/sizingengine.h"
#include "report/servicereport.h"
#include "translations/translationloader.h"
#include "tunecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

using namespace headroom;

namespace {

const QStringList kCommands = { QStringLiteral("size"),   QStringLiteral("catalog"), QStringLiteral("check"),
                                QStringLiteral("report"), QStringLiteral("diff"),    QStringLiteral("sample"),
                                QStringLiteral("tune"),   QStringLiteral("export"), QStringLiteral("import") };

QCommandLineOption catalogOption()
{
    return { QStringLiteral("catalog"),
             CommandLine::tr("Read FILE on top of the built-in catalog (overrides and additions)."),
             QStringLiteral("FILE") };
}

Expected<Catalog> loadCatalog(const QCommandLineParser& parser, QTextStream& err)
{
    CatalogLoader loader;
    auto catalog = parser.isSet(QStringLiteral("catalog"))
        ? loader.loadWithOverride(parser.value(QStringLiteral("catalog")))
        : loader.loadBuiltIn();
    for (const auto& warning : loader.warnings())
        err << CommandLine::tr("warning: %1").arg(warning.toString()) << Qt::endl;
    return catalog;
}

// A plan with the catalog it is sized against (built-in, --catalog, the plan's overrides).
struct LoadedPlan
{
    Plan plan;
    Catalog catalog;
};

Expected<LoadedPlan> loadPlan(const QString& path, const QCommandLineParser& parser, QTextStream& err)
{
    auto catalog = loadCatalog(parser, err);
    if (!catalog)
        return catalog.error();
    PlanLoader loader(catalog.value());
    auto plan = loader.loadFile(path);
    for (const auto& warning : loader.warnings())
        err << CommandLine::tr("warning: %1").arg(warning.toString()) << Qt::endl;
    if (!plan)
        return plan.error();
    return LoadedPlan { std::move(plan.value()), loader.effectiveCatalog() };
}

} // namespace

bool CommandLine::isCommand(const QStringList& arguments)
{
    return arguments.size() > 1 && kCommands.contains(arguments.at(1));
}

int CommandLine::fail(const QString& command, const QString& message)
{
    m_err << QStringLiteral("headroom %1: %2").arg(command, message) << Qt::endl;
    return 2;
}

int CommandLine::run(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    QStringList rest = arguments;
    rest.removeAt(1); // the parser sees "headroom ARGS..." as if the command were the program
    rest[0] = QStringLiteral("headroom %1").arg(command);
    if (command == QLatin1String("size"))
        return size(rest);
    if (command == QLatin1String("catalog"))
        return catalog(rest);
    if (command == QLatin1String("check"))
        return check(rest);
    if (command == QLatin1String("report"))
        return report(rest);
    if (command == QLatin1String("diff"))
        return diff(rest);
    if (command == QLatin1String("sample"))
        return printSample();
    if (command == QLatin1String("export"))
        return runExportCommand(rest, m_out, m_err);
    if (command == QLatin1String("tune"))
        return runTuneCommand(rest, m_out, m_err);
    if (command == QLatin1String("import"))
        return runImportCommand(rest, m_out, m_err);
    return fail(command, tr("unknown command; the commands are: %1.").arg(kCommands.join(QStringLiteral(", "))));
}

int CommandLine::size(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Size one service: resources, memory breakdown, storage, settings and findings."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("service"), tr("A service of the catalog (headroom catalog services)."));
    parser.addOptions({
        { QStringLiteral("tier"), tr("Workload size: small, medium, large or xlarge (default medium unless both "
                                     "--cpu and --memory are given)."),
          QStringLiteral("T") },
        { QStringLiteral("memory"), tr("Memory limit, e.g. 16Gi (overrides the tier's)."), QStringLiteral("Q") },
        { QStringLiteral("cpu"), tr("CPU limit, e.g. 8 or 1500m (overrides the tier's)."), QStringLiteral("Q") },
        { QStringLiteral("memory-request"), tr("Memory request (default: the service's share of the limit)."),
          QStringLiteral("Q") },
        { QStringLiteral("cpu-request"), tr("CPU request (default: the service's share of the limit)."),
          QStringLiteral("Q") },
        { QStringLiteral("replicas"), tr("Number of pods (default 1)."), QStringLiteral("N") },
        { QStringLiteral("connections"), tr("Shorthand for --set connections=N."), QStringLiteral("N") },
        { QStringLiteral("storage-class"), tr("Storage class id (headroom catalog storage-classes)."),
          QStringLiteral("C") },
        { QStringLiteral("set"), tr("Set an input, e.g. --set dataset=200Gi (repeatable)."),
          QStringLiteral("name=value") },
        { QStringLiteral("format"), tr("Output format: table, yaml or json (default table)."), QStringLiteral("F") },
        catalogOption(),
    });
    if (!parser.parse(arguments))
        return fail(QStringLiteral("size"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(QStringLiteral("size"), tr("give exactly one service, e.g. headroom size postgresql --tier large."));

    auto catalog = loadCatalog(parser, m_err);
    if (!catalog)
        return fail(QStringLiteral("size"), catalog.error().toString());
    const ServiceDefinition* service = catalog->service(positional.first());
    if (!service)
        return fail(QStringLiteral("size"), tr("unknown service '%1'; the services are: %2.")
                                                .arg(positional.first(),
                                                     catalog->serviceIds().join(QStringLiteral(", "))));

    const QString format = parser.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("table")
                                                                            : parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("yaml") && format != QLatin1String("json"))
        return fail(QStringLiteral("size"), tr("--format: '%1' is not one of table, yaml, json.").arg(format));

    ServiceRequest request;
    request.service = service->id;
    struct LimitOption
    {
        const char* name;
        Dimension dimension;
        std::optional<Quantity>* target;
    };
    const LimitOption limits[] = {
        { "memory", Dimension::Memory, &request.memoryLimit },
        { "cpu", Dimension::Cpu, &request.cpuLimit },
        { "memory-request", Dimension::Memory, &request.memoryRequest },
        { "cpu-request", Dimension::Cpu, &request.cpuRequest },
    };
    for (const auto& option : limits) {
        const QString name = QString::fromLatin1(option.name);
        if (!parser.isSet(name))
            continue;
        auto q = Quantity::parse(option.dimension, parser.value(name));
        if (!q)
            return fail(QStringLiteral("size"), QStringLiteral("--%1: %2").arg(name, q.error().message));
        *option.target = q.value();
    }
    request.size = parser.value(QStringLiteral("tier"));
    if (request.size.isEmpty() && !(request.cpuLimit && request.memoryLimit))
        request.size = QStringLiteral("medium");
    if (!catalog->workloadSize(request.size) && !request.size.isEmpty())
        return fail(QStringLiteral("size"), tr("--tier: unknown tier '%1'; the tiers are: %2.")
                                                .arg(request.size,
                                                     catalog->workloadSizeIds().join(QStringLiteral(", "))));
    if (parser.isSet(QStringLiteral("replicas"))) {
        auto q = Quantity::parse(Dimension::Count, parser.value(QStringLiteral("replicas")));
        if (!q || q->raw() < 1 || q->raw() > 10000)
            return fail(QStringLiteral("size"), tr("--replicas: '%1' is not a whole number from 1 to 10000.")
                                                    .arg(parser.value(QStringLiteral("replicas"))));
        request.replicas = int(q->raw());
    }
    request.storageClass = parser.value(QStringLiteral("storage-class"));

    QStringList sets = parser.values(QStringLiteral("set"));
    if (parser.isSet(QStringLiteral("connections")))
        sets.prepend(QStringLiteral("connections=") + parser.value(QStringLiteral("connections")));
    for (const auto& assignment : sets) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(QStringLiteral("size"), tr("--set: '%1' is not name=value.").arg(assignment));
        const QString name = assignment.left(eq).trimmed();
        const QString text = assignment.mid(eq + 1);
        const InputDefinition* input = service->input(name);
        if (!input) {
            QStringList names;
            for (const auto& i : service->inputs)
                names << i.name;
            return fail(QStringLiteral("size"), tr("--set: %1 has no input '%2'; its inputs are: %3.")
                                                    .arg(service->id, name, names.join(QStringLiteral(", "))));
        }
        auto q = Quantity::parse(input->dimension, text);
        if (!q)
            return fail(QStringLiteral("size"), QStringLiteral("--set %1: %2").arg(name, q.error().message));
        request.inputs.insert(name, q.value());
    }

    // YAML and JSON are English whatever the language (the catalog's check messages included).
    const i18n::EnglishScope english(QCoreApplication::instance(), format != QLatin1String("table"));
    SizingEngine engine(std::move(catalog.value()));
    auto sizing = engine.size(request);
    if (!sizing) {
        const Error& e = sizing.error();
        // Request errors name the argument; formula errors name the catalog file and key.
        const QString where = e.location.file.isEmpty() && !e.keyPath.isEmpty()
            ? QStringLiteral("--%1: ").arg(e.keyPath == QLatin1String("service") ? QStringLiteral("service")
                                                                                  : e.keyPath)
            : QString();
        return fail(QStringLiteral("size"), where + (where.isEmpty() ? e.toString() : e.message));
    }
    if (format == QLatin1String("yaml"))
        m_out << service_report::toYaml(sizing.value());
    else if (format == QLatin1String("json"))
        m_out << service_report::toJson(sizing.value());
    else
        m_out << service_report::toText(sizing.value());
    return 0;
}

int CommandLine::catalog(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List what the catalog knows."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("what"),
                                 tr("services (default), tiers or storage-classes; services ID shows one service."));
    parser.addOption(catalogOption());
    if (!parser.parse(arguments))
        return fail(QStringLiteral("catalog"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0, QStringLiteral("services"));
    auto catalog = loadCatalog(parser, m_err);
    if (!catalog)
        return fail(QStringLiteral("catalog"), catalog.error().toString());

    if (what == QLatin1String("services") && positional.size() == 2) {
        const ServiceDefinition* s = catalog->service(positional.at(1));
        if (!s)
            return fail(QStringLiteral("catalog"), tr("unknown service '%1'; the services are: %2.")
                                                       .arg(positional.at(1),
                                                            catalog->serviceIds().join(QStringLiteral(", "))));
        m_out << tr("%1 (%2), chart %3, storage class %4").arg(s->name, s->id, s->chart, s->storageClass)
              << QStringLiteral("\n\n");
        QStringList header = { tr("Tier") };
        for (const auto& c : s->columns)
            header << catalogText(c.title);
        TextTable matrix(header);
        for (const auto& row : s->rows) {
            QStringList cells = { catalog->workloadSize(row.size) ? catalogText(catalog->workloadSize(row.size)->name) : row.size };
            for (const auto& c : s->columns)
                cells << (c.dimension ? row.cells.value(c.id).text : catalogText(row.cells.value(c.id).text));
            matrix.addRow(cells);
        }
        m_out << matrix.toString() << Qt::endl;
        TextTable inputs({ tr("Input"), tr("Unit"), tr("Description") });
        for (const auto& i : s->inputs)
            inputs.addRow({ i.name, dimensionName(i.dimension), catalogText(i.description) });
        m_out << inputs.toString() << Qt::endl;
        TextTable formulas({ tr("Formula"), tr("Expression"), tr("Explanation") });
        for (const auto& f : s->formulas)
            formulas.addRow({ f.name, f.expression, catalogText(f.explanation) });
        m_out << formulas.toString();
        return 0;
    }
    if (positional.size() > 1)
        return fail(QStringLiteral("catalog"), tr("too many arguments; try headroom catalog services ID."));

    if (what == QLatin1String("services")) {
        TextTable table({ tr("Service"), tr("Name"), tr("Group"), tr("Chart"), tr("Storage class") });
        for (const auto& s : catalog->services) {
            QString group = s.group;
            for (const auto& g : catalog->groups) {
                if (g.id == s.group)
                    group = catalogText(g.name);
            }
            table.addRow({ s.id, s.name, group, s.chart, s.storageClass });
        }
        m_out << table.toString();
    } else if (what == QLatin1String("tiers")) {
        TextTable sizes({ tr("Tier"), tr("Name") });
        for (const auto& s : catalog->workloadSizes)
            sizes.addRow({ s.id, catalogText(s.name) });
        m_out << tr("Workload tiers (the rows of every sizing matrix):") << Qt::endl << sizes.toString() << Qt::endl;
        TextTable perf({ tr("Performance tier"), tr("Name"), tr("p99 latency below"), tr("At least"), tr("Use case") });
        for (const auto& t : catalog->performanceTiers)
            perf.addRow({ t.id, catalogText(t.name), t.p99Latency.toString(), t.minRps.toString(), catalogText(t.useCase) });
        m_out << perf.toString();
    } else if (what == QLatin1String("storage-classes")) {
        TextTable table({ tr("Storage class"), tr("Name"), tr("IOPS"), tr("Throughput"), tr("Latency"), tr("Cost"),
                          tr("Use case") });
        for (const auto& s : catalog->storageClasses) {
            table.addRow({ s.id, catalogText(s.name), s.describeIops(), s.throughput.toString(),
                           QStringLiteral("%1-%2").arg(s.latencyMin.toString(), s.latencyMax.toString()),
                           catalogText(s.costLabel), catalogText(s.useCase) });
        }
        m_out << table.toString();
    } else {
        return fail(QStringLiteral("catalog"),
                    tr("'%1' is not one of services, tiers, storage-classes.").arg(what));
    }
    return 0;
}

int CommandLine::check(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Validate a plan and list its findings. Exit 0: no errors; 1: findings of error severity; 2: the "
           "file is invalid."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("plan"), tr("The plan file."));
    parser.addOptions({
        { QStringLiteral("apply"), tr("Apply every finding's recommendation and write the plan to --out.") },
        { QStringLiteral("out"), tr("Where --apply writes the changed plan (may be the plan itself)."),
          QStringLiteral("FILE") },
        { QStringLiteral("format"), tr("Output format: text or json (default text)."), QStringLiteral("F") },
        catalogOption(),
    });
    if (!parser.parse(arguments))
        return fail(QStringLiteral("check"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("check"), tr("give exactly one plan file."));
    const QString format = parser.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("text")
                                                                            : parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return fail(QStringLiteral("check"), tr("--format: '%1' is not one of text, json.").arg(format));
    if (parser.isSet(QStringLiteral("apply")) && !parser.isSet(QStringLiteral("out")))
        return fail(QStringLiteral("check"), tr("--apply needs --out FILE for the changed plan."));

    auto loaded = loadPlan(parser.positionalArguments().first(), parser, m_err);
    if (!loaded)
        return fail(QStringLiteral("check"), loaded.error().toString());
    const bool json = format == QLatin1String("json");
    const i18n::EnglishScope english(QCoreApplication::instance(), json);
    // With --format json standard output is the JSON document alone; what --apply did is
    // said on standard error.
    QTextStream& said = json ? m_err : m_out;
    Plan plan = loaded->plan;
    PlanSizer sizer(loaded->catalog);
    PlanSizing sizing = sizer.size(plan);

    if (parser.isSet(QStringLiteral("apply"))) {
        QStringList applied;
        for (const auto& f : std::as_const(sizing.findings)) {
            if (!f.recommendation || applied.contains(f.service + QLatin1Char('\n') + f.recommendation->summary))
                continue;
            plan = PlanSizer::apply(plan, f);
            applied << f.service + QLatin1Char('\n') + f.recommendation->summary;
            said << tr("applied to %1: %2").arg(f.service, f.recommendation->summary) << Qt::endl;
        }
        if (applied.isEmpty())
            said << tr("no finding carries a recommendation; the plan is unchanged.") << Qt::endl;
        const QString out = parser.value(QStringLiteral("out"));
        if (auto error = PlanWriter::save(plan, out))
            return fail(QStringLiteral("check"), error->toString());
        said << tr("wrote %1").arg(out) << Qt::endl << Qt::endl;
        sizing = sizer.size(plan);
    }

    if (json)
        m_out << plan_report::toJson(plan, sizing);
    else
        m_out << plan_report::findingsText(sizing);
    return sizing.count(Severity::Error) > 0 ? 1 : 0;
}

int CommandLine::report(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The whole plan: sizing of every service, pooling, storage, cluster fit "
                                        "and findings."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("plan"), tr("The plan file."));
    parser.addOptions({
        { QStringLiteral("format"), tr("Output format: text, markdown or json (default text)."), QStringLiteral("F") },
        catalogOption(),
    });
    if (!parser.parse(arguments))
        return fail(QStringLiteral("report"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("report"), tr("give exactly one plan file."));
    const QString format = parser.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("text")
                                                                            : parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("markdown") && format != QLatin1String("json"))
        return fail(QStringLiteral("report"), tr("--format: '%1' is not one of text, markdown, json.").arg(format));
    auto loaded = loadPlan(parser.positionalArguments().first(), parser, m_err);
    if (!loaded)
        return fail(QStringLiteral("report"), loaded.error().toString());
    const i18n::EnglishScope english(QCoreApplication::instance(), format == QLatin1String("json"));
    const PlanSizing sizing = PlanSizer(loaded->catalog).size(loaded->plan);
    if (format == QLatin1String("json"))
        m_out << plan_report::toJson(loaded->plan, sizing);
    else if (format == QLatin1String("markdown"))
        m_out << plan_report::toMarkdown(loaded->plan, sizing);
    else
        m_out << plan_report::toText(loaded->plan, sizing);
    return 0;
}

int CommandLine::diff(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("What changes in resources, settings, storage, nodes and cost between two "
                                        "plans. Exit 0: no differences; 1: differences; 2: bad input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("old"), tr("The plan before."));
    parser.addPositionalArgument(QStringLiteral("new"), tr("The plan after."));
    parser.addOption(catalogOption());
    if (!parser.parse(arguments))
        return fail(QStringLiteral("diff"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 2)
        return fail(QStringLiteral("diff"), tr("give two plan files: OLD NEW."));
    auto before = loadPlan(parser.positionalArguments().at(0), parser, m_err);
    if (!before)
        return fail(QStringLiteral("diff"), before.error().toString());
    auto after = loadPlan(parser.positionalArguments().at(1), parser, m_err);
    if (!after)
        return fail(QStringLiteral("diff"), after.error().toString());
    const auto changes = plan_diff::compare(PlanSizer(before->catalog).size(before->plan),
                                            PlanSizer(after->catalog).size(after->plan));
    m_out << plan_diff::toText(changes);
    return changes.isEmpty() ? 0 : 1;
}

int CommandLine::printSample()
{
    CatalogLoader loader;
    auto catalog = loader.loadBuiltIn();
    if (!catalog)
        return fail(QStringLiteral("sample"), catalog.error().toString());
    PlanLoader plans(catalog.value());
    auto plan = plans.loadSample();
    if (!plan)
        return fail(QStringLiteral("sample"), plan.error().toString());
    m_out << plan_report::toText(plan.value(), PlanSizer(plans.effectiveCatalog()).size(plan.value()));
    return 0;
}
