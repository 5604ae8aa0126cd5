// SPDX-License-Identifier: Apache-2.0
#include "app/afterfirstpaint.h"
#include "app/commandline.h"
#include "app/starthooks.h"
#include "io/catalogloader.h"
#include "translations/translationloader.h"
#include "ui/allocatorpolicy.h"
#include "ui/exportdialog.h"
#include "ui/mainwindow.h"
#include "ui/plandocument.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QThread>

#include <future>
#include <memory>
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
    parser.setApplicationDescription(
        QApplication::translate("main",
                                "Headroom sizes data services on Kubernetes.\n\nCommands (headroom COMMAND "
                                "--help):\n%1")
            .arg(CommandRegistry().summaries()));
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
             QApplication::translate("main",
                                     "With --screenshot: the view to show, sizing (default), whatif, "
                                     "cluster, exports, findings, welcome or export-dialog."),
             QStringLiteral("VIEW"), QStringLiteral("sizing") };
}

QCommandLineOption sizeOption()
{
    return { QStringLiteral("size"),
             QApplication::translate("main", "With --screenshot: the window's size in pixels, e.g. 1024x700."),
             QStringLiteral("WxH"), QStringLiteral("1500x900") };
}

// Reads the window's own options (--screenshot, --view, a plan) from `arguments`; a bad one
// is said on standard error in one line, as the commands say theirs.
bool parseWindowOptions(QCommandLineParser& parser, const QStringList& arguments)
{
    describeOptions(parser, { screenshotOption(), viewOption(), sizeOption() });
    if (parser.parse(arguments))
        return true;
    QTextStream(stderr) << QCoreApplication::applicationName() << QStringLiteral(": ") << parser.errorText()
                        << Qt::endl;
    return false;
}

// The window as it starts: the built-in catalog still loading on its worker thread, and the plan to open.
struct GuiStart
{
    std::future<Expected<Catalog>>& builtIn;
    MainWindow& window;
    QString path;

    // Takes the worker's catalog (waiting for it if need be) into the window. The tests hold the built-in catalog
    // to its check, so only a broken build ever fails here.
    bool takeCatalog() const
    {
        auto catalog = builtIn.get();
        if (!catalog) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Headroom"),
                QApplication::translate("main", "The built-in catalog is broken:\n%1").arg(catalog.error().toString()));
            return false;
        }
        window.setCatalog(std::move(catalog.value()));
        return true;
    }

    // Screenshots show the plan given, else the sample (the documentation's pictures).
    bool openPlanOrSample() const
    {
        if (!path.isEmpty())
            return window.openFile(path);
        window.openSample();
        return true;
    }
};

// --view and --size: a view of the window, the export dialog over it, the first finding
// selected or the welcome page (for the documentation), at a size.
struct ViewChoice
{
    enum class Extra { None, ExportDialog, Finding, Welcome };
    MainWindow::View view = MainWindow::View::Sizing;
    Extra extra = Extra::None;
    QSize size;
};

std::optional<QSize> chosenSize(const QCommandLineParser& parser)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
    const QString text = parser.value(QStringLiteral("size"));
    const auto match = pattern.match(text);
    if (match.hasMatch())
        return QSize(match.captured(1).toInt(), match.captured(2).toInt());
    QTextStream(stderr)
        << QApplication::translate("main", "--size: '%1' is not a size in pixels such as 1024x700.").arg(text)
        << Qt::endl;
    return std::nullopt;
}

std::optional<ViewChoice> chosenView(const QCommandLineParser& parser)
{
    const auto size = chosenSize(parser);
    if (!size)
        return std::nullopt;
    const QString name = parser.value(QStringLiteral("view"));
    if (name == QLatin1String("export-dialog"))
        return ViewChoice { MainWindow::View::Sizing, ViewChoice::Extra::ExportDialog, *size };
    if (name == QLatin1String("findings"))
        return ViewChoice { MainWindow::View::Sizing, ViewChoice::Extra::Finding, *size };
    if (name == QLatin1String("welcome"))
        return ViewChoice { MainWindow::View::Sizing, ViewChoice::Extra::Welcome, *size };
    if (const auto view = MainWindow::viewFromName(name))
        return ViewChoice { *view, ViewChoice::Extra::None, *size };
    QTextStream(stderr) << QApplication::translate("main",
                                                   "--view: '%1' is not one of sizing, whatif, "
                                                   "cluster, exports, findings, welcome, export-dialog.")
                               .arg(name)
                        << Qt::endl;
    return std::nullopt;
}

