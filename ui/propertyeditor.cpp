// SPDX-License-Identifier: Apache-2.0
#include "ui/propertyeditor.h"

#include "model/catalogtext.h"
#include "model/releasenames.h"
#include "report/servicereport.h"
#include "ui/notesedit.h"
#include "ui/plandocument.h"
#include "ui/undoshortcutrouter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScopeGuard>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyleOptionComboBox>
#include <QTextDocument>
#include <QVBoxLayout>

namespace headroom {

QString unitHint(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Cpu:
        return PropertyEditor::tr("cores, m");
    case Dimension::Memory:
        return PropertyEditor::tr("Mi, Gi, Ti");
    case Dimension::Iops:
        return PropertyEditor::tr("IOPS");
    case Dimension::Throughput:
        return PropertyEditor::tr("MB/s");
    case Dimension::Rate:
        return PropertyEditor::tr("/s");
    case Dimension::Duration:
        return PropertyEditor::tr("s, h, d");
    case Dimension::Percent:
        return PropertyEditor::tr("%");
    case Dimension::Count:
        return PropertyEditor::tr("count");
    case Dimension::Number:
        return PropertyEditor::tr("×");
    }
    return {};
}

namespace {
// A form whose fields take the width there is and never less than they need: in a column
// too narrow for a label beside its field (a small screen, longer labels in a translation)
// the label goes above the field, so the form fits its pane without scrolling sideways.
QFormLayout* newForm(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setSizeConstraint(QLayout::SetMinimumSize);
    return form;
}

// A combo never narrower than its selected text with its arrow, and asking for no more: its
// other items may be longer (they show in the list, which is as wide as they need). Called
// again whenever the selection changes, also under a QSignalBlocker.
void fitToCurrentText(QComboBox* combo)
{
    // What the frame and the arrow take beside the text, whatever the combo's width.
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.rect = QRect(0, 0, 300, combo->sizeHint().height());
    const int field
        = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo).width();
    combo->setMinimumWidth(combo->fontMetrics().horizontalAdvance(combo->currentText()) + 300 - field);
}

// A field as wide as its placeholder needs (the engine's value and its source, such as
// "6000 (Medium tier)"), and never under 16 characters: cut short, it says nothing.
void fitToPlaceholder(QLineEdit* edit)
{
    const QFontMetrics metrics = edit->fontMetrics();
    const int frame = edit->sizeHint().width() - 17 * metrics.horizontalAdvance(QLatin1Char('x'));
    const int clearButton = edit->isClearButtonEnabled() ? metrics.height() + 8 : 0;
    edit->setMinimumWidth(std::max(metrics.averageCharWidth() * 16,
                                   metrics.horizontalAdvance(edit->placeholderText()) + frame + clearButton));
}

void keepCurrentTextWhole(QComboBox* combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(4);
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
    fitToCurrentText(combo);
    QObject::connect(combo, &QComboBox::currentIndexChanged, combo, [combo] { fitToCurrentText(combo); });
}

QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xd0, 0x3a, 0x2f));
    label->setPalette(p);
    label->hide();
    return label;
}

QWidget* withUnit(QLineEdit* edit, Dimension dimension, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    // Room for a value with its source ("7.5Mi (default)"): a narrower pane puts the label
    // above the field rather than cut that short.
    edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 16);
    row->addWidget(edit, 1);
    auto* unit = new QLabel(unitHint(dimension), box);
    unit->setForegroundRole(QPalette::PlaceholderText);
    unit->setMinimumWidth(unit->fontMetrics().horizontalAdvance(QStringLiteral("Mi, Gi, Ti")));
    row->addWidget(unit);
    return box;
}

void showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// "medium: 4 vCPU, 8Gi Memory, 6000 Storage IOPS" and, for the tooltip, every cell.
QPair<QString, QString> describeRow(const ServiceDefinition& def, const MatrixRow& row, const QString& sizeName)
{
    QStringList numbers;
    QStringList lines { sizeName };
    for (const auto& column : def.columns) {
        const MatrixCell cell = row.cells.value(column.id);
        if (cell.text.isEmpty())
            continue;
        // The combo shows the tier's limits; its other figures are in the tooltip, so the
        // text fits the field on a small screen.
        if (column.id == QLatin1String("cpu") || column.id == QLatin1String("memory"))
            numbers << PropertyEditor::tr("%1 %2").arg(cell.text, catalogText(column.title));
        lines << PropertyEditor::tr("%1: %2").arg(catalogText(column.title),
                                                  column.dimension ? cell.text : catalogText(cell.text));
    }
    return { PropertyEditor::tr("%1: %2").arg(sizeName, numbers.join(QStringLiteral(", "))),
             lines.join(QLatin1Char('\n')) };
}
} // namespace

