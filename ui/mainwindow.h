#pragma once

#include "catalog.h"
#include "plan.h"

#include <QMainWindow>

#include <memory>

class QPlainTextEdit;
class QTableView;

namespace headroom {

class PlanSizer;
class SizingTableModel;

// The main window: the plan's sizing table and the selected service's details.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Catalog catalog, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPlan(const Plan& plan, const QString& source);
    SizingTableModel* sizingModel() const { return m_model; }

private:
    void showDetails(int row);

    Catalog m_catalog;
    SizingTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_details = nullptr;
};

} // namespace headroom
