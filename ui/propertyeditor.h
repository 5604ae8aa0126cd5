// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/quantity.h"

#include <QHash>
#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace headroom {

class NotesEdit;
class PlanDocument;
struct InputDefinition;
struct PlannedService;
struct PostgresTopology;
struct ServiceDefinition;

// Edits the selected item. A service: tier, replicas, storage class (with each class's
// ceilings), node pool, volume and growth, inputs and, for PostgreSQL, the topology with
// per-role limits and the pooler. A node pool: size per node, count or autoscaling, pods,
// price. Nothing selected: the plan's own settings. Every change goes through the
// document's undo stack; text that does not parse is refused with the reason shown under
// the field.
class PropertyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyEditor(PlanDocument* document, QWidget* parent = nullptr);

    void showService(const QString& name);
    void showNodePool(const QString& name);
    // Nothing selected: shows the plan's settings (name, notes, default class, horizon).
    void showNothing();
    QString serviceName() const { return m_service; }
    QString nodePoolName() const { return m_pool; }

    // Re-reads the values of the shown item from the document.
    void refresh();
    // Puts the keyboard focus on an input's field (a finding points at it).
    void focusInput(const QString& input);

    QComboBox* tierCombo() const { return m_tier; }
    QComboBox* storageClassCombo() const { return m_storageClass; }
    QSpinBox* replicasSpin() const { return m_replicas; }
    QLineEdit* inputEdit(const QString& input) const { return m_inputs.value(input).edit; }
    QLabel* inputError(const QString& input) const { return m_inputs.value(input).error; }
    QGroupBox* topologyGroup() const { return m_topology; }
    QSpinBox* readReplicasSpin() const { return m_readReplicas; }
    QCheckBox* poolerCheck() const { return m_pooler; }
    QComboBox* nodePoolCombo() const { return m_nodePool; }
    // Topology fields: "rps", "readShare", "clients", "primaryCpu", "primaryMemory",
    // "replicaCpu", "replicaMemory"; volume: "volume", "growth", "growthEvery"; node pool:
    // "cpu", "memory"; plan: "horizon".
    QLineEdit* field(const QString& id) const;
    QLineEdit* planNameEdit() const { return m_planName; }
    NotesEdit* planNotesEdit() const { return m_planNotes; }
    QComboBox* defaultClassCombo() const { return m_defaultClass; }
    QSpinBox* poolCountSpin() const { return m_poolCount; }
    QCheckBox* poolAutoscaleCheck() const { return m_poolAutoscale; }
    QSpinBox* poolMinSpin() const { return m_poolMin; }
    QSpinBox* poolMaxSpin() const { return m_poolMax; }
    QSpinBox* poolMaxPodsSpin() const { return m_poolMaxPods; }
    QDoubleSpinBox* poolPriceSpin() const { return m_poolPrice; }

private:
    struct InputWidgets
    {
        QLineEdit* edit = nullptr;
        QLabel* error = nullptr;
    };
    struct QuantityField
    {
        QLineEdit* edit = nullptr;
        QLabel* error = nullptr;
        Dimension dimension = Dimension::Count;
    };

    void rebuild();
    QGroupBox* buildResources(const PlannedService& service, const ServiceDefinition& definition);
    QGroupBox* buildVolume();
    QGroupBox* buildInputs(const ServiceDefinition& definition);
    QGroupBox* buildTopology();
    void buildPlanForm();
    void buildPoolForm();
    void refreshPlanForm();
    void refreshPoolForm();
    void clearForm();
    void commitInput(const InputDefinition& definition);
    void commitTopology();
    bool refuseReleaseNames(const PlannedService& service, const PostgresTopology& topology);
    void commitVolume();
    void commitPool();
    void commitPlan();
    QuantityField addQuantityField(QFormLayout* form, const QString& label, Dimension dimension,
                                   const QString& tooltip);
    static std::optional<std::optional<Quantity>> parseField(const QuantityField& field);

    PlanDocument* m_document;
    QString m_service;
    QString m_pool;
    QWidget* m_content = nullptr;
    QLabel* m_title = nullptr;
    QComboBox* m_tier = nullptr;
    QSpinBox* m_replicas = nullptr;
    QComboBox* m_storageClass = nullptr;
    QHash<QString, InputWidgets> m_inputs;
    QGroupBox* m_topology = nullptr;
    QSpinBox* m_readReplicas = nullptr;
    QLabel* m_topologyError = nullptr;
    QuantityField m_rps;
    QuantityField m_readShare;
    QuantityField m_clientConnections;
    QuantityField m_primaryCpu;
    QuantityField m_primaryMemory;
    QuantityField m_replicaCpu;
    QuantityField m_replicaMemory;
    QCheckBox* m_pooler = nullptr;
    QComboBox* m_poolerMode = nullptr;
    QComboBox* m_nodePool = nullptr;
    QuantityField m_volume;
    QuantityField m_growth;
    QuantityField m_growthEvery;
    // The node pool form.
    QuantityField m_poolCpu;
    QuantityField m_poolMemory;
    QCheckBox* m_poolAutoscale = nullptr;
    QSpinBox* m_poolCount = nullptr;
    QSpinBox* m_poolMin = nullptr;
    QSpinBox* m_poolMax = nullptr;
    QSpinBox* m_poolMaxPods = nullptr;
    QDoubleSpinBox* m_poolPrice = nullptr;
    // The plan form.
    QLineEdit* m_planName = nullptr;
    NotesEdit* m_planNotes = nullptr;
    QComboBox* m_defaultClass = nullptr;
    QuantityField m_horizon;
};

// Units a field takes, for the hint beside it: "Mi, Gi, Ti", "%", "/s".
QString unitHint(Dimension dimension);

} // namespace headroom