PropertyEditor::PropertyEditor(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_content = new QWidget(this);
    layout->addWidget(m_content);
    layout->addStretch(1);
    new UndoShortcutRouter(this);
    // Empty until told what to show: the window decides (MainWindow::selectService).
}

void PropertyEditor::showNothing()
{
    m_service.clear();
    m_pool.clear();
    rebuild();
}

void PropertyEditor::showService(const QString& name)
{
    m_pool.clear();
    m_service = name;
    rebuild();
}

void PropertyEditor::showNodePool(const QString& name)
{
    m_service.clear();
    m_pool = name;
    rebuild();
}

void PropertyEditor::clearForm()
{
    // The old form's fields say nothing more: hiding one that has the focus would finish its
    // editing, and commit it to the item shown next. (Clicking elsewhere first moves the
    // focus, so a pending edit is committed to its own item before this.)
    for (QObject* child : m_content->findChildren<QObject*>())
        child->disconnect(this);
    // Later: a form may be rebuilt from a signal of one of its own widgets.
    m_content->hide();
    m_content->deleteLater();
    m_content = new QWidget(this);
    static_cast<QVBoxLayout*>(layout())->insertWidget(1, m_content);
    m_tier = nullptr;
    m_replicas = nullptr;
    m_storageClass = nullptr;
    m_inputs.clear();
    m_topology = nullptr;
    m_readReplicas = nullptr;
    m_topologyError = nullptr;
    m_rps = {};
    m_readShare = {};
    m_clientConnections = {};
    m_primaryCpu = {};
    m_primaryMemory = {};
    m_replicaCpu = {};
    m_replicaMemory = {};
    m_pooler = nullptr;
    m_poolerMode = nullptr;
    m_nodePool = nullptr;
    m_volume = {};
    m_growth = {};
    m_growthEvery = {};
    m_poolCpu = {};
    m_poolMemory = {};
    m_poolAutoscale = nullptr;
    m_poolCount = nullptr;
    m_poolMin = nullptr;
    m_poolMax = nullptr;
    m_poolMaxPods = nullptr;
    m_poolPrice = nullptr;
    m_planName = nullptr;
    m_planNotes = nullptr;
    m_defaultClass = nullptr;
    m_horizon = {};
}

QLineEdit* PropertyEditor::field(const QString& id) const
{
    const QHash<QString, const QuantityField*> fields { { QStringLiteral("rps"), &m_rps },
                                                        { QStringLiteral("readShare"), &m_readShare },
                                                        { QStringLiteral("clients"), &m_clientConnections },
                                                        { QStringLiteral("primaryCpu"), &m_primaryCpu },
                                                        { QStringLiteral("primaryMemory"), &m_primaryMemory },
                                                        { QStringLiteral("replicaCpu"), &m_replicaCpu },
                                                        { QStringLiteral("replicaMemory"), &m_replicaMemory },
                                                        { QStringLiteral("volume"), &m_volume },
                                                        { QStringLiteral("growth"), &m_growth },
                                                        { QStringLiteral("growthEvery"), &m_growthEvery },
                                                        { QStringLiteral("cpu"), &m_poolCpu },
                                                        { QStringLiteral("memory"), &m_poolMemory },
                                                        { QStringLiteral("horizon"), &m_horizon } };
    const QuantityField* f = fields.value(id);
    return f ? f->edit : nullptr;
}

PropertyEditor::QuantityField PropertyEditor::addQuantityField(QFormLayout* form, const QString& label,
                                                               Dimension dimension, const QString& tooltip)
{
    QuantityField field;
    field.dimension = dimension;
    field.edit = new QLineEdit(form->parentWidget());
    field.edit->setClearButtonEnabled(true);
    field.edit->setToolTip(tooltip);
    field.error = errorLabel(form->parentWidget());
    form->addRow(label, withUnit(field.edit, dimension, form->parentWidget()));
    form->addRow(QString(), field.error);
    UndoShortcutRouter::trackCommits(field.edit, field.error);
    return field;
}

std::optional<std::optional<Quantity>> PropertyEditor::parseField(const QuantityField& field)
{
    const QString text = field.edit->text().trimmed();
    if (text.isEmpty()) {
        showError(field.error, {});
        return std::optional<Quantity>();
    }
    auto q = Quantity::parse(field.dimension, text);
    if (!q) {
        showError(field.error, q.error().message);
        return std::nullopt;
    }
    showError(field.error, {});
    return std::optional<Quantity>(q.value());
}

