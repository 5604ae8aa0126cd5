// SPDX-License-Identifier: Apache-2.0
#include "ui/mainwindow.h"

#include "io/planloader.h"
#include "report/servicereport.h"
#include "ui/clusterview.h"
#include "ui/comparedialog.h"
#include "ui/exportdialog.h"
#include "ui/exportsview.h"
#include "ui/findingsmodel.h"
#include "ui/findingspanel.h"
#include "ui/formscrollarea.h"
#include "ui/importdialog.h"
#include "ui/panecycler.h"
#include "ui/plandialogs.h"
#include "ui/plandocument.h"
#include "ui/plantreemodel.h"
#include "ui/preferencesdialog.h"
#include "ui/promimportdialog.h"
#include "ui/propertyeditor.h"
#include "ui/recoveryoffer.h"
#include "ui/recoverystore.h"
#include "ui/reportdocument.h"
#include "ui/reportfont.h"
#include "ui/settingskeys.h"
#include "ui/sidepanecollapser.h"
#include "ui/sizingtablemodel.h"
#include "ui/standardshortcut.h"
#include "ui/tablecopy.h"
#include "ui/welcomepage.h"
#include "ui/whatifview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>

namespace headroom {

namespace {
bool isPlanFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("yaml") || suffix == QLatin1String("yml");
}
} // namespace

MainWindow::MainWindow(Catalog catalog, QWidget* parent)
    : QMainWindow(parent)
    , m_document(new PlanDocument(std::move(catalog), this))
    , m_model(new SizingTableModel(this))
{
    m_recovery = new RecoveryStore(m_document, this);
    connect(m_recovery, &RecoveryStore::writeFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message); });

    // Left: the plan tree. Middle: tabs above the findings. Right: the property editor.
    m_outer = new QSplitter(Qt::Horizontal, this);
    m_treeModel = new PlanTreeModel(this);
    m_tree = new QTreeView(m_outer);
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(false);
    m_tree->setUniformRowHeights(true);
    // Sized and expanded when the plan's shape changes, not on every edit: measuring every
    // row's text on each change costs more than a frame on a plan of a few hundred services.
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        m_tree->resizeColumnToContents(PlanTreeModel::NameColumn); // the summary takes the rest
        if (isVisible())
            fitTreeToContents();
    });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::treeContextMenu);

    auto* middle = new QSplitter(Qt::Vertical, m_outer);
    m_tabs = new QTabWidget(middle);
    auto* sizing = new QSplitter(Qt::Vertical, m_tabs);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SizingTableModel::SortRole);
    m_table = new QTableView(sizing);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the plan's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false); // a name too wide scrolls sideways, never breaks at its "/"
    m_details = new QPlainTextEdit(sizing);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    sizing->setStretchFactor(0, 3);
    sizing->setStretchFactor(1, 2);
    m_tabs->addTab(sizing, tr("&Sizing"));
    const auto page = [this](const QString& title) {
        auto* widget = new QWidget(m_tabs);
        auto* layout = new QVBoxLayout(widget);
        layout->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(widget, title);
        return widget;
    };
    m_whatIfPage = page(tr("&What-if"));
    m_clusterPage = page(tr("&Cluster"));
    m_exportsPage = page(tr("E&xports"));

    m_findingsPanel = new FindingsPanel(m_document, middle);
    m_findingsModel = m_findingsPanel->model();
    m_findings = m_findingsPanel->view();
    m_fix = m_findingsPanel->fixButton();
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 1);

    auto* scroll = new FormScrollArea(m_outer);
    m_editor = new PropertyEditor(m_document, scroll);
    scroll->setWidget(m_editor);
    m_outer->setStretchFactor(0, 1);
    m_outer->setStretchFactor(1, 4);
    m_outer->setStretchFactor(2, 1);
    m_outer->setSizes({ 270, 730, 500 });
    for (int i = 0; i < m_outer->count(); ++i)
        m_outer->setCollapsible(i, false);
    m_outer->installEventFilter(this);
    // The Exports tab's preview needs 60 characters of a file: at 1024×700 the property
    // editor, which edits the plan and not its exports, makes room while that tab is shown.
    m_editorCollapser = new SidePaneCollapser(m_outer, scroll, m_tabs, m_exportsPage,
                                              [this] { return m_exports ? m_exports->readableWidth() : 0; });
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    m_stack->addWidget(m_outer);
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::open);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newPlan);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSample);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openFile);
    new PaneCycler(this, { m_tree, m_tabs, m_findingsPanel, scroll });
    TableCopy::install(m_tree);
    TableCopy::install(m_table);
    TableCopy::install(m_findings);
    setAcceptDrops(true);
    resize(1500, 900);

    createActions();
    for (QAction* menu : menuBar()->actions()) {
        if (menu->menu())
            connect(menu->menu(), &QMenu::aboutToShow, this, &MainWindow::loadMenuIcons);
    }

    connect(m_document, &PlanDocument::planReplaced, this, [this] {
        // Any plan shown (opened, new, restored from recovery) replaces the welcome page.
        m_stack->setCurrentWidget(m_outer);
        m_sample = false;
        m_revertAction->setEnabled(!m_document->filePath().isEmpty());
        const QString keep = m_selected;
        m_selected.clear();
        updateViews(QString());
        const QString first = m_document->plan().service(keep) ? keep
            : m_document->plan().services.isEmpty()            ? QString()
                                                               : m_document->plan().services.first().name;
        selectService(first);
        updateTitle();
    });
    connect(m_document, &PlanDocument::planChanged, this, &MainWindow::updateViews);
    connect(m_document, &PlanDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PlanDocument::filePathChanged, this, [this](const QString& path) {
        m_revertAction->setEnabled(!path.isEmpty());
        updateTitle();
    });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        const QUndoStack* stack = m_document->undoStack();
        if (stack->index() > 0)
            statusBar()->showMessage(stack->text(stack->index() - 1), 4000);
    });

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        if (m_selecting)
            return;
        const QString kind = index.data(PlanTreeModel::KindRole).toString();
        const QString name = index.siblingAtColumn(0).data(PlanTreeModel::NameRole).toString();
        if (kind == QLatin1String("service")) {
            selectService(name);
        } else if (kind == QLatin1String("pool")) {
            m_selected.clear();
            m_editor->showNodePool(name);
            if (m_whatIf)
                m_whatIf->setService(QString());
        } else {
            // A group: the plan's own settings.
            m_selected.clear();
            m_editor->showNothing();
            if (m_whatIf)
                m_whatIf->setService(QString());
        }
        m_removeAction->setEnabled(kind == QLatin1String("service") || kind == QLatin1String("pool"));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                showDetails();
                if (!m_selecting && current.isValid())
                    selectService(current.data(SizingTableModel::ServiceNameRole).toString());
            });
    connect(m_findingsPanel, &FindingsPanel::findingChosen, this, &MainWindow::selectFinding);
    connect(qApp, &QGuiApplication::focusWindowChanged, this, &MainWindow::reclaimActivation);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_whatIfPage)
            whatIfView();
        if (m_tabs->currentWidget() == m_exportsPage)
            exportsView();
        if (m_tabs->currentIndex() == 0)
            showDetails();
        if (m_tabs->currentWidget() == m_clusterPage)
            clusterView();
    });

    // A window made before the built-in catalog has been read (app/main.cpp) is painted as
    // an empty frame: what it would show of its placeholder plan is replaced by setCatalog()
    // (planReplaced) right after that first frame.
    if (!m_document->baseCatalog().services.isEmpty()) {
        updateViews(QString());
        m_editor->showNothing();
    }
    updateTitle();
}

