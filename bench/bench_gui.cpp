// SPDX-License-Identifier: Apache-2.0
// GUI benchmarks (Google Benchmark), run offscreen. Medians over repetitions are what
// count:
//   QT_QPA_PLATFORM=offscreen headroom_bench_gui --benchmark_repetitions=10
//       --benchmark_report_aggregates_only=true
//
// - BM_EditRefresh/200 and /10000: one edit of a 200- or 10,000-service plan through the
//   document (an undoable SetInputCommand on the selected service), which re-sizes what the
//   edit touches (IncrementalSizer), updates the tree, the sizing table and the findings,
//   re-sweeps the visible what-if chart, and then the event loop paints what changed (the
//   chart view's viewport must have received a Paint event, counted as `paints`). Target:
//   one 60 Hz frame, 16 ms, at 10,000 services.
// - BM_CheckPlan and BM_OpenPlan at 10,000, 50,000 and 100,000 services, side by side in one
//   run: `headroom check FILE`'s work in this process (load, size, findings text) against
//   File › Open of the same file in a shown window up to its next painted frame. Target:
//   opening 100,000 services within 3× of checking them.
// - BM_OpenExportsView at 10,000 and 100,000 services, in the same run as BM_CheckPlan: File ›
//   Open of the plan and the Exports tab shown, up to the next painted frame, with the
//   process's peak memory (peak_rss_MiB: run one size alone to read its own). Target: within
//   3× of checking the same file.
// - BM_Autosave at 10,000 and 100,000 services: how long one autosave of the recovery file
//   (RecoveryStore::autosave, what its timer runs after an edit) holds the GUI thread, and
//   written_ms, the time until the file is committed in the background. Target: one 60 Hz
//   frame, 16 ms, at 10,000 services.
// - BM_WhatIfSweep/1000: whatif::sweep of PostgreSQL's connections over 1,000 points.
//   Target: 5 ms.
// - BM_StartupHeadroom and BM_StartupBareChartWindow, side by side in one run: construct
//   the window, show it and run the event loop until its first frame is painted; then
//   destroy it. Headroom's start-up includes loading the built-in catalog and the sample
//   plan, as `headroom` does; the bare one is a QMainWindow whose central widget is one
//   QChartView with an empty chart. Both run in this process, after QApplication exists, so
//   process creation, dynamic linking and platform plugin loading (the same for both) are
//   left out, which makes the ratio stricter, not kinder. Target: Headroom ≤ 1.5× bare.
#include "benchsupport.h"
#include "engine/whatifsweep.h"
#include "io/catalogloader.h"
#include "io/planloader.h"
#include "plangenerator.h"
#include "report/planreport.h"
#include "ui/allocatorpolicy.h"
#include "ui/mainwindow.h"
#include "ui/plandocument.h"
#include "ui/recoverystore.h"
#include "ui/sizingtablemodel.h"
#include "ui/whatifview.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMainWindow>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>

using namespace headroom;

namespace {

// A benchmark that cannot do its work fails the run (bench_gui_smoke in ctest), not just
// its row of the report.
bool g_failed = false;

void fail(benchmark::State& state, const char* message)
{
    g_failed = true;
    state.SkipWithError(message);
}

// Counts the Paint events of a widget and its children, and waits for the next one: the
// event loop runs until a paint has been delivered and the loop is back (the whole frame
// is then painted), or gives up after `ms`.
class PaintWaiter : public QObject
{
public:
    explicit PaintWaiter(QWidget* root)
        : m_root(root)
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        qApp->installEventFilter(this);
    }
    ~PaintWaiter() override { qApp->removeEventFilter(this); }

    int paints = 0;

    bool waitForPaint(int before, int ms = 5000)
    {
        if (paints > before)
            return true;
        m_timer.start(ms);
        m_waiting = true;
        m_loop.exec();
        m_waiting = false;
        m_timer.stop();
        return paints > before;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && (watched == m_root || m_root->isAncestorOf(static_cast<QWidget*>(watched)))) {
            ++paints;
            if (m_waiting)
                m_loop.quit();
        }
        return false;
    }