void PropertyEditor::rebuild()
{
    clearForm();
    // Shown once its children exist, so they appear with it (not on a later event).
    const auto showContent = qScopeGuard([this] { m_content->show(); });
    const Plan& plan = m_document->plan();
    const Catalog& catalog = m_document->catalog();

    if (!m_pool.isEmpty()) {
        buildPoolForm();
        return;
    }
    if (m_service.isEmpty()) {
        buildPlanForm();
        return;
    }

    const PlannedService* s = plan.service(m_service);
    const ServiceDefinition* def = s ? catalog.service(s->request.service) : nullptr;
    if (!s || !def) {
        m_service.clear();
        buildPlanForm();
        return;
    }
    m_title->setText(tr("%1 (%2)").arg(s->name, def->name));
    auto* outer = new QVBoxLayout(m_content);
    outer->setContentsMargins(0, 0, 0, 0);

    outer->addWidget(buildResources(*s, *def));
    outer->addWidget(buildVolume());
    outer->addWidget(buildInputs(*def));
    if (def->id == QLatin1String("postgresql"))
        outer->addWidget(buildTopology());
    refresh();
}

QGroupBox* PropertyEditor::buildResources(const PlannedService& s, const ServiceDefinition& def)
{
    const Plan& plan = m_document->plan();
    const Catalog& catalog = m_document->catalog();
    auto* general = new QGroupBox(tr("Resources"), m_content);
    auto* form = newForm(general);
    m_tier = new QComboBox(general);
    if (s.request.size.isEmpty())
        m_tier->addItem(tr("custom (explicit limits)"), QString());
    for (const auto& size : catalog.workloadSizes) {
        if (const MatrixRow* row = def.row(size.id)) {
            const auto [text, tip] = describeRow(def, *row, size.id);
            m_tier->addItem(text, size.id);
            m_tier->setItemData(m_tier->count() - 1, tip, Qt::ToolTipRole);
        }
    }
    keepCurrentTextWhole(m_tier);
    form->addRow(tr("&Tier:"), m_tier);
    connect(m_tier, &QComboBox::currentIndexChanged, this, [this] {
        const QString tier = m_tier->currentData().toString();
        if (!tier.isEmpty())
            m_document->setTier(m_service, tier);
    });

    m_replicas = new QSpinBox(general);
    m_replicas->setRange(1, 100);
    m_replicas->setKeyboardTracking(false);
    form->addRow(tr("&Replicas:"), m_replicas);
    connect(m_replicas, &QSpinBox::valueChanged, this,
            [this](int value) { m_document->setReplicas(m_service, value); });

    m_storageClass = new QComboBox(general);
    // What an unset class means: the plan's default, else the service's own.
    m_storageClass->addItem(plan.defaultStorageClass.isEmpty() ? tr("Service default (%1)").arg(def.storageClass)
                                                               : tr("Plan default (%1)").arg(plan.defaultStorageClass),
                            QString());
    for (const auto& sc : catalog.storageClasses) {
        // The IOPS in the text only when they are one figure: a per-GiB or provisioned
        // class's take a sentence, and the combo, which shows its text whole, would be wider
        // than the window at 1024×700. The tooltip has every figure.
        m_storageClass->addItem(
            sc.iops.kind == IopsModel::Kind::Fixed
                ? tr("%1: %2, %3").arg(catalogText(sc.name), sc.describeIops(), sc.throughput.toDisplayString())
                : tr("%1, %2").arg(catalogText(sc.name), sc.throughput.toDisplayString()),
            sc.id);
        m_storageClass->setItemData(m_storageClass->count() - 1,
                                    tr("%1 (%2)\nIOPS: %3\nThroughput: %4\nLatency: %5 to %6\nCost: %7\nFor: %8")
                                        .arg(catalogText(sc.name), sc.id, sc.describeIops(),
                                             sc.throughput.toDisplayString(), sc.latencyMin.toString(),
                                             sc.latencyMax.toString(), catalogText(sc.costLabel),
                                             catalogText(sc.useCase)),
                                    Qt::ToolTipRole);
    }
    keepCurrentTextWhole(m_storageClass);
    form->addRow(tr("Stor&age class:"), m_storageClass);
    connect(m_storageClass, &QComboBox::currentIndexChanged, this,
            [this] { m_document->setStorageClass(m_service, m_storageClass->currentData().toString()); });

    m_nodePool = new QComboBox(general);
    m_nodePool->addItem(tr("Any pool"), QString());
    for (const auto& pool : plan.nodePools)
        m_nodePool->addItem(pool.name, pool.name);
    keepCurrentTextWhole(m_nodePool);
    form->addRow(tr("&Node pool:"), m_nodePool);
    connect(m_nodePool, &QComboBox::currentIndexChanged, this, [this] {
        const PlannedService* svc = m_document->plan().service(m_service);
        if (!svc)
            return;
        PlannedService after = *svc;
        after.nodePool = m_nodePool->currentData().toString();
        m_document->editService(m_service, after,
                                after.nodePool.isEmpty() ? tr("Let %1 run on any node pool").arg(m_service)
                                                         : tr("Pin %1 to node pool %2").arg(m_service, after.nodePool));
    });
    return general;
}

