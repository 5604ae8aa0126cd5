#include "propertyeditor.h"

#include "plandocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScopeGuard>
#include <QSignalBlocker>
#include <QSpinBox>
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
        if (column.dimension)
            numbers << PropertyEditor::tr("%1 %2").arg(cell.text, column.title);
        lines << PropertyEditor::tr("%1: %2").arg(column.title, cell.text);
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
    showNothing();
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
    delete m_content;
    m_content = new QWidget(this);
    static_cast<QVBoxLayout*>(layout())->insertWidget(1, m_content);
    m_tier = nullptr;
    m_replicas = nullptr;
    m_storageClass = nullptr;
    m_inputs.clear();
    m_topology = nullptr;
    m_readReplicas = nullptr;
    m_rps = {};
    m_readShare = {};
    m_clientConnections = {};
    m_pooler = nullptr;
    m_poolerMode = nullptr;
}

PropertyEditor::QuantityField PropertyEditor::addQuantityField(
    QFormLayout* form, const QString& label, Dimension dimension, const QString& tooltip)
{
    QuantityField field;
    field.dimension = dimension;
    field.edit = new QLineEdit(form->parentWidget());
    field.edit->setClearButtonEnabled(true);
    field.edit->setToolTip(tooltip);
    field.error = errorLabel(form->parentWidget());
    form->addRow(label, withUnit(field.edit, dimension, form->parentWidget()));
    form->addRow(QString(), field.error);
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
        auto it = std::find_if(
            plan.nodePools.begin(), plan.nodePools.end(), [&](const NodePool& p) { return p.name == m_pool; });
        if (it == plan.nodePools.end()) {
            m_title->setText(tr("Nothing selected"));
            return;
        }
        m_title->setText(tr("Node pool %1").arg(it->name));
        auto* form = new QFormLayout(m_content);
        form->addRow(tr("CPU per node:"), new QLabel(it->cpu.toDisplayString(), m_content));
        form->addRow(tr("Memory per node:"), new QLabel(it->memory.toDisplayString(), m_content));
        if (it->minCount || it->maxCount)
            form->addRow(tr("Nodes:"),
                new QLabel(tr("%1 to %2 (autoscaling)").arg(it->minCount.value_or(0)).arg(it->maxCount.value_or(0)),
                    m_content));
        else
            form->addRow(tr("Nodes:"), new QLabel(QLocale().toString(it->count), m_content));
        form->addRow(tr("Pods per node:"), new QLabel(QLocale().toString(it->maxPods), m_content));
        if (it->pricePerHour)
            form->addRow(tr("Price per node:"),
                new QLabel(tr("%1 per hour").arg(QLocale().toString(*it->pricePerHour, 'f', 3)), m_content));
        return;
    }

    const PlannedService* s = plan.service(m_service);
    const ServiceDefinition* def = s ? catalog.service(s->request.service) : nullptr;
    if (!s || !def) {
        m_service.clear();
        m_title->setText(tr("Select a service or a node pool in the plan."));
        return;
    }
    m_title->setText(tr("%1 (%2)").arg(s->name, def->name));
    auto* outer = new QVBoxLayout(m_content);
    outer->setContentsMargins(0, 0, 0, 0);

    auto* general = new QGroupBox(tr("Resources"), m_content);
    auto* form = new QFormLayout(general);
    m_tier = new QComboBox(general);
    m_tier->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tier->setMinimumContentsLength(16);
    if (s->request.size.isEmpty())
        m_tier->addItem(tr("custom (explicit limits)"), QString());
    for (const auto& size : catalog.workloadSizes) {
        if (const MatrixRow* row = def->row(size.id)) {
            const auto [text, tip] = describeRow(*def, *row, size.id);
            m_tier->addItem(text, size.id);
            m_tier->setItemData(m_tier->count() - 1, tip, Qt::ToolTipRole);
        }
    }
    m_tier->view()->setMinimumWidth(m_tier->view()->sizeHintForColumn(0) + 24);
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
    connect(
        m_replicas, &QSpinBox::valueChanged, this, [this](int value) { m_document->setReplicas(m_service, value); });

    m_storageClass = new QComboBox(general);
    m_storageClass->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_storageClass->setMinimumContentsLength(16);
    // What an unset class means: the plan's default, else the service's own.
    m_storageClass->addItem(plan.defaultStorageClass.isEmpty() ? tr("Service default (%1)").arg(def->storageClass)
                                                               : tr("Plan default (%1)").arg(plan.defaultStorageClass),
        QString());
    for (const auto& sc : catalog.storageClasses) {
        m_storageClass->addItem(
            tr("%1: %2, %3").arg(sc.name, sc.describeIops(), sc.throughput.toDisplayString()), sc.id);
        m_storageClass->setItemData(m_storageClass->count() - 1,
            tr("%1 (%2)\nIOPS: %3\nThroughput: %4\nLatency: %5 to %6\nCost: %7\nFor: %8")
                .arg(sc.name, sc.id, sc.describeIops(), sc.throughput.toDisplayString(), sc.latencyMin.toString(),
                    sc.latencyMax.toString(), sc.costLabel, sc.useCase),
            Qt::ToolTipRole);
    }
    m_storageClass->view()->setMinimumWidth(m_storageClass->view()->sizeHintForColumn(0) + 24);
    form->addRow(tr("&Storage class:"), m_storageClass);
    connect(m_storageClass, &QComboBox::currentIndexChanged, this,
        [this] { m_document->setStorageClass(m_service, m_storageClass->currentData().toString()); });
    outer->addWidget(general);

    auto* inputs = new QGroupBox(tr("Inputs"), m_content);
    auto* inputForm = new QFormLayout(inputs);
    for (const auto& in : def->inputs) {
        InputWidgets w;
        w.edit = new QLineEdit(inputs);
        w.edit->setObjectName(QStringLiteral("input_") + in.name);
        w.edit->setClearButtonEnabled(true);
        w.edit->setToolTip(in.description);
        w.error = errorLabel(inputs);
        inputForm->addRow(
            tr("%1:").arg(in.title.isEmpty() ? in.name : in.title), withUnit(w.edit, in.dimension, inputs));
        inputForm->addRow(QString(), w.error);
        m_inputs.insert(in.name, w);
        const QString name = in.name;
        connect(w.edit, &QLineEdit::editingFinished, this, [this, name] {
            const PlannedService* svc = m_document->plan().service(m_service);
            const ServiceDefinition* d = svc ? m_document->catalog().service(svc->request.service) : nullptr;
            if (const InputDefinition* id = d ? d->input(name) : nullptr)
                commitInput(*id);
        });
    }
    outer->addWidget(inputs);

    if (def->id == QLatin1String("postgresql")) {
        m_topology = new QGroupBox(tr("Primary with read replicas"), m_content);
        m_topology->setCheckable(true);
        auto* tf = new QFormLayout(m_topology);
        m_readReplicas = new QSpinBox(m_topology);
        m_readReplicas->setRange(0, 15);
        m_readReplicas->setKeyboardTracking(false);
        tf->addRow(tr("Read replicas:"), m_readReplicas);
        m_rps = addQuantityField(tf, tr("Requests:"), Dimension::Rate, tr("Requests per second, all roles together."));
        m_readShare = addQuantityField(tf, tr("Read share:"), Dimension::Percent,
            tr("Share of the requests that are reads and can go to replicas."));
        m_clientConnections = addQuantityField(tf, tr("Client connections:"), Dimension::Count,
            tr("Connections the clients open in total, split by load share."));
        m_pooler = new QCheckBox(tr("PgBouncer in front of each role"), m_topology);
        tf->addRow(tr("Pooler:"), m_pooler);
        m_poolerMode = new QComboBox(m_topology);
        for (const char* mode : { "session", "transaction", "statement" })
            m_poolerMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
        tf->addRow(tr("Pool mode:"), m_poolerMode);
        outer->addWidget(m_topology);
        connect(m_topology, &QGroupBox::toggled, this, &PropertyEditor::commitTopology);
        connect(m_readReplicas, &QSpinBox::valueChanged, this, &PropertyEditor::commitTopology);
        connect(m_pooler, &QCheckBox::toggled, this, &PropertyEditor::commitTopology);
        connect(m_poolerMode, &QComboBox::currentIndexChanged, this, &PropertyEditor::commitTopology);
        for (const auto* field : { &m_rps, &m_readShare, &m_clientConnections })
            connect(field->edit, &QLineEdit::editingFinished, this, &PropertyEditor::commitTopology);
    }
    refresh();
}

