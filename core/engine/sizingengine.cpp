// SPDX-License-Identifier: Apache-2.0
#include "engine/sizingengine.h"

#include "engine/pgsharedmemory.h"
#include "engine/storagecheck.h"
#include "formula/formulaevaluator.h"
#include "model/catalogtext.h"
#include "model/findingorder.h"

#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace headroom {

namespace {

// A setting's format, read once when the service is compiled (see docs/CATALOG.md).
enum class SettingFormat { Postgres, Redis, Jvm, Mysql, Php, Gib, Number, Plain };

SettingFormat settingFormatOf(const QString& format)
{
    if (format == QLatin1String("postgres"))
        return SettingFormat::Postgres;
    if (format == QLatin1String("redis"))
        return SettingFormat::Redis;
    if (format == QLatin1String("jvm"))
        return SettingFormat::Jvm;
    if (format == QLatin1String("mysql"))
        return SettingFormat::Mysql;
    if (format == QLatin1String("php"))
        return SettingFormat::Php;
    if (format == QLatin1String("gib"))
        return SettingFormat::Gib;
    if (format == QLatin1String("count") || format == QLatin1String("number"))
        return SettingFormat::Number;
    return SettingFormat::Plain;
}

QString formatSetting(const Quantity& value, SettingFormat format)
{
    const bool memory = value.dimension() == Dimension::Memory;
    switch (format) {
    case SettingFormat::Postgres:
        if (memory)
            return memory_format::postgres(value.raw());
        break;
    case SettingFormat::Redis:
        if (memory)
            return memory_format::redis(value.raw());
        break;
    case SettingFormat::Jvm:
        if (memory)
            return memory_format::jvm(value.raw());
        break;
    case SettingFormat::Mysql:
        if (memory)
            return memory_format::mysql(value.raw());
        break;
    case SettingFormat::Php:
        if (memory)
            return memory_format::php(value.raw());
        break;
    case SettingFormat::Gib:
        if (memory)
            return memory_format::gibibytes(value.raw());
        break;
    case SettingFormat::Number: {
        // A plain number whatever the dimension: seconds for durations, bytes for memory.
        const double v = value.toFormulaValue();
        if (v == std::floor(v) && std::fabs(v) < 9e15)
            return QString::number(std::int64_t(v));
        return QLocale::c().toString(v, 'g', 15);
    }
    case SettingFormat::Plain:
        break;
    }
    return value.toString();
}

// A name a setting or a check's message shows, resolved when the service is compiled
// instead of looked up by name for every service sized: a formula, else an input, else
// one of the engine's own names.
struct NameRef
{
    enum class Kind : quint8 { None, Memory, Cpu, MemoryRequest, CpuRequest, Replicas, Input, Formula };
    Kind kind = Kind::None;
    int index = -1; // into the service's inputs or formulas
};

NameRef resolveName(const ServiceDefinition& service, const QString& name)
{
    for (qsizetype i = 0; i < service.formulas.size(); ++i) {
        if (service.formulas.at(i).name == name)
            return { NameRef::Kind::Formula, int(i) };
    }
    for (qsizetype i = 0; i < service.inputs.size(); ++i) {
        if (service.inputs.at(i).name == name)
            return { NameRef::Kind::Input, int(i) };
    }
    if (name == QLatin1String("memory"))
        return { NameRef::Kind::Memory, -1 };
    if (name == QLatin1String("cpu"))
        return { NameRef::Kind::Cpu, -1 };
    if (name == QLatin1String("memory_request"))
        return { NameRef::Kind::MemoryRequest, -1 };
    if (name == QLatin1String("cpu_request"))
        return { NameRef::Kind::CpuRequest, -1 };
    if (name == QLatin1String("replicas"))
        return { NameRef::Kind::Replicas, -1 };
    return {};
}

// A piece of a check's message: literal text, then the display form of a name (if any).
struct MessagePart
{
    QString text;
    NameRef name;
};

bool isNameStart(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
}
bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

// Cuts a message at its {name} placeholders, once. A placeholder naming nothing the
// service knows stays as written.
QList<MessagePart> parseMessage(const ServiceDefinition& service, const QString& message)
{
    QList<MessagePart> parts;
    qsizetype literalFrom = 0;
    for (qsizetype i = 0; i < message.size(); ++i) {
        if (message.at(i) != u'{' || i + 1 >= message.size() || !isNameStart(message.at(i + 1)))
            continue;
        qsizetype end = i + 2;
        while (end < message.size() && isNameChar(message.at(end)))
            ++end;
        if (end >= message.size() || message.at(end) != u'}')
            continue;
        const NameRef ref = resolveName(service, message.mid(i + 1, end - i - 1));
        if (ref.kind == NameRef::Kind::None)
            continue; // left as written
        parts << MessagePart { message.mid(literalFrom, i - literalFrom), ref };
        literalFrom = end + 1;
        i = end;
    }
    if (literalFrom < message.size() || parts.isEmpty())
        parts << MessagePart { message.mid(literalFrom), {} };
    return parts;
}

} // namespace

