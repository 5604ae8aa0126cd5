// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/catalog.h"
#include "model/plan.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace headroom {

// Whether `name` can name a service or node pool of `plan`: a Helm release name (lower
// case letters, digits and '-', starting with a letter, at most 53 characters) that the
// plan does not use yet. Returns the reason it cannot, or an empty string.
QString nameProblem(const Plan& plan, const QString& name, bool nodePool);

// Adds a service: its kind (a catalog service), its name and its tier.
class AddServiceDialog : public QDialog
{
    Q_OBJECT

public:
    AddServiceDialog(const Plan& plan, const Catalog& catalog, QWidget* parent = nullptr);

    PlannedService service() const;
    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* tierCombo() const { return m_tier; }

private:
    void validate();

    const Plan& m_plan;
    const Catalog& m_catalog;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_tier = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_nameEdited = false;
};

// Adds a node pool: name, allocatable CPU and memory per node, a fixed count or an
// autoscaling range, pods per node and price.
class AddNodePoolDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddNodePoolDialog(const Plan& plan, QWidget* parent = nullptr);

    NodePool pool() const;
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* cpuEdit() const { return m_cpu; }
    QLineEdit* memoryEdit() const { return m_memory; }
    QSpinBox* countSpin() const { return m_count; }
    QDoubleSpinBox* priceSpin() const { return m_price; }

private:
    void validate();

    const Plan& m_plan;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_cpu = nullptr;
    QLineEdit* m_memory = nullptr;
    QSpinBox* m_count = nullptr;
    QSpinBox* m_maxPods = nullptr;
    QDoubleSpinBox* m_price = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace headroom