void PropertyEditor::refresh()
{
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
    }
    {
        QSignalBlocker block(m_replicas);
        m_replicas->setValue(s->request.replicas);
        m_replicas->setEnabled(!s->topology);
        m_replicas->setToolTip(
            s->topology ? tr("The topology sets the pods: one primary and its read replicas.") : QString());
    }
    {
        QSignalBlocker block(m_storageClass);
        m_storageClass->setCurrentIndex(std::max(0, m_storageClass->findData(s->request.storageClass)));
    }
    // The engine's values, shown as placeholders where the plan does not set one.
    const ServicePlanSizing* sized = m_document->sizing().service(m_service);
    const ServiceSizing* sizing = sized && !sized->roles.isEmpty() ? &sized->roles.first().sizing : nullptr;
    for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it) {
        QLineEdit* edit = it->edit;
        const auto set = s->request.inputs.constFind(it.key());
        if (it->error->isHidden())
            edit->setText(set != s->request.inputs.cend() ? set->toString() : QString());
        const InputValue* used = sizing ? sizing->input(it.key()) : nullptr;
        edit->setPlaceholderText(used ? tr("%1 (%2)").arg(used->value.toString(), used->source) : QString());
        if (def) {
            if (const InputDefinition* in = def->input(it.key()))
                edit->setToolTip(in->description);
        }
    }
    if (m_topology) {
        const PostgresTopology t = s->topology.value_or(PostgresTopology());
        const QSignalBlocker b1(m_topology), b2(m_readReplicas), b3(m_pooler), b4(m_poolerMode);
        m_topology->setChecked(s->topology.has_value());
        m_readReplicas->setValue(t.readReplicas);
        m_pooler->setChecked(t.pooler.enabled);
        m_poolerMode->setCurrentIndex(std::max(0, m_poolerMode->findData(t.pooler.mode)));
        const auto setField = [](const QuantityField& f, const std::optional<Quantity>& q) {
            if (f.error->isHidden())
                f.edit->setText(q ? q->toString() : QString());
        };
        setField(m_rps, t.requestsPerSecond);
        setField(m_readShare, t.readShare);
        setField(m_clientConnections, t.clientConnections);
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
                    .arg(definition.title.isEmpty() ? definition.name : definition.title,
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
    if (!rps || !share || !clients)
        return;
    if (*share && (*share)->raw() > 1'000'000) {
        showError(m_readShare.error, tr("The read share is at most 100%."));
        return;
    }
    t.requestsPerSecond = *rps;
    t.readShare = *share;
    t.clientConnections = *clients;
    m_document->setTopology(m_service, t);
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