int takeScreenshot(const GuiStart& start, const ViewChoice& choice, const QString& file)
{
    if (!start.takeCatalog())
        return 1;
    const bool opened = start.openPlanOrSample();
    start.window.setView(choice.view);
    start.window.resize(choice.size);
    if (choice.extra == ViewChoice::Extra::Welcome)
        start.window.showWelcome();
    start.window.show();
    if (choice.extra == ViewChoice::Extra::Finding)
        start.window.selectFirstFinding();
    QApplication::processEvents();
    bool saved = false;
    if (choice.extra == ViewChoice::Extra::ExportDialog) {
        ExportDialog dialog(start.window.document(), &start.window);
        dialog.show();
        QApplication::processEvents();
        saved = dialog.grab().save(file);
    } else {
        saved = start.window.grab().save(file);
    }
    return !opened ? 2 : saved ? 0 : 1;
}

int runWindow(QApplication& app, const GuiStart& start)
{
    MainWindow& window = start.window;
    window.restoreSettings();
    // Sizing the plan and filling the views is a visible step of its own, right after the first frame, rather than
    // a longer wait for any window at all. This runs before the event loop takes any input, so nothing ever acts on
    // the empty catalog. Then, after a crash or kill, offer what the last run had not saved.
    new AfterFirstPaint(&window, [start] {
        if (!start.takeCatalog()) {
            QCoreApplication::exit(1);
            return;
        }
        start.window.startUp(start.path);
        if (!starthooks::afterOpen(start.window))
            start.window.offerRecovery();
    });
    starthooks::beforeShow(window);
    window.show();
    return app.exec();
}

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
    std::future<Expected<Catalog>> builtIn
        = std::async(std::launch::async, [] { return CatalogLoader().loadBuiltIn(); });
    QApplication app(argc, argv);
    i18n::install(&app, i18n::currentLanguage(true));
    // The installed icon and desktop entry (packaging/); the theme's chart icon when run uninstalled.
    QGuiApplication::setDesktopFileName(QStringLiteral(HEADROOM_APP_ID));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(HEADROOM_APP_ID), QIcon::fromTheme(QStringLiteral("office-chart-area"))));
    QCommandLineParser parser;
    // Not process(), which calls exit() on a bad option while the worker runs; returning lets
    // the future wait for it. (--help, --help-all and --version never come here; see main().)
    if (!parseWindowOptions(parser, QCoreApplication::arguments()))
        return 2;
    const auto choice = chosenView(parser);
    if (!choice)
        return 2;
    const bool headless = parser.isSet(QStringLiteral("screenshot"));
    MainWindow window { Catalog() };
    window.setInteractive(!headless);
    const GuiStart start { builtIn, window, parser.positionalArguments().value(0) };
    if (headless)
        return takeScreenshot(start, *choice, parser.value(QStringLiteral("screenshot")));
    return runWindow(app, start);
}

// `report --format html|pdf` paints its charts and lays out pages: a QGuiApplication, offscreen, whatever the display.
bool needsPainting(const QStringList& arguments)
{
    if (arguments.value(1) != QLatin1String("report"))
        return false;
    const QStringList painted { QStringLiteral("html"), QStringLiteral("pdf") };
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if ((a == QLatin1String("--format") || a == QLatin1String("-F")) && painted.contains(arguments.value(i + 1)))
            return true;
        if (a.startsWith(QLatin1String("--format=")) && painted.contains(a.mid(9)))
            return true;
    }
    return false;
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

    const bool painting = !wantsGui && needsPainting(arguments);
    if (painting)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application
        = painting ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    i18n::install(&app, i18n::currentLanguage(false));
    if (wantsGui && infoOnly) {
        QCommandLineParser parser;
        describeOptions(parser, { screenshotOption(), viewOption(), sizeOption() });
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
        return commandLine.run({ arguments.value(0), QStringLiteral("sample") });
    }
    return commandLine.run(arguments);
}