QGroupBox* PropertyEditor::buildVolume()
{
    auto* volume = new QGroupBox(tr("Volume"), m_content);
    auto* volumeForm = newForm(volume);
    m_volume = addQuantityField(
        volumeForm, tr("Size:"), Dimension::Memory,
        tr("The volume as provisioned; empty: planned from the catalog and the growth over the horizon."));
    m_growth = addQuantityField(volumeForm, tr("Growth:"), Dimension::Memory,
                                tr("How much the data grows every period below."));
    m_growthEvery
        = addQuantityField(volumeForm, tr("Every:"), Dimension::Duration, tr("The growth period (default 30d)."));
    for (const auto* f : { &m_volume, &m_growth, &m_growthEvery })
        connect(f->edit, &QLineEdit::editingFinished, this, &PropertyEditor::commitVolume);
    return volume;
}

QGroupBox* PropertyEditor::buildInputs(const ServiceDefinition& def)
{
    auto* inputs = new QGroupBox(tr("Inputs"), m_content);
    auto* inputForm = newForm(inputs);
    for (const auto& in : def.inputs) {
        InputWidgets w;
        w.edit = new QLineEdit(inputs);
        w.edit->setObjectName(QStringLiteral("input_") + in.name);
        w.edit->setClearButtonEnabled(true);
        w.edit->setToolTip(catalogText(in.description));
        w.error = errorLabel(inputs);
        inputForm->addRow(tr("%1:").arg(catalogTitle(in.title, in.name)), withUnit(w.edit, in.dimension, inputs));
        inputForm->addRow(QString(), w.error);
        m_inputs.insert(in.name, w);
        UndoShortcutRouter::trackCommits(w.edit, w.error);
        const QString name = in.name;
        connect(w.edit, &QLineEdit::editingFinished, this, [this, name] {
            const PlannedService* svc = m_document->plan().service(m_service);
            const ServiceDefinition* d = svc ? m_document->catalog().service(svc->request.service) : nullptr;
            if (const InputDefinition* id = d ? d->input(name) : nullptr)
                commitInput(*id);
        });
    }
    return inputs;
}

QGroupBox* PropertyEditor::buildTopology()
{
    m_topology = new QGroupBox(tr("Primary with read replicas"), m_content);
    m_topology->setCheckable(true);
    auto* tf = newForm(m_topology);
    m_readReplicas = new QSpinBox(m_topology);
    m_readReplicas->setRange(0, 15);
    m_readReplicas->setKeyboardTracking(false);
    tf->addRow(tr("Read replicas:"), m_readReplicas);
    m_topologyError = errorLabel(m_topology);
    tf->addRow(QString(), m_topologyError);
    m_rps = addQuantityField(tf, tr("Requests:"), Dimension::Rate, tr("Requests per second, all roles together."));
    m_readShare = addQuantityField(tf, tr("Read share:"), Dimension::Percent,
                                   tr("Share of the requests that are reads and can go to replicas."));
    m_clientConnections = addQuantityField(tf, tr("Client connections:"), Dimension::Count,
                                           tr("Connections the clients open in total, split by load share."));
    m_primaryCpu = addQuantityField(tf, tr("Primary CPU limit:"), Dimension::Cpu,
                                    tr("The primary's own CPU limit over the tier's."));
    m_primaryMemory = addQuantityField(tf, tr("Primary memory limit:"), Dimension::Memory,
                                       tr("The primary's own memory limit over the tier's."));
    m_replicaCpu = addQuantityField(tf, tr("Replica CPU limit:"), Dimension::Cpu,
                                    tr("Each replica's own CPU limit over the tier's."));
    m_replicaMemory = addQuantityField(tf, tr("Replica memory limit:"), Dimension::Memory,
                                       tr("Each replica's own memory limit over the tier's."));
    m_pooler = new QCheckBox(tr("PgBouncer in front of each role"), m_topology);
    tf->addRow(tr("Pooler:"), m_pooler);
    m_poolerMode = new QComboBox(m_topology);
    for (const char* mode : { "session", "transaction", "statement" })
        m_poolerMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    keepCurrentTextWhole(m_poolerMode);
    tf->addRow(tr("Pool mode:"), m_poolerMode);
    connect(m_topology, &QGroupBox::toggled, this, &PropertyEditor::commitTopology);
    connect(m_readReplicas, &QSpinBox::valueChanged, this, &PropertyEditor::commitTopology);
    connect(m_pooler, &QCheckBox::toggled, this, &PropertyEditor::commitTopology);
    connect(m_poolerMode, &QComboBox::currentIndexChanged, this, &PropertyEditor::commitTopology);
    for (const auto* field : { &m_rps, &m_readShare, &m_clientConnections, &m_primaryCpu, &m_primaryMemory,
                               &m_replicaCpu, &m_replicaMemory })
        connect(field->edit, &QLineEdit::editingFinished, this, &PropertyEditor::commitTopology);
    return m_topology;
}