WhatIfView* MainWindow::whatIfView()
{
    if (!m_whatIf) {
        m_whatIf = new WhatIfView(m_document, m_whatIfPage);
        m_whatIfPage->layout()->addWidget(m_whatIf);
        m_whatIf->setService(m_selected);
    }
    return m_whatIf;
}

void MainWindow::setCatalog(Catalog catalog)
{
    m_document->setBaseCatalog(std::move(catalog));
}

ClusterView* MainWindow::clusterView()
{
    if (!m_cluster) {
        m_cluster = new ClusterView(m_document, m_clusterPage);
        connect(m_cluster, &ClusterView::serviceActivated, this, &MainWindow::selectService);
        m_clusterPage->layout()->addWidget(m_cluster);
        m_clusterStale = true; // filled below, once
    }
    // Shown or asked for: up to date either way.
    if (m_clusterStale) {
        m_clusterStale = false;
        m_cluster->refresh();
    }
    return m_cluster;
}

ExportsView* MainWindow::exportsView()
{
    if (!m_exports) {
        m_exports = new ExportsView(m_document, m_exportsPage);
        m_exportsPage->layout()->addWidget(m_exports);
        m_exportsStale = true; // filled below, once
    }
    // Shown or asked for: up to date either way.
    if (m_exportsStale) {
        m_exportsStale = false;
        m_exports->refresh();
    }
    return m_exports;
}