private:
    QWidget* m_root;
    QEventLoop m_loop;
    QTimer m_timer;
    bool m_waiting = false;
};

void BM_EditRefresh(benchmark::State& state)
{
    const Plan plan = bench::generatePlan(int(state.range(0)), bench::builtInCatalog());
    MainWindow window(bench::builtInCatalog());
    window.setInteractive(false);
    window.showPlan(plan, QString());
    window.setView(MainWindow::View::WhatIf);
    window.show();
    // A PostgreSQL service without a topology: its connections sweep is the default chart.
    QString service;
    for (const auto& s : plan.services) {
        if (s.request.service == QLatin1String("postgresql") && !s.topology) {
            service = s.name;
            break;
        }
    }
    if (service.isEmpty())
        service = plan.services.first().name;
    window.selectService(service);
    QWidget* viewport = window.whatIfView()->findChild<QChartView*>()->viewport();
    PaintWaiter counter(viewport);
    counter.waitForPaint(-1);
    QCoreApplication::processEvents();

    const PlannedService* s = window.document()->plan().service(service);
    const QString input = window.whatIfView()->inputCombo()->currentData().toString();
    const InputDefinition* in = window.document()->catalog().service(s->request.service)->input(input);
    const QList<WhatIfPoint> points = window.whatIfView()->points();
    int step = 0;
    int paints = 0;
    for (auto _ : state) {
        const int before = counter.paints;
        // Alternate between two values inside the swept range, as a slider drag does.
        const Quantity value = points.at(step++ % 2 == 0 ? points.size() / 3 : points.size() / 2).input;
        window.document()->setInput(service, in->name, value);
        if (!counter.waitForPaint(before)) {
            fail(state, "the chart was not repainted");
            break;
        }
        paints += counter.paints - before;
    }
    state.counters["paints"] = benchmark::Counter(paints, benchmark::Counter::kAvgIterations);
    state.counters["rows"] = window.sizingModel()->rowCount();
}
BENCHMARK(BM_EditRefresh)->Arg(200)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_WhatIfSweep(benchmark::State& state)
{
    SizingEngine engine(bench::builtInCatalog());
    ServiceRequest request;
    request.service = QStringLiteral("postgresql");
    request.size = QStringLiteral("medium");
    request.storageClass = QStringLiteral("standard-ssd");
    const int points = int(state.range(0));
    for (auto _ : state) {
        auto sweep = whatif::sweep(engine, request, QStringLiteral("connections"), Quantity::count(1),
                                   Quantity::count(4000), points);
        if (!sweep || sweep->size() != points) {
            fail(state, "the sweep failed");
            break;
        }
        benchmark::DoNotOptimize(sweep->last().sizing->resources.memoryLimit);
    }
    state.SetItemsProcessed(state.iterations() * points);
}
BENCHMARK(BM_WhatIfSweep)->Arg(1000)->Unit(benchmark::kMillisecond);

// A generated plan of `services` services written as a file once per run, as a user's plan is opened.
QString planFile(int services)
{
    static QTemporaryDir dir;
    static std::map<int, QString> files;
    auto it = files.find(services);
    if (it != files.end())
        return it->second;
    const QString path = dir.filePath(QStringLiteral("plan-%1.yaml").arg(services));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bench::generatePlanYaml(services, bench::builtInCatalog())) < 0)
        return QString();
    return files.emplace(services, path).first->second;
}

