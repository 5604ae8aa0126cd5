#include "mainwindow.h"

#include "planloader.h"
#include "plansizer.h"
#include "sizingreport.h"
#include "sizingtablemodel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

namespace headroom {

MainWindow::MainWindow(Catalog catalog, QWidget* parent)
    : QMainWindow(parent)
    , m_catalog(std::move(catalog))
    , m_model(new SizingTableModel(this))
{
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details = new QPlainTextEdit(splitter);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);
    resize(1280, 800);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showDetails(current.row()); });
}

MainWindow::~MainWindow() = default;

void MainWindow::showPlan(const Plan& plan, const QString& source)
{
    QList<SizingTableModel::Row> rows;
    auto catalog = PlanLoader::catalogFor(plan, m_catalog, source);
    if (!catalog) {
        statusBar()->showMessage(catalog.error().toString());
        return;
    }
    const PlanSizing sizing = PlanSizer(std::move(catalog.value())).size(plan);
    for (const auto& service : sizing.services) {
        const PlannedService* planned = plan.service(service.name);
        if (!planned)
            continue;
        if (!service.error.isEmpty())
            rows << SizingTableModel::Row { *planned, QString(), planned->request.replicas, std::nullopt, service.error };
        for (const auto& role : service.roles)
            rows << SizingTableModel::Row { *planned, role.role, role.pods, role.sizing, QString() };
    }
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
    setWindowTitle(tr("%1 - Headroom").arg(plan.name.isEmpty() ? source : plan.name));
    statusBar()->showMessage(tr("%n service(s), %1", nullptr, int(plan.services.size()))
                                 .arg(tr("%n finding(s)", nullptr, int(sizing.findings.size()))));
    if (!rows.isEmpty())
        m_table->selectRow(0);
}

void MainWindow::showDetails(int row)
{
    const auto* r = m_model->rowAt(row);
    if (!r) {
        m_details->clear();
        return;
    }
    m_details->setPlainText(r->sizing ? sizing_report::toText(*r->sizing) : r->error);
}

} // namespace headroom