struct SizingEngine::CompiledService
{
    FormulaEvaluator evaluator;
    int memorySlot = -1;
    int cpuSlot = -1;
    int memoryRequestSlot = -1;
    int cpuRequestSlot = -1;
    int replicasSlot = -1;
    QList<QPair<QString, int>> columnSlots; // matrix column id -> slot of tier_<id>
    QList<int> inputSlots; // parallel to ServiceDefinition::inputs
    QList<int> formulaSlots; // parallel to ServiceDefinition::formulas
    QList<int> guideProbes; // parallel to formulas, -1 where there is no guide expression
    QList<int> checkProbes; // parallel to checks
    QList<int> settingProbes; // parallel to settings, -1 where a setting has no condition
    QList<int> settingExpressions; // parallel to settings, -1 where a setting has no expression
    int storageIopsSlot = -1;
    // With settingsFrom: postgresProfile: the slots of postgresProfileFigures() and of the
    // inputs the profile reads.
    QList<int> profileSlots;
    int connectionsSlot = -1;
    int connectionOverheadSlot = -1;
    // Resolved once, by index into the service's formulas (-1: none).
    QList<int> memoryComponentFormulas; // parallel to memoryComponents
    QList<int> memoryComponentDemands; // parallel to memoryComponents; -1 without a demand
    int residentFormula = -1;
    int storageSizeFormula = -1;
    int storageIopsFormula = -1;
    int storageThroughputFormula = -1;
    struct SettingPlan
    {
        NameRef name; // kind None with a fixed value
        SettingFormat format = SettingFormat::Plain;
    };
    QList<SettingPlan> settings; // parallel to ServiceDefinition::settings
    QList<QList<MessagePart>> checkMessages; // parallel to checks
    QStringList checkFixes; // parallel to checks, translated
    // Per matrix row (parallel to ServiceDefinition::rows): what every service at that tier
    // reads from it, looked up once.
    struct RowValues
    {
        QString tierSource; // "Large tier", the source of the inputs that take its defaults
        QList<double> columns; // parallel to columnSlots
        std::optional<Quantity> cpu; // the row's limits
        std::optional<Quantity> memory;
    };
    QList<RowValues> rows;
};

SizingEngine::SizingEngine(Catalog catalog)
    : m_catalog(std::move(catalog))
{
}

SizingEngine::~SizingEngine() = default;

namespace {

// A numeric cell of a matrix row, looked up without copying the cell.
std::optional<Quantity> cellQuantity(const MatrixRow& row, const QString& column)
{
    const auto it = row.cells.constFind(column);
    return it == row.cells.constEnd() ? std::nullopt : it->quantity;
}

Error requestError(const QString& key, const QString& message)
{
    return Error { message, key, {} };
}

QString listOf(const QStringList& names)
{
    return names.join(QStringLiteral(", "));
}

__extension__ typedef __int128 Int128; // GCC and Clang; __extension__ keeps -Wpedantic quiet

// Rounds a share of a limit up to the unit an SRE would write (whole millicores, MiB).
Quantity shareOf(const Quantity& limit, const Quantity& share, std::int64_t step)
{
    // In integers: exact.
    const Int128 scaled = static_cast<Int128>(limit.raw()) * share.raw();
    const Int128 unit = static_cast<Int128>(1'000'000) * step;
    const Int128 steps = (scaled + unit - 1) / unit;
    const Int128 value = std::min<Int128>(steps * step, limit.raw());
    return { limit.dimension(), static_cast<std::int64_t>(value) };
}

} // namespace

