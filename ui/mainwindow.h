// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/catalog.h"
#include "model/plan.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeView;

namespace headroom {

class ClusterView;
class ExportsView;
class FindingsModel;
class FindingsPanel;
struct PlanFinding;
class PlanDocument;
class PlanTreeModel;
class PropertyEditor;
class RecoveryStore;
class SidePaneCollapser;
class SizingTableModel;
class WelcomePage;
class WhatIfView;

// The main window: the plan tree, the property editor of the selected item, the sizing
// table, what-if curves, the cluster fit and the exports, with the findings below.
// It shows a PlanDocument and sends every edit through its undo stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class View { Sizing, WhatIf, Cluster, Exports };

    MainWindow(Catalog catalog, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The built-in catalog, when the window was made before it was read: the document starts
    // over with a new plan on it.
    void setCatalog(Catalog catalog);

    // Shows a plan already loaded (`source` may be a resource path or empty: untitled).
    void showPlan(const Plan& plan, const QString& source);
    // Opens a plan file; on failure the open document stays and every problem of the file is shown.
    bool openFile(const QString& path);
    // At start-up: opens `path`, else the plan that was open when Headroom last closed, else
    // shows the welcome page. Recovery is offered after this, over whichever it shows.
    void startUp(const QString& path);
    // The built-in sample, untitled (saving it asks for a file name) and titled as a sample.
    void openSample();
    // File › Close: asks to save, then shows the welcome page over an empty plan.
    void closePlan();
    // File › Revert: reloads the plan's file, dropping the unsaved changes (asked first when
    // `ask`). Returns whether it reverted.
    bool revert(bool ask = true);
    // Where Save As starts: the plan's own file, else a name made from the plan's name in the
    // folder plans were last opened from.
    QString suggestedSavePath() const;
    // File › Export Report: the printable report (PDF or HTML by suffix), as `headroom report` writes it.
    bool exportReport(const QString& path);
    WelcomePage* welcomePage() const { return m_welcome; }
    // The welcome page over whatever plan is open (File › Close, a start with no plan, screenshots).
    void showWelcome();
    // Selects the findings panel's first finding, as a click would (screenshots).
    void selectFirstFinding();
    bool isShowingWelcome() const;
    QMenu* recentMenu() const { return m_recentMenu; }
    // Help › Handbook's file: the docs the package installs, else the source tree's (run from the build).
    static QString handbookPath();
    // Offers every recovery file left by a Headroom that did not end cleanly (RecoveryOffer),
    // whichever plan is open; `ask` false restores the first sound one without asking (tests).
    // Returns whether a plan was restored.
    bool offerRecovery(bool ask = true);
    void setView(View view);
    static std::optional<View> viewFromName(const QString& name);
    // When false, failures are printed rather than shown in dialogs (screenshots, tests).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    void showError(const QString& title, const QString& text);
    // The window's size and splitter positions from the last session.
    void restoreSettings();

    PlanDocument* document() const { return m_document; }
    RecoveryStore* recoveryStore() const { return m_recovery; }
    SizingTableModel* sizingModel() const { return m_model; }
    QSortFilterProxyModel* sizingProxy() const { return m_proxy; }
    QTableView* sizingTable() const { return m_table; }
    QPlainTextEdit* detailsView() const { return m_details; }
    PlanTreeModel* treeModel() const { return m_treeModel; }
    QTreeView* planTree() const { return m_tree; }
    PropertyEditor* propertyEditor() const { return m_editor; }
    FindingsModel* findingsModel() const { return m_findingsModel; }
    QTreeView* findingsView() const { return m_findings; }
    QPushButton* fixButton() const { return m_fix; }
    FindingsPanel* findingsPanel() const { return m_findingsPanel; }
    // The What-if, Cluster and Exports views are made when first shown (or asked for here):
    // a window that starts on the Sizing tab does not build charts nobody looks at yet.
    WhatIfView* whatIfView();
    ClusterView* clusterView();
    ExportsView* exportsView();

    // Selects a service everywhere (tree, table, editor, what-if).
    void selectService(const QString& name);
    // Selects a node pool in the tree and shows it in the property editor.
    void selectNodePool(const QString& name);
    // Building a plan: the Plan menu and the tree's context menu ask with a dialog, then
    // call these (one undo step each); tests call them directly.
    bool addService(const PlannedService& service);
    bool addNodePool(const NodePool& pool);
    void removeSelected();
    QMenu* planMenu() const { return m_planMenu; }
    QAction* exportAction() const { return m_exportAction; }
    QString selectedService() const { return m_selected; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // Widens the plan tree, from the middle pane, to what its names and summaries need.
    void fitTreeToContents();
    // Takes the activation back from a menu of the window that was activated after it closed.
    void reclaimActivation();
    void createActions();
    void loadMenuIcons(); // once, when a menu first opens
    struct PendingIcon
    {
        QPointer<QAction> action;
        QString name; // in the icon theme
        int fallback = -1; // a QStyle::StandardPixmap, or none
    };
    QList<PendingIcon> m_pendingIcons;
    void updateViews(const QString& changedService);
    void updateTitle();
    void updateRecentMenu();
    void addRecentFile(const QString& path);
    void showDetails();
    void selectFinding(const PlanFinding& finding);
    bool maybeSave();
    bool save();
    bool saveAs();
    void newPlan();
    void open();
    void askAddService();
    void askAddNodePool();
    void showExportDialog();
    void importFromPrometheus();
    void askExportReport();
    void askCompare();
    void showHandbook();
    void showAbout();
    void showOpenProblems(const QString& path, const QList<Error>& problems);
    void treeContextMenu(const QPoint& pos);

    PlanDocument* m_document = nullptr;
    RecoveryStore* m_recovery = nullptr;
    bool m_interactive = true;
    bool m_selecting = false;
    bool m_exportsStale = true;
    bool m_clusterStale = true;
    QString m_selected;

    PlanTreeModel* m_treeModel = nullptr;
    QTreeView* m_tree = nullptr;
    PropertyEditor* m_editor = nullptr;
    SizingTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_details = nullptr;
    bool m_detailsFontSet = false;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_whatIfPage = nullptr; // the tabs' pages, which hold the views once made
    QWidget* m_clusterPage = nullptr;
    QWidget* m_exportsPage = nullptr;
    WhatIfView* m_whatIf = nullptr;
    ClusterView* m_cluster = nullptr;
    ExportsView* m_exports = nullptr;
    FindingsPanel* m_findingsPanel = nullptr;
    FindingsModel* m_findingsModel = nullptr;
    QTreeView* m_findings = nullptr;
    QPushButton* m_fix = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_planMenu = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_removeAction = nullptr;
    QSplitter* m_outer = nullptr;
    SidePaneCollapser* m_editorCollapser = nullptr; // hides the property editor for the Exports tab
    // The middle pane's and the property editor's minimum widths when the tree was last fitted.
    QSize m_paneMinimums;
    QStackedWidget* m_stack = nullptr; // the welcome page, or the plan's views
    WelcomePage* m_welcome = nullptr;
    QAction* m_revertAction = nullptr;
    bool m_sample = false; // the built-in sample is open, untitled
};

} // namespace headroom
