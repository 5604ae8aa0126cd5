// SPDX-License-Identifier: Apache-2.0
#include "io/catalogloader.h"
#include "io/planloader.h"
#include "ui/mainwindow.h"
#include "ui/plandocument.h"
#include "ui/recoverystore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <functional>
#include <memory>

using namespace headroom;

// The start-up offer and the window's file commands, driven through real widgets offscreen.
class TestRecoveryOffer : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;
    QTemporaryDir m_dir;
    QString m_plan;
    QStringList m_texts; // what each message box said

    QStringList recoveryFiles() const
    {
        const QDir dir(RecoveryStore::directory());
        QStringList files;
        for (const QString& name : dir.entryList({ QStringLiteral("*.recovery") }, QDir::Files))
            files << dir.filePath(name);
        return files;
    }

    // Answers the next modal dialogs in turn, each by `handlers` in order.
    void answerDialogs(QList<std::function<void(QWidget*)>> handlers)
    {
        auto* timer = new QTimer(this);
        auto queue = std::make_shared<QList<std::function<void(QWidget*)>>>(std::move(handlers));
        auto last = std::make_shared<QPointer<QWidget>>();
        connect(timer, &QTimer::timeout, this, [this, timer, queue, last] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || modal == *last || queue->isEmpty())
                return;
            *last = modal;
            if (auto* box = qobject_cast<QMessageBox*>(modal))
                m_texts << box->text();
            queue->takeFirst()(modal);
            if (queue->isEmpty())
                timer->deleteLater();
        });
        timer->start(20);
    }

    static std::function<void(QWidget*)> click(const QString& objectName)
    {
        return [objectName](QWidget* modal) {
            auto* button = modal->findChild<QPushButton*>(objectName);
            QVERIFY2(button, qPrintable(objectName));
            button->click();
        };
    }

    // A window that edits the plan, writes its recovery file and goes without a clean close.
    Plan leaveEdited()
    {
        MainWindow window(m_catalog);
        window.setInteractive(false);
        if (!window.openFile(m_plan))
            return {};
        window.document()->setTier(QStringLiteral("cache"), QStringLiteral("xlarge"));
        if (window.recoveryStore()->writeNow())
            return {};
        return window.document()->plan();
    }

    void showSample(MainWindow& window)
    {
        auto sample = PlanLoader(m_catalog).loadSample();
        QVERIFY(sample.hasValue());
        window.showPlan(sample.value(), PlanLoader::samplePath());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("headroom-recoveryoffer-tests"));
        QVERIFY(m_dir.isValid());
        auto catalog = CatalogLoader().loadBuiltIn();
        QVERIFY(catalog.hasValue());
        m_catalog = catalog.value();
    }

    void init()
    {
        QDir(RecoveryStore::directory()).removeRecursively();
        m_texts.clear();
        m_plan = m_dir.filePath(QStringLiteral("prod-stack.yaml"));
        QFile::remove(m_plan);
        QVERIFY(
            QFile::copy(QStringLiteral(HEADROOM_SOURCE_DIR "/resources/examples/small-production-stack.yaml"), m_plan));
        QFile::setPermissions(m_plan, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // Started on the sample, the window offers the other plan's edits under that plan's
    // name, and restoring opens that plan with the edits as one undo step.
    void restoresItsOwnPlanOverTheSample()
    {
        const Plan edited = leaveEdited();
        QCOMPARE(recoveryFiles().size(), 1);
        const QString orphan = recoveryFiles().first();

        MainWindow window(m_catalog);
        window.setInteractive(false);
        showSample(window);
        answerDialogs({ click(QStringLiteral("restore")) });
        QVERIFY(window.offerRecovery());
        QCOMPARE(m_texts.size(), 1);
        QVERIFY2(m_texts.first().contains(QStringLiteral("prod-stack.yaml")), qPrintable(m_texts.first()));
        QCOMPARE(window.document()->filePath(), m_plan);
        QVERIFY(window.document()->plan() == edited);
        QVERIFY(window.document()->isModified());
        // The edits are this window's own file now; the old one is gone.
        QVERIFY(!QFile::exists(orphan));
        QVERIFY(QFile::exists(window.recoveryStore()->filePath()));
        window.document()->undoStack()->undo();
        QVERIFY(window.document()->plan() == PlanLoader(m_catalog).loadFile(m_plan).value());
    }

    // Nothing is deleted before the user chose: Keep leaves the file, Discard removes it.
    void keepLeavesItDiscardRemovesIt()
    {
        leaveEdited();
        const QString orphan = recoveryFiles().value(0);
        MainWindow window(m_catalog);
        window.setInteractive(false);
        showSample(window);
        answerDialogs({ click(QStringLiteral("keep")) });
        QVERIFY(!window.offerRecovery());
        QVERIFY(QFile::exists(orphan));
        QVERIFY(!window.document()->isModified());
        answerDialogs({ click(QStringLiteral("discard")) });
        QVERIFY(!window.offerRecovery());
        QVERIFY(!QFile::exists(orphan));
    }

    // A file cut short is offered as damaged, with no way to restore it, and kept.
    void damagedIsOfferedAsDamaged()
    {
        leaveEdited();
        const QString orphan = recoveryFiles().value(0);
        QFile file(orphan);
        QVERIFY(file.resize(file.size() - 40));
        MainWindow window(m_catalog);
        window.setInteractive(false);
        showSample(window);
        bool hadRestore = true;
        answerDialogs({ [&hadRestore](QWidget* modal) {
            hadRestore = modal->findChild<QPushButton*>(QStringLiteral("restore")) != nullptr;
            click(QStringLiteral("keep"))(modal);
        } });
        QVERIFY(!window.offerRecovery());
        QVERIFY(!hadRestore);
        QVERIFY2(m_texts.value(0).contains(QStringLiteral("damaged")), qPrintable(m_texts.value(0)));
        QVERIFY(!window.document()->isModified());
        QVERIFY(QFile::exists(orphan));
    }
};

QTEST_MAIN(TestRecoveryOffer)
#include "tst_recoveryoffer.moc"