Expected<SizingEngine::CompiledService*> SizingEngine::compiled(const ServiceDefinition& service) const
{
    if (auto it = m_compiled.constFind(service.id); it != m_compiled.constEnd())
        return it->get();

    auto c = std::make_shared<CompiledService>();
    QStringList inputNames
        = { QStringLiteral("memory"),      QStringLiteral("cpu"),      QStringLiteral("memory_request"),
            QStringLiteral("cpu_request"), QStringLiteral("replicas"), QStringLiteral("storage_iops") };
    for (const auto& column : service.columns) {
        if (column.dimension)
            inputNames << QStringLiteral("tier_") + column.id;
    }
    for (const auto& input : service.inputs)
        inputNames << input.name;
    if (service.settingsFromPostgresProfile())
        inputNames << postgresProfileFigures();

    QList<FormulaEvaluator::Expression> formulas;
    QList<FormulaEvaluator::Expression> probes;
    for (const auto& f : service.formulas) {
        const QString key = QStringLiteral("services.%1.formulas.%2").arg(service.id, f.name);
        formulas << FormulaEvaluator::Expression { f.name, f.expression, key, f.location };
        if (f.guideExpression.isEmpty()) {
            c->guideProbes << -1;
        } else {
            c->guideProbes << int(probes.size());
            probes << FormulaEvaluator::Expression { f.name, f.guideExpression, key + QStringLiteral(".guide"),
                                                     f.location };
        }
    }
    for (const auto& check : service.checks) {
        c->checkProbes << int(probes.size());
        probes << FormulaEvaluator::Expression {
            check.code, check.when, QStringLiteral("services.%1.checks.%2.when").arg(service.id, check.code),
            check.location
        };
    }
    for (const auto& setting : service.settings) {
        const QString key = QStringLiteral("services.%1.settings.%2").arg(service.id, setting.name);
        c->settingProbes << (setting.when.isEmpty() ? -1 : int(probes.size()));
        if (!setting.when.isEmpty())
            probes << FormulaEvaluator::Expression { setting.name, setting.when, key + QStringLiteral(".when"),
                                                     setting.location };
        c->settingExpressions << (setting.expression.isEmpty() ? -1 : int(probes.size()));
        if (!setting.expression.isEmpty())
            probes << FormulaEvaluator::Expression { setting.name, setting.expression,
                                                     key + QStringLiteral(".expression"), setting.location };
    }
    if (auto error = c->evaluator.compile(inputNames, formulas, probes))
        return *error;

    c->memorySlot = c->evaluator.slot(QStringLiteral("memory"));
    c->cpuSlot = c->evaluator.slot(QStringLiteral("cpu"));
    c->memoryRequestSlot = c->evaluator.slot(QStringLiteral("memory_request"));
    c->cpuRequestSlot = c->evaluator.slot(QStringLiteral("cpu_request"));
    c->replicasSlot = c->evaluator.slot(QStringLiteral("replicas"));
    c->storageIopsSlot = c->evaluator.slot(QStringLiteral("storage_iops"));
    for (const auto& column : service.columns) {
        if (column.dimension)
            c->columnSlots << qMakePair(column.id, c->evaluator.slot(QStringLiteral("tier_") + column.id));
    }
    for (const auto& input : service.inputs)
        c->inputSlots << c->evaluator.slot(input.name);
    for (const auto& f : service.formulas)
        c->formulaSlots << c->evaluator.slot(f.name);
    if (service.settingsFromPostgresProfile()) {
        for (const auto& name : postgresProfileFigures())
            c->profileSlots << c->evaluator.slot(name);
        c->connectionsSlot = c->evaluator.slot(QStringLiteral("connections"));
        c->connectionOverheadSlot = c->evaluator.slot(QStringLiteral("connection_overhead"));
    }

    const auto formulaIndex = [&](const QString& name) {
        const NameRef ref = resolveName(service, name);
        return ref.kind == NameRef::Kind::Formula ? ref.index : -1;
    };
    for (const auto& component : service.memoryComponents) {
        c->memoryComponentFormulas << formulaIndex(component.formula);
        c->memoryComponentDemands << (component.demand.isEmpty() ? -1 : formulaIndex(component.demand));
    }
    if (!service.residentFormula.isEmpty())
        c->residentFormula = formulaIndex(service.residentFormula);
    if (!service.storage.sizeFormula.isEmpty())
        c->storageSizeFormula = formulaIndex(service.storage.sizeFormula);
    if (!service.storage.iopsFormula.isEmpty())
        c->storageIopsFormula = formulaIndex(service.storage.iopsFormula);
    if (!service.storage.throughputFormula.isEmpty())
        c->storageThroughputFormula = formulaIndex(service.storage.throughputFormula);
    for (const auto& setting : service.settings) {
        c->settings << CompiledService::SettingPlan { setting.formula.isEmpty() ? NameRef()
                                                                                : resolveName(service, setting.formula),
                                                      settingFormatOf(setting.format) };
    }
    // Messages are translated before their {placeholders} are cut out, so a translation
    // may put the figures in its own order.
    for (const auto& check : service.checks) {
        c->checkMessages << parseMessage(service, catalogText(check.message));
        c->checkFixes << catalogText(check.fix);
    }
    for (const auto& row : service.rows) {
        CompiledService::RowValues values;
        const WorkloadSize* size = m_catalog.workloadSize(row.size);
        values.tierSource = tr("%1 tier").arg(size ? catalogText(size->name) : row.size);
        for (const auto& [column, slot] : std::as_const(c->columnSlots)) {
            const auto q = cellQuantity(row, column);
            values.columns << (q ? q->toFormulaValue() : 0.0);
        }
        values.cpu = cellQuantity(row, QStringLiteral("cpu"));
        values.memory = cellQuantity(row, QStringLiteral("memory"));
        c->rows << values;
    }

    CompiledService* raw = c.get();
    m_compiled.insert(service.id, std::move(c));
    return raw;
}

Expected<ServiceSizing> SizingEngine::size(const ServiceRequest& request) const
{
    TextCache texts;
    return size(request, texts);
}

// The state of one sizing as it passes through the stages.
struct SizingEngine::Run
{
    const ServiceRequest& request;
    TextCache& texts;
    const bool full; // SizingDetail::Full
    QList<InputValue>& inputs; // the result's, or the engine's scratch lists for numbers only
    QList<FormulaValue>& values;
    ServiceSizing& out;
    const ServiceDefinition* service = nullptr;
    const MatrixRow* row = nullptr;
    CompiledService* compiled = nullptr; // once the service is compiled
    const CompiledService::RowValues* rowValues = nullptr; // the row's, once compiled
    QStringList unset {}; // tier-only inputs of a request without a tier: no value to check against
};

