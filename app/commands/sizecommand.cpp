// SPDX-License-Identifier: Apache-2.0
#include "commands/sizecommand.h"

#include "app/printablefindings.h"
#include "model/qosmode.h"
#include "model/resourcebounds.h"
#include "report/servicereport.h"
#include "translations/translationloader.h"

using namespace headroom;

SizeCommand::SizeCommand()
    : PlanCommand(QStringLiteral("size"), tr("size one service"),
                  { QStringLiteral("table"), QStringLiteral("yaml"), QStringLiteral("json") })
{
}

void SizeCommand::describe(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        tr("Size one service: resources, memory breakdown, storage, settings and findings."));
    parser.addPositionalArgument(QStringLiteral("service"),
                                 tr("A service of the catalog (headroom catalog services)."));
    parser.addOptions({
        { QStringLiteral("tier"),
          tr("Workload size: small, medium, large or xlarge (default medium unless both "
             "--cpu and --memory are given)."),
          QStringLiteral("T") },
        { QStringLiteral("memory"), tr("Memory limit, e.g. 16Gi (overrides the tier's)."), QStringLiteral("Q") },
        { QStringLiteral("cpu"), tr("CPU limit, e.g. 8 or 1500m (overrides the tier's)."), QStringLiteral("Q") },
        { QStringLiteral("memory-request"), tr("Memory request (default: as --qos sets it)."), QStringLiteral("Q") },
        { QStringLiteral("cpu-request"), tr("CPU request (default: as --qos sets it)."), QStringLiteral("Q") },
        { QStringLiteral("qos"),
          tr("How requests follow limits: memory-guaranteed (default: memory request = limit), guaranteed "
             "(CPU too) or burstable (the service's share, never below its resident memory)."),
          QStringLiteral("Q") },
        { QStringLiteral("replicas"), tr("Number of pods (default 1)."), QStringLiteral("N") },
        { QStringLiteral("connections"), tr("Shorthand for --set connections=N."), QStringLiteral("N") },
        { QStringLiteral("storage-class"), tr("Storage class id (headroom catalog storage-classes)."),
          QStringLiteral("C") },
        { QStringLiteral("set"), tr("Set an input, e.g. --set dataset=200Gi (repeatable)."),
          QStringLiteral("name=value") },
        { QStringLiteral("format"), tr("Output format: table, yaml or json (default table)."), QStringLiteral("F") },
        profileOption(),
        catalogOption(),
    });
}

int SizeCommand::run(const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("give exactly one service, e.g. headroom size postgresql --tier large."));
    auto catalog = loadCatalog(parser);
    if (!catalog)
        return fail(catalog.error().toString());
    const ServiceDefinition* service = catalog->service(positional.first());
    if (!service)
        return fail(tr("unknown service '%1'; the services are: %2.")
                        .arg(positional.first(), catalog->serviceIds().join(QStringLiteral(", "))));
    const auto chosen = format(parser);
    if (!chosen)
        return 2;
    const auto sizeRequest = request(parser, catalog.value(), *service);
    if (!sizeRequest)
        return 2;

    // YAML and JSON are English whatever the language (the catalog's check messages included).
    const i18n::EnglishScope english(QCoreApplication::instance(), *chosen != QLatin1String("table"));
    SizingEngine engine(std::move(catalog.value()));
    auto sizing = engine.size(*sizeRequest);
    if (!sizing) {
        const Error& e = sizing.error();
        // Request errors name the argument; formula errors name the catalog file and key.
        const QString where = e.location.file.isEmpty() && !e.keyPath.isEmpty() ? QStringLiteral("--%1: ").arg(
                                  e.keyPath == QLatin1String("service") ? QStringLiteral("service") : e.keyPath)
                                                                                : QString();
        return fail(where + (where.isEmpty() ? e.toString() : e.message));
    }
    if (*chosen == QLatin1String("yaml"))
        out() << service_report::toYaml(sizing.value());
    else if (*chosen == QLatin1String("json"))
        out() << service_report::toJson(sizing.value());
    else
        out() << service_report::toText(withPrintableFindings(sizing.value()));
    return 0;
}

std::optional<ServiceRequest> SizeCommand::request(const QCommandLineParser& parser, const Catalog& catalog,
                                                   const ServiceDefinition& service)
{
    ServiceRequest request;
    request.service = service.id;
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
            return fail(QStringLiteral("--%1: %2").arg(name, q.error().message)), std::nullopt;
        if (const QString problem = ResourceBounds::problem(*q); !problem.isEmpty())
            return fail(QStringLiteral("--%1: %2").arg(name, problem)), std::nullopt;
        *option.target = q.value();
    }
    request.size = parser.value(QStringLiteral("tier"));
    if (request.size.isEmpty() && !(request.cpuLimit && request.memoryLimit))
        request.size = QStringLiteral("medium");
    if (!catalog.workloadSize(request.size) && !request.size.isEmpty())
        return fail(tr("--tier: unknown tier '%1'; the tiers are: %2.")
                        .arg(request.size, catalog.workloadSizeIds().join(QStringLiteral(", ")))),
               std::nullopt;
    if (parser.isSet(QStringLiteral("replicas"))) {
        auto q = Quantity::parse(Dimension::Count, parser.value(QStringLiteral("replicas")));
        if (!q || q->raw() < 1 || q->raw() > 10000)
            return fail(tr("--replicas: '%1' is not a whole number from 1 to 10000.")
                            .arg(parser.value(QStringLiteral("replicas")))),
                   std::nullopt;
        request.replicas = int(q->raw());
    }
    if (parser.isSet(QStringLiteral("qos"))) {
        request.qos = qosModeFromName(parser.value(QStringLiteral("qos")));
        if (!request.qos)
            return fail(tr("--qos: unknown QoS '%1'; use one of %2.")
                            .arg(parser.value(QStringLiteral("qos")), qosModeNames().join(QStringLiteral(", ")))),
                   std::nullopt;
    }
    request.storageClass = parser.value(QStringLiteral("storage-class"));
    request.postgresProfile = parser.value(QStringLiteral("profile"));
    if (!request.postgresProfile.isEmpty() && !catalog.postgresProfile(request.postgresProfile)) {
        QStringList ids;
        for (const auto& p : catalog.postgresProfiles)
            ids << p.id;
        return fail(tr("--profile: unknown profile '%1'; the profiles are: %2.")
                        .arg(request.postgresProfile, ids.join(QStringLiteral(", ")))),
               std::nullopt;
    }
    if (!setInputs(parser, service, request))
        return std::nullopt;
    return request;
}

bool SizeCommand::setInputs(const QCommandLineParser& parser, const ServiceDefinition& service, ServiceRequest& request)
{
    QStringList sets = parser.values(QStringLiteral("set"));
    if (parser.isSet(QStringLiteral("connections")))
        sets.prepend(QStringLiteral("connections=") + parser.value(QStringLiteral("connections")));
    for (const auto& assignment : sets) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(tr("--set: '%1' is not name=value.").arg(assignment)), false;
        const QString name = assignment.left(eq).trimmed();
        const InputDefinition* input = service.input(name);
        if (!input) {
            QStringList names;
            for (const auto& i : service.inputs)
                names << i.name;
            return fail(tr("--set: %1 has no input '%2'; its inputs are: %3.")
                            .arg(service.id, name, names.join(QStringLiteral(", ")))),
                   false;
        }
        auto q = Quantity::parse(input->dimension, assignment.mid(eq + 1));
        if (!q)
            return fail(QStringLiteral("--set %1: %2").arg(name, q.error().message)), false;
        request.inputs.insert(name, q.value());
    }
    return true;
}
