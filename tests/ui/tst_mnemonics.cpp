// SPDX-License-Identifier: Apache-2.0
#include "testutils.h"
#include "ui/exportdialog.h"
#include "ui/importdialog.h"
#include "ui/mainwindow.h"
#include "ui/plandialogs.h"
#include "ui/plandocument.h"
#include "ui/preferencesdialog.h"
#include "ui/promimportdialog.h"
#include "ui/propertyeditor.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
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
