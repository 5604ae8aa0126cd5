#include "sizingengine.h"

#include "formulaevaluator.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace headroom {

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
};

SizingEngine::SizingEngine(Catalog catalog)
    : m_catalog(std::move(catalog))
{
}

SizingEngine::~SizingEngine() = default;

namespace {

Error requestError(const QString& key, const QString& message) { return Error { message, key, {} }; }

QString listOf(const QStringList& names) { return names.join(QStringLiteral(", ")); }

// Rounds a share of a limit up to the unit an SRE would write (whole millicores, MiB).
Quantity shareOf(const Quantity& limit, const Quantity& share, std::int64_t step)
{
    const long double exact = (long double)limit.raw() * (long double)share.raw() / 1'000'000.0L;
    const long double steps = std::ceil(exact / (long double)step);
    const std::int64_t value = std::min<std::int64_t>(std::int64_t(steps) * step, limit.raw());
    return { limit.dimension(), value };
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

    CompiledService* raw = c.get();
    m_compiled.insert(service.id, std::move(c));
    return raw;
}

Expected<ServiceSizing> SizingEngine::size(const ServiceRequest& request) const
{
    const ServiceDefinition* service = m_catalog.service(request.service);
    if (!service) {
        return requestError(QStringLiteral("service"), QStringLiteral("unknown service '%1'; the services are: %2.")
                                                           .arg(request.service, listOf(m_catalog.serviceIds())));
    }

    ServiceSizing out;
    out.service = service->id;
    out.serviceName = service->name;
    out.size = request.size;
    out.replicas = request.replicas;
    if (request.replicas < 1 || request.replicas > 10000)
        return requestError(QStringLiteral("replicas"), QStringLiteral("replicas must be between 1 and 10000."));

    // The matrix row gives the limits and the column defaults. Without a size, the row is
    // the smallest one whose memory covers the explicit limit, so column defaults stay
    // in proportion to the resources.
    const MatrixRow* row = nullptr;
    if (!request.size.isEmpty()) {
        row = service->row(request.size);
        if (!row)
            return requestError(QStringLiteral("tier"), QStringLiteral("unknown tier '%1'; the tiers are: %2.")
                                                            .arg(request.size, listOf(m_catalog.workloadSizeIds())));
    } else {
        if (!request.cpuLimit || !request.memoryLimit)
            return requestError(QStringLiteral("tier"),
                                QStringLiteral("give a tier (%1) or both a CPU and a memory limit.")
                                    .arg(listOf(m_catalog.workloadSizeIds())));
        for (const auto& size : m_catalog.workloadSizes) {
            const MatrixRow* candidate = service->row(size.id);
            if (!candidate)
                continue;
            row = candidate;
            const auto& memory = candidate->cells.value(QStringLiteral("memory")).quantity;
            if (memory && memory->raw() >= request.memoryLimit->raw())
                break;
        }
    }
    if (!row)
        return requestError(QStringLiteral("tier"), QStringLiteral("the catalog has no matrix row for %1.")
                                                        .arg(service->id));

    if (request.cpuLimit && request.cpuLimit->dimension() != Dimension::Cpu)
        return requestError(QStringLiteral("cpu"), QStringLiteral("the CPU limit must be a CPU quantity."));
    if (request.memoryLimit && request.memoryLimit->dimension() != Dimension::Memory)
        return requestError(QStringLiteral("memory"), QStringLiteral("the memory limit must be a memory quantity."));
    Resources& r = out.resources;
    r.cpuLimit = request.cpuLimit.value_or(row->cells.value(QStringLiteral("cpu")).quantity.value_or(Quantity()));
    r.memoryLimit
        = request.memoryLimit.value_or(row->cells.value(QStringLiteral("memory")).quantity.value_or(Quantity()));
    if (r.cpuLimit.raw() <= 0)
        return requestError(QStringLiteral("cpu"), QStringLiteral("the CPU limit must be above zero."));
    if (r.memoryLimit.raw() < 16 * 1024 * 1024)
        return requestError(QStringLiteral("memory"),
                            QStringLiteral("the memory limit must be at least 16Mi; no data service runs in less."));
    r.cpuRequest = request.cpuRequest.value_or(shareOf(r.cpuLimit, service->cpuRequestShare, 1));
    r.memoryRequest = request.memoryRequest.value_or(shareOf(r.memoryLimit, service->memoryRequestShare, 1 << 20));
    if (r.cpuRequest.raw() > r.cpuLimit.raw())
        return requestError(QStringLiteral("cpu-request"),
                            QStringLiteral("the CPU request %1 is above the limit %2; Kubernetes refuses that.")
                                .arg(r.cpuRequest.toString(), r.cpuLimit.toString()));
    if (r.memoryRequest.raw() > r.memoryLimit.raw())
        return requestError(QStringLiteral("memory-request"),
                            QStringLiteral("the memory request %1 is above the limit %2; Kubernetes refuses that.")
                                .arg(r.memoryRequest.toString(), r.memoryLimit.toString()));

    for (auto it = request.inputs.cbegin(); it != request.inputs.cend(); ++it) {
        if (!service->input(it.key())) {
            QStringList names;
            for (const auto& input : service->inputs)
                names << input.name;
            return requestError(it.key(), QStringLiteral("%1 has no input '%2'; its inputs are: %3.")
                                              .arg(service->id, it.key(), listOf(names)));
        }
    }

    auto compiledOrError = compiled(*service);
    if (!compiledOrError)
        return compiledOrError.error();
    CompiledService& c = *compiledOrError.value();
    FormulaEvaluator& ev = c.evaluator;

    ev.setValue(c.memorySlot, r.memoryLimit.toFormulaValue());
    ev.setValue(c.cpuSlot, r.cpuLimit.toFormulaValue());
    ev.setValue(c.memoryRequestSlot, r.memoryRequest.toFormulaValue());
    ev.setValue(c.cpuRequestSlot, r.cpuRequest.toFormulaValue());
    ev.setValue(c.replicasSlot, request.replicas);
    for (const auto& [column, slot] : c.columnSlots) {
        const auto& q = row->cells.value(column).quantity;
        ev.setValue(slot, q ? q->toFormulaValue() : 0.0);
    }

    const QString rowLabel = m_catalog.workloadSize(row->size) ? m_catalog.workloadSize(row->size)->name : row->size;
    for (qsizetype i = 0; i < service->inputs.size(); ++i) {
        const InputDefinition& def = service->inputs.at(i);
        InputValue value { def.name, def.title, Quantity(), {}, def.description };
        if (auto it = request.inputs.constFind(def.name); it != request.inputs.constEnd()) {
            if (it->dimension() != def.dimension)
                return requestError(def.name, QStringLiteral("%1 is a %2 quantity, not %3.")
                                                  .arg(def.name, dimensionName(def.dimension),
                                                       dimensionName(it->dimension())));
            value.value = *it;
            value.source = QStringLiteral("set");
        } else if (def.defaultValue.literal) {
            value.value = *def.defaultValue.literal;
            value.source = QStringLiteral("default");
        } else if (!def.defaultValue.column.isEmpty()) {
            value.value = row->cells.value(def.defaultValue.column).quantity.value_or(Quantity(def.dimension, 0));
            value.source = QStringLiteral("%1 tier").arg(rowLabel);
        } else {
            value.value = def.defaultValue.perSize.value(row->size, Quantity(def.dimension, 0));
            value.source = QStringLiteral("%1 tier").arg(rowLabel);
        }
        if (def.min && value.value.raw() < def.min->raw())
            return requestError(def.name, QStringLiteral("%1 is %2, below its minimum %3.")
                                              .arg(def.name, value.value.toString(), def.min->toString()));
        if (def.max && value.value.raw() > def.max->raw())
            return requestError(def.name, QStringLiteral("%1 is %2, above its maximum %3.")
                                              .arg(def.name, value.value.toString(), def.max->toString()));
        ev.setValue(c.inputSlots.at(i), value.value.toFormulaValue());
        out.inputs << value;
    }

    if (auto error = ev.evaluateFormulas())
        return *error;

    QHash<QString, Quantity> named; // every name a message can show, with its unit
    named.insert(QStringLiteral("memory"), r.memoryLimit);
    named.insert(QStringLiteral("cpu"), r.cpuLimit);
    named.insert(QStringLiteral("memory_request"), r.memoryRequest);
    named.insert(QStringLiteral("cpu_request"), r.cpuRequest);
    named.insert(QStringLiteral("replicas"), Quantity::count(request.replicas));
    for (const auto& input : std::as_const(out.inputs))
        named.insert(input.name, input.value);

    for (qsizetype i = 0; i < service->formulas.size(); ++i) {
        const FormulaDefinition& f = service->formulas.at(i);
        const double raw = ev.value(c.formulaSlots.at(i));
        auto q = Quantity::fromFormulaValue(f.dimension, raw);
        if (!q) {
            return Error { QStringLiteral("gives %1 for these inputs, which is not a %2 quantity: %3")
                               .arg(QLocale::c().toString(raw), dimensionName(f.dimension), q.error().message),
                           QStringLiteral("services.%1.formulas.%2").arg(service->id, f.name), f.location };
        }
        FormulaValue value { f.name, f.title, q.value(), f.explanation, std::nullopt, f.guideNote };
        if (const int probe = c.guideProbes.at(i); probe >= 0) {
            if (auto guide = ev.evaluateProbe(probe)) {
                if (auto gq = Quantity::fromFormulaValue(f.dimension, guide.value()))
                    value.guideValue = gq.value();
            }
        }
        named.insert(f.name, value.value);
        out.values << value;
    }

    // Memory breakdown: components take what they demand, in priority order, while the
    // limit lasts; the rest is left to the OS and the page cache.
    std::int64_t remaining = r.memoryLimit.raw();
    QStringList shortOf;
    for (const auto& component : service->memoryComponents) {
        const FormulaValue* v = out.value(component.formula);
        const std::int64_t demand = v->value.raw();
        const std::int64_t allocated = std::min(demand, remaining);
        remaining -= allocated;
        out.memory << MemoryComponent { component.name, v->title, v->value, Quantity::bytes(allocated),
                                        v->explanation };
        if (allocated < demand)
            shortOf << QStringLiteral("%1 gets %2 of the %3 it needs")
                           .arg(v->title, Quantity::bytes(allocated).toDisplayString(), v->value.toDisplayString());
    }
    out.memoryRemainder = Quantity::bytes(remaining);
    out.memoryRemainderTitle = service->memoryRemainder;
    if (!shortOf.isEmpty()) {
        std::int64_t total = 0;
        for (const auto& m : std::as_const(out.memory))
            total += m.demand.raw();
        out.findings << Finding { QStringLiteral("memory.overcommit"), Severity::Error,
                                  QStringLiteral("The memory components need %1 but the limit is %2: %3.")
                                      .arg(Quantity::bytes(total).toDisplayString(), r.memoryLimit.toDisplayString(),
                                           shortOf.join(QStringLiteral("; "))),
                                  QStringLiteral("Raise the memory limit to at least %1, or lower the inputs that "
                                                 "drive the largest components.")
                                      .arg(Quantity::bytes(total).toString()),
                                  { QStringLiteral("memory") } };
    }

    // Storage against its class.
    StorageSizing& st = out.storage;
    st.storageClass = request.storageClass.isEmpty() ? service->storageClass : request.storageClass;
    if (!service->storage.sizeFormula.isEmpty())
        st.size = out.value(service->storage.sizeFormula)->value;
    if (!service->storage.iopsFormula.isEmpty())
        st.iopsNeeded = out.value(service->storage.iopsFormula)->value;
    if (!service->storage.throughputFormula.isEmpty())
        st.throughputNeeded = out.value(service->storage.throughputFormula)->value;
    if (!st.storageClass.isEmpty()) {
        const StorageClass* sc = m_catalog.storageClass(st.storageClass);
        if (!sc) {
            QStringList ids;
            for (const auto& s : m_catalog.storageClasses)
                ids << s.id;
            return requestError(QStringLiteral("storage-class"),
                                QStringLiteral("unknown storage class '%1'; the classes are: %2.")
                                    .arg(st.storageClass, listOf(ids)));
        }
        st.storageClassName = sc->name;
        st.iopsCeiling = Quantity::iops(sc->iops.ceilingFor(st.size ? st.size->raw() : 0));
        st.throughputCeiling = sc->throughput;
        if (st.iopsNeeded && st.iopsNeeded->raw() > st.iopsCeiling.raw()) {
            out.findings << Finding {
                QStringLiteral("storage.iops-exceeds-class"), Severity::Error,
                QStringLiteral("%1 needs %2 but %3 delivers %4 for a %5 volume.")
                    .arg(service->name, st.iopsNeeded->toDisplayString(), sc->name, st.iopsCeiling.toDisplayString(),
                         st.size ? st.size->toDisplayString() : QStringLiteral("0 B")),
                QStringLiteral("Choose a faster storage class, a larger volume if the class's IOPS grow with size, "
                               "or provision more IOPS."),
                { QStringLiteral("iops"), QStringLiteral("storage-class") }
            };
        }
        if (st.throughputNeeded && st.throughputNeeded->raw() > st.throughputCeiling.raw()) {
            out.findings << Finding { QStringLiteral("storage.throughput-exceeds-class"), Severity::Error,
                                      QStringLiteral("%1 needs %2 but %3 delivers %4.")
                                          .arg(service->name, st.throughputNeeded->toDisplayString(), sc->name,
                                               st.throughputCeiling.toDisplayString()),
                                      QStringLiteral("Choose a storage class with more throughput."),
                                      { QStringLiteral("storage-class") } };
        }
    }

    for (const auto& setting : service->settings) {
        if (setting.formula.isEmpty()) {
            out.settings << Setting { setting.name, setting.value, setting.explanation };
            continue;
        }
        const Quantity value = named.value(setting.formula);
        const FormulaValue* f = out.value(setting.formula);
        const InputValue* in = out.input(setting.formula);
        out.settings << Setting { setting.name, formatSetting(value, setting.format),
                                  f ? f->explanation : (in ? in->description : QString()) };
    }

    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    for (qsizetype i = 0; i < service->checks.size(); ++i) {
        const CheckDefinition& check = service->checks.at(i);
        auto fired = ev.evaluateProbe(c.checkProbes.at(i));
        if (!fired)
            return fired.error();
        if (fired.value() == 0.0)
            continue;
        QString message = check.message;
        for (auto m = placeholder.globalMatch(check.message); m.hasNext();) {
            const auto match = m.next();
            const auto it = named.constFind(match.captured(1));
            if (it != named.constEnd())
                message.replace(match.captured(0), it->toDisplayString());
        }
        out.findings << Finding { check.code, check.severity, message, check.fix, check.inputs };
    }
    std::stable_sort(out.findings.begin(), out.findings.end(),
                     [](const Finding& a, const Finding& b) { return int(a.severity) > int(b.severity); });
    return out;
}

QString formatSetting(const Quantity& value, const QString& format)
{
    const bool memory = value.dimension() == Dimension::Memory;
    if (memory && format == QLatin1String("postgres"))
        return memory_format::postgres(value.raw());
    if (memory && format == QLatin1String("redis"))
        return memory_format::redis(value.raw());
    if (memory && format == QLatin1String("jvm"))
        return memory_format::jvm(value.raw());
    if (memory && format == QLatin1String("mysql"))
        return memory_format::mysql(value.raw());
    if (memory && format == QLatin1String("php"))
        return memory_format::php(value.raw());
    if (memory && format == QLatin1String("gib"))
        return memory_format::gibibytes(value.raw());
    if (format == QLatin1String("count") || format == QLatin1String("number")) {
        // A plain number whatever the dimension: seconds for durations, bytes for memory.
        const double v = value.toFormulaValue();
        if (v == std::floor(v) && std::fabs(v) < 9e15)
            return QString::number(std::int64_t(v));
        return QLocale::c().toString(v, 'g', 15);
    }
    return value.toString();
}

} // namespace headroom
