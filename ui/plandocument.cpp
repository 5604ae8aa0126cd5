// SPDX-License-Identifier: Apache-2.0
#include "ui/plandocument.h"

#include "io/planloader.h"
#include "io/planwriter.h"
#include "model/catalogtext.h"

#include <QFileInfo>
#include <QUndoStack>

namespace headroom {

PlanDocument::PlanDocument(Catalog baseCatalog, QObject* parent)
    : QObject(parent)
    , m_base(std::move(baseCatalog))
    , m_catalog(m_base)
    , m_sizer(std::make_unique<PlanSizer>(m_base))
    , m_sizing(std::make_unique<IncrementalSizer>(*m_sizer))
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    newPlan();
}

PlanDocument::~PlanDocument() = default;

QString PlanDocument::displayName() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).fileName();
    if (!m_plan.name.isEmpty())
        return m_plan.name;
    return tr("Untitled");
}

bool PlanDocument::isModified() const
{
    return !m_undo->isClean();
}

std::optional<Error> PlanDocument::setPlan(const Plan& plan, const QString& path)
{
    auto catalog = PlanLoader::catalogFor(plan, m_base, path);
    if (!catalog)
        return catalog.error();
    // Dropping the old history first: a modified document reports the change while it is
    // still the old one (the recovery store then forgets the old file's changes).
    m_undo->clear();
    m_undo->setClean();
    m_catalog = std::move(catalog.value());
    m_sizing.reset(); // it refers to the sizer
    m_sizer = std::make_unique<PlanSizer>(m_catalog);
    m_sizing = std::make_unique<IncrementalSizer>(*m_sizer);
    m_plan = plan;
    const bool pathChanged = m_path != path;
    m_path = path;
    m_sizing->size(m_plan);
    emit planReplaced();
    if (pathChanged)
        emit filePathChanged(m_path);
    return std::nullopt;
}

std::optional<Error> PlanDocument::open(const QString& path, QList<Error>* problems)
{
    PlanLoader loader(m_base);
    auto plan = loader.loadFile(path);
    if (!plan) {
        if (problems)
            *problems = loader.errors().isEmpty() ? QList<Error> { plan.error() } : loader.errors();
        return plan.error();
    }
    return setPlan(plan.value(), QFileInfo(path).absoluteFilePath());
}

void PlanDocument::newPlan()
{
    Plan plan;
    plan.name = tr("Untitled plan");
    plan.defaultStorageClass = m_base.storageClasses.isEmpty() ? QString() : m_base.storageClasses.first().id;
    setPlan(plan, QString());
}

void PlanDocument::setBaseCatalog(Catalog catalog)
{
    m_base = std::move(catalog);
    newPlan();
}

std::optional<Error> PlanDocument::save()
{
    if (m_path.isEmpty())
        return Error { tr("The plan has no file yet; use Save As."), {}, {} };
    return saveAs(m_path);
}

std::optional<Error> PlanDocument::saveAs(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (auto error = PlanWriter::save(m_plan, absolute))
        return error;
    const bool pathChanged = m_path != absolute;
    m_path = absolute;
    m_undo->setClean();
    if (pathChanged)
        emit filePathChanged(m_path);
    emit saved();
    return std::nullopt;
}

void PlanDocument::replaceService(const QString& name, const PlannedService& service)
{
    PlannedService* s = m_plan.service(name);
    if (!s)
        return;
    *s = service;
    m_sizing->update(m_plan, name == service.name ? name : QString());
    emit planChanged(service.name);
}

void PlanDocument::replacePlan(const Plan& plan)
{
    m_plan = plan;
    m_sizing->update(m_plan);
    emit planChanged(QString());
}

namespace {
template <typename Command, typename... Args>
void pushIfChanging(PlanDocument* doc, const QString& service, Args&&... args)
{
    const PlannedService* s = doc->plan().service(service);
    if (!s)
        return;
    auto command = std::make_unique<Command>(doc, *s, std::forward<Args>(args)...);
    if (command->changes())
        doc->undoStack()->push(command.release());
}
} // namespace

void PlanDocument::setTier(const QString& service, const QString& tier)
{
    pushIfChanging<SetTierCommand>(this, service, tier);
}

void PlanDocument::setInput(const QString& service, const QString& input, const std::optional<Quantity>& value)
{
    pushIfChanging<SetInputCommand>(this, service, input, value);
}

void PlanDocument::setReplicas(const QString& service, int replicas)
{
    pushIfChanging<SetReplicasCommand>(this, service, replicas);
}

void PlanDocument::setStorageClass(const QString& service, const QString& storageClass)
{
    pushIfChanging<SetStorageClassCommand>(this, service, storageClass);
}