namespace {

// Every name a setting or a message can show, with its unit.
Quantity namedQuantity(const NameRef& ref, const ServiceSizing& out, const QList<InputValue>& inputs,
                       const QList<FormulaValue>& values)
{
    switch (ref.kind) {
    case NameRef::Kind::Memory:
        return out.resources.memoryLimit;
    case NameRef::Kind::Cpu:
        return out.resources.cpuLimit;
    case NameRef::Kind::MemoryRequest:
        return out.resources.memoryRequest;
    case NameRef::Kind::CpuRequest:
        return out.resources.cpuRequest;
    case NameRef::Kind::Replicas:
        return Quantity::count(out.replicas);
    case NameRef::Kind::Input:
        return inputs.at(ref.index).value;
    case NameRef::Kind::Formula:
        return values.at(ref.index).value;
    case NameRef::Kind::None:
        break;
    }
    return Quantity();
}

const FormulaValue* formulaValueAt(const QList<FormulaValue>& values, int index)
{
    return index >= 0 ? &values.at(index) : nullptr;
}

// An input's value and where it came from: the request, the catalog's default, or the
// tier's matrix row.
struct BoundInput
{
    Quantity value;
    QString source;
};

BoundInput defaultInput(const InputDefinition& def, const MatrixRow& row, const QString& tierSource)
{
    if (def.defaultValue.literal)
        return { *def.defaultValue.literal, QStringLiteral("default") };
    if (!def.defaultValue.column.isEmpty()) {
        const auto cell = row.cells.constFind(def.defaultValue.column);
        return { cell != row.cells.constEnd() ? cell->quantity.value_or(Quantity(def.dimension, 0))
                                              : Quantity(def.dimension, 0),
                 tierSource };
    }
    return { def.defaultValue.perSize.value(row.size, Quantity(def.dimension, 0)), tierSource };
}

// A default that only a tier gives (a dataset per tier), not one in proportion to the resources.
bool isTierOnly(const InputDefinition& def)
{
    return !def.defaultValue.literal && def.defaultValue.column.isEmpty() && !def.defaultValue.perSize.isEmpty();
}

// A check's message: the catalog's own sentence with its placeholders (found when it was
// compiled) filled in, the figures first so that the sentence is put together in one
// allocation.
QString checkMessage(const QList<MessagePart>& parts, TextCache& texts, const auto& named)
{
    QVarLengthArray<QString, 8> figures;
    qsizetype length = 0;
    for (const MessagePart& part : parts) {
        length += part.text.size();
        if (part.name.kind != NameRef::Kind::None) {
            figures.append(texts.display(named(part.name)));
            length += figures.last().size();
        }
    }
    if (parts.size() == 1 && figures.isEmpty())
        return parts.first().text;
    QString message;
    message.reserve(length);
    qsizetype figure = 0;
    for (const MessagePart& part : parts) {
        message.append(part.text);
        if (part.name.kind != NameRef::Kind::None)
            message.append(figures[figure++]);
    }
    return message;
}

} // namespace

// Each stage either fills in its part of the result or returns the error that stops the
// sizing; a numbers-only sizing stops after the storage.
Expected<ServiceSizing> SizingEngine::size(const ServiceRequest& request, TextCache& texts, SizingDetail detail) const
{
    const bool full = detail == SizingDetail::Full;
    ServiceSizing out;
    Run run { request, texts, full, full ? out.inputs : m_scratch.inputs, full ? out.values : m_scratch.values, out };
    for (const auto stage : { &SizingEngine::pickService, &SizingEngine::pickRow, &SizingEngine::resolveResources,
                              &SizingEngine::compileService, &SizingEngine::bindInputs, &SizingEngine::evaluate }) {
        if (auto error = (this->*stage)(run))
            return *error;
    }
    coverResidentMemory(run);
    breakMemoryDown(run);
    if (auto error = checkStorage(run))
        return *error;
    if (!full)
        return out;
    formatSettings(run);
    if (auto error = runChecks(run))
        return *error;
    sortBySeverity(out.findings, [](const Finding& f) { return f.severity; });
    return out;
}

std::optional<Error> SizingEngine::pickService(Run& run) const
{
    const ServiceRequest& request = run.request;
    run.service = m_catalog.service(request.service);
    if (!run.service) {
        return requestError(
            QStringLiteral("service"),
            tr("unknown service '%1'; the services are: %2.").arg(request.service, listOf(m_catalog.serviceIds())));
    }
    run.out.service = run.service->id;
    if (run.full) // a sweep's points are all the same service
        run.out.serviceName = run.service->name;
    run.out.size = request.size;
    run.out.replicas = request.replicas;
    if (request.replicas < 1 || request.replicas > 10000)
        return requestError(QStringLiteral("replicas"), tr("replicas must be between 1 and 10000."));
    return std::nullopt;
}

// The matrix row gives the limits and the column defaults. Without a size, the row is the
// smallest one whose memory covers the explicit limit, so column defaults stay in
// proportion to the resources.
std::optional<Error> SizingEngine::pickRow(Run& run) const
{
    const ServiceRequest& request = run.request;
    const ServiceDefinition* service = run.service;
    if (!request.size.isEmpty()) {
        run.row = service->row(request.size);
        if (!run.row)
            return requestError(
                QStringLiteral("tier"),
                tr("unknown tier '%1'; the tiers are: %2.").arg(request.size, listOf(m_catalog.workloadSizeIds())));
        return std::nullopt;
    }
    if (!request.cpuLimit || !request.memoryLimit)
        return requestError(
            QStringLiteral("tier"),
            tr("give a tier (%1) or both a CPU and a memory limit.").arg(listOf(m_catalog.workloadSizeIds())));
    for (const auto& size : m_catalog.workloadSizes) {
        const MatrixRow* candidate = service->row(size.id);
        if (!candidate)
            continue;
        run.row = candidate;
        const auto memory = cellQuantity(*candidate, QStringLiteral("memory"));
        if (memory && memory->raw() >= request.memoryLimit->raw())
            break;
    }
    if (!run.row)
        return requestError(QStringLiteral("tier"), tr("the catalog has no matrix row for %1.").arg(service->id));
    return std::nullopt;
}

