// SPDX-License-Identifier: Apache-2.0
#include "testutils.h"
#include "ui/activewindow.h"
#include "ui/exportdialog.h"
#include "ui/importdialog.h"
#include "ui/mainwindow.h"
#include "ui/plandialogs.h"
#include "ui/plandocument.h"
#include "ui/preferencesdialog.h"
#include "ui/promimportdialog.h"
#include "ui/propertyeditor.h"
#include "ui/whatifview.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace headroom;

namespace {
// The Alt+letter of a text with a mnemonic, empty without one.
QString mnemonicOf(const QString& text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : key.toString();
}

// Every mnemonic a user can press in `window` as it is shown now, with where it comes from:
// the menu bar, tabs, buttons, group boxes and labels with a buddy.
QMultiMap<QString, QString> shownMnemonics(QWidget* window)
{
    QMultiMap<QString, QString> found;
    const auto add = [&](const QString& text, const QString& where) {
        const QString key = mnemonicOf(text);
        if (!key.isEmpty())
            found.insert(key, where + u' ' + text);
    };
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        if (auto* bar = qobject_cast<QMenuBar*>(w)) {
            for (QAction* a : bar->actions())
                add(a->text(), QStringLiteral("menu"));
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), QStringLiteral("tab"));
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            add(button->text(), QStringLiteral("button"));
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            add(group->title(), QStringLiteral("group"));
        } else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy()) {
            add(label->text(), QStringLiteral("label"));
        }
    }
    return found;
}

QString duplicates(const QMultiMap<QString, QString>& found)
{
    QStringList out;
    for (const QString& key : found.uniqueKeys()) {
        if (found.count(key) > 1)
            out << key + QStringLiteral(": ") + QStringList(found.values(key)).join(QStringLiteral(", "));
    }
    return out.join(u'\n');
}

// Each menu's entries, and every submenu's, have different mnemonics.
QString menuDuplicates(QMenu* menu)
{
    QMultiMap<QString, QString> found;
    QString out;
    for (QAction* a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QString key = mnemonicOf(a->text());
        if (!key.isEmpty())
            found.insert(key, a->text());
        if (a->menu())
            out += menuDuplicates(a->menu());
    }
    const QString here = duplicates(found);
    return here.isEmpty() ? out : menu->title() + u'\n' + here + u'\n' + out;
}

// A key that an action or a QShortcut of a window answers, and where.
struct Binding
{
    QObject* owner = nullptr;
    QKeySequence key;
    Qt::ShortcutContext context = Qt::WindowShortcut;
    QList<QWidget*> widgets; // where a widget-scoped key is pressed
    QString name;
};

QList<Binding> bindings(QWidget* window)
{
    QList<Binding> found;
    for (QAction* a : window->findChildren<QAction*>()) {
        QList<QWidget*> widgets;
        for (QObject* o : a->associatedObjects()) {
            if (auto* w = qobject_cast<QWidget*>(o))
                widgets << w;
        }
        for (const QKeySequence& key : a->shortcuts())
            found.append({ a, key, a->shortcutContext(), widgets, QStringLiteral("action ") + a->text() });
    }
    for (QShortcut* s : window->findChildren<QShortcut*>()) {
        for (const QKeySequence& key : s->keys())
            found.append({ s, key, s->context(), { qobject_cast<QWidget*>(s->parent()) }, QStringLiteral("shortcut") });
    }
    return found;
}

bool windowWide(const Binding& b)
{
    return b.context == Qt::WindowShortcut || b.context == Qt::ApplicationShortcut;
}

// Whether one key press could reach both: either is window-wide, or their widgets overlap
// (the same widget, or one inside the other in the same window).
bool clash(const Binding& a, const Binding& b)
{
    if (a.owner == b.owner || a.key != b.key)
        return false;
    if (windowWide(a) || windowWide(b))
        return true;
    for (QWidget* x : a.widgets) {
        for (QWidget* y : b.widgets) {
            if (x == y || x->isAncestorOf(y) || y->isAncestorOf(x))
                return true;
        }
    }
    return false;
}