// `headroom check FILE`'s work in this process: load the plan, size it and write its
// findings as text (the process's start-up and output stream left out).
void BM_CheckPlan(benchmark::State& state)
{
    const QString path = planFile(int(state.range(0)));
    for (auto _ : state) {
        PlanLoader loader(bench::builtInCatalog());
        auto plan = loader.loadFile(path);
        auto catalog = plan ? PlanLoader::catalogFor(plan.value(), bench::builtInCatalog(), path)
                            : Expected<Catalog>(plan.error());
        if (!plan || !catalog) {
            fail(state, "the plan did not load");
            break;
        }
        const PlanSizing sizing = PlanSizer(catalog.value()).size(plan.value());
        benchmark::DoNotOptimize(plan_report::findingsText(sizing));
    }
}
BENCHMARK(BM_CheckPlan)->Arg(10000)->Arg(50000)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

// File › Open of a plan file in a window already shown with the sample, until the next frame is
// painted (the Sizing tab, the tree, the findings and the property editor of the first service).
// Target: within 3x BM_CheckPlan of the same file, in the same run.
void BM_OpenPlan(benchmark::State& state)
{
    const QString path = planFile(int(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        auto window = std::make_unique<MainWindow>(bench::builtInCatalog());
        window->setInteractive(false);
        PaintWaiter counter(window.get());
        window->show();
        counter.waitForPaint(0);
        QCoreApplication::processEvents();
        const int before = counter.paints;
        state.ResumeTiming();
        if (!window->openFile(path) || !counter.waitForPaint(before, 600000)) {
            fail(state, "the plan did not open and paint");
            break;
        }
        state.PauseTiming();
        window.reset();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
    state.counters["services"] = double(state.range(0));
}
BENCHMARK(BM_OpenPlan)->Arg(10000)->Arg(50000)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

// File › Open of a plan file in a window already shown with the sample, then the Exports tab,
// until the next frame is painted (the tab's lists and the first service's first file).
// Target: within 3x BM_CheckPlan of the same file, in the same run.
void BM_OpenExportsView(benchmark::State& state)
{
    const QString path = planFile(int(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        auto window = std::make_unique<MainWindow>(bench::builtInCatalog());
        window->setInteractive(false);
        PaintWaiter counter(window.get());
        window->show();
        counter.waitForPaint(0);
        QCoreApplication::processEvents();
        const int before = counter.paints;
        state.ResumeTiming();
        if (!window->openFile(path)) {
            fail(state, "the plan did not open");
            break;
        }
        window->setView(MainWindow::View::Exports);
        if (!counter.waitForPaint(before, 600000)) {
            fail(state, "the Exports tab was not painted");
            break;
        }
        state.PauseTiming();
        window.reset();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
    state.counters["services"] = double(state.range(0));
    state.counters["peak_rss_MiB"] = bench::peakMemoryMiB();
}
BENCHMARK(BM_OpenExportsView)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

// One autosave after an edit of one service (the edit itself is not timed): the time the GUI
// thread spends in it. The file is written on the store's own thread; written_ms is the time
// to the file committed, which the GUI thread does not wait for.
void BM_Autosave(benchmark::State& state)
{
    PlanDocument document(bench::builtInCatalog());
    if (document.setPlan(bench::generatePlan(int(state.range(0)), bench::builtInCatalog()), QString())) {
        fail(state, "the plan did not load");
        return;
    }
    RecoveryStore store(&document);
    QString failure;
    QObject::connect(&store, &RecoveryStore::writeFailed, [&failure](const QString& message) { failure = message; });
    const QString service = document.plan().services.first().name;
    double written = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const bool large = document.plan().service(service)->request.size == QLatin1String("large");
        document.setTier(service, large ? QStringLiteral("medium") : QStringLiteral("large"));
        state.ResumeTiming();
        QElapsedTimer started;
        started.start();
        store.autosave();
        state.PauseTiming();
        // The write goes on in the background; the next edit waits for it, untimed.
        while (store.isWriting())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        written += double(started.nsecsElapsed()) / 1e6;
        state.ResumeTiming();
        if (!failure.isEmpty()) {
            fail(state, "the recovery file was not written");
            break;
        }
    }
    store.discard();
    state.counters["services"] = double(state.range(0));
    // From the autosave's start to its file committed and the result back on the GUI thread.
    state.counters["written_ms"] = benchmark::Counter(written, benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_Autosave)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

template <typename MakeWindow> void startUp(benchmark::State& state, MakeWindow make)
{
    for (auto _ : state) {
        std::unique_ptr<QWidget> window = make();
        PaintWaiter counter(window.get());
        window->show();
        if (!counter.waitForPaint(0)) {
            fail(state, "the window never painted");
            break;
        }
        state.PauseTiming();
        counter.paints = 0;
        window.reset();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
}

void BM_StartupHeadroom(benchmark::State& state)
{
    startUp(state, [] {
        // As `headroom` starts without a plan: the catalog, then the sample plan.
        auto catalog = CatalogLoader().loadBuiltIn();
        auto window = std::make_unique<MainWindow>(catalog.value());
        window->setInteractive(false);
        PlanLoader plans(catalog.value());
        if (auto sample = plans.loadSample())
            window->showPlan(sample.value(), PlanLoader::samplePath());
        return std::unique_ptr<QWidget>(std::move(window));
    });
}
BENCHMARK(BM_StartupHeadroom)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_StartupBareChartWindow(benchmark::State& state)
{
    startUp(state, [] {
        auto window = std::make_unique<QMainWindow>();
        auto* view = new QChartView(new QChart, window.get());
        window->setCentralWidget(view);
        window->resize(1500, 900);
        return std::unique_ptr<QWidget>(std::move(window));
    });
}
BENCHMARK(BM_StartupBareChartWindow)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same as processes, which is what a user waits for: `headroom` (catalog and window;
// the sample plan opens after the first frame, app/main.cpp) against this executable started with --bare-chart-window,
// each run offscreen until its first frame is painted and then quitting (HEADROOM_QUIT_AFTER_FIRST_PAINT, which only
// the test-only headroom_hooked reads; app/teststarthooks.cpp). Wall time
// from QProcess::start to the "first-paint" line each writes once its first frame is painted, so both include process
// creation, dynamic linking, the platform plugin and fonts; teardown is not timed.
void startProcess(benchmark::State& state, const QString& program, const QStringList& arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HEADROOM_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    QTemporaryDir home;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    for (auto _ : state) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        // Timed up to the child's "first-paint" line, written once its first frame is painted.
        bool painted = false;
        while (!painted && process.waitForReadyRead(60000))
            painted = process.readAll().contains("first-paint");
        state.PauseTiming(); // the teardown is not start-up
        if (!process.waitForFinished(60000) || process.exitCode() != 0 || !painted) {
            fail(state, "the process failed or never painted");
            break;
        }
        state.ResumeTiming();
    }
}

void BM_StartupHeadroomProcess(benchmark::State& state)
{
    startProcess(state, QStringLiteral(HEADROOM_EXECUTABLE), {});
}
BENCHMARK(BM_StartupHeadroomProcess)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_StartupBareChartWindowProcess(benchmark::State& state)
{
    startProcess(state, QCoreApplication::applicationFilePath(), { QStringLiteral("--bare-chart-window") });
}
BENCHMARK(BM_StartupBareChartWindowProcess)->Unit(benchmark::kMillisecond)->UseRealTime();

// --bare-chart-window: the reference window alone, quitting after its first frame.
int bareChartWindow(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QChartView(new QChart, &window));
    window.resize(1500, 900);
    PaintWaiter waiter(&window);
    window.show();
    if (!waiter.waitForPaint(0, 60000))
        return 1;
    std::fputs("first-paint\n", stdout); // what startProcess times up to
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--bare-chart-window") == 0)
            return bareChartWindow(argc, argv);
    }
    QStandardPaths::setTestModeEnabled(true); // no settings or recovery files of the user's
    applyInteractiveAllocatorPolicy(); // as the GUI runs (app/main.cpp)
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("headroom-bench"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return g_failed ? 1 : 0;
}
