// SPDX-License-Identifier: Apache-2.0
#include "ui/plandialogs.h"

#include "model/catalogtext.h"
#include "model/releasenames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace headroom {

QString nameProblem(const Plan& plan, const QString& name, bool nodePool)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z]([-a-z0-9]*[a-z0-9])?$"));
    if (name.isEmpty())
        return AddServiceDialog::tr("Give it a name.");
    if (name.size() > 53 || !valid.match(name).hasMatch())
        return AddServiceDialog::tr(
            "A name is lower-case letters, digits and '-', starts with a letter and has at most 53 characters.");
    const bool taken = nodePool
        ? std::any_of(plan.nodePools.begin(), plan.nodePools.end(), [&](const NodePool& p) { return p.name == name; })
        : plan.service(name) != nullptr;
    if (taken)
        return AddServiceDialog::tr("The plan already has %1.").arg(name);
    if (!nodePool) {
        // The loader refuses a plan whose releases collide, so the window never makes one.
        Plan candidate = plan;
        PlannedService service;
        service.name = name;
        candidate.services << service;
        if (const auto problem = ReleaseNames::problemIn(candidate))
            return problem->message;
    }
    return {};
}

namespace {
// The line that says what is wrong, then OK and Cancel.
QDialogButtonBox* addButtons(QDialog* dialog, QVBoxLayout* layout, QLabel** problem)
{
    *problem = new QLabel(dialog);
    (*problem)->setWordWrap(true);
    // Room for a refusal of a few lines kept from the start (showRefusal grows the dialog for
    // a longer one): a label that appears in a dialog of fixed height takes its room from the
    // fields.
    (*problem)->setMinimumHeight((*problem)->fontMetrics().lineSpacing() * 2);
    (*problem)->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette p = (*problem)->palette();
    p.setColor(QPalette::WindowText, QColor(0xd0, 0x3a, 0x2f));
    (*problem)->setPalette(p);
    layout->addWidget(*problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

// Shows why the dialog cannot be accepted yet and makes the dialog tall enough for it: the
// layout's minimum size does not count a wrapped label's height at the dialog's width.
void showRefusal(QDialog* dialog, QLabel* problem, const QString& text)
{
    problem->setText(text);
    if (!dialog->isVisible())
        return; // sized from its layout when shown
    dialog->layout()->activate();
    const int needed = dialog->layout()->totalHeightForWidth(dialog->width());
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

// The first free name from the kind: "postgresql", then "postgresql-2", …
QString freeName(const Plan& plan, const QString& base)
{
    QString name = base;
    for (int n = 2; plan.service(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}
} // namespace

AddServiceDialog::AddServiceDialog(const Plan& plan, const Catalog& catalog, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_catalog(catalog)
{
    setWindowTitle(tr("Add Service"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    for (const auto& s : catalog.services)
        m_kind->addItem(tr("%1 (%2)").arg(s.name, s.id), s.id);
    form->addRow(tr("&Kind:"), m_kind);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("a Helm release name, e.g. app-db"));
    form->addRow(tr("&Name:"), m_name);
    m_tier = new QComboBox(this);
    form->addRow(tr("&Tier:"), m_tier);
    layout->addLayout(form);
    m_buttons = addButtons(this, layout, &m_problem);

    const auto kindChanged = [this] {
        const QString id = m_kind->currentData().toString();
        const QString tier = m_tier->currentData().toString();
        m_tier->clear();
        if (const ServiceDefinition* def = m_catalog.service(id)) {
            for (const auto& size : m_catalog.workloadSizes) {
                if (def->row(size.id))
                    m_tier->addItem(size.name.isEmpty() ? size.id : tr("%1 (%2)").arg(size.id, catalogText(size.name)),
                                    size.id);
            }
        }
        const int keep = m_tier->findData(tier.isEmpty() ? QStringLiteral("small") : tier);
        m_tier->setCurrentIndex(std::max(0, keep));
        if (!m_nameEdited)
            m_name->setText(freeName(m_plan, id));
        validate();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, kindChanged);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        validate();
    });
    kindChanged();
}

void AddServiceDialog::validate()
{
    const QString problem = nameProblem(m_plan, m_name->text().trimmed(), false);
    showRefusal(this, m_problem, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && m_kind->count() > 0);
}

PlannedService AddServiceDialog::service() const
{
    PlannedService s;
    s.name = m_name->text().trimmed();
    s.request.service = m_kind->currentData().toString();
    s.request.size = m_tier->currentData().toString();
    return s;
}

AddNodePoolDialog::AddNodePoolDialog(const Plan& plan, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setWindowTitle(tr("Add Node Pool"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(plan.nodePools.isEmpty() ? QStringLiteral("general") : QString(), this);
    form->addRow(tr("&Name:"), m_name);
    m_cpu = new QLineEdit(QStringLiteral("8"), this);
    m_cpu->setToolTip(tr("Allocatable CPU per node, in cores or m."));
    form->addRow(tr("CP&U per node:"), m_cpu);
    m_memory = new QLineEdit(QStringLiteral("32Gi"), this);
    m_memory->setToolTip(tr("Allocatable memory per node, in Mi, Gi or Ti."));
    form->addRow(tr("&Memory per node:"), m_memory);
    m_count = new QSpinBox(this);
    m_count->setRange(1, 10000);
    m_count->setValue(3);
    form->addRow(tr("No&des:"), m_count);
    m_maxPods = new QSpinBox(this);
    m_maxPods->setRange(1, 1000);
    m_maxPods->setValue(110);
    form->addRow(tr("&Pods per node:"), m_maxPods);
    m_price = new QDoubleSpinBox(this);
    m_price->setRange(0, 1000);
    m_price->setDecimals(3);
    m_price->setSpecialValueText(tr("no price"));
    m_price->setSuffix(tr(" per hour"));
    form->addRow(tr("P&rice per node:"), m_price);
    layout->addLayout(form);
    auto* hint = new QLabel(tr("Autoscaling is set in the property editor once the pool exists."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    m_buttons = addButtons(this, layout, &m_problem);
    for (QLineEdit* edit : { m_name, m_cpu, m_memory })
        connect(edit, &QLineEdit::textChanged, this, &AddNodePoolDialog::validate);
    validate();
}

void AddNodePoolDialog::validate()
{
    QString problem = nameProblem(m_plan, m_name->text().trimmed(), true);
    if (problem.isEmpty()) {
        if (auto cpu = Quantity::parse(Dimension::Cpu, m_cpu->text().trimmed()); !cpu || cpu->raw() <= 0)
            problem = cpu ? tr("A node needs some CPU.") : tr("CPU: %1").arg(cpu.error().message);
    }
    if (problem.isEmpty()) {
        if (auto memory = Quantity::parse(Dimension::Memory, m_memory->text().trimmed()); !memory || memory->raw() <= 0)
            problem = memory ? tr("A node needs some memory.") : tr("Memory: %1").arg(memory.error().message);
    }
    showRefusal(this, m_problem, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

NodePool AddNodePoolDialog::pool() const
{
    NodePool p;
    p.name = m_name->text().trimmed();
    p.cpu = Quantity::parse(Dimension::Cpu, m_cpu->text().trimmed()).value();
    p.memory = Quantity::parse(Dimension::Memory, m_memory->text().trimmed()).value();
    p.count = m_count->value();
    p.maxPods = m_maxPods->value();
    if (m_price->value() > 0)
        p.pricePerHour = m_price->value();
    return p;
}

} // namespace headroom