// Limits from the request, else the row; requests from the request, else the service's
// share of the limits.
std::optional<Error> SizingEngine::resolveResources(Run& run) const
{
    const ServiceRequest& request = run.request;
    const ServiceDefinition* service = run.service;
    if (request.cpuLimit && request.cpuLimit->dimension() != Dimension::Cpu)
        return requestError(QStringLiteral("cpu"), tr("the CPU limit must be a CPU quantity."));
    if (request.memoryLimit && request.memoryLimit->dimension() != Dimension::Memory)
        return requestError(QStringLiteral("memory"), tr("the memory limit must be a memory quantity."));
    // A service compiled before has its rows' limits at hand. A failed compile is not kept,
    // so compileService() reports its error on every request.
    const auto known = m_compiled.constFind(service->id);
    run.compiled = known != m_compiled.constEnd() ? known->get() : nullptr;
    const CompiledService::RowValues* const knownRow
        = run.compiled ? &run.compiled->rows.at(run.row - service->rows.constData()) : nullptr;
    Resources& r = run.out.resources;
    r.cpuLimit = request.cpuLimit.value_or(
        (knownRow ? knownRow->cpu : cellQuantity(*run.row, QStringLiteral("cpu"))).value_or(Quantity()));
    r.memoryLimit = request.memoryLimit.value_or(
        (knownRow ? knownRow->memory : cellQuantity(*run.row, QStringLiteral("memory"))).value_or(Quantity()));
    if (r.cpuLimit.raw() <= 0)
        return requestError(QStringLiteral("cpu"), tr("the CPU limit must be above zero."));
    if (r.memoryLimit.raw() < Quantity::mebibytes(16).raw())
        return requestError(QStringLiteral("memory"),
                            tr("the memory limit must be at least 16Mi; no data service runs in less."));
    const QosMode qos = request.qos.value_or(kDefaultQosMode);
    run.out.qos = qos;
    r.cpuRequest = request.cpuRequest.value_or(
        qos == QosMode::Guaranteed ? r.cpuLimit : shareOf(r.cpuLimit, service->cpuRequestShare, 1));
    r.memoryRequest = request.memoryRequest.value_or(
        qos == QosMode::Burstable ? shareOf(r.memoryLimit, service->memoryRequestShare, Quantity::mebibytes(1).raw())
                                  : r.memoryLimit);
    if (r.cpuRequest.raw() > r.cpuLimit.raw())
        return requestError(QStringLiteral("cpu-request"),
                            tr("the CPU request %1 is above the limit %2; Kubernetes refuses that.")
                                .arg(r.cpuRequest.toString(), r.cpuLimit.toString()));
    if (r.memoryRequest.raw() > r.memoryLimit.raw())
        return requestError(QStringLiteral("memory-request"),
                            tr("the memory request %1 is above the limit %2; Kubernetes refuses that.")
                                .arg(r.memoryRequest.toString(), r.memoryLimit.toString()));
    return std::nullopt;
}

// Refuses inputs the service does not have, then compiles the service on its first use.
std::optional<Error> SizingEngine::compileService(Run& run) const
{
    const ServiceDefinition* service = run.service;
    for (auto it = run.request.inputs.cbegin(); it != run.request.inputs.cend(); ++it) {
        if (!service->input(it.key())) {
            QStringList names;
            for (const auto& input : service->inputs)
                names << input.name;
            return requestError(
                it.key(), tr("%1 has no input '%2'; its inputs are: %3.").arg(service->id, it.key(), listOf(names)));
        }
    }
    if (!run.compiled) {
        auto compiledOrError = compiled(*service);
        if (!compiledOrError)
            return compiledOrError.error();
        run.compiled = compiledOrError.value();
    }
    run.rowValues = &run.compiled->rows.at(run.row - service->rows.constData());
    return std::nullopt;
}