void PlanDocument::setTopology(const QString& service, const std::optional<PostgresTopology>& topology)
{
    pushIfChanging<SetTopologyCommand>(this, service, topology);
}

void PlanDocument::applyFinding(const PlanFinding& finding)
{
    if (!finding.recommendation || finding.recommendation->isEmpty())
        return;
    Plan after = PlanSizer::apply(m_plan, finding);
    if (after == m_plan)
        return;
    m_undo->push(new ReplacePlanCommand(this, m_plan, after,
                                        finding.recommendation && !finding.recommendation->summary.isEmpty()
                                            ? tr("Fix %1: %2").arg(finding.service, finding.recommendation->summary)
                                            : tr("Fix %1: %2").arg(finding.service, finding.finding.message)));
}

void PlanDocument::applyFindings(const QList<PlanFinding>& findings)
{
    QList<PlanFinding> applied;
    const Plan after = PlanSizer::applyAll(m_plan, findings, &applied);
    if (applied.size() == 1) {
        applyFinding(applied.first());
        return;
    }
    if (after == m_plan)
        return;
    m_undo->push(
        new ReplacePlanCommand(this, m_plan, after, tr("Apply %n selected fix(es)", nullptr, int(applied.size()))));
}

void PlanDocument::applyAllFindings()
{
    QList<PlanFinding> applied;
    Plan after = PlanSizer::applyAll(m_plan, sizing().findings, &applied);
    if (after == m_plan)
        return;
    m_undo->push(new ReplacePlanCommand(this, m_plan, after, tr("Apply %n fix(es)", nullptr, int(applied.size()))));
}

void PlanDocument::editService(const QString& name, const PlannedService& after, const QString& text)
{
    const PlannedService* s = m_plan.service(name);
    if (!s || *s == after)
        return;
    m_undo->push(new ServiceCommand(this, *s, after, text));
}

void PlanDocument::editPlan(const Plan& after, const QString& text)
{
    if (after == m_plan)
        return;
    m_undo->push(new ReplacePlanCommand(this, m_plan, after, text));
}

bool PlanDocument::addService(const PlannedService& service)
{
    if (service.name.isEmpty() || m_plan.service(service.name))
        return false;
    Plan after = m_plan;
    after.services << service;
    editPlan(after, tr("Add %1 (%2)").arg(service.name, service.request.service));
    return true;
}

void PlanDocument::removeService(const QString& name)
{
    Plan after = m_plan;
    after.services.removeIf([&](const PlannedService& s) { return s.name == name; });
    editPlan(after, tr("Remove %1").arg(name));
}

namespace {
NodePool* poolNamed(Plan& plan, const QString& name)
{
    for (auto& p : plan.nodePools) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}
} // namespace

bool PlanDocument::addNodePool(const NodePool& pool)
{
    Plan after = m_plan;
    if (pool.name.isEmpty() || poolNamed(after, pool.name))
        return false;
    after.nodePools << pool;
    editPlan(after, tr("Add node pool %1").arg(pool.name));
    return true;
}

void PlanDocument::removeNodePool(const QString& name)
{
    Plan after = m_plan;
    after.nodePools.removeIf([&](const NodePool& p) { return p.name == name; });
    editPlan(after, tr("Remove node pool %1").arg(name));
}

void PlanDocument::setNodePool(const QString& name, const NodePool& pool)
{
    Plan after = m_plan;
    NodePool* p = poolNamed(after, name);
    if (!p)
        return;
    *p = pool;
    editPlan(after, tr("Change node pool %1").arg(name));
}

void PlanDocument::setPlanSettings(const QString& name, const QString& notes, const QString& defaultStorageClass,
                                   const Quantity& horizon)
{
    Plan after = m_plan;
    after.name = name;
    after.notes = notes;
    after.defaultStorageClass = defaultStorageClass;
    after.horizon = horizon;
    editPlan(after, tr("Change the plan's settings"));
}

// ---- commands

