#include "engine/sizingengine.h"

#include "model/catalogtext.h"
#include "formula/formulaevaluator.h"

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

bool isNameStart(QChar c) { return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_'; }
bool isNameChar(QChar c) { return isNameStart(c) || (c >= u'0' && c <= u'9'); }

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
    // Resolved once, by index into the service's formulas (-1: none).
    QList<int> memoryComponentFormulas; // parallel to memoryComponents
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

Error requestError(const QString& key, const QString& message) { return Error { message, key, {} }; }

QString listOf(const QStringList& names) { return names.join(QStringLiteral(", ")); }

__extension__ typedef __int128 Int128; // GCC and Clang; __extension__ keeps -Wpedantic quiet

// Rounds a share of a limit up to the unit an SRE would write (whole millicores, MiB).
Quantity shareOf(const Quantity& limit, const Quantity& share, std::int64_t step)
{
    // In integers: exact, and a sweep calls this twice a point (long double ceil is slow).
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
    QStringList inputNames = { QStringLiteral("memory"), QStringLiteral("cpu"), QStringLiteral("memory_request"),
                               QStringLiteral("cpu_request"), QStringLiteral("replicas") };
    for (const auto& column : service.columns) {
        if (column.dimension)
            inputNames << QStringLiteral("tier_") + column.id;
    }
    for (const auto& input : service.inputs)
        inputNames << input.name;

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
    if (auto error = c->evaluator.compile(inputNames, formulas, probes))
        return *error;

    c->memorySlot = c->evaluator.slot(QStringLiteral("memory"));
    c->cpuSlot = c->evaluator.slot(QStringLiteral("cpu"));
    c->memoryRequestSlot = c->evaluator.slot(QStringLiteral("memory_request"));
    c->cpuRequestSlot = c->evaluator.slot(QStringLiteral("cpu_request"));
    c->replicasSlot = c->evaluator.slot(QStringLiteral("replicas"));
    for (const auto& column : service.columns) {
        if (column.dimension)
            c->columnSlots << qMakePair(column.id, c->evaluator.slot(QStringLiteral("tier_") + column.id));
    }
    for (const auto& input : service.inputs)
        c->inputSlots << c->evaluator.slot(input.name);
    for (const auto& f : service.formulas)
        c->formulaSlots << c->evaluator.slot(f.name);

    const auto formulaIndex = [&](const QString& name) {
        const NameRef ref = resolveName(service, name);
        return ref.kind == NameRef::Kind::Formula ? ref.index : -1;
    };
    for (const auto& component : service.memoryComponents)
        c->memoryComponentFormulas << formulaIndex(component.formula);
    if (!service.storage.sizeFormula.isEmpty())
        c->storageSizeFormula = formulaIndex(service.storage.sizeFormula);
    if (!service.storage.iopsFormula.isEmpty())
        c->storageIopsFormula = formulaIndex(service.storage.iopsFormula);
    if (!service.storage.throughputFormula.isEmpty())
        c->storageThroughputFormula = formulaIndex(service.storage.throughputFormula);
    for (const auto& setting : service.settings) {
        c->settings << CompiledService::SettingPlan {
            setting.formula.isEmpty() ? NameRef() : resolveName(service, setting.formula), settingFormatOf(setting.format)
        };
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

Expected<ServiceSizing> SizingEngine::size(const ServiceRequest& request, TextCache& texts, SizingDetail detail) const
{
    const bool full = detail == SizingDetail::Full;
    const ServiceDefinition* service = m_catalog.service(request.service);
    if (!service) {
        return requestError(QStringLiteral("service"), tr("unknown service '%1'; the services are: %2.")
                                                           .arg(request.service, listOf(m_catalog.serviceIds())));
    }

    ServiceSizing out;
    out.service = service->id;
    if (full) // a sweep's points are all the same service
        out.serviceName = service->name;
    out.size = request.size;
    out.replicas = request.replicas;
    if (request.replicas < 1 || request.replicas > 10000)
        return requestError(QStringLiteral("replicas"), tr("replicas must be between 1 and 10000."));

    // The matrix row gives the limits and the column defaults. Without a size, the row is
    // the smallest one whose memory covers the explicit limit, so column defaults stay
    // in proportion to the resources.
    const MatrixRow* row = nullptr;
    if (!request.size.isEmpty()) {
        row = service->row(request.size);
        if (!row)
            return requestError(QStringLiteral("tier"), tr("unknown tier '%1'; the tiers are: %2.")
                                                            .arg(request.size, listOf(m_catalog.workloadSizeIds())));
    } else {
        if (!request.cpuLimit || !request.memoryLimit)
            return requestError(QStringLiteral("tier"),
                                tr("give a tier (%1) or both a CPU and a memory limit.")
                                    .arg(listOf(m_catalog.workloadSizeIds())));
        for (const auto& size : m_catalog.workloadSizes) {
            const MatrixRow* candidate = service->row(size.id);
            if (!candidate)
                continue;
            row = candidate;
            const auto memory = cellQuantity(*candidate, QStringLiteral("memory"));
            if (memory && memory->raw() >= request.memoryLimit->raw())
                break;
        }
    }
    if (!row)
        return requestError(QStringLiteral("tier"), tr("the catalog has no matrix row for %1.")
                                                        .arg(service->id));

    if (request.cpuLimit && request.cpuLimit->dimension() != Dimension::Cpu)
        return requestError(QStringLiteral("cpu"), tr("the CPU limit must be a CPU quantity."));
    if (request.memoryLimit && request.memoryLimit->dimension() != Dimension::Memory)
        return requestError(QStringLiteral("memory"), tr("the memory limit must be a memory quantity."));
    // A service compiled before has its rows' limits at hand (a failed compile is not kept,
    // so its error still comes where it always did, below).
    const auto known = m_compiled.constFind(service->id);
    CompiledService* const compiledBefore = known != m_compiled.constEnd() ? known->get() : nullptr;
    const CompiledService::RowValues* const knownRow
        = compiledBefore ? &compiledBefore->rows.at(row - service->rows.constData()) : nullptr;
    Resources& r = out.resources;
    r.cpuLimit = request.cpuLimit.value_or(
        (knownRow ? knownRow->cpu : cellQuantity(*row, QStringLiteral("cpu"))).value_or(Quantity()));
    r.memoryLimit = request.memoryLimit.value_or(
        (knownRow ? knownRow->memory : cellQuantity(*row, QStringLiteral("memory"))).value_or(Quantity()));
    if (r.cpuLimit.raw() <= 0)
        return requestError(QStringLiteral("cpu"), tr("the CPU limit must be above zero."));
    if (r.memoryLimit.raw() < 16 * 1024 * 1024)
        return requestError(QStringLiteral("memory"),
                            tr("the memory limit must be at least 16Mi; no data service runs in less."));
    r.cpuRequest = request.cpuRequest.value_or(shareOf(r.cpuLimit, service->cpuRequestShare, 1));
    r.memoryRequest = request.memoryRequest.value_or(shareOf(r.memoryLimit, service->memoryRequestShare, 1 << 20));
    if (r.cpuRequest.raw() > r.cpuLimit.raw())
        return requestError(QStringLiteral("cpu-request"),
                            tr("the CPU request %1 is above the limit %2; Kubernetes refuses that.")
                                .arg(r.cpuRequest.toString(), r.cpuLimit.toString()));
    if (r.memoryRequest.raw() > r.memoryLimit.raw())
        return requestError(QStringLiteral("memory-request"),
                            tr("the memory request %1 is above the limit %2; Kubernetes refuses that.")
                                .arg(r.memoryRequest.toString(), r.memoryLimit.toString()));

    for (auto it = request.inputs.cbegin(); it != request.inputs.cend(); ++it) {
        if (!service->input(it.key())) {
            QStringList names;
            for (const auto& input : service->inputs)
                names << input.name;
            return requestError(it.key(), tr("%1 has no input '%2'; its inputs are: %3.")
                                              .arg(service->id, it.key(), listOf(names)));
        }
    }

    CompiledService* compiledService = compiledBefore;
    if (!compiledService) {
        auto compiledOrError = compiled(*service);
        if (!compiledOrError)
            return compiledOrError.error();
        compiledService = compiledOrError.value();
    }
    CompiledService& c = *compiledService;
    FormulaEvaluator& ev = c.evaluator;

    ev.setValue(c.memorySlot, r.memoryLimit.toFormulaValue());
    ev.setValue(c.cpuSlot, r.cpuLimit.toFormulaValue());
    ev.setValue(c.memoryRequestSlot, r.memoryRequest.toFormulaValue());
    ev.setValue(c.cpuRequestSlot, r.cpuRequest.toFormulaValue());
    ev.setValue(c.replicasSlot, request.replicas);
    const CompiledService::RowValues& rowValues = c.rows.at(row - service->rows.constData());
    for (qsizetype k = 0; k < c.columnSlots.size(); ++k)
        ev.setValue(c.columnSlots.at(k).second, rowValues.columns.at(k));
    QList<InputValue>& inputs = full ? out.inputs : m_scratch.inputs;
    QList<FormulaValue>& values = full ? out.values : m_scratch.values;
    inputs.clear(); // keeps the scratch lists' capacity
    values.clear();
    inputs.reserve(service->inputs.size());
    for (qsizetype i = 0; i < service->inputs.size(); ++i) {
        const InputDefinition& def = service->inputs.at(i);
        Quantity value;
        QString source;
        if (auto it = request.inputs.constFind(def.name); it != request.inputs.constEnd()) {
            if (it->dimension() != def.dimension)
                return requestError(def.name, tr("%1 is a %2 quantity, not %3.")
                                                  .arg(def.name, dimensionName(def.dimension),
                                                       dimensionName(it->dimension())));
            value = *it;
            source = QStringLiteral("set");
        } else if (def.defaultValue.literal) {
            value = *def.defaultValue.literal;
            source = QStringLiteral("default");
        } else if (!def.defaultValue.column.isEmpty()) {
            const auto cell = row->cells.constFind(def.defaultValue.column);
            value = cell != row->cells.constEnd() ? cell->quantity.value_or(Quantity(def.dimension, 0))
                                                  : Quantity(def.dimension, 0);
            source = rowValues.tierSource;
        } else {
            value = def.defaultValue.perSize.value(row->size, Quantity(def.dimension, 0));
            source = rowValues.tierSource;
        }
        if (def.min && value.raw() < def.min->raw())
            return requestError(def.name, tr("%1 is %2, below its minimum %3.")
                                              .arg(def.name, value.toString(), def.min->toString()));
        if (def.max && value.raw() > def.max->raw())
            return requestError(def.name, tr("%1 is %2, above its maximum %3.")
                                              .arg(def.name, value.toString(), def.max->toString()));
        ev.setValue(c.inputSlots.at(i), value.toFormulaValue());
        // Built in place in the reserved list, not moved into it.
        if (full)
            inputs.append(InputValue { def.name, def.title, value, std::move(source), def.description });
        else
            inputs.append(InputValue { {}, {}, value, {}, {} }); // no texts to copy and drop
    }

    if (auto error = ev.evaluateFormulas())
        return *error;

    values.reserve(service->formulas.size());
    for (qsizetype i = 0; i < service->formulas.size(); ++i) {
        const FormulaDefinition& f = service->formulas.at(i);
        const double raw = ev.value(c.formulaSlots.at(i));
        auto q = Quantity::fromFormulaValue(f.dimension, raw);
        if (!q) {
            return Error { tr("gives %1 for these inputs, which is not a %2 quantity: %3")
                               .arg(QLocale::c().toString(raw), dimensionName(f.dimension), q.error().message),
                           QStringLiteral("services.%1.formulas.%2").arg(service->id, f.name), f.location };
        }
        std::optional<Quantity> guideValue;
        if (const int probe = c.guideProbes.at(i); full && probe >= 0) {
            if (auto guide = ev.evaluateProbe(probe)) {
                if (auto gq = Quantity::fromFormulaValue(f.dimension, guide.value()))
                    guideValue = gq.value();
            }
        }
        if (full)
            values.append(FormulaValue { f.name, f.title, q.value(), f.explanation, guideValue, f.guideNote });
        else
            values.append(FormulaValue { {}, {}, q.value(), {}, {}, {} });
    }

    // Every name a setting or a message can show, with its unit.
    const auto named = [&](const NameRef& ref) -> Quantity {
        switch (ref.kind) {
        case NameRef::Kind::Memory:
            return r.memoryLimit;
        case NameRef::Kind::Cpu:
            return r.cpuLimit;
        case NameRef::Kind::MemoryRequest:
            return r.memoryRequest;
        case NameRef::Kind::CpuRequest:
            return r.cpuRequest;
        case NameRef::Kind::Replicas:
            return Quantity::count(request.replicas);
        case NameRef::Kind::Input:
            return inputs.at(ref.index).value;
        case NameRef::Kind::Formula:
            return values.at(ref.index).value;
        case NameRef::Kind::None:
            break;
        }
        return Quantity();
    };
    const auto formulaValue = [&](int index) -> const FormulaValue* {
        return index >= 0 ? &values.at(index) : nullptr;
    };

    // Memory breakdown: components take what they demand, in priority order, while the
    // limit lasts; the rest is left to the OS and the page cache.
    std::int64_t remaining = r.memoryLimit.raw();
    bool overcommitted = false;
    out.memory.reserve(service->memoryComponents.size());
    for (qsizetype i = 0; i < service->memoryComponents.size(); ++i) {
        const int index = c.memoryComponentFormulas.at(i);
        const FormulaValue* v = formulaValue(index);
        if (!v)
            continue;
        const FormulaDefinition& f = service->formulas.at(index); // the texts: values may have none
        const std::int64_t demand = v->value.raw();
        const std::int64_t allocated = std::min(demand, remaining);
        remaining -= allocated;
        out.memory.append(MemoryComponent { service->memoryComponents.at(i).name, f.title, v->value,
                                            Quantity::bytes(allocated), full ? f.explanation : QString() });
        overcommitted = overcommitted || allocated < demand;
    }
    out.memoryRemainder = Quantity::bytes(remaining);
    out.memoryRemainderTitle = service->memoryRemainder;
    if (overcommitted && full) {
        // Only now, for the finding: the display forms of what each short component gets.
        QStringList shortOf;
        std::int64_t total = 0;
        for (const auto& m : std::as_const(out.memory)) {
            total += m.demand.raw();
            if (m.allocated.raw() < m.demand.raw())
                shortOf << tr("%1 gets %2 of the %3 it needs")
                               .arg(catalogText(m.title), texts.display(m.allocated), texts.display(m.demand));
        }
        out.findings << Finding { QStringLiteral("memory.overcommit"), Severity::Error,
                                  tr("The memory components need %1 but the limit is %2: %3.")
                                      .arg(texts.display(Quantity::bytes(total)), texts.display(r.memoryLimit),
                                           shortOf.join(QStringLiteral("; "))),
                                  tr("Raise the memory limit to at least %1, or lower the inputs that drive the "
                                     "largest components.")
                                      .arg(Quantity::bytes(total).toString()),
                                  { QStringLiteral("memory") } };
    }

    // Storage against its class.
    StorageSizing& st = out.storage;
    st.storageClass = request.storageClass.isEmpty() ? service->storageClass : request.storageClass;
    if (const FormulaValue* v = formulaValue(c.storageSizeFormula))
        st.size = v->value;
    if (const FormulaValue* v = formulaValue(c.storageIopsFormula))
        st.iopsNeeded = v->value;
    if (const FormulaValue* v = formulaValue(c.storageThroughputFormula))
        st.throughputNeeded = v->value;
    if (!st.storageClass.isEmpty()) {
        const StorageClass* sc = m_catalog.storageClass(st.storageClass);
        if (!sc) {
            QStringList ids;
            for (const auto& s : m_catalog.storageClasses)
                ids << s.id;
            return requestError(QStringLiteral("storage-class"), tr("unknown storage class '%1'; the classes are: %2.")
                                                                     .arg(st.storageClass, listOf(ids)));
        }
        st.storageClassName = sc->name;
        st.iopsCeiling = Quantity::iops(sc->iops.ceilingFor(st.size ? st.size->raw() : 0));
        st.throughputCeiling = sc->throughput;
        if (full && st.iopsNeeded && st.iopsNeeded->raw() > st.iopsCeiling.raw()) {
            out.findings << Finding { QStringLiteral("storage.iops-exceeds-class"), Severity::Error,
                                      tr("%1 needs %2 but %3 delivers %4 for a %5 volume.")
                                          .arg(service->name, texts.display(*st.iopsNeeded), catalogText(sc->name),
                                               texts.display(st.iopsCeiling),
                                               st.size ? texts.display(*st.size) : QStringLiteral("0 B")),
                                      tr("Choose a faster storage class, a larger volume if the class's IOPS grow "
                                         "with size, or provision more IOPS."),
                                      { QStringLiteral("iops"), QStringLiteral("storage-class") } };
        }
        if (full && st.throughputNeeded && st.throughputNeeded->raw() > st.throughputCeiling.raw()) {
            out.findings << Finding { QStringLiteral("storage.throughput-exceeds-class"), Severity::Error,
                                      tr("%1 needs %2 but %3 delivers %4.")
                                          .arg(service->name, texts.display(*st.throughputNeeded), catalogText(sc->name),
                                               texts.display(st.throughputCeiling)),
                                      tr("Choose a storage class with more throughput."),
                                      { QStringLiteral("storage-class") } };
        }
    }

    if (!full)
        return out;

    out.settings.reserve(service->settings.size());
    for (qsizetype i = 0; i < service->settings.size(); ++i) {
        const SettingDefinition& setting = service->settings.at(i);
        if (setting.formula.isEmpty()) {
            out.settings.append(Setting { setting.name, setting.value, setting.explanation });
            continue;
        }
        const CompiledService::SettingPlan& plan = c.settings.at(i);
        QString explanation;
        if (plan.name.kind == NameRef::Kind::Formula)
            explanation = out.values.at(plan.name.index).explanation;
        else if (plan.name.kind == NameRef::Kind::Input)
            explanation = out.inputs.at(plan.name.index).description;
        const Quantity value = named(plan.name);
        out.settings.append(Setting { setting.name,
                                 texts.text(2 + int(plan.format), value, [&] { return formatSetting(value, plan.format); }),
                                 std::move(explanation) });
    }

    for (qsizetype i = 0; i < service->checks.size(); ++i) {
        const CheckDefinition& check = service->checks.at(i);
        auto fired = ev.evaluateProbe(c.checkProbes.at(i));
        if (!fired)
            return fired.error();
        if (fired.value() == 0.0)
            continue;
        // The catalog's own sentence; its placeholders were found when it was compiled. The
        // figures first, so that the sentence is put together in one allocation.
        const QList<MessagePart>& parts = c.checkMessages.at(i);
        QVarLengthArray<QString, 8> figures;
        qsizetype length = 0;
        for (const MessagePart& part : parts) {
            length += part.text.size();
            if (part.name.kind != NameRef::Kind::None) {
                figures.append(texts.display(named(part.name)));
                length += figures.last().size();
            }
        }
        QString message;
        if (parts.size() == 1 && figures.isEmpty()) {
            message = parts.first().text;
        } else {
            message.reserve(length);
            qsizetype figure = 0;
            for (const MessagePart& part : parts) {
                message.append(part.text);
                if (part.name.kind != NameRef::Kind::None)
                    message.append(figures[figure++]);
            }
        }
        out.findings << Finding { check.code, check.severity, message, c.checkFixes.at(i), check.inputs };
    }
    std::stable_sort(out.findings.begin(), out.findings.end(),
                     [](const Finding& a, const Finding& b) { return int(a.severity) > int(b.severity); });
    return out;
}

QString formatSetting(const Quantity& value, const QString& format)
{
    return formatSetting(value, settingFormatOf(format));
}

} // namespace headroom