// Gives the formulas their variables: the resources, the row's columns and every input.
std::optional<Error> SizingEngine::bindInputs(Run& run) const
{
    const CompiledService& c = *run.compiled;
    FormulaEvaluator& ev = run.compiled->evaluator;
    const Resources& r = run.out.resources;
    ev.setValue(c.memorySlot, r.memoryLimit.toFormulaValue());
    ev.setValue(c.cpuSlot, r.cpuLimit.toFormulaValue());
    ev.setValue(c.memoryRequestSlot, r.memoryRequest.toFormulaValue());
    ev.setValue(c.cpuRequestSlot, r.cpuRequest.toFormulaValue());
    ev.setValue(c.replicasSlot, run.request.replicas);
    ev.setValue(c.storageIopsSlot, 0.0); // known after the storage check
    for (qsizetype k = 0; k < c.columnSlots.size(); ++k)
        ev.setValue(c.columnSlots.at(k).second, run.rowValues->columns.at(k));

    const QList<InputDefinition>& defs = run.service->inputs;
    run.inputs.clear(); // keeps the scratch lists' capacity
    run.inputs.reserve(defs.size());
    for (qsizetype i = 0; i < defs.size(); ++i) {
        const InputDefinition& def = defs.at(i);
        BoundInput bound;
        if (auto it = run.request.inputs.constFind(def.name); it != run.request.inputs.constEnd()) {
            if (it->dimension() != def.dimension)
                return requestError(def.name,
                                    tr("%1 is a %2 quantity, not %3.")
                                        .arg(def.name, dimensionName(def.dimension), dimensionName(it->dimension())));
            bound = { *it, QStringLiteral("set") };
        } else if (run.request.size.isEmpty() && isTierOnly(def)) {
            // Explicit limits chose no tier, so a workload figure of one would be a guess: the
            // input takes its floor and no check judges it.
            bound = { def.min.value_or(Quantity(def.dimension, 0)), tr("not set (no tier; --set %1=…)").arg(def.name) };
            run.unset << def.name;
        } else {
            bound = defaultInput(def, *run.row, run.rowValues->tierSource);
        }
        if (def.min && bound.value.raw() < def.min->raw())
            return requestError(
                def.name,
                tr("%1 is %2, below its minimum %3.").arg(def.name, bound.value.toString(), def.min->toString()));
        if (def.max && bound.value.raw() > def.max->raw())
            return requestError(
                def.name,
                tr("%1 is %2, above its maximum %3.").arg(def.name, bound.value.toString(), def.max->toString()));
        ev.setValue(c.inputSlots.at(i), bound.value.toFormulaValue());
        // Built in place in the reserved list; numbers only have no texts to copy and drop.
        if (run.full)
            run.inputs.append(
                InputValue { def.name, def.title, bound.value, std::move(bound.source), def.description });
        else
            run.inputs.append(InputValue { {}, {}, bound.value, {}, {} });
    }
    return std::nullopt;
}

// Every formula's value, with the guide's own figure beside it.
std::optional<Error> SizingEngine::evaluate(Run& run) const
{
    const CompiledService& c = *run.compiled;
    FormulaEvaluator& ev = run.compiled->evaluator;
    if (auto error = ev.evaluateFormulas())
        return *error;
    // The profile reads the volume the formulas size, and the formulas read its figures.
    if (run.service->settingsFromPostgresProfile()) {
        if (auto error = applyPostgresProfile(run))
            return error;
        if (auto error = ev.evaluateFormulas())
            return *error;
    }
    const QList<FormulaDefinition>& formulas = run.service->formulas;
    run.values.clear();
    run.values.reserve(formulas.size());
    for (qsizetype i = 0; i < formulas.size(); ++i) {
        const FormulaDefinition& f = formulas.at(i);
        const double raw = ev.value(c.formulaSlots.at(i));
        auto q = Quantity::fromFormulaValue(f.dimension, raw);
        if (!q) {
            return Error { tr("gives %1 for these inputs, which is not a %2 quantity: %3")
                               .arg(QLocale::c().toString(raw), dimensionName(f.dimension), q.error().message),
                           QStringLiteral("services.%1.formulas.%2").arg(run.service->id, f.name), f.location };
        }
        if (!run.full) {
            run.values.append(FormulaValue { {}, {}, q.value(), {}, {}, {} });
            continue;
        }
        std::optional<Quantity> guideValue;
        if (const int probe = c.guideProbes.at(i); probe >= 0) {
            if (auto guide = ev.evaluateProbe(probe)) {
                if (auto gq = Quantity::fromFormulaValue(f.dimension, guide.value()))
                    guideValue = gq.value();
            }
        }
        run.values.append(FormulaValue { f.name, f.title, q.value(), f.explanation, guideValue, f.guideNote });
    }
    return std::nullopt;
}

// The role's PostgreSQL profile, evaluated once: its settings are the sizing's, and its
// figures are what the formulas (memory breakdown, resident memory, checks) read.
std::optional<Error> SizingEngine::applyPostgresProfile(Run& run) const
{
    const CompiledService& c = *run.compiled;
    FormulaEvaluator& ev = run.compiled->evaluator;
    const ServiceRequest& request = run.request;
    PostgresProfileFacts facts;
    facts.memory = run.out.resources.memoryLimit;
    facts.cpu = run.out.resources.cpuLimit;
    if (c.connectionsSlot >= 0)
        facts.connections = std::llround(ev.value(c.connectionsSlot));
    if (c.connectionOverheadSlot >= 0)
        facts.connectionOverhead = ev.value(c.connectionOverheadSlot);
    facts.context = request.postgres;
    if (request.postgres.volume)
        facts.volume = *request.postgres.volume;
    else if (c.storageSizeFormula >= 0)
        facts.volume = Quantity::bytes(std::llround(ev.value(c.formulaSlots.at(c.storageSizeFormula))));
    facts.storageClass
        = m_catalog.storageClass(request.storageClass.isEmpty() ? run.service->storageClass : request.storageClass);
    auto profile = m_profiles.evaluate(request.postgresProfile, facts);
    if (!profile)
        return profile.error();
    const PostgresProfileSizing& p = profile.value();
    // PostgreSQL's own defaults where a profile leaves a setting out.
    const double maintenance = p.figure(QStringLiteral("maintenance_work_mem")).value_or(64.0 * 1024 * 1024);
    const double autovacuum = p.figure(QStringLiteral("autovacuum_work_mem")).value_or(-1);
    const double figures[] = {
        p.figure(QStringLiteral("shared_buffers")).value_or(128.0 * 1024 * 1024),
        p.figure(QStringLiteral("effective_cache_size")).value_or(4.0 * 1024 * 1024 * 1024),
        p.figure(QStringLiteral("work_mem")).value_or(4.0 * 1024 * 1024),
        maintenance,
        p.figure(QStringLiteral("autovacuum_max_workers")).value_or(3),
        autovacuum < 0 ? maintenance : autovacuum, // -1: each worker takes maintenance_work_mem
    };
    for (qsizetype i = 0; i < c.profileSlots.size(); ++i)
        ev.setValue(c.profileSlots.at(i), figures[i]);
    // A pod that maps huge pages without a hugepages resource can die of SIGBUS
    // (kubernetes/kubernetes#71233): where the pool offers them, the pod requests them.
    run.out.resources.hugePages2Mi.reset();
    if (facts.context.hugePages && PgSharedMemory::mapsHugePages(p))
        run.out.resources.hugePages2Mi = PgSharedMemory::hugePages2Mi(p);
    if (run.full)
        run.out.postgresProfile = std::move(profile.value());
    return std::nullopt;
}