namespace {
void setFieldText(QLineEdit* edit, QLabel* error, const std::optional<Quantity>& q)
{
    if (error->isHidden() && !edit->hasFocus())
        edit->setText(q ? q->toString() : QString());
}
} // namespace

void PropertyEditor::refresh()
{
    if (m_poolCount) {
        refreshPoolForm();
        return;
    }
    if (m_planName) {
        if (!m_service.isEmpty() || !m_pool.isEmpty())
            rebuild();
        else
            refreshPlanForm();
        return;
    }
    const PlannedService* s = m_document->plan().service(m_service);
    if (!s || !m_tier) {
        if (!m_service.isEmpty() || !m_pool.isEmpty())
            rebuild();
        return;
    }
    const ServiceDefinition* def = m_document->catalog().service(s->request.service);
    {
        QSignalBlocker block(m_tier);
        m_tier->setCurrentIndex(m_tier->findData(s->request.size));
        fitToCurrentText(m_tier);
    }
    {
        QSignalBlocker block(m_replicas);
        m_replicas->setValue(s->request.replicas);
        m_replicas->setEnabled(!s->topology);
        m_replicas->setToolTip(s->topology ? tr("The topology sets the pods: one primary and its read replicas.")
                                           : QString());
    }
    {
        QSignalBlocker block(m_storageClass);
        m_storageClass->setCurrentIndex(std::max(0, m_storageClass->findData(s->request.storageClass)));
        fitToCurrentText(m_storageClass);
    }
    {
        QSignalBlocker block(m_nodePool);
        m_nodePool->setCurrentIndex(std::max(0, m_nodePool->findData(s->nodePool)));
        fitToCurrentText(m_nodePool);
    }
    setFieldText(m_volume.edit, m_volume.error, s->volumeSize);
    setFieldText(m_growth.edit, m_growth.error,
                 s->growth ? std::optional<Quantity>(s->growth->amount) : std::optional<Quantity>());
    setFieldText(m_growthEvery.edit, m_growthEvery.error,
                 s->growth ? std::optional<Quantity>(s->growth->every) : std::optional<Quantity>());
    // The engine's values, shown as placeholders where the plan does not set one.
    const ServicePlanSizing* sized = m_document->sizing().service(m_service);
    const ServiceSizing* sizing = sized && !sized->roles.isEmpty() ? &sized->roles.first().sizing : nullptr;
    for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it) {
        QLineEdit* edit = it->edit;
        const auto set = s->request.inputs.constFind(it.key());
        if (it->error->isHidden())
            edit->setText(set != s->request.inputs.cend() ? set->toString() : QString());
        const InputValue* used = sizing ? sizing->input(it.key()) : nullptr;
        edit->setPlaceholderText(used ? tr("%1 (%2)").arg(used->value.toString(), service_report::sourceText(*used))
                                      : QString());
        fitToPlaceholder(edit);
        if (def) {
            if (const InputDefinition* in = def->input(it.key()))
                edit->setToolTip(catalogText(in->description));
        }
    }
    if (m_topology) {
        const PostgresTopology t = s->topology.value_or(PostgresTopology());
        const QSignalBlocker b1(m_topology), b2(m_readReplicas), b3(m_pooler), b4(m_poolerMode);
        m_topology->setChecked(s->topology.has_value());
        m_readReplicas->setValue(t.readReplicas);
        m_pooler->setChecked(t.pooler.enabled);
        m_poolerMode->setCurrentIndex(std::max(0, m_poolerMode->findData(t.pooler.mode)));
        fitToCurrentText(m_poolerMode);
        const auto setField = [](const QuantityField& f, const std::optional<Quantity>& q) {
            if (f.error->isHidden())
                f.edit->setText(q ? q->toString() : QString());
        };
        setField(m_rps, t.requestsPerSecond);
        setField(m_readShare, t.readShare);
        setField(m_clientConnections, t.clientConnections);
        setField(m_primaryCpu, t.primary.resources.cpuLimit);
        setField(m_primaryMemory, t.primary.resources.memoryLimit);
        setField(m_replicaCpu, t.replica.resources.cpuLimit);
        setField(m_replicaMemory, t.replica.resources.memoryLimit);
    }
}

