// SPDX-License-Identifier: Apache-2.0
#include "testutils.h"
#include "translations/translationloader.h"
#include "ui/clusterview.h"
#include "ui/comparedialog.h"
#include "ui/editedfiledialog.h"
#include "ui/exportdialog.h"
#include "ui/exportsview.h"
#include "ui/findingsmodel.h"
#include "ui/importdialog.h"
#include "ui/mainwindow.h"
#include "ui/plandialogs.h"
#include "ui/plandocument.h"
#include "ui/plantreemodel.h"
#include "ui/preferencesdialog.h"
#include "ui/promimportdialog.h"
#include "ui/propertyeditor.h"
#include "ui/sizingtablemodel.h"
#include "ui/whatifview.h"

#include <QAbstractSpinBox>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTextDocument>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace headroom;

namespace {
// Speaks `language` for its lifetime: a window takes its texts when it is built.
class LanguageScope
{
public:
    explicit LanguageScope(const QString& language)
    {
        const QList<QTranslator*> before = qApp->findChildren<QTranslator*>();
        // As the window's start does: English too has a translator, for its plural forms.
        i18n::install(qApp, language);
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            if (!before.contains(translator))
                m_added << translator;
        }
    }
    ~LanguageScope()
    {
        for (QTranslator* translator : std::as_const(m_added)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

private:
    QList<QTranslator*> m_added;
};

bool showAt1024x700(MainWindow& w, const QString& example)
{
    w.setInteractive(false);
    if (!w.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/") + example))
        return false;
    w.resize(1024, 700);
    w.show();
    return QTest::qWaitForWindowExposed(&w);
}

// Lets the layouts and the splitter settle, as they have before the user sees the window.
void settle()
{
    QTest::qWait(50);
}

// Whether a combo shows its selected text whole beside its arrow.
bool showsWholeText(const QComboBox* combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    const QRect text
        = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    return combo->fontMetrics().horizontalAdvance(combo->currentText()) <= text.width();
}

QString describe(const QWidget* field)
{
    const auto* label = qobject_cast<const QLabel*>(field);
    const auto* combo = qobject_cast<const QComboBox*>(field);
    return QString::fromLatin1(field->metaObject()->className()) + u' '
        + (label       ? label->text()
               : combo ? combo->currentText()
                       : field->objectName());
}

// The first summary of the plan tree that is not shown whole, or nothing.
QString firstCutSummary(const QTreeView* tree)
{
    const QModelIndex root;
    for (int r = 0; r < tree->model()->rowCount(root); ++r) {
        const QModelIndex group = tree->model()->index(r, 0, root);
        for (int c = 0; c < tree->model()->rowCount(group); ++c) {
            const QModelIndex summary = tree->model()->index(c, PlanTreeModel::SummaryColumn, group);
            const QRect cell = tree->visualRect(summary);
            const QString shown = summary.data().toString();
            if (cell.right() >= tree->viewport()->width()
                || tree->fontMetrics().horizontalAdvance(shown) > cell.width())
                return shown;
        }
    }
    return {};
}

// The fields and buttons of a form and its labels that do not wrap: what must be shown whole.
QList<QWidget*> formFields(QWidget* editor)
{
    QList<QWidget*> fields;
    for (QWidget* child : editor->findChildren<QWidget*>()) {
        if (!child->isVisibleTo(editor) || qobject_cast<QAbstractSpinBox*>(child->parentWidget())
            || qobject_cast<QLineEdit*>(child->parentWidget()))
            continue;
        if (qobject_cast<QComboBox*>(child) || qobject_cast<QLineEdit*>(child) || qobject_cast<QAbstractSpinBox*>(child)
            || qobject_cast<QAbstractButton*>(child)
            || (qobject_cast<QLabel*>(child) && !qobject_cast<QLabel*>(child)->wordWrap()))
            fields << child;
    }
    return fields;
}

const char* const kExamples[] = { "small-production-stack.yaml", "data-stack.yaml", "measured-stack.yaml",
                                  "case-study-before.yaml", "case-study-after.yaml" };

const QList<QPair<const char*, MainWindow::View>> kViews { { "sizing", MainWindow::View::Sizing },
                                                           { "whatif", MainWindow::View::WhatIf },
                                                           { "cluster", MainWindow::View::Cluster },
                                                           { "exports", MainWindow::View::Exports } };

// Every language, example and tab, as rows of a data function.
void addLanguageExampleRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("example");
    for (const char* language : { "en", "ko" }) {
        for (const char* example : kExamples)
            QTest::addRow("%s %s", language, example) << QString::fromLatin1(language) << QString::fromLatin1(example);
    }
}

void addLanguageExampleViewRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("example");
    QTest::addColumn<MainWindow::View>("view");
    for (const char* language : { "en", "ko" }) {
        for (const char* example : kExamples) {
            for (const auto& [name, view] : kViews)
                QTest::addRow("%s %s %s", language, example, name)
                    << QString::fromLatin1(language) << QString::fromLatin1(example) << view;
        }
    }
}

// Whether `widget` is shown `width` pixels wide, not cut by a parent or the window's edge.
bool shownWide(const QWidget* widget, int width)
{
    return widget->visibleRegion().boundingRect().width() >= width;
}

// Whether a label is shown whole: on one line as wide as its text, or wrapped into as many
// lines as its width needs, and not cut by a parent or the window's edge.
bool shownWhole(const QLabel* label)
{
    const QSize needed = label->wordWrap()
        ? QSize(label->minimumSizeHint().width(), label->heightForWidth(label->width()))
        : QSize(label->fontMetrics().horizontalAdvance(label->text()), label->fontMetrics().height());
    return label->visibleRegion().boundingRect().size().expandedTo(needed)
        == label->visibleRegion().boundingRect().size()
        && label->visibleRegion().boundingRect().size() == label->size();
}

// The first combo of the window that does not show its current text whole, or is cut by its
// pane, or nothing.
QString firstComboCut(const QWidget* window)
{
    for (const QComboBox* combo : window->findChildren<QComboBox*>()) {
        if (!combo->isVisible() || combo->currentText().isEmpty())
            continue;
        if (!showsWholeText(combo))
            return describe(combo);
        if (!shownWide(combo, combo->width()) && !combo->visibleRegion().isEmpty())
            return QStringLiteral("%1 cut by its pane").arg(describe(combo));
    }
    return {};
}

// The texts the what-if view shows whole: the chart legend's labels as drawn (an elided one
// ends in "..."), and the labels beside the chart that are shown at their full width.
QStringList textsShownWhole(const WhatIfView* view)
{
    QStringList texts;
    const QLegend* legend = view->chart()->legend();
    if (legend->isVisible()) {
        QList<QGraphicsItem*> items = legend->childItems();
        while (!items.isEmpty()) {
            QGraphicsItem* item = items.takeFirst();
            items << item->childItems();
            const auto* text = qgraphicsitem_cast<const QGraphicsTextItem*>(item);
            if (text && text->isVisible() && view->chart()->rect().contains(text->sceneBoundingRect()))
                texts << text->toPlainText();
        }
    }
    for (const QLabel* label : view->findChildren<QLabel*>()) {
        if (label->isVisible() && shownWhole(label))
            texts << label->text();
    }
    return texts;
}

// The first text of the chart's axes drawn elided (Qt Charts ends it in "..."): tick labels
// and axis titles, or nothing. The chart's own title is left out.
QString firstElidedChartText(const WhatIfView* view)
{
    QList<QGraphicsItem*> items = view->chart()->childItems();
    while (!items.isEmpty()) {
        QGraphicsItem* item = items.takeFirst();
        items << item->childItems();
        const auto* text = qgraphicsitem_cast<const QGraphicsTextItem*>(item);
        if (!text || !text->isVisible())
            continue;
        const QString shown = text->toPlainText();
        const bool elided = shown.endsWith(QLatin1String("...")) || shown.endsWith(QChar(0x2026));
        if (elided && !view->chart()->title().startsWith(shown.chopped(3)))
            return shown;
    }
    return {};
}

// The what-if chart's title as the user reads it, in the picture Export and Copy Chart take:
// a label of the chart's panel shown whole, else the chart's own title as Qt Charts draws it
// (elided when it does not fit); nothing when neither shows it.
QString shownTitle(const WhatIfView* view)
{
    for (const QLabel* label : view->chartPanel()->findChildren<QLabel*>()) {
        if (label->isVisible() && label->text() == view->title() && shownWhole(label))
            return label->text();
    }
    QList<QGraphicsItem*> items = view->chart()->childItems();
    while (!items.isEmpty() && !view->chart()->title().isEmpty()) {
        QGraphicsItem* item = items.takeFirst();
        items << item->childItems();
        const auto* text = qgraphicsitem_cast<const QGraphicsTextItem*>(item);
        const QString shown = text && text->isVisible() ? text->toPlainText() : QString();
        if (!shown.isEmpty() && view->chart()->title().startsWith(shown.left(10)))
            return shown;
    }
    return {};
}

// Whether `preview` shows 60 characters of its font between its margins.
bool previewReadable(const QPlainTextEdit* preview, QString* why)
{
    const int text = preview->viewport()->width() - int(std::ceil(2 * preview->document()->documentMargin()));
    const int needed = QFontMetrics(preview->font()).horizontalAdvance(QString(60, QLatin1Char('M')));
    *why = QStringLiteral("%1 px for 60 characters of %2 px").arg(text).arg(needed);
    return text >= needed;
}

// The first named series of the chart whose name is not shown whole, or nothing.
QString firstElidedSeries(const WhatIfView* view)
{
    const QStringList shown = textsShownWhole(view);
    for (const QAbstractSeries* series : view->chart()->series()) {
        if (!series->name().isEmpty() && !shown.contains(series->name()))
            return series->name();
    }
    return {};
}

// The item views of the window that are shown, with a header along their top.
QList<QAbstractItemView*> shownTables(const QWidget* window)
{
    QList<QAbstractItemView*> tables;
    for (QAbstractItemView* view : window->findChildren<QAbstractItemView*>()) {
        const auto* tree = qobject_cast<QTreeView*>(view);
        const auto* table = qobject_cast<QTableView*>(view);
        const QHeaderView* header = tree ? tree->header() : table ? table->horizontalHeader() : nullptr;
        if (view->isVisible() && header && header->isVisible())
            tables << view;
    }
    return tables;
}

QHeaderView* topHeader(QAbstractItemView* view)
{
    if (auto* tree = qobject_cast<QTreeView*>(view))
        return tree->header();
    return static_cast<QTableView*>(view)->horizontalHeader();
}

// What is wrong with the columns of `view`: a header narrower than its text, or columns past
// the right edge that no scroll bar reaches. Empty when nothing is.
QString columnProblem(QAbstractItemView* view)
{
    QHeaderView* header = topHeader(view);
    const QString name
        = view->objectName().isEmpty() ? QString::fromLatin1(view->metaObject()->className()) : view->objectName();
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const QString text = header->model()->headerData(logical, Qt::Horizontal).toString();
        if (header->sectionSize(logical) < header->sectionSizeHint(logical))
            return QStringLiteral("%1: header %2 is %3 wide, needs %4")
                .arg(name, text)
                .arg(header->sectionSize(logical))
                .arg(header->sectionSizeHint(logical));
    }
    // Scrolled to the end (by pixels or by columns), the last column ends inside the view.
    QScrollBar* scroll = view->horizontalScrollBar();
    const int before = scroll->value();
    scroll->setValue(scroll->maximum());
    int last = -1;
    for (int visual = header->count() - 1; visual >= 0 && last < 0; --visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            last = header->logicalIndex(visual);
    }
    const int end = header->sectionViewportPosition(last) + header->sectionSize(last);
    scroll->setValue(before);
    if (end > view->viewport()->width() + 1)
        return QStringLiteral("%1: the last column ends at %2 of %3 when scrolled to the end")
            .arg(name)
            .arg(end)
            .arg(view->viewport()->width());
    return {};
}
} // namespace