// A memory request below what the engine holds resident makes the pod the kubelet's first
// eviction candidate once it warms up: a request the catalog's share gave is raised to it
// (within the limit), an explicit one is kept with a finding. The formulas saw the request
// before it was raised; no built-in formula reads memory_request.
void SizingEngine::coverResidentMemory(Run& run) const
{
    const FormulaValue* resident = formulaValueAt(run.values, run.compiled->residentFormula);
    if (!resident)
        return;
    ServiceSizing& out = run.out;
    Resources& r = out.resources;
    out.residentMemory = resident->value;
    const std::int64_t mib = Quantity::mebibytes(1).raw();
    const std::int64_t needed = std::min((resident->value.raw() + mib - 1) / mib * mib, r.memoryLimit.raw());
    if (r.memoryRequest.raw() >= needed)
        return;
    if (!run.request.memoryRequest) {
        r.memoryRequest = Quantity::bytes(needed);
        return;
    }
    if (!run.full)
        return;
    out.findings << Finding {
        QStringLiteral("memory.request-below-resident"),
        Severity::Warning,
        tr("The memory request %1 is below the %2 %3 holds resident once warm, so the "
           "kubelet evicts this pod first under memory pressure.")
            .arg(run.texts.display(r.memoryRequest), run.texts.display(resident->value), out.serviceName),
        tr("Raise the memory request to at least %1, or leave it unset.").arg(memory_format::kubernetes(needed)),
        { QStringLiteral("memory-request") }
    };
}

// Components take what they demand, in priority order, while the limit lasts; the rest is
// left to the OS and the page cache.
void SizingEngine::breakMemoryDown(Run& run) const
{
    const ServiceDefinition* service = run.service;
    ServiceSizing& out = run.out;
    std::int64_t remaining = out.resources.memoryLimit.raw();
    bool overcommitted = false;
    out.memory.reserve(service->memoryComponents.size());
    for (qsizetype i = 0; i < service->memoryComponents.size(); ++i) {
        const int index = run.compiled->memoryComponentFormulas.at(i);
        const FormulaValue* v = formulaValueAt(run.values, index);
        if (!v)
            continue;
        const FormulaDefinition& f = service->formulas.at(index); // the texts: values may have none
        const std::int64_t demand = v->value.raw();
        const std::int64_t allocated = std::min(demand, remaining);
        remaining -= allocated;
        out.memory.append(MemoryComponent { service->memoryComponents.at(i).name,
                                            f.title,
                                            v->value,
                                            Quantity::bytes(allocated),
                                            run.full ? f.explanation : QString(),
                                            {} });
        if (const FormulaValue* need = formulaValueAt(run.values, run.compiled->memoryComponentDemands.at(i)))
            out.memory.last().workloadDemand = need->value;
        overcommitted = overcommitted || allocated < demand;
    }
    out.memoryRemainder = Quantity::bytes(remaining);
    out.memoryRemainderTitle = service->memoryRemainder;
    if (!overcommitted || !run.full)
        return;
    // Only now, for the finding: the display forms of what each short component gets.
    TextCache& texts = run.texts;
    QStringList shortOf;
    std::int64_t total = 0;
    for (const auto& m : std::as_const(out.memory)) {
        total += m.demand.raw();
        if (m.allocated.raw() < m.demand.raw())
            shortOf << tr("%1 gets %2 of the %3 it needs")
                           .arg(catalogText(m.title), texts.display(m.allocated), texts.display(m.demand));
    }
    out.findings << Finding { QStringLiteral("memory.overcommit"),
                              Severity::Error,
                              tr("The memory components need %1 but the limit is %2: %3.")
                                  .arg(texts.display(Quantity::bytes(total)), texts.display(out.resources.memoryLimit),
                                       shortOf.join(QStringLiteral("; "))),
                              tr("Raise the memory limit to at least %1, or lower the inputs that drive the "
                                 "largest components.")
                                  .arg(memory_format::kubernetes(total)),
                              { QStringLiteral("memory") } };
}

