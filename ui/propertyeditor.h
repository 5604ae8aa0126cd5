#pragma once

#include "quantity.h"

#include <QHash>
#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace headroom {

class PlanDocument;
struct InputDefinition;

// Edits the selected service: tier, replicas, storage class, inputs and, for PostgreSQL,
// the topology. Every change goes through the document's undo stack; text that does not
// parse is refused with the reason shown under the field. A node pool is shown read-only.
class PropertyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyEditor(PlanDocument* document, QWidget* parent = nullptr);

    void showService(const QString& name);
    void showNodePool(const QString& name);
    void showNothing();
    QString serviceName() const { return m_service; }

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
    void clearForm();
    void commitInput(const InputDefinition& definition);
    void commitTopology();
    QuantityField addQuantityField(
        QFormLayout* form, const QString& label, Dimension dimension, const QString& tooltip);
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
    QuantityField m_rps;
    QuantityField m_readShare;
    QuantityField m_clientConnections;
    QCheckBox* m_pooler = nullptr;
    QComboBox* m_poolerMode = nullptr;
};

// Units a field takes, for the hint beside it: "Mi, Gi, Ti", "%", "/s".
QString unitHint(Dimension dimension);

} // namespace headroom