void PropertyEditor::commitInput(const InputDefinition& definition)
{
    const InputWidgets w = m_inputs.value(definition.name);
    if (!w.edit)
        return;
    QuantityField field { w.edit, w.error, definition.dimension };
    const auto parsed = parseField(field);
    if (!parsed)
        return;
    if (const auto& q = *parsed) {
        if ((definition.min && q->raw() < definition.min->raw())
            || (definition.max && q->raw() > definition.max->raw())) {
            showError(w.error,
                      tr("%1 must be between %2 and %3.")
                          .arg(catalogTitle(definition.title, definition.name),
                               definition.min ? definition.min->toString() : QStringLiteral("0"),
                               definition.max ? definition.max->toString() : tr("any")));
            return;
        }
    }
    m_document->setInput(m_service, definition.name, *parsed);
}

void PropertyEditor::commitTopology()
{
    const PlannedService* s = m_document->plan().service(m_service);
    if (!s || !m_topology)
        return;
    if (!m_topology->isChecked()) {
        m_document->setTopology(m_service, std::nullopt);
        return;
    }
    PostgresTopology t = s->topology.value_or(PostgresTopology());
    t.readReplicas = m_readReplicas->value();
    t.pooler.enabled = m_pooler->isChecked();
    t.pooler.mode = m_poolerMode->currentData().toString();
    const auto rps = parseField(m_rps);
    const auto share = parseField(m_readShare);
    const auto clients = parseField(m_clientConnections);
    const auto primaryCpu = parseField(m_primaryCpu);
    const auto primaryMemory = parseField(m_primaryMemory);
    const auto replicaCpu = parseField(m_replicaCpu);
    const auto replicaMemory = parseField(m_replicaMemory);
    if (!rps || !share || !clients || !primaryCpu || !primaryMemory || !replicaCpu || !replicaMemory)
        return;
    t.primary.resources.cpuLimit = *primaryCpu;
    t.primary.resources.memoryLimit = *primaryMemory;
    t.replica.resources.cpuLimit = *replicaCpu;
    t.replica.resources.memoryLimit = *replicaMemory;
    if (*share && (*share)->raw() > 1'000'000) {
        showError(m_readShare.error, tr("The read share is at most 100%."));
        return;
    }
    t.requestsPerSecond = *rps;
    t.readShare = *share;
    t.clientConnections = *clients;
    if (refuseReleaseNames(*s, t))
        return;
    m_document->setTopology(m_service, t);
}

// A topology whose role releases Helm refuses, or another service exports too, would make a
// plan that saves but never loads again: refuse the edit and put the widgets back.
bool PropertyEditor::refuseReleaseNames(const PlannedService& service, const PostgresTopology& topology)
{
    Plan candidate = m_document->plan();
    for (auto& s : candidate.services) {
        if (s.name == service.name)
            s.topology = topology;
    }
    const auto problem = ReleaseNames::problemIn(candidate);
    showError(m_topologyError, problem ? problem->message : QString());
    if (!problem)
        return false;
    const QSignalBlocker b1(m_readReplicas), b2(m_pooler), b3(m_topology);
    const PostgresTopology before = service.topology.value_or(PostgresTopology());
    m_topology->setChecked(service.topology.has_value());
    m_readReplicas->setValue(before.readReplicas);
    m_pooler->setChecked(before.pooler.enabled);
    return true;
}