QAction* menuAction(QMenuBar* bar, const QString& text)
{
    for (QAction* menu : bar->actions()) {
        for (QAction* a : menu->menu() ? menu->menu()->actions() : QList<QAction*>()) {
            if (a->text() == text)
                return a;
        }
    }
    return nullptr;
}
} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

private slots:
    void initTestCase() { HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog); }

    // Every view of the window with every kind of item in the property editor.
    void windowMnemonicsAreUnique()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml")));
        w.show();
        const Plan& plan = w.document()->plan();
        QVERIFY(!plan.nodePools.isEmpty());
        for (auto view : { MainWindow::View::Sizing, MainWindow::View::WhatIf, MainWindow::View::Cluster,
                           MainWindow::View::Exports }) {
            w.setView(view);
            for (int item = 0; item < 4; ++item) {
                if (item == 0)
                    w.selectService(plan.services.first().name);
                else if (item == 1)
                    w.selectService(QStringLiteral("app-db")); // PostgreSQL
                else if (item == 2)
                    w.selectNodePool(plan.nodePools.first().name);
                else
                    w.selectService(QString());
                QCoreApplication::processEvents();
                const QString clash = duplicates(shownMnemonics(&w));
                QVERIFY2(clash.isEmpty(),
                         qPrintable(QStringLiteral("view %1, item %2:\n%3").arg(int(view)).arg(item).arg(clash)));
            }
        }
        for (QAction* a : w.menuBar()->actions()) {
            if (a->menu()) {
                const QString clash = menuDuplicates(a->menu());
                QVERIFY2(clash.isEmpty(), qPrintable(clash));
            }
        }
    }

    // No key press reaches two actions or shortcuts of the window, with every view made.
    void windowShortcutsAreUnique()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml")));
        w.show();
        w.whatIfView();
        w.clusterView();
        w.exportsView();
        const QList<Binding> all = bindings(&w);
        QVERIFY(all.size() > 10);
        QStringList clashes;
        for (qsizetype i = 0; i < all.size(); ++i) {
            for (qsizetype j = i + 1; j < all.size(); ++j) {
                if (clash(all[i], all[j]))
                    clashes << all[i].key.toString() + QStringLiteral(": ") + all[i].name + QStringLiteral(", ")
                            + all[j].name;
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    // The File, Edit and Help entries a KDE application gives a key have one, also where the
    // platform's keyboard scheme has none (the offscreen platform's has no Save As, Quit or
    // Preferences).
    void standardActionsHaveKeys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("standardKey");
        QTest::addColumn<QKeySequence>("kdeKey");
        const auto row = [](const char* name, const QString& text, QKeySequence::StandardKey key, QKeySequence kde) {
            QTest::addRow("%s", name) << text << int(key) << kde;
        };
        row("Save As", QStringLiteral("Save &As…"), QKeySequence::SaveAs,
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        row("Close", QStringLiteral("&Close"), QKeySequence::Close, QKeySequence(Qt::CTRL | Qt::Key_W));
        row("Quit", QStringLiteral("&Quit"), QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q));
        row("Preferences", QStringLiteral("&Preferences…"), QKeySequence::Preferences,
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma));
        row("New", QStringLiteral("&New"), QKeySequence::New, QKeySequence(Qt::CTRL | Qt::Key_N));
        row("Open", QStringLiteral("&Open…"), QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O));
        row("Save", QStringLiteral("&Save"), QKeySequence::Save, QKeySequence(Qt::CTRL | Qt::Key_S));
        row("Handbook", QStringLiteral("&Handbook"), QKeySequence::HelpContents, QKeySequence(Qt::Key_F1));
    }

    void standardActionsHaveKeys()
    {
        QFETCH(QString, text);
        QFETCH(int, standardKey);
        QFETCH(QKeySequence, kdeKey);
        MainWindow w(m_catalog);
        QAction* action = menuAction(w.menuBar(), text);
        QVERIFY(action);
        // The platform's own keys where it has some, else KDE's.
        QList<QKeySequence> expected = QKeySequence::keyBindings(QKeySequence::StandardKey(standardKey));
        if (expected.isEmpty())
            expected << kdeKey;
        QCOMPARE(action->shortcuts(), expected);
    }

    // Ctrl+Shift+S opens Save As.
    void ctrlShiftSSavesAs()
    {
        MainWindow w(m_catalog);
        QVERIFY(testutils::openActive(w, QStringLiteral("small-production-stack.yaml")));
        QString shown;
        QTimer poll;
        connect(&poll, &QTimer::timeout, &w, [&] {
            if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())) {
                shown = dialog->windowTitle();
                dialog->reject();
            }
        });
        poll.start(20);
        QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        poll.stop();
        QCOMPARE(shown, QStringLiteral("Save Plan As"));
    }

    // Alt+4 shows the Exports tab after Escape closed the what-if chart's Export menu, opened
    // by the mouse or by the keyboard, also when Escape comes before the window system has
    // made the menu the active window (the menu, hidden, was left active, and the window's
    // shortcuts went nowhere).
    void altDigitAfterTheChartsExportMenu_data()
    {
        QTest::addColumn<bool>("byKeyboard");
        QTest::addRow("mouse") << false;
        QTest::addRow("keyboard") << true;
    }

    void altDigitAfterTheChartsExportMenu()
    {
        QFETCH(bool, byKeyboard);
        MainWindow w(m_catalog);
        QVERIFY(testutils::openActive(w, QStringLiteral("small-production-stack.yaml")));
        w.setView(MainWindow::View::WhatIf);
        w.selectService(QStringLiteral("app-db"));
        QToolButton* exportButton = nullptr;
        for (auto* button : w.whatIfView()->findChildren<QToolButton*>()) {
            if (button->menu() && button->accessibleName() == QStringLiteral("Export"))
                exportButton = button;
        }
        QVERIFY(exportButton);
        QVERIFY(QTest::qWaitForWindowExposed(exportButton));
        QMenu* menu = exportButton->menu();
        bool shown = false;
        connect(menu, &QMenu::aboutToShow, &w, [&] {
            shown = true;
            QTimer::singleShot(0, menu, [menu] { QTest::keyClick(menu, Qt::Key_Escape); });
        });
        if (byKeyboard) {
            exportButton->setFocus();
            QTest::keyClick(exportButton, Qt::Key_Space);
        } else {
            QTest::mouseClick(exportButton, Qt::LeftButton);
        }
        QVERIFY(shown);
        QTRY_VERIFY(!menu->isVisible());
        QTRY_VERIFY(w.isActiveWindow());
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &w, Qt::Key_4, Qt::AltModifier);
        QTabWidget* tabs = nullptr;
        for (auto* each : w.findChildren<QTabWidget*>()) {
            if (each->count() == 4 && each->tabText(3) == QStringLiteral("E&xports"))
                tabs = each;
        }
        QVERIFY(tabs);
        QCOMPARE(tabs->currentIndex(), 3);
    }

    void dialogMnemonicsAreUnique()
    {
        MainWindow w(m_catalog);
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml")));
        const Plan& plan = w.document()->plan();
        AddServiceDialog service(plan, m_catalog, &w);
        AddNodePoolDialog pool(plan, &w);
        PreferencesDialog preferences(&w);
        ExportDialog exports(w.document(), &w);
        ImportDialog import(plan, m_catalog, &w);
        PromImportDialog prometheus(plan, m_catalog, &w);
        for (QDialog* dialog :
             std::initializer_list<QDialog*> { &service, &pool, &preferences, &exports, &import, &prometheus }) {
            dialog->show();
            const QString clash = duplicates(shownMnemonics(dialog));
            QVERIFY2(clash.isEmpty(),
                     qPrintable(QString::fromLatin1(dialog->metaObject()->className()) + u'\n' + clash));
            dialog->hide();
        }
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
