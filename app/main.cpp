#include "commandline.h"

#include "ui/allocatorpolicy.h"
#include "io/catalogloader.h"
#include "ui/exportdialog.h"
#include "ui/mainwindow.h"
#include "ui/plandocument.h"
#include "io/planloader.h"
#include "io/planwriter.h"
#include "translations/translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSaveFile>
#include <QScreen>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <future>
#include <utility>

using namespace headroom;

namespace {

// A GUI needs a display; without one Headroom says so and prints instead of failing.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// The top-level options; --help and --version need no display, so this also runs under
// a QCoreApplication.
void describeOptions(QCommandLineParser& parser, const QList<QCommandLineOption>& options)
{
    parser.setApplicationDescription(QApplication::translate(
        "main", "Headroom sizes data services on Kubernetes.\n\nCommands (headroom COMMAND --help):\n"
                "  size      size one service\n  catalog   list services, tiers and storage classes\n"
                "  check     validate a plan and list its findings\n  report    the whole plan's sizing\n"
                "  diff      what changes between two plans\n"
                "  export    write Helm values, postgresql.conf, pgbouncer.ini and my.cnf\n"
                "  tune      PGTune-compatible postgresql.conf\n"
                "  sample    print the report of the built-in sample plan"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("plan"), QApplication::translate("main", "A plan file to open."),
                                 QStringLiteral("[PLAN]"));
    parser.addOptions(options);
}

QCommandLineOption screenshotOption()
{
    return { QStringLiteral("screenshot"), QApplication::translate("main", "Render the window to OUT.png and exit."),
             QStringLiteral("OUT.png") };
}

QCommandLineOption viewOption()
{
    return { QStringLiteral("view"),
             QApplication::translate("main", "With --screenshot: the view to show, sizing (default), whatif, "
                                             "cluster, exports or export-dialog."),
             QStringLiteral("VIEW"), QStringLiteral("sizing") };
}

// Reads the window's own options (--screenshot, --view, a plan) from `arguments`; a bad one
// is said on standard error in one line, as the commands say theirs.
bool parseWindowOptions(QCommandLineParser& parser, const QStringList& arguments)
{
    describeOptions(parser, { screenshotOption(), viewOption() });
    if (parser.parse(arguments))
        return true;
    QTextStream(stderr) << QCoreApplication::applicationName() << QStringLiteral(": ") << parser.errorText()
                        << Qt::endl;
    return false;
}

// For tests/ui/tst_recovery.cpp, which edits a running Headroom, kills it and starts it
// again: HEADROOM_TEST_HOOK holds steps separated by ';': "tier SERVICE SIZE",
// "input SERVICE NAME VALUE", "restore-and-dump FILE" (restores the recovery file without
// asking, writes the plan to FILE and quits). Returns whether the hook quits.
bool runTestHook(MainWindow& window, const QString& hook)
{
    bool quits = false;
    PlanDocument* doc = window.document();
    for (const QString& step : hook.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList a = step.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (a.size() == 3 && a[0] == QLatin1String("tier")) {
            doc->setTier(a[1], a[2]);
        } else if (a.size() == 4 && a[0] == QLatin1String("input")) {
            const PlannedService* s = doc->plan().service(a[1]);
            const ServiceDefinition* def = s ? doc->catalog().service(s->request.service) : nullptr;
            const InputDefinition* in = def ? def->input(a[2]) : nullptr;
            auto value = in ? Quantity::parse(in->dimension, a[3]) : Expected<Quantity>(Error { a[2], {}, {} });
            if (value)
                doc->setInput(a[1], a[2], value.value());
        } else if (a.size() == 2 && a[0] == QLatin1String("restore-and-dump")) {
            window.offerRecovery(false);
            QSaveFile out(a[1]);
            if (out.open(QIODevice::WriteOnly)) {
                out.write(PlanWriter::toYaml(doc->plan()));
                out.commit();
            }
            quits = true;
        }
    }
    return quits;
}

// Runs `then` from the event loop once the first Paint event of the window (or a child)
// has been handled and that frame is painted, once; an application event filter until then.
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget* window, std::function<void()> then)
        : QObject(window)
        , m_window(window)
        , m_then(std::move(then))
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_then && event->type() == QEvent::Paint && watched->isWidgetType()
            && (watched == m_window || m_window->isAncestorOf(static_cast<QWidget*>(watched)))) {
            qApp->removeEventFilter(this);
            // Posted: it runs once the whole frame this paint belongs to has been painted.
            QTimer::singleShot(0, m_window, std::exchange(m_then, {}));
        }
        return false;
    }

private:
    QWidget* m_window;
    std::function<void()> m_then;
};