ServiceCommand::ServiceCommand(PlanDocument* document, const PlannedService& before, const PlannedService& after,
                               const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(before)
    , m_after(after)
{
}

void ServiceCommand::undo()
{
    m_document->replaceService(m_after.name, m_before);
}

void ServiceCommand::redo()
{
    m_document->replaceService(m_before.name, m_after);
}

namespace {
PlannedService with(PlannedService s, const auto& change)
{
    change(s);
    return s;
}

// The input's title as the property editor shows it, not its id.
QString inputTitle(const PlanDocument* document, const PlannedService& service, const QString& input)
{
    const ServiceDefinition* definition = document->catalog().service(service.request.service);
    const InputDefinition* in = definition ? definition->input(input) : nullptr;
    return in && !in->title.isEmpty() ? catalogText(in->title) : input;
}

QString storageClassName(const PlanDocument* document, const QString& id)
{
    const StorageClass* storageClass = document->catalog().storageClass(id);
    return storageClass && !storageClass->name.isEmpty() ? catalogText(storageClass->name) : id;
}

// What a topology edit changed, in the editor's words; the first difference names the step.
QString topologyChange(const QString& name, const std::optional<PostgresTopology>& before,
                       const std::optional<PostgresTopology>& after)
{
    if (!before && after)
        return PlanDocument::tr("Add read replicas to %1").arg(name);
    if (before && !after)
        return PlanDocument::tr("Remove the read replicas of %1").arg(name);
    if (!before || !after)
        return PlanDocument::tr("Change the primary and replicas of %1").arg(name);
    const PostgresTopology& b = *before;
    const PostgresTopology& a = *after;
    if (b.readReplicas != a.readReplicas)
        return PlanDocument::tr("Set read replicas of %1 to %2").arg(name).arg(a.readReplicas);
    if (b.pooler.enabled != a.pooler.enabled)
        return a.pooler.enabled ? PlanDocument::tr("Put PgBouncer in front of %1").arg(name)
                                : PlanDocument::tr("Remove PgBouncer from %1").arg(name);
    if (b.pooler.mode != a.pooler.mode)
        return PlanDocument::tr("Set the pool mode of %1 to %2").arg(name, a.pooler.mode);
    if (b.requestsPerSecond != a.requestsPerSecond)
        return PlanDocument::tr("Change the requests of %1").arg(name);
    if (b.readShare != a.readShare)
        return PlanDocument::tr("Change the read share of %1").arg(name);
    if (b.clientConnections != a.clientConnections)
        return PlanDocument::tr("Change the client connections of %1").arg(name);
    if (b.primary != a.primary)
        return PlanDocument::tr("Change the primary of %1").arg(name);
    if (b.replica != a.replica)
        return PlanDocument::tr("Change the replicas of %1").arg(name);
    return PlanDocument::tr("Change the primary and replicas of %1").arg(name);
}
} // namespace

SetTierCommand::SetTierCommand(PlanDocument* document, const PlannedService& service, const QString& tier)
    : ServiceCommand(document, service, with(service, [&](PlannedService& s) { s.request.size = tier; }),
                     PlanDocument::tr("Set tier of %1 to %2").arg(service.name, tier))
{
}

SetInputCommand::SetInputCommand(PlanDocument* document, const PlannedService& service, const QString& input,
                                 const std::optional<Quantity>& value)
    : ServiceCommand(
        document, service,
        with(service,
             [&](PlannedService& s) {
                 if (value)
                     s.request.inputs.insert(input, *value);
                 else
                     s.request.inputs.remove(input);
             }),
        value
            ? PlanDocument::tr("Set %1 of %2 to %3")
                  .arg(inputTitle(document, service, input), service.name, value->toString())
            : PlanDocument::tr("Reset %1 of %2 to its default").arg(inputTitle(document, service, input), service.name))
    , m_input(input)
{
}

bool SetInputCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const SetInputCommand*>(other);
    if (o->m_input != m_input || o->m_before.name != m_after.name || !(o->m_before == m_after))
        return false;
    m_after = o->m_after;
    setText(o->text());
    if (m_before == m_after)
        setObsolete(true);
    return true;
}

SetReplicasCommand::SetReplicasCommand(PlanDocument* document, const PlannedService& service, int replicas)
    : ServiceCommand(document, service, with(service, [&](PlannedService& s) { s.request.replicas = replicas; }),
                     PlanDocument::tr("Set replicas of %1 to %2").arg(service.name).arg(replicas))
{
}

SetStorageClassCommand::SetStorageClassCommand(PlanDocument* document, const PlannedService& service,
                                               const QString& storageClass)
    : ServiceCommand(document, service,
                     with(service, [&](PlannedService& s) { s.request.storageClass = storageClass; }),
                     storageClass.isEmpty() ? PlanDocument::tr("Use the default storage class for %1").arg(service.name)
                                            : PlanDocument::tr("Set storage class of %1 to %2")
                                                  .arg(service.name, storageClassName(document, storageClass)))
{
}

SetTopologyCommand::SetTopologyCommand(PlanDocument* document, const PlannedService& service,
                                       const std::optional<PostgresTopology>& topology)
    : ServiceCommand(document, service, with(service, [&](PlannedService& s) { s.topology = topology; }),
                     topologyChange(service.name, service.topology, topology))
{
}

ReplacePlanCommand::ReplacePlanCommand(PlanDocument* document, Plan before, Plan after, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ReplacePlanCommand::undo()
{
    m_document->replacePlan(m_before);
}

void ReplacePlanCommand::redo()
{
    m_document->replacePlan(m_after);
}

} // namespace headroom
