#include "commandline.h"

#include "catalogloader.h"
#include "mainwindow.h"
#include "planloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>

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
void describeOptions(QCommandLineParser& parser, const QCommandLineOption& screenshot)
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
    parser.addOption(screenshot);
}

QCommandLineOption screenshotOption()
{
    return { QStringLiteral("screenshot"), QApplication::translate("main", "Render the window to OUT.png and exit."),
             QStringLiteral("OUT.png") };
}

int runGui(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption screenshot = screenshotOption();
    describeOptions(parser, screenshot);
    parser.process(app);

    CatalogLoader loader;
    auto catalog = loader.loadBuiltIn();
    if (!catalog) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Headroom"),
                              QApplication::translate("main", "The built-in catalog is broken:\n%1")
                                  .arg(catalog.error().toString()));
        return 1;
    }
    PlanLoader plans(catalog.value());
    const QString path = parser.positionalArguments().value(0);
    auto plan = path.isEmpty() ? plans.loadSample() : plans.loadFile(path);

    MainWindow window(std::move(catalog.value()));
    if (plan) {
        window.showPlan(plan.value(), path.isEmpty() ? PlanLoader::samplePath() : path);
    } else if (!parser.isSet(screenshot)) {
        QTimer::singleShot(0, &window, [&window, error = plan.error().toString()] {
            QMessageBox::warning(&window, QApplication::translate("main", "Cannot open the plan"), error);
        });
    }
    if (parser.isSet(screenshot)) {
        window.show();
        QApplication::processEvents();
        const bool saved = window.grab().save(parser.value(screenshot));
        if (!plan) {
            QTextStream(stderr) << plan.error().toString() << Qt::endl;
            return 2;
        }
        return saved ? 0 : 1;
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
        || arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"));
    if (wantsGui && screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (wantsGui && (hasDisplay() || screenshot))
        return runGui(argc, argv);

    QCoreApplication app(argc, argv);
    if (wantsGui && infoOnly) {
        QCommandLineParser parser;
        describeOptions(parser, screenshotOption());
        parser.process(app); // prints help or version and exits
        return 0;
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine(out, err);
    if (wantsGui) {
        err << CommandLine::tr("No display found (DISPLAY and WAYLAND_DISPLAY are not set), so Headroom prints the "
                               "sizing of its sample plan instead of opening its window.")
            << Qt::endl;
        return commandLine.printSample();
    }
    return commandLine.run(arguments);
}