// Storage against its class.
std::optional<Error> SizingEngine::checkStorage(Run& run) const
{
    const CompiledService& c = *run.compiled;
    StorageSizing& st = run.out.storage;
    st.storageClass = run.request.storageClass.isEmpty() ? run.service->storageClass : run.request.storageClass;
    if (const FormulaValue* v = formulaValueAt(run.values, c.storageSizeFormula))
        st.size = v->value;
    if (const FormulaValue* v = formulaValueAt(run.values, c.storageIopsFormula))
        st.iopsNeeded = v->value;
    if (const FormulaValue* v = formulaValueAt(run.values, c.storageThroughputFormula))
        st.throughputNeeded = v->value;
    if (st.storageClass.isEmpty())
        return std::nullopt;
    const StorageClass* sc = m_catalog.storageClass(st.storageClass);
    if (!sc) {
        QStringList ids;
        for (const auto& s : m_catalog.storageClasses)
            ids << s.id;
        return requestError(QStringLiteral("storage-class"),
                            tr("unknown storage class '%1'; the classes are: %2.").arg(st.storageClass, listOf(ids)));
    }
    st.storageClassName = sc->name;
    st.iopsCeiling = Quantity::iops(sc->iops.ceilingFor(st.size ? st.size->raw() : 0));
    st.throughputCeiling = sc->throughput;
    run.compiled->evaluator.setValue(c.storageIopsSlot, st.iopsCeiling.toFormulaValue());
    if (!run.full)
        return std::nullopt;
    const QString volume = st.size ? run.texts.display(*st.size) : QStringLiteral("0 B");
    if (auto f = StorageCheck::iopsExceedsClass(run.service->name, st, *sc, volume, run.texts))
        run.out.findings << std::move(*f);
    if (auto f = StorageCheck::throughputExceedsClass(run.service->name, st, *sc, run.texts))
        run.out.findings << std::move(*f);
    return std::nullopt;
}

// The engine's settings as its configuration takes them: fixed values, or a formula's or
// an input's value in the setting's format.
void SizingEngine::formatSettings(Run& run) const
{
    const QList<SettingDefinition>& settings = run.service->settings;
    ServiceSizing& out = run.out;
    out.settings.reserve(settings.size());
    for (qsizetype i = 0; i < settings.size(); ++i) {
        const SettingDefinition& setting = settings.at(i);
        if (const int probe = run.compiled->settingProbes.at(i); probe >= 0) {
            const auto holds = run.compiled->evaluator.evaluateProbe(probe);
            if (!holds || holds.value() == 0.0)
                continue;
        }
        if (const int expression = run.compiled->settingExpressions.at(i); expression >= 0) {
            const auto v = run.compiled->evaluator.evaluateProbe(expression);
            if (!v)
                continue;
            const CompiledService::SettingPlan& plan = run.compiled->settings.at(i);
            const Quantity value = Quantity::count(std::llround(v.value()));
            out.settings.append(Setting { setting.name, formatSetting(value, plan.format), setting.explanation });
            continue;
        }
        if (setting.formula.isEmpty()) {
            out.settings.append(Setting { setting.name, setting.value, setting.explanation });
            continue;
        }
        const CompiledService::SettingPlan& plan = run.compiled->settings.at(i);
        QString explanation;
        if (plan.name.kind == NameRef::Kind::Formula)
            explanation = out.values.at(plan.name.index).explanation;
        else if (plan.name.kind == NameRef::Kind::Input)
            explanation = out.inputs.at(plan.name.index).description;
        const Quantity value = namedQuantity(plan.name, out, out.inputs, out.values);
        QString text = run.texts.text(2 + int(plan.format), value, [&] { return formatSetting(value, plan.format); });
        if (!setting.valueTemplate.isEmpty())
            text = QString(setting.valueTemplate).replace(QLatin1String("{value}"), text);
        out.settings.append(Setting { setting.name, std::move(text), std::move(explanation) });
    }
    if (out.postgresProfile)
        out.settings << out.postgresProfile->settings;
}

// The catalog's checks: each condition that holds raises its finding.
std::optional<Error> SizingEngine::runChecks(Run& run) const
{
    const CompiledService& c = *run.compiled;
    const ServiceSizing& out = run.out;
    const auto named = [&](const NameRef& ref) { return namedQuantity(ref, out, out.inputs, out.values); };
    for (qsizetype i = 0; i < run.service->checks.size(); ++i) {
        const CheckDefinition& check = run.service->checks.at(i);
        if (std::any_of(check.inputs.cbegin(), check.inputs.cend(),
                        [&](const QString& input) { return run.unset.contains(input); }))
            continue;
        auto fired = run.compiled->evaluator.evaluateProbe(c.checkProbes.at(i));
        if (!fired)
            return fired.error();
        if (fired.value() == 0.0)
            continue;
        run.out.findings << Finding { check.code, check.severity, checkMessage(c.checkMessages.at(i), run.texts, named),
                                      c.checkFixes.at(i), check.inputs };
    }
    return std::nullopt;
}

QString formatSetting(const Quantity& value, const QString& format)
{
    return formatSetting(value, settingFormatOf(format));
}

} // namespace headroom
