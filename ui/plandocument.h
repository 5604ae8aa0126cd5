// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/incrementalsizer.h"
#include "engine/plansizer.h"
#include "model/catalog.h"
#include "model/error.h"
#include "model/plan.h"

#include <QObject>
#include <QUndoCommand>

#include <memory>
#include <optional>

class QUndoStack;

namespace headroom {

// The open plan: its file, its undo history and its sizing. Every edit is a QUndoCommand
// pushed on undoStack(); the stack's clean state is the saved state. The sizing is
// recomputed by PlanSizer after each change. A failed open leaves the document as it was.
class PlanDocument : public QObject
{
    Q_OBJECT

public:
    explicit PlanDocument(Catalog baseCatalog, QObject* parent = nullptr);
    ~PlanDocument() override;

    const Plan& plan() const { return m_plan; }
    const PlanSizing& sizing() const { return m_sizing->sizing(); }
    // The services whose sizing or findings the last change touched (all when allChanged()),
    // for views that refresh only those.
    const QSet<QString>& changedServices() const { return m_sizing->changedServices(); }
    bool allChanged() const { return m_sizing->allChanged(); }
    const Catalog& catalog() const { return m_catalog; } // the plan's effective catalog
    const Catalog& baseCatalog() const { return m_base; }
    const SizingEngine& engine() const { return m_sizer->engine(); }
    QUndoStack* undoStack() const { return m_undo; }
    QString filePath() const { return m_path; }
    // The file name, or the plan's name, or "Untitled", for titles and prompts.
    QString displayName() const;
    bool isModified() const;

    // Replaces the document (clears the undo history). `path` may be empty (untitled).
    std::optional<Error> setPlan(const Plan& plan, const QString& path);
    // `problems`, when given, receives every problem of a file that cannot be opened.
    std::optional<Error> open(const QString& path, QList<Error>* problems = nullptr);
    void newPlan();
    // Starts over on another built-in catalog with a new, untitled plan (the window is built
    // before the catalog has been read; see app/main.cpp).
    void setBaseCatalog(Catalog catalog);
    std::optional<Error> save();
    std::optional<Error> saveAs(const QString& path);

    // Used by the undo commands: replace one service, or the whole plan, and re-size.
    void replaceService(const QString& name, const PlannedService& service);
    void replacePlan(const Plan& plan);

    // Convenience: push the matching command (nothing when the value does not change).
    void setTier(const QString& service, const QString& tier);
    void setInput(const QString& service, const QString& input, const std::optional<Quantity>& value);
    void setReplicas(const QString& service, int replicas);
    void setStorageClass(const QString& service, const QString& storageClass);
    void setTopology(const QString& service, const std::optional<PostgresTopology>& topology);
    void applyFinding(const PlanFinding& finding);
    // The recommendations of `findings` (in the order the sizing lists them, as `check --apply`
    // applies them), one undo step; one finding is applyFinding().
    void applyFindings(const QList<PlanFinding>& findings);
    // Every recommendation of the current sizing at once (PlanSizer::applyAll), one undo step.
    void applyAllFindings();
    // Any change to one service, as one undo step named `text`.
    void editService(const QString& name, const PlannedService& after, const QString& text);

    // Building a plan: services and node pools are added and removed as whole-plan steps.
    // add* refuse a name the plan already has (returns false).
    bool addService(const PlannedService& service);
    void removeService(const QString& name);
    bool addNodePool(const NodePool& pool);
    void removeNodePool(const QString& name);
    void setNodePool(const QString& name, const NodePool& pool);
    // The plan's own settings: name, notes, default storage class, planning horizon.
    void setPlanSettings(const QString& name, const QString& notes, const QString& defaultStorageClass,
                         const Quantity& horizon);
    // Pushes a whole-plan change (nothing when `after` equals the plan).
    void editPlan(const Plan& after, const QString& text);

signals:
    void planReplaced(); // a new document: structure and values may all differ
    void planChanged(const QString& service); // one service edited (empty: the whole plan)
    void filePathChanged(const QString& path);
    void modifiedChanged(bool modified);
    void saved();

private:
    Catalog m_base;
    Catalog m_catalog;
    std::unique_ptr<PlanSizer> m_sizer;
    std::unique_ptr<IncrementalSizer> m_sizing; // an edit re-sizes what it touches
    Plan m_plan;
    QString m_path;
    QUndoStack* m_undo = nullptr;
};

// Edits one service: holds the service before and after, identified by name.
class ServiceCommand : public QUndoCommand
{
public:
    ServiceCommand(PlanDocument* document, const PlannedService& before, const PlannedService& after,
                   const QString& text);
    void undo() override;
    void redo() override;
    bool changes() const { return !(m_before == m_after); }

protected:
    PlanDocument* m_document;
    PlannedService m_before;
    PlannedService m_after;
};

class SetTierCommand : public ServiceCommand
{
public:
    SetTierCommand(PlanDocument* document, const PlannedService& service, const QString& tier);
};

class SetInputCommand : public ServiceCommand
{
public:
    enum { Id = 0x4852 }; // consecutive edits of the same input (a slider) merge
    SetInputCommand(PlanDocument* document, const PlannedService& service, const QString& input,
                    const std::optional<Quantity>& value);
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    QString m_input;
};

class SetReplicasCommand : public ServiceCommand
{
public:
    SetReplicasCommand(PlanDocument* document, const PlannedService& service, int replicas);
};

class SetStorageClassCommand : public ServiceCommand
{
public:
    SetStorageClassCommand(PlanDocument* document, const PlannedService& service, const QString& storageClass);
};

class SetTopologyCommand : public ServiceCommand
{
public:
    SetTopologyCommand(PlanDocument* document, const PlannedService& service,
                       const std::optional<PostgresTopology>& topology);
};

// Replaces the whole plan (a finding's fix, a restored recovery file).
class ReplacePlanCommand : public QUndoCommand
{
public:
    ReplacePlanCommand(PlanDocument* document, Plan before, Plan after, const QString& text);
    void undo() override;
    void redo() override;

private:
    PlanDocument* m_document;
    Plan m_before;
    Plan m_after;
};

} // namespace headroom