void MainWindow::reclaimActivation()
{
    // A menu closed before the window system's activation of it arrived (Escape pressed at
    // once) becomes the active window after it has gone, and the window's shortcuts
    // (Alt+1…4) and keyboard focus would go nowhere until a click.
    QWidget* active = QApplication::activeWindow();
    if (active && active != this && !active->isVisible() && isVisible() && active->parentWidget()
        && active->parentWidget()->window() == this)
        activateWindow();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(settings_keys::windowGeometry()).toByteArray());
    m_outer->restoreState(settings.value(settings_keys::windowState()).toByteArray());
}

MainWindow::~MainWindow()
{
    // The recovery store reads the document when it is destroyed (a clean close).
    delete m_recovery;
    m_recovery = nullptr;
    // The document and its undo stack are children destroyed after this body, by QWidget,
    // and may still signal then (a stack being cleared); this is no MainWindow any more.
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
}

void MainWindow::loadMenuIcons()
{
    // The desktop theme's icons (any size, so high-DPI screens get sharp ones), else the style's.
    for (const auto& pending : std::as_const(m_pendingIcons)) {
        if (!pending.action)
            continue;
        const QIcon fallback = pending.fallback >= 0
            ? style()->standardIcon(static_cast<QStyle::StandardPixmap>(pending.fallback))
            : QIcon();
        pending.action->setIcon(QIcon::fromTheme(pending.name, fallback));
    }
    m_pendingIcons.clear();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // Icons are looked up when a menu first opens (loadMenuIcons): no menu is open in the
    // first frame, and the lookups were a tenth of building the window.
    const auto icon = [this](QAction* action, const char* name, int fallback = -1) {
        m_pendingIcons.append({ action, QString::fromLatin1(name), fallback });
    };
    QAction* newAction = file->addAction(tr("&New"), this, &MainWindow::newPlan);
    icon(newAction, "document-new", QStyle::SP_FileIcon);
    StandardShortcut::set(newAction, QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open…"), this, &MainWindow::open);
    icon(openAction, "document-open", QStyle::SP_DialogOpenButton);
    StandardShortcut::set(openAction, QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addAction(tr("Open the Sa&mple Plan"), this, [this] {
        if (maybeSave())
            openSample();
    });
    file->addSeparator();
    QAction* saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    icon(saveAction, "document-save", QStyle::SP_DialogSaveButton);
    StandardShortcut::set(saveAction, QKeySequence::Save);
    QAction* saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    icon(saveAsAction, "document-save-as");
    StandardShortcut::set(saveAsAction, QKeySequence::SaveAs);
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::showExportDialog);
    icon(m_exportAction, "document-export");
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportAction->setStatusTip(
        tr("Helm values, postgresql.conf, pgbouncer.ini and my.cnf, as headroom export writes them."));
    QAction* reportAction = file->addAction(tr("Export Re&port…"), this, &MainWindow::askExportReport);
    reportAction->setStatusTip(tr("The plan's sizing, findings, cluster fit, storage and what-if charts as a PDF or "
                                  "HTML document, as headroom report writes it."));
    QAction* compareAction = file->addAction(tr("Compare &with…"), this, &MainWindow::askCompare);
    compareAction->setStatusTip(tr("The differences between this plan and another plan file, as headroom diff "
                                   "shows them."));
    QAction* importAction = file->addAction(tr("&Import from PostgreSQL…"), this, [this] {
        ImportDialog dialog(m_document->plan(), m_document->catalog(), this);
        if (dialog.exec() == QDialog::Accepted && dialog.resultPlan())
            m_document->undoStack()->push(new ReplacePlanCommand(m_document, m_document->plan(), *dialog.resultPlan(),
                                                                 tr("Import from PostgreSQL")));
    });
    importAction->setObjectName(QStringLiteral("importPostgresAction"));
    importAction->setStatusTip(tr("Measure a running primary and its replicas into a new plan or a service's inputs."));
    QAction* promAction = file->addAction(tr("Import from Prome&theus…"), this, &MainWindow::importFromPrometheus);
    promAction->setObjectName(QStringLiteral("importPrometheusAction"));
    promAction->setStatusTip(tr("Measure what every release used over a window from Prometheus, Thanos or Mimir into "
                                "a new plan or the open plan's services."));
    file->addSeparator();
    m_revertAction = file->addAction(tr("Re&vert"), this, [this] { revert(); });
    icon(m_revertAction, "document-revert");
    m_revertAction->setStatusTip(tr("Reload the plan's file, dropping the changes made since it was saved."));
    m_revertAction->setEnabled(false);
    QAction* closeAction = file->addAction(tr("&Close"), this, &MainWindow::closePlan);
    icon(closeAction, "document-close");
    StandardShortcut::set(closeAction, QKeySequence::Close);
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    icon(quit, "application-exit");
    StandardShortcut::set(quit, QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    StandardShortcut::set(undo, QKeySequence::Undo);
    icon(undo, "edit-undo", QStyle::SP_ArrowBack);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    StandardShortcut::set(redo, QKeySequence::Redo); // Ctrl+Shift+Z and Ctrl+Y where the platform has both
    icon(redo, "edit-redo", QStyle::SP_ArrowForward);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* copy = edit->addAction(tr("&Copy"), this, [this] { TableCopy::copyFrom(focusWidget()); });
    icon(copy, "edit-copy");
    // Shown in the menu only: the focused view or field answers Ctrl+C itself.
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && dialog.save())
            statusBar()->showMessage(tr("The new language applies the next time Headroom starts."));
    });
    StandardShortcut::set(preferences, QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    m_planMenu = menuBar()->addMenu(tr("&Plan"));
    QAction* addService = m_planMenu->addAction(tr("Add &Service…"), this, &MainWindow::askAddService);
    icon(addService, "list-add");
    addService->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_planMenu->addAction(tr("Add &Node Pool…"), this, &MainWindow::askAddNodePool);
    m_removeAction = m_planMenu->addAction(tr("&Remove Selected"), this, &MainWindow::removeSelected);
    icon(m_removeAction, "list-remove", QStyle::SP_TrashIcon);
    StandardShortcut::set(m_removeAction, QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(m_removeAction);
    m_removeAction->setEnabled(false);
    m_planMenu->addSeparator();
    m_planMenu->addAction(tr("Plan Se&ttings"), this, [this] {
        selectService(QString());
        m_tree->setCurrentIndex(QModelIndex());
    });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QList<QPair<QString, View>> views { { tr("&Sizing"), View::Sizing },
                                              { tr("&What-if"), View::WhatIf },
                                              { tr("&Cluster"), View::Cluster },
                                              { tr("E&xports"), View::Exports } };
    int n = 1;
    for (const auto& [title, v] : views) {
        QAction* a = view->addAction(title, this, [this, v = v] { setView(v); });
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + n++)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* handbook = help->addAction(tr("&Handbook"), this, &MainWindow::showHandbook);
    icon(handbook, "help-contents");
    StandardShortcut::set(handbook, QKeySequence::HelpContents);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Headroom"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

std::optional<MainWindow::View> MainWindow::viewFromName(const QString& name)
{
    if (name == QLatin1String("sizing"))
        return View::Sizing;
    if (name == QLatin1String("whatif"))
        return View::WhatIf;
    if (name == QLatin1String("cluster"))
        return View::Cluster;
    if (name == QLatin1String("exports"))
        return View::Exports;
    return std::nullopt;
}

void MainWindow::setView(View view)
{
    switch (view) {
    case View::Sizing:
        m_tabs->setCurrentIndex(0);
        break;
    case View::WhatIf:
        m_tabs->setCurrentWidget(m_whatIfPage);
        break;
    case View::Cluster:
        m_tabs->setCurrentWidget(m_clusterPage);
        break;
    case View::Exports:
        m_tabs->setCurrentWidget(m_exportsPage);
        break;
    }
}

void MainWindow::showPlan(const Plan& plan, const QString& source)
{
    const QString path = source.startsWith(QLatin1Char(':')) ? QString() : source;
    if (auto error = m_document->setPlan(plan, path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath()))
        showError(tr("Cannot show the plan"), error->toString());
}

bool MainWindow::openFile(const QString& path)
{
    QList<Error> problems;
    if (m_document->open(path, &problems)) {
        showOpenProblems(path, problems);
        return false;
    }
    addRecentFile(m_document->filePath());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_document->filePath())), 4000);
    return true;
}