void PropertyEditor::commitVolume()
{
    const PlannedService* s = m_document->plan().service(m_service);
    if (!s || !m_volume.edit)
        return;
    const auto size = parseField(m_volume);
    const auto amount = parseField(m_growth);
    const auto every = parseField(m_growthEvery);
    if (!size || !amount || !every)
        return;
    if (*every && (*every)->raw() <= 0) {
        showError(m_growthEvery.error, tr("The growth period must be longer than zero."));
        return;
    }
    PlannedService after = *s;
    after.volumeSize = *size;
    if (*amount) {
        StorageGrowth g;
        g.amount = **amount;
        if (*every)
            g.every = **every;
        after.growth = g;
    } else {
        after.growth.reset();
    }
    m_document->editService(m_service, after, tr("Change the volume of %1").arg(m_service));
}

void PropertyEditor::buildPoolForm()
{
    const Plan& plan = m_document->plan();
    auto it = std::find_if(plan.nodePools.begin(), plan.nodePools.end(),
                           [&](const NodePool& p) { return p.name == m_pool; });
    if (it == plan.nodePools.end()) {
        m_pool.clear();
        buildPlanForm();
        return;
    }
    m_title->setText(tr("Node pool %1").arg(it->name));
    auto* form = newForm(m_content);
    m_poolCpu = addQuantityField(form, tr("CP&U per node:"), Dimension::Cpu, tr("Allocatable CPU of one node."));
    m_poolMemory
        = addQuantityField(form, tr("Memo&ry per node:"), Dimension::Memory, tr("Allocatable memory of one node."));
    m_poolAutoscale = new QCheckBox(tr("Au&toscaling"), m_content);
    form->addRow(QString(), m_poolAutoscale);
    m_poolCount = new QSpinBox(m_content);
    m_poolCount->setRange(0, 10000);
    form->addRow(tr("&Nodes:"), m_poolCount);
    m_poolMin = new QSpinBox(m_content);
    m_poolMin->setRange(0, 10000);
    form->addRow(tr("Minimum nodes:"), m_poolMin);
    m_poolMax = new QSpinBox(m_content);
    m_poolMax->setRange(1, 10000);
    form->addRow(tr("M&aximum nodes:"), m_poolMax);
    m_poolMaxPods = new QSpinBox(m_content);
    m_poolMaxPods->setRange(1, 1000);
    form->addRow(tr("Pods per node:"), m_poolMaxPods);
    m_poolPrice = new QDoubleSpinBox(m_content);
    m_poolPrice->setRange(0, 1000);
    m_poolPrice->setDecimals(3);
    m_poolPrice->setSingleStep(0.01);
    m_poolPrice->setSpecialValueText(tr("no price"));
    m_poolPrice->setSuffix(tr(" per hour"));
    form->addRow(tr("Price per node:"), m_poolPrice);
    for (QSpinBox* spin : { m_poolCount, m_poolMin, m_poolMax, m_poolMaxPods }) {
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this, &PropertyEditor::commitPool);
    }
    m_poolPrice->setKeyboardTracking(false);
    connect(m_poolPrice, &QDoubleSpinBox::valueChanged, this, &PropertyEditor::commitPool);
    connect(m_poolAutoscale, &QCheckBox::toggled, this, &PropertyEditor::commitPool);
    for (const auto* f : { &m_poolCpu, &m_poolMemory })
        connect(f->edit, &QLineEdit::editingFinished, this, &PropertyEditor::commitPool);
    refreshPoolForm();
}

void PropertyEditor::refreshPoolForm()
{
    const Plan& plan = m_document->plan();
    auto it = std::find_if(plan.nodePools.begin(), plan.nodePools.end(),
                           [&](const NodePool& p) { return p.name == m_pool; });
    if (it == plan.nodePools.end()) {
        rebuild();
        return;
    }
    const bool autoscaling = it->minCount || it->maxCount;
    const QSignalBlocker b1(m_poolAutoscale), b2(m_poolCount), b3(m_poolMin), b4(m_poolMax), b5(m_poolMaxPods),
        b6(m_poolPrice);
    setFieldText(m_poolCpu.edit, m_poolCpu.error, it->cpu);
    setFieldText(m_poolMemory.edit, m_poolMemory.error, it->memory);
    m_poolAutoscale->setChecked(autoscaling);
    m_poolCount->setValue(it->count);
    m_poolMin->setValue(it->minCount.value_or(it->count));
    m_poolMax->setValue(it->maxCount.value_or(std::max(1, it->count)));
    m_poolCount->setEnabled(!autoscaling);
    m_poolMin->setEnabled(autoscaling);
    m_poolMax->setEnabled(autoscaling);
    m_poolMaxPods->setValue(it->maxPods);
    m_poolPrice->setValue(it->pricePerHour.value_or(0));
}