int runGui(int argc, char** argv)
{
    applyInteractiveAllocatorPolicy();
    // The built-in catalog is read and checked (YAML, then every formula compiled) on a
    // worker thread while the application starts and the window is built and painted: the
    // two longest pieces of start-up, and neither needs the other. The window is painted
    // first with no plan (menus, an empty tree and tabs); right after that first frame the
    // catalog is taken and the plan opened. The worker's messages are in English: it runs
    // before the translators are installed, and only a broken build has any.
    //
    // Qt takes the first thread that makes a QObject for its main thread, and the worker makes
    // one (a QFile) at once: this thread claims that first.
    QThread::currentThread();
    std::future<Expected<Catalog>> builtIn = std::async(std::launch::async, [] { return CatalogLoader().loadBuiltIn(); });
    QApplication app(argc, argv);
    i18n::install(&app, i18n::currentLanguage(true));
    // The installed icon and desktop entry (packaging/); the theme's chart icon when run uninstalled.
    QGuiApplication::setDesktopFileName(QStringLiteral(HEADROOM_APP_ID));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(HEADROOM_APP_ID), QIcon::fromTheme(QStringLiteral("office-chart-area"))));
    QCommandLineParser parser;
    const QCommandLineOption screenshot = screenshotOption();
    const QCommandLineOption view = viewOption();
    // Not process(), which calls exit() on a bad option while the worker runs; returning lets
    // the future wait for it. (--help, --help-all and --version never come here; see main().)
    if (!parseWindowOptions(parser, QCoreApplication::arguments()))
        return 2;
    // export-dialog: the File > Export dialog over the window, for the documentation.
    const bool exportDialog = parser.value(view) == QLatin1String("export-dialog");
    const auto chosenView
        = exportDialog ? std::optional(MainWindow::View::Sizing) : MainWindow::viewFromName(parser.value(view));
    if (!chosenView) {
        QTextStream(stderr) << QApplication::translate("main", "--view: '%1' is not one of sizing, whatif, "
                                                               "cluster, exports, export-dialog.")
                                   .arg(parser.value(view))
                            << Qt::endl;
        return 2;
    }

    const bool headless = parser.isSet(screenshot);
    const QString path = parser.positionalArguments().value(0);
    const QString hook = qEnvironmentVariable("HEADROOM_TEST_HOOK");

    MainWindow window { Catalog() };
    window.setInteractive(!headless);
    // Takes the worker's catalog (waiting for it if need be) into the window. The tests hold
    // the built-in catalog to its check, so only a broken build ever fails here.
    const auto takeCatalog = [&builtIn, &window] {
        auto catalog = builtIn.get();
        if (!catalog) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Headroom"),
                                  QApplication::translate("main", "The built-in catalog is broken:\n%1")
                                      .arg(catalog.error().toString()));
            return false;
        }
        window.setCatalog(std::move(catalog.value()));
        return true;
    };
    const auto openPlan = [&window, &path] {
        if (!path.isEmpty())
            return window.openFile(path);
        PlanLoader plans(window.document()->baseCatalog());
        if (auto sample = plans.loadSample())
            window.showPlan(sample.value(), PlanLoader::samplePath());
        return true;
    };

    if (headless) {
        if (!takeCatalog())
            return 1;
        const bool opened = openPlan();
        window.setView(*chosenView);
        window.show();
        QApplication::processEvents();
        bool saved = false;
        if (exportDialog) {
            ExportDialog dialog(window.document(), &window);
            dialog.show();
            QApplication::processEvents();
            saved = dialog.grab().save(parser.value(screenshot));
        } else {
            saved = window.grab().save(parser.value(screenshot));
        }
        return !opened ? 2 : saved ? 0 : 1;
    }
    window.restoreSettings();
    // Sizing the plan and filling the views is a visible step of its own, right after the
    // first frame, rather than a longer wait for any window at all. This runs before the
    // event loop takes any input, so nothing ever acts on the empty catalog. Then, after a
    // crash or kill, offer what the last run had not saved; or, under a test hook (tests/ui/
    // tst_recovery.cpp), do the hook's steps on the window as this start-up left it.
    new AfterFirstPaint(&window, [&window, takeCatalog, openPlan, hook] {
        if (!takeCatalog()) {
            QCoreApplication::exit(1);
            return;
        }
        openPlan();
        if (!hook.isEmpty()) {
            if (runTestHook(window, hook))
                QCoreApplication::exit(0);
            return;
        }
        window.offerRecovery();
    });
    if (qEnvironmentVariableIsSet("HEADROOM_QUIT_AFTER_FIRST_PAINT")) {
        // bench/bench_gui.cpp times start-up to the first painted window as a process: up to
        // this line on stdout, written once the first frame is painted, as for its bare
        // window. Made after the plan opener, so its filter sees the paint first and it runs
        // first: the loop stops before the plan opens (the future still waits for the worker).
        new AfterFirstPaint(&window, [] {
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("headroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEADROOM_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Headroom"));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const bool wantsGui = !CommandLine::isCommand(arguments);
    const bool screenshot = arguments.contains(QStringLiteral("--screenshot"));
    const bool infoOnly = arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))
        || arguments.contains(QStringLiteral("--help-all")) || arguments.contains(QStringLiteral("--version"))
        || arguments.contains(QStringLiteral("-v"));
    if (wantsGui && screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // --help and --version never start the window: its catalog worker thread would still be
    // running when the parser calls exit().
    if (wantsGui && !infoOnly && (hasDisplay() || screenshot))
        return runGui(argc, argv);

    QCoreApplication app(argc, argv);
    i18n::install(&app, i18n::currentLanguage(false));
    if (wantsGui && infoOnly) {
        QCommandLineParser parser;
        describeOptions(parser, { screenshotOption(), viewOption() });
        parser.process(app); // prints help or version and exits
        return 0;
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine(out, err);
    if (wantsGui) {
        // The window's options are checked here too: a bad one is refused, not ignored.
        QCommandLineParser parser;
        if (!parseWindowOptions(parser, arguments))
            return 2;
        const QString plan = parser.positionalArguments().value(0);
        if (!plan.isEmpty()) {
            err << CommandLine::tr("No display found (DISPLAY and WAYLAND_DISPLAY are not set), so Headroom prints "
                                   "the report of %1 instead of opening its window.")
                       .arg(plan)
                << Qt::endl;
            return commandLine.run({ arguments.value(0), QStringLiteral("report"), plan });
        }
        err << CommandLine::tr("No display found (DISPLAY and WAYLAND_DISPLAY are not set), so Headroom prints the "
                               "sizing of its sample plan instead of opening its window.")
            << Qt::endl;
        return commandLine.printSample();
    }
    return commandLine.run(arguments);
}