class TestMainWindowLayout : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

private slots:
    void initTestCase() { HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog); }

    // The window fits 1024×700 and the what-if slider can be dragged there.
    void fitsAt1024x700()
    {
        MainWindow w(m_catalog);
        QVERIFY(showAt1024x700(w, QStringLiteral("small-production-stack.yaml")));
        QVERIFY(w.minimumSizeHint().width() <= 1024);
        QVERIFY(w.minimumSizeHint().height() <= 700);
        QCOMPARE(w.size(), QSize(1024, 700));
        w.selectService(QStringLiteral("app-db"));
        w.setView(MainWindow::View::WhatIf);
        settle();
        QCOMPARE(w.size(), QSize(1024, 700));
        QSlider* slider = w.whatIfView()->slider();
        QVERIFY(slider->isVisible());
        QVERIFY2(slider->width() >= 200, qPrintable(QString::number(slider->width())));
    }

    void sizingNamesWhole_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addRow("1600x1000") << QSize(1600, 1000);
        QTest::addRow("1024x700") << QSize(1024, 700);
    }

    // Every service's name and kind in the sizing table is shown whole, also after another
    // plan with shorter names was open; at 1024×700 the table scrolls sideways rather than
    // cut them.
    void sizingNamesWhole()
    {
        QFETCH(QSize, size);
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/case-study-before.yaml")));
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        settle();
        QVERIFY(w.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml")));
        settle();
        const QTableView* table = w.sizingTable();
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            for (int c : { int(SizingTableModel::Name), int(SizingTableModel::Kind) }) {
                const QModelIndex index = table->model()->index(r, c);
                const QString text = index.data().toString();
                // The style's cell margins: a cell narrower than the text plus these elides it.
                const int margins = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
                QVERIFY2(table->fontMetrics().horizontalAdvance(text) + margins <= table->columnWidth(c),
                         qPrintable(QStringLiteral("%1 in %2 px").arg(text).arg(table->columnWidth(c))));
            }
        }
    }

    void editorFitsItsPaneAt1024x700_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("item");
        for (const char* language : { "en", "ko" }) {
            // PostgreSQL with a topology (the longest form), another service, a node pool
            // and the plan's own settings.
            for (const char* item : { "app-db", "cache", "pool", "plan" })
                QTest::addRow("%s %s", language, item) << QString::fromLatin1(language) << QString::fromLatin1(item);
        }
    }

    // At 1024×700, in English and in Korean, the property editor fits its pane: no sideways
    // scrolling, every field inside the part shown and no narrower than it needs, every
    // combo with its arrow and its selected text whole.
    void editorFitsItsPaneAt1024x700()
    {
        QFETCH(QString, language);
        QFETCH(QString, item);
        const LanguageScope speak(language);
        MainWindow w(m_catalog);
        QVERIFY(showAt1024x700(w, QStringLiteral("small-production-stack.yaml")));
        PropertyEditor* editor = w.propertyEditor();
        if (item == QLatin1String("pool"))
            editor->showNodePool(QStringLiteral("general"));
        else if (item == QLatin1String("plan"))
            editor->showNothing();
        else
            w.selectService(item);
        settle();

        auto* scroll = qobject_cast<QScrollArea*>(editor->parentWidget()->parentWidget());
        QVERIFY(scroll);
        QWidget* viewport = scroll->viewport();
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        QVERIFY2(editor->width() <= viewport->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(editor->width()).arg(viewport->width())));
        const QList<QWidget*> fields = formFields(editor);
        QVERIFY(fields.size() > 5);
        for (QWidget* field : fields) {
            const QString name = describe(field);
            QVERIFY2(field->width() >= field->minimumSizeHint().width(), qPrintable(name));
            const QRect shown(field->mapTo(viewport, QPoint(0, 0)), field->size());
            QVERIFY2(shown.left() >= 0 && shown.right() < viewport->width(), qPrintable(name));
        }
        for (const QComboBox* combo : editor->findChildren<QComboBox*>()) {
            if (!combo->isVisibleTo(editor))
                continue;
            QVERIFY2(combo->sizeHint().width() <= viewport->width(), qPrintable(describe(combo)));
            QVERIFY2(showsWholeText(combo), qPrintable(describe(combo)));
        }
        QCOMPARE(scroll->verticalScrollBar()->maximum(), std::max(0, editor->height() - viewport->height()));
    }

    void treeSummariesWholeAt1024x700_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("example");
        QTest::addColumn<MainWindow::View>("view");
        const QList<QPair<const char*, MainWindow::View>> views { { "sizing", MainWindow::View::Sizing },
                                                                  { "whatif", MainWindow::View::WhatIf },
                                                                  { "cluster", MainWindow::View::Cluster },
                                                                  { "exports", MainWindow::View::Exports } };
        for (const char* language : { "en", "ko" }) {
            for (const char* example : { "small-production-stack.yaml", "data-stack.yaml" }) {
                for (const auto& [name, view] : views)
                    QTest::addRow("%s %s %s", language, example, name)
                        << QString::fromLatin1(language) << QString::fromLatin1(example) << view;
            }
        }
    }

    // At 1024×700 every summary of the plan tree is shown whole, whichever tab is shown (the
    // What-if tab's controls used to take the tree's width).
    void treeSummariesWholeAt1024x700()
    {
        QFETCH(QString, language);
        QFETCH(QString, example);
        QFETCH(MainWindow::View, view);
        const LanguageScope speak(language);
        MainWindow w(m_catalog);
        QVERIFY(showAt1024x700(w, example));
        w.setView(view);
        settle();

        QTreeView* tree = nullptr;
        for (QTreeView* candidate : w.findChildren<QTreeView*>()) {
            if (candidate->model() == w.treeModel())
                tree = candidate;
        }
        QVERIFY(tree);
        QVERIFY(tree->model()->rowCount() > 3);
        // Waited for: the Exports tab fills itself after it is shown, and the tree is fitted
        // again after that.
        QTRY_VERIFY2_WITH_TIMEOUT(firstCutSummary(tree).isEmpty(), qPrintable(firstCutSummary(tree)), 5000);
    }

    void whatIfLegendWholeAt1024x700_data() { addLanguageExampleRows(); }

    // At 1024×700, in English and Korean, every entry of the what-if legend is readable whole,
    // for every service and curve of every example.
    void whatIfLegendWholeAt1024x700()
    {
        QFETCH(QString, language);
        QFETCH(QString, example);
        const LanguageScope speak(language);
        MainWindow w(m_catalog);
        QVERIFY(showAt1024x700(w, example));
        w.setView(MainWindow::View::WhatIf);
        WhatIfView* view = w.whatIfView();
        int charts = 0;
        for (const PlannedService& service : w.document()->plan().services) {
            w.selectService(service.name);
            for (const auto curve :
                 { WhatIfView::Curve::Memory, WhatIfView::Curve::Iops, WhatIfView::Curve::Storage }) {
                view->setCurve(curve);
                settle();
                // Waited for: entries made for a new chart are shown once the event loop runs.
                QTRY_VERIFY2_WITH_TIMEOUT(firstElidedSeries(view).isEmpty(),
                                          qPrintable(QStringLiteral("%1, curve %2: %3")
                                                         .arg(service.name)
                                                         .arg(int(curve))
                                                         .arg(firstElidedSeries(view))),
                                          2000);
                charts += view->chart()->series().size() > 1;
            }
        }
        QVERIFY(charts > 0);
    }

    void whatIfAxisLabelsWholeAt1024x700_data() { addLanguageExampleRows(); }

    // At 1024×700, in English and Korean, no axis label of the what-if chart is elided, for
    // every service, swept input and curve of every example.
    void whatIfAxisLabelsWholeAt1024x700()
    {
        QFETCH(QString, language);
        QFETCH(QString, example);
        const LanguageScope speak(language);
        MainWindow w(m_catalog);
        QVERIFY(showAt1024x700(w, example));
        w.setView(MainWindow::View::WhatIf);
        WhatIfView* view = w.whatIfView();
        int charts = 0;
        QStringList elided;
        for (const PlannedService& service : w.document()->plan().services) {
            w.selectService(service.name);
            for (const auto curve :
                 { WhatIfView::Curve::Memory, WhatIfView::Curve::Iops, WhatIfView::Curve::Storage }) {
                view->setCurve(curve);
                const int inputs = curve == WhatIfView::Curve::Storage ? 1 : view->inputCombo()->count();
                for (int input = 0; input < inputs; ++input) {
                    if (curve != WhatIfView::Curve::Storage)
                        view->inputCombo()->setCurrentIndex(input);
                    settle();
                    if (const QString text = firstElidedChartText(view); !text.isEmpty())
                        elided << QStringLiteral("%1, curve %2, input %3: %4")
                                      .arg(service.name)
                                      .arg(int(curve))
                                      .arg(view->inputCombo()->currentText(), text);
                    ++charts;
                }
            }
        }
        QVERIFY(charts > 0);
        QVERIFY2(elided.isEmpty(), qPrintable(elided.join(QLatin1String("\n"))));
    }

    void exportsPreviewWideAt1024x700_data() { addLanguageExampleRows(); }

    // At 1024×700, in English and Korean, the Exports tab's file preview takes at least 60% of
    // the tab's width for every example: the controls beside it once left it about 120 px.
    void exportsPreviewWideAt1024x700()
    {
        QFETCH(QString, language);
        QFETCH(QString, example);
        const LanguageScope speak(language);
        MainWindow w(m_catalog);
        QVERIFY(showAt1024x700(w, example));
        w.setView(MainWindow::View::Exports);
        const ExportsView* view = w.exportsView();
        const auto previews = view->findChildren<QPlainTextEdit*>();
        QCOMPARE(previews.size(), 1);
        const QPlainTextEdit* preview = previews.first();
        // Measured once the tab has filled itself and the panes have settled: a view just made
        // has a default size that would pass.
        QTRY_VERIFY_WITH_TIMEOUT(!preview->toPlainText().isEmpty(), 2000);
        settle();
        QVERIFY2(
            preview->width() * 10 >= view->width() * 6,
            qPrintable(QStringLiteral("preview %1 px of a tab of %2 px").arg(preview->width()).arg(view->width())));
        QVERIFY(!preview->toPlainText().isEmpty());
    }

    void exportsPreviewReadableAt1024x700_data() { addLanguageExampleRows(); }

    // At 1024×700, in English and Korean, the Exports tab's preview shows 60 characters of a
    // values.yaml or postgresql.conf line (it showed about 45 between the tree and the
    // property editor); the property editor makes the room, and comes back at its width on
    // another tab.
    void exportsPreviewReadableAt1024x700()
    {
        QFETCH(QString, language);
        QFETCH(QString, example);
        const LanguageScope speak(language);
        MainWindow w(m_catalog);
        QVERIFY(showAt1024x700(w, example));
        settle();
        auto* editorPane = qobject_cast<QScrollArea*>(w.propertyEditor()->parentWidget()->parentWidget());
        QVERIFY(editorPane);
        const int editorWidth = editorPane->width();
        w.setView(MainWindow::View::Exports);
        const auto previews = w.exportsView()->findChildren<QPlainTextEdit*>();
        QCOMPARE(previews.size(), 1);
        const QPlainTextEdit* preview = previews.first();
        QTRY_VERIFY_WITH_TIMEOUT(!preview->toPlainText().isEmpty(), 2000);
        QString why;
        QTRY_VERIFY2_WITH_TIMEOUT(previewReadable(preview, &why), qPrintable(why), 2000);
        settle();
        QVERIFY2(previewReadable(preview, &why), qPrintable(why));

        w.setView(MainWindow::View::Sizing);
        QTRY_VERIFY_WITH_TIMEOUT(editorPane->isVisible(), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(editorPane->width(), editorWidth, 2000);
    }

    void exportsFileNamesFitAt1024x700_data() { addLanguageExampleRows(); }

    // At 1024×700 the Exports tab's lists need no sideways scrolling: a long file name loses
    // its start (the service, shown above), keeps its role and extension, and is whole in its
    // tooltip.
    void exportsFileNamesFitAt1024x700()
    {
        QFETCH(QString, language);
        QFETCH(QString, example);
        const LanguageScope speak(language);
        MainWindow w(m_catalog);
        QVERIFY(showAt1024x700(w, example));
        settle();
        w.setView(MainWindow::View::Exports);
        QListView* files = w.exportsView()->fileList();
        QTRY_VERIFY_WITH_TIMEOUT(files->model()->rowCount() > 0, 2000);
        settle();
        for (QListView* list : { w.exportsView()->serviceList(), files }) {
            QVERIFY2(!list->horizontalScrollBar()->isVisible(),
                     qPrintable(list->model()->index(0, 0).data().toString()));
            for (int row = 0; row < list->model()->rowCount(); ++row) {
                const QModelIndex index = list->model()->index(row, 0);
                QCOMPARE(index.data(Qt::ToolTipRole).toString(), index.data().toString());
            }
        }
        QCOMPARE(files->textElideMode(), Qt::ElideLeft);
    }

    // A finding chosen on the Exports tab at 1024×700, where the property editor is hidden,
    // shows the field it is about: the focus never goes to a field nobody can see.
    void findingOnExportsShowsItsField()
    {
        MainWindow w(m_catalog);
        QVERIFY(showAt1024x700(w, QStringLiteral("case-study-before.yaml")));
        settle();
        w.setView(MainWindow::View::Exports);
        QTRY_VERIFY_WITH_TIMEOUT(!w.propertyEditor()->isVisible(), 2000);
        QAbstractItemView* findings = w.findingsView();
        const auto* model = qobject_cast<const FindingsModel*>(findings->model());
        QVERIFY(model);
        int row = 0;
        while (row < model->rowCount() && model->findingAt(row)->finding.inputs.isEmpty())
            ++row;
        QVERIFY(row < model->rowCount());
        const QRect cell = findings->visualRect(model->index(row, 0));
        QTest::mouseClick(findings->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY_WITH_TIMEOUT(w.propertyEditor()->isVisible(), 2000);
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QVERIFY(w.propertyEditor()->isAncestorOf(focus));
        QVERIFY(focus->isVisible());
    }

    // On a large screen the Exports tab has room for its preview beside the property editor,
    // which stays.
    void exportsKeepTheEditorAt1600x1000()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/case-study-before.yaml")));
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setView(MainWindow::View::Exports);
        const QPlainTextEdit* preview = w.exportsView()->findChildren<QPlainTextEdit*>().value(0);
        QVERIFY(preview);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->toPlainText().isEmpty(), 2000);
        settle();
        QString why;
        QVERIFY2(previewReadable(preview, &why), qPrintable(why));
        QVERIFY(w.propertyEditor()->isVisible());
    }

    void whatIfTitleWholeAt1024x700_data() { addLanguageExampleRows(); }

    // At 1024×700, in English and Korean, the what-if chart's title is readable whole, in the
    // picture that Export and Copy Chart take, for every service and curve of every example:
    // Qt Charts elided it ("Memory of app-db (primary) as Max connections ...").
    void whatIfTitleWholeAt1024x700()
    {
        QFETCH(QString, language);
        QFETCH(QString, example);
        const LanguageScope speak(language);
        MainWindow w(m_catalog);
        QVERIFY(showAt1024x700(w, example));
        w.setView(MainWindow::View::WhatIf);
        WhatIfView* view = w.whatIfView();
        QStringList cut;
        int titles = 0;
        for (const PlannedService& service : w.document()->plan().services) {
            w.selectService(service.name);
            for (const auto curve :
                 { WhatIfView::Curve::Memory, WhatIfView::Curve::Iops, WhatIfView::Curve::Storage }) {
                view->setCurve(curve);
                settle();
                const QString title = view->title();
                QVERIFY2(title.contains(service.name), qPrintable(title));
                if (shownTitle(view) != title)
                    cut << QStringLiteral("%1 shown as \"%2\"").arg(title, shownTitle(view));
                ++titles;
            }
        }
        QVERIFY(titles > 0);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }

    void combosWholeAt1024x700_data() { addLanguageExampleViewRows(); }

    // At 1024×700, in English and Korean, every combo of the window shows its current text
    // whole and is not cut by its pane, on every tab with every service of every example
    // selected.
    void combosWholeAt1024x700()
    {
        QFETCH(QString, language);
        QFETCH(QString, example);
        QFETCH(MainWindow::View, view);
        const LanguageScope speak(language);
        MainWindow w(m_catalog);
        QVERIFY(showAt1024x700(w, example));
        w.setView(view);
        int checked = 0;
        for (const PlannedService& service : w.document()->plan().services) {
            w.selectService(service.name);
            settle();
            // Waited for: a combo's new width reaches the rows that wrap once the event loop runs.
            QTRY_VERIFY2_WITH_TIMEOUT(firstComboCut(&w).isEmpty(),
                                      qPrintable(QStringLiteral("%1: %2").arg(service.name, firstComboCut(&w))), 2000);
            checked += int(w.findChildren<QComboBox*>().size());
        }
        QVERIFY(checked > 0);
    }

    void columnsReachableAt1024x700_data() { addLanguageExampleViewRows(); }

    // At 1024×700, in English and Korean, every table and tree of every tab has its headers
    // whole and its columns within reach: a scroll bar reaches those past the edge.
    void columnsReachableAt1024x700()
    {
        QFETCH(QString, language);
        QFETCH(QString, example);
        QFETCH(MainWindow::View, view);
        const LanguageScope speak(language);
        MainWindow w(m_catalog);
        QVERIFY(showAt1024x700(w, example));
        w.setView(view);
        settle();
        const QList<QAbstractItemView*> tables = shownTables(&w);
        QVERIFY(tables.size() >= 2);
        for (QAbstractItemView* table : tables)
            QTRY_VERIFY2_WITH_TIMEOUT(columnProblem(table).isEmpty(), qPrintable(columnProblem(table)), 2000);
    }

    void clusterBarsWholeAt1024x700_data() { addLanguageExampleRows(); }

    // At 1024×700 the Cluster tab shows a node's name, pods and CPU bar whole without
    // scrolling, and every bar its text whole.
    void clusterBarsWholeAt1024x700()
    {
        QFETCH(QString, language);
        QFETCH(QString, example);
        const LanguageScope speak(language);
        MainWindow w(m_catalog);
        QVERIFY(showAt1024x700(w, example));
        w.setView(MainWindow::View::Cluster);
        settle();
        QTreeWidget* nodes = w.clusterView()->nodes();
        const QHeaderView* header = nodes->header();
        for (int column = 0; column <= 2; ++column) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(right <= nodes->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                    .arg(nodes->headerItem()->text(column))
                                    .arg(right)
                                    .arg(nodes->viewport()->width())));
        }
        const QList<QProgressBar*> bars = nodes->findChildren<QProgressBar*>();
        QVERIFY(!bars.isEmpty());
        for (const QProgressBar* bar : bars) {
            QVERIFY2(bar->width() >= bar->fontMetrics().horizontalAdvance(bar->text()) + 4,
                     qPrintable(QStringLiteral("%1 in %2 px").arg(bar->text()).arg(bar->width())));
        }
    }

    void dialogsFitAt1024x700_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("dialog");
        for (const char* language : { "en", "ko" }) {
            for (const char* dialog : { "add-service", "add-node-pool", "preferences", "import-postgres",
                                        "import-prometheus", "compare", "export", "edited-file" })
                QTest::addRow("%s %s", language, dialog)
                    << QString::fromLatin1(language) << QString::fromLatin1(dialog);
        }
    }

    // Every dialog of the window fits 1024×700 as it opens, with every field, button and
    // label no narrower than it needs. HEADROOM_SCREENSHOTS=DIR keeps a picture of each.
    void dialogsFitAt1024x700()
    {
        QFETCH(QString, language);
        QFETCH(QString, dialog);
        const LanguageScope speak(language);
        MainWindow w(m_catalog);
        QVERIFY(showAt1024x700(w, QStringLiteral("small-production-stack.yaml")));
        PlanDocument* document = w.document();
        std::unique_ptr<QDialog> shown;
        if (dialog == QLatin1String("add-service"))
            shown = std::make_unique<AddServiceDialog>(document->plan(), document->catalog(), &w);
        else if (dialog == QLatin1String("add-node-pool"))
            shown = std::make_unique<AddNodePoolDialog>(document->plan(), &w);
        else if (dialog == QLatin1String("preferences"))
            shown = std::make_unique<PreferencesDialog>(&w);
        else if (dialog == QLatin1String("import-postgres"))
            shown = std::make_unique<ImportDialog>(document->plan(), document->catalog(), &w);
        else if (dialog == QLatin1String("import-prometheus"))
            shown = std::make_unique<PromImportDialog>(document->plan(), document->catalog(), &w);
        else if (dialog == QLatin1String("compare"))
            shown = std::make_unique<CompareDialog>(document, &w);
        else if (dialog == QLatin1String("export"))
            shown = std::make_unique<ExportDialog>(document, &w);
        else
            shown = std::make_unique<EditedFileDialog>(QStringLiteral("/tmp/deploy/app-db-primary.postgresql.conf"),
                                                       QByteArray("shared_buffers = 1GB\n"),
                                                       QByteArray("shared_buffers = 2GB\n"), &w);
        shown->show();
        QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
        settle();
        QVERIFY2(shown->width() <= 1024 && shown->height() <= 700,
                 qPrintable(QStringLiteral("%1x%2").arg(shown->width()).arg(shown->height())));
        for (QWidget* field : formFields(shown.get()))
            QVERIFY2(field->width() >= field->minimumSizeHint().width(), qPrintable(describe(field)));
        const QString dir = qEnvironmentVariable("HEADROOM_SCREENSHOTS");
        if (!dir.isEmpty())
            shown->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(dialog, language)));
    }
};

Q_DECLARE_METATYPE(headroom::MainWindow::View)

QTEST_MAIN(TestMainWindowLayout)
#include "tst_mainwindowlayout.moc"