void PropertyEditor::commitPool()
{
    const Plan& plan = m_document->plan();
    auto it = std::find_if(plan.nodePools.begin(), plan.nodePools.end(),
                           [&](const NodePool& p) { return p.name == m_pool; });
    if (it == plan.nodePools.end() || !m_poolCount)
        return;
    const auto cpu = parseField(m_poolCpu);
    const auto memory = parseField(m_poolMemory);
    if (!cpu || !memory)
        return;
    if (!*cpu || !*memory) {
        showError(!*cpu ? m_poolCpu.error : m_poolMemory.error, tr("A node pool needs its size per node."));
        return;
    }
    NodePool pool = *it;
    pool.cpu = **cpu;
    pool.memory = **memory;
    if (m_poolAutoscale->isChecked()) {
        pool.count = 0;
        pool.minCount = std::min(m_poolMin->value(), m_poolMax->value());
        pool.maxCount = m_poolMax->value();
    } else {
        pool.count = m_poolCount->value();
        pool.minCount.reset();
        pool.maxCount.reset();
    }
    pool.maxPods = m_poolMaxPods->value();
    pool.pricePerHour = m_poolPrice->value() > 0 ? std::optional<double>(m_poolPrice->value()) : std::nullopt;
    m_document->setNodePool(m_pool, pool);
}

void PropertyEditor::buildPlanForm()
{
    const Plan& plan = m_document->plan();
    m_title->setText(tr("Plan %1").arg(plan.name));
    auto* form = newForm(m_content);
    m_planName = new QLineEdit(m_content);
    form->addRow(tr("&Name:"), m_planName);
    UndoShortcutRouter::trackCommits(m_planName, nullptr);
    m_planNotes = new NotesEdit(m_content);
    m_planNotes->setToolTip(tr("Free text: what the plan is for, on as many lines as it takes."));
    form->addRow(tr("No&tes:"), m_planNotes);
    m_defaultClass = new QComboBox(m_content);
    m_defaultClass->addItem(tr("Each service's own"), QString());
    for (const auto& sc : m_document->catalog().storageClasses)
        m_defaultClass->addItem(tr("%1: %2").arg(catalogText(sc.name), sc.describeIops()), sc.id);
    keepCurrentTextWhole(m_defaultClass);
    form->addRow(tr("Defa&ult storage class:"), m_defaultClass);
    m_horizon = addQuantityField(form, tr("Hori&zon:"), Dimension::Duration,
                                 tr("How far ahead storage growth is planned (default 365d)."));
    auto* hint
        = new QLabel(tr("Add services and node pools from the Plan menu or the plan tree's context menu."), m_content);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint);
    connect(m_planName, &QLineEdit::editingFinished, this, &PropertyEditor::commitPlan);
    connect(m_planNotes, &NotesEdit::editingFinished, this, &PropertyEditor::commitPlan);
    connect(m_defaultClass, &QComboBox::currentIndexChanged, this, &PropertyEditor::commitPlan);
    connect(m_horizon.edit, &QLineEdit::editingFinished, this, &PropertyEditor::commitPlan);
    refreshPlanForm();
}

void PropertyEditor::refreshPlanForm()
{
    const Plan& plan = m_document->plan();
    m_title->setText(tr("Plan %1").arg(plan.name));
    const QSignalBlocker b1(m_planName), b2(m_planNotes), b3(m_defaultClass);
    if (!m_planName->hasFocus())
        m_planName->setText(plan.name);
    // Typing not yet committed stays; otherwise the field shows the plan's notes (after an undo too).
    if (!m_planNotes->hasFocus() || !m_planNotes->document()->isModified())
        m_planNotes->setCommittedText(plan.notes);
    m_defaultClass->setCurrentIndex(std::max(0, m_defaultClass->findData(plan.defaultStorageClass)));
    fitToCurrentText(m_defaultClass);
    setFieldText(m_horizon.edit, m_horizon.error, plan.horizon);
}

void PropertyEditor::commitPlan()
{
    if (!m_planName)
        return;
    const auto horizon = parseField(m_horizon);
    if (!horizon)
        return;
    const Quantity h = horizon->value_or(Plan().horizon);
    if (h.raw() <= 0) {
        showError(m_horizon.error, tr("The horizon must be longer than zero."));
        return;
    }
    m_document->setPlanSettings(m_planName->text().trimmed(), m_planNotes->toPlainText().trimmed(),
                                m_defaultClass->currentData().toString(), h);
}

void PropertyEditor::focusInput(const QString& input)
{
    if (QLineEdit* edit = inputEdit(input)) {
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
    } else if (m_topology) {
        m_topology->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace headroom