void MainWindow::showOpenProblems(const QString& path, const QList<Error>& problems)
{
    const QString title = tr("Cannot open the plan");
    const QString summary
        = tr("%1 cannot be opened: %n problem(s).", nullptr, int(problems.size())).arg(QDir::toNativeSeparators(path));
    statusBar()->showMessage(summary);
    if (!m_interactive) {
        QTextStream err(stderr);
        err << title << ": " << summary << Qt::endl;
        for (const Error& problem : problems)
            err << problem.toString() << Qt::endl;
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("openProblemsDialog"));
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* label = new QLabel(summary, &dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto* list = new QListWidget(&dialog);
    list->setWordWrap(true);
    for (const Error& problem : problems)
        list->addItem(problem.toString());
    layout->addWidget(list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(720, 360);
    dialog.exec();
}

void MainWindow::startUp(const QString& path)
{
    if (!path.isEmpty()) {
        if (!openFile(path))
            showWelcome();
        return;
    }
    const QString last = QSettings().value(settings_keys::lastPlan()).toString();
    if (last.isEmpty() || !QFileInfo::exists(last) || !openFile(last))
        showWelcome();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    fitTreeToContents();
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    // Once the splitter has shared the new width out in proportion.
    QTimer::singleShot(0, this, &MainWindow::fitTreeToContents);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // A pane's minimum grew (a view made when its tab is first shown, another form in the
    // property editor): the splitter takes what it needs from the tree, so the tree is fitted
    // again once the splitter has done so.
    if (watched == m_outer && event->type() == QEvent::LayoutRequest && isVisible()) {
        const QSize minimums(m_outer->widget(1)->minimumSizeHint().width(),
                             m_outer->widget(2)->minimumSizeHint().width());
        if (minimums != m_paneMinimums) {
            m_paneMinimums = minimums;
            QTimer::singleShot(0, this, &MainWindow::fitTreeToContents);
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitTreeToContents()
{
    // On a small screen the panes shrink in proportion, which cut the tree's summaries off;
    // the middle pane, the widest, can spare what they need down to its own minimum.
    // The widest of the first few hundred summaries: they share a few short forms, and a
    // plan of many thousands must not measure them all.
    int summary = m_tree->header()->sectionSizeHint(PlanTreeModel::SummaryColumn);
    int measured = 0;
    for (int g = 0; g < m_treeModel->rowCount() && measured < 500; ++g) {
        const QModelIndex group = m_treeModel->index(g, 0);
        for (int r = 0; r < m_treeModel->rowCount(group) && measured < 500; ++r, ++measured)
            summary = std::max(
                summary, m_tree->sizeHintForIndex(m_treeModel->index(r, PlanTreeModel::SummaryColumn, group)).width());
    }
    QList<int> sizes = m_outer->sizes();
    const int needed = m_tree->header()->sectionSize(PlanTreeModel::NameColumn) + summary + 2 * m_tree->frameWidth()
        + m_tree->verticalScrollBar()->sizeHint().width();
    if (sizes.size() < 3 || needed <= sizes.value(0))
        return;
    // The middle pane gives first, then the property editor, each down to its own minimum.
    for (int pane : { 1, 2 }) {
        const int spare = sizes.value(pane) - m_outer->widget(pane)->minimumSizeHint().width();
        const int give = std::clamp(needed - sizes.value(0), 0, std::max(0, spare));
        sizes[0] += give;
        sizes[pane] -= give;
    }
    m_outer->setSizes(sizes);
}

void MainWindow::showWelcome()
{
    m_welcome->setRecentFiles(QSettings().value(settings_keys::recentFiles()).toStringList());
    m_stack->setCurrentWidget(m_welcome);
    m_welcome->openButton()->setFocus();
    // The plan behind the welcome page is not shown, so neither is its summary.
    statusBar()->clearMessage();
    updateTitle();
}

void MainWindow::selectFirstFinding()
{
    const QModelIndex first = m_findingsModel->index(0, 0);
    if (!first.isValid())
        return;
    m_findings->setCurrentIndex(first);
    m_findings->setFocus();
}

bool MainWindow::isShowingWelcome() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::openSample()
{
    auto sample = PlanLoader(m_document->baseCatalog()).loadSample();
    if (!sample) {
        showError(tr("Cannot open the sample plan"), sample.error().toString());
        return;
    }
    showPlan(sample.value(), PlanLoader::samplePath());
    m_sample = true;
    updateTitle();
}

void MainWindow::closePlan()
{
    if (!maybeSave())
        return;
    // Closed on purpose: the next start shows the welcome page rather than this plan.
    QSettings().remove(settings_keys::lastPlan());
    if (m_document->isModified())
        m_recovery->discard();
    m_document->newPlan();
    showWelcome();
}

bool MainWindow::revert(bool ask)
{
    const QString path = m_document->filePath();
    if (path.isEmpty())
        return false;
    if (ask && m_document->isModified() && m_interactive) {
        const auto answer = QMessageBox::question(
            this, tr("Revert"),
            tr("Drop the unsaved changes to %1 and reload it from its file?").arg(m_document->displayName()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    // Through the document, as an open: the undo history and the recovery file go with the changes.
    if (!openFile(path))
        return false;
    statusBar()->showMessage(tr("Reverted to the saved %1").arg(m_document->displayName()), 4000);
    return true;
}

QString MainWindow::suggestedSavePath() const
{
    if (!m_document->filePath().isEmpty())
        return m_document->filePath();
    QString name = m_document->plan().name.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (name.isEmpty())
        name = QStringLiteral("plan");
    QString dir = QSettings().value(settings_keys::lastDirectory()).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    return QDir(dir).filePath(name + QStringLiteral(".yaml"));
}

bool MainWindow::exportReport(const QString& path)
{
    const ReportDocument report(m_document->plan(), m_document->sizing(), m_document->engine());
    if (auto error = report.write(path)) {
        showError(tr("Cannot export the report"), error->toString());
        return false;
    }
    statusBar()->showMessage(tr("Wrote the report to %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::askCompare()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Compare with Plan"), QFileInfo(suggestedSavePath()).absolutePath(),
                                       tr("Plans (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    CompareDialog dialog(m_document, this);
    dialog.compareWith(path);
    dialog.exec();
}

void MainWindow::askExportReport()
{
    const QString plan = suggestedSavePath();
    const QString suggested
        = QFileInfo(plan).absoluteDir().filePath(QFileInfo(plan).completeBaseName() + QStringLiteral("-report.pdf"));
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), suggested,
                                                tr("PDF documents (*.pdf);;HTML pages (*.html)"), &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("html") && suffix != QLatin1String("htm"))
        path += filter.contains(QLatin1String("*.html")) ? QStringLiteral(".html") : QStringLiteral(".pdf");
    exportReport(path);
}

QString MainWindow::handbookPath()
{
    const QString installed
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/doc/headroom/GUI.md"));
    if (QFileInfo::exists(installed))
        return QFileInfo(installed).canonicalFilePath();
    const QString source = QStringLiteral(HEADROOM_SOURCE_DOCS "/GUI.md");
    return QFileInfo::exists(source) ? source : QString();
}

void MainWindow::showHandbook()
{
    const QString path = handbookPath();
    if (path.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        showError(tr("Cannot open the handbook"),
                  path.isEmpty() ? tr("The handbook is not installed.")
                                 : tr("No program opens %1.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Headroom"),
                       tr("<p><b>Headroom</b> %1</p><p>A capacity planner for data services on Kubernetes.</p>"
                          "<p>Licensed under the Apache License 2.0.</p><p>Built with Qt %2.</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

bool MainWindow::offerRecovery(bool ask)
{
    return RecoveryOffer(this).run(ask ? RecoveryOffer::Mode::Ask : RecoveryOffer::Mode::RestoreWithoutAsking);
}

void MainWindow::showError(const QString& title, const QString& text)
{
    if (m_interactive)
        QMessageBox::warning(this, title, text);
    else
        QTextStream(stderr) << title << ": " << text << Qt::endl;
    statusBar()->showMessage(text);
}

void MainWindow::updateViews(const QString& changedService)
{
    const Plan& plan = m_document->plan();
    const PlanSizing& sizing = m_document->sizing();
    m_selecting = true;
    // An edit of one service refreshes its rows (and those whose findings the refit moved).
    const PlannedService* edited = changedService.isEmpty() ? nullptr : plan.service(changedService);
    if (!edited || !m_treeModel->updateService(*edited, m_document->catalog()))
        m_treeModel->setPlan(plan, m_document->catalog());

    // New rows (another plan, a service added or renamed) size the columns to their contents
    // again; an edit of values keeps the widths the user set.
    if (m_document->allChanged() || !m_model->updateServices(plan, sizing, m_document->changedServices())) {
        m_model->setRows(SizingTableModel::rowsFor(plan, sizing));
        m_table->resizeColumnsToContents();
    }
    m_findingsPanel->setFindings(sizing.findings);
    m_selecting = false;

    // Keep the selection where it was.
    if (!m_selected.isEmpty() && plan.service(m_selected)) {
        m_selecting = true;
        const QModelIndex treeIndex = m_treeModel->serviceIndex(m_selected);
        m_tree->setCurrentIndex(treeIndex);
        m_selecting = false;
    } else if (!m_selected.isEmpty()) {
        m_selected.clear();
        m_editor->showNothing();
    }
    m_editor->refresh();
    if (m_whatIf && (changedService.isEmpty() || changedService == m_selected))
        m_whatIf->refresh();
    // Hidden tabs catch up when they are shown: an edit pays only for what is on screen.
    m_clusterStale = true;
    if (m_cluster && m_tabs->currentWidget() == m_clusterPage)
        clusterView();
    // Exports are regenerated when they are looked at, not on every slider step.
    m_exportsStale = true;
    if (m_tabs->currentWidget() == m_exportsPage)
        exportsView();
    showDetails();

    QString status = tr("%1, %2, %3")
                         .arg(tr("%n service(s)", nullptr, int(plan.services.size())),
                              tr("%n error(s)", nullptr, sizing.count(Severity::Error)),
                              tr("%n warning(s)", nullptr, sizing.count(Severity::Warning)));
    if (sizing.fit.monthlyCost)
        status = tr("%1, %2 per month").arg(status, QLocale().toString(*sizing.fit.monthlyCost, 'f', 0));
    if (!isShowingWelcome())
        statusBar()->showMessage(status);
}

bool MainWindow::addService(const PlannedService& service)
{
    if (!m_document->addService(service))
        return false;
    selectService(service.name);
    return true;
}

bool MainWindow::addNodePool(const NodePool& pool)
{
    if (!m_document->addNodePool(pool))
        return false;
    selectNodePool(pool.name);
    return true;
}

void MainWindow::selectNodePool(const QString& name)
{
    m_selected.clear();
    m_selecting = true;
    const QModelIndex pools = m_treeModel->index(0, 0);
    for (int r = 0; r < m_treeModel->rowCount(pools); ++r) {
        const QModelIndex index = m_treeModel->index(r, 0, pools);
        if (index.data(PlanTreeModel::NameRole).toString() == name)
            m_tree->setCurrentIndex(index);
    }
    m_selecting = false;
    m_editor->showNodePool(name);
    if (m_whatIf)
        m_whatIf->setService(QString());
    m_removeAction->setEnabled(true);
}

void MainWindow::removeSelected()
{
    const QModelIndex index = m_tree->currentIndex();
    const QString kind = index.data(PlanTreeModel::KindRole).toString();
    const QString name = index.siblingAtColumn(0).data(PlanTreeModel::NameRole).toString();
    if (kind == QLatin1String("service"))
        m_document->removeService(name);
    else if (kind == QLatin1String("pool"))
        m_document->removeNodePool(name);
    else
        return;
    statusBar()->showMessage(tr("Removed %1. Undo brings it back.").arg(name), 4000);
}

void MainWindow::askAddService()
{
    AddServiceDialog dialog(m_document->plan(), m_document->catalog(), this);
    if (dialog.exec() == QDialog::Accepted)
        addService(dialog.service());
}

void MainWindow::askAddNodePool()
{
    AddNodePoolDialog dialog(m_document->plan(), this);
    if (dialog.exec() == QDialog::Accepted)
        addNodePool(dialog.pool());
}

void MainWindow::showExportDialog()
{
    ExportDialog dialog(m_document, this);
    if (m_exports)
        dialog.exportsView()->takeChoicesFrom(*m_exports);
    dialog.exec();
}

void MainWindow::importFromPrometheus()
{
    PromImportDialog dialog(m_document->plan(), m_document->catalog(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.resultPlan())
        m_document->undoStack()->push(
            new ReplacePlanCommand(m_document, m_document->plan(), *dialog.resultPlan(), tr("Import from Prometheus")));
}

void MainWindow::treeContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    loadMenuIcons();
    QMenu menu(this);
    menu.addAction(tr("Add &Service…"), this, &MainWindow::askAddService);
    menu.addAction(tr("Add &Node Pool…"), this, &MainWindow::askAddNodePool);
    const QString kind = index.data(PlanTreeModel::KindRole).toString();
    if (kind == QLatin1String("service") || kind == QLatin1String("pool")) {
        menu.addSeparator();
        menu.addAction(m_removeAction);
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::selectService(const QString& name)
{
    if (m_selecting)
        return;
    m_selecting = true;
    m_selected = name;
    const QModelIndex treeIndex = m_treeModel->serviceIndex(name);
    m_tree->setCurrentIndex(treeIndex);
    // The service's row that comes first in the table's order (a topology has a row per role).
    int first = -1;
    for (int row = m_model->firstRowOf(name);
         row >= 0 && row < m_model->rowCount() && m_model->rowAt(row)->service.name == name; ++row) {
        const int shown = m_proxy->mapFromSource(m_model->index(row, 0)).row();
        first = first < 0 ? shown : std::min(first, shown);
    }
    if (first >= 0)
        m_table->selectRow(first);
    if (name.isEmpty())
        m_editor->showNothing();
    else if (m_editor->serviceName() != name)
        m_editor->showService(name);
    if (m_whatIf)
        m_whatIf->setService(name);
    m_removeAction->setEnabled(!name.isEmpty());
    showDetails();
    m_selecting = false;
}

void MainWindow::showDetails()
{
    // The explanation is long text; it is laid out when the Sizing tab shows it.
    if (m_tabs->currentIndex() != 0)
        return;
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const auto* r = m_model->rowAt(current.row());
    if (!r) {
        m_details->clear();
        return;
    }
    // Its fixed font is loaded with its first text, not for the empty pane of the first frame.
    if (!m_detailsFontSet) {
        m_details->setFont(reportFont());
        m_detailsFontSet = true;
    }
    m_details->setPlainText(r->sizing ? service_report::toText(*r->sizing) : r->error);
}

void MainWindow::selectFinding(const PlanFinding& finding)
{
    const PlanFinding f = finding; // selecting its service may re-read the findings
    if (!f.service.isEmpty()) {
        selectService(f.service);
        if (!f.finding.inputs.isEmpty()) {
            // The field the finding is about is in the property editor, which the Exports tab
            // hides on a small screen: show the sizing with the editor, then the field.
            if (m_editorCollapser->isCollapsed()) {
                setView(View::Sizing);
                m_editorCollapser->restore();
            }
            m_editor->focusInput(f.finding.inputs.first());
        }
    } else {
        setView(View::Cluster);
    }
    statusBar()->showMessage(f.finding.fix.isEmpty() ? f.finding.message : tr("Fix: %1").arg(f.finding.fix));
}

void MainWindow::updateTitle()
{
    if (isShowingWelcome())
        setWindowTitle(tr("Headroom"));
    else if (m_sample && m_document->filePath().isEmpty())
        setWindowTitle(tr("%1 (sample)[*] - Headroom").arg(m_document->displayName()));
    else
        setWindowTitle(tr("%1[*] - Headroom").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(settings_keys::recentFiles()).toStringList();
    int number = 0;
    for (const QString& path : files) {
        ++number;
        // &1 … &9 for the keyboard; the file name's own ampersands are not mnemonics.
        const QString name = QFileInfo(path).fileName().replace(QLatin1Char('&'), QLatin1String("&&"));
        const QString text = number <= 9 ? tr("&%1 %2").arg(number).arg(name) : name;
        m_recentMenu
            ->addAction(text, this,
                        [this, path] {
                            if (maybeSave())
                                openFile(path);
                        })
            ->setToolTip(QDir::toNativeSeparators(path));
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(settings_keys::recentFiles());
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::addRecentFile(const QString& path)
{
    // A screenshot or a test opens plans the user did not: their recent files stay theirs.
    if (path.isEmpty() || !m_interactive)
        return;
    QSettings settings;
    QStringList files = settings.value(settings_keys::recentFiles()).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > settings_keys::maxRecentFiles)
        files.removeLast();
    settings.setValue(settings_keys::recentFiles(), files);
    settings.setValue(settings_keys::lastDirectory(), QFileInfo(path).absolutePath());
    settings.setValue(settings_keys::lastPlan(), path);
    updateRecentMenu();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (auto error = m_document->save()) {
        showError(tr("Cannot save the plan"), error->toString());
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->displayName()), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    QString path
        = QFileDialog::getSaveFileName(this, tr("Save Plan As"), suggestedSavePath(), tr("Plans (*.yaml *.yml)"));
    if (path.isEmpty())
        return false;
    if (!isPlanFile(path))
        path += QStringLiteral(".yaml");
    if (auto error = m_document->saveAs(path)) {
        showError(tr("Cannot save the plan"), error->toString());
        return false;
    }
    addRecentFile(m_document->filePath());
    return true;
}

void MainWindow::newPlan()
{
    if (!maybeSave())
        return;
    m_document->newPlan();
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Plan"),
                                                      QSettings().value(settings_keys::lastDirectory()).toString(),
                                                      tr("Plans (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    openFile(path);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // Still modified after maybeSave(): the user chose to discard the changes.
    if (m_document->isModified())
        m_recovery->discard();
    QSettings settings;
    if (m_document->filePath().isEmpty() || isShowingWelcome())
        settings.remove(settings_keys::lastPlan());
    else
        settings.setValue(settings_keys::lastPlan(), m_document->filePath());
    settings.setValue(settings_keys::windowGeometry(), saveGeometry());
    // The panes as the user arranged them, not as the Exports tab narrowed them.
    m_editorCollapser->restore();
    settings.setValue(settings_keys::windowState(), m_outer->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && isPlanFile(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Let the drag finish before any dialog opens.
    QMetaObject::invokeMethod(
        this,
        [this, path] {
            if (maybeSave())
                openFile(path);
        },
        Qt::QueuedConnection);
}

} // namespace headroom
