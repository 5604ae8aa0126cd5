// SPDX-License-Identifier: Apache-2.0
#include "app/afterfirstpaint.h"
#include "app/starthooks.h"
#include "io/planwriter.h"
#include "ui/mainwindow.h"
#include "ui/plandocument.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

// The test hooks, all of them, for headroom_hooked only (tests and benchmarks; never installed):
//
// HEADROOM_TEST_HOOK: steps separated by ';', done on the window once its plan is open, instead of offering
// recovery (tests/ui/tst_recovery.cpp edits a running Headroom, kills it with SIGKILL and starts it again):
//   tier SERVICE SIZE          set the service's tier, as an edit in the window would
//   input SERVICE NAME VALUE   set one of the service's inputs (VALUE in the input's unit, e.g. 200 or 8Gi)
//   restore-and-dump FILE      restore the recovery file without asking, write the plan to FILE and quit (exit 0)
//
// HEADROOM_QUIT_AFTER_FIRST_PAINT (any value): print "first-paint" on standard output once the first frame is
// painted, then quit before the plan opens (tests/app/tst_commandline.cpp, bench/bench_gui.cpp time start-up).

using namespace headroom;

namespace {

void setInput(PlanDocument& doc, const QString& service, const QString& name, const QString& text)
{
    const PlannedService* s = doc.plan().service(service);
    const ServiceDefinition* def = s ? doc.catalog().service(s->request.service) : nullptr;
    const InputDefinition* in = def ? def->input(name) : nullptr;
    auto value = in ? Quantity::parse(in->dimension, text) : Expected<Quantity>(Error { name, {}, {} });
    if (value)
        doc.setInput(service, name, value.value());
}

void restoreAndDump(MainWindow& window, const QString& path)
{
    window.offerRecovery(false);
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(PlanWriter::toYaml(window.document()->plan()));
        out.commit();
    }
}

// Returns whether the steps quit.
bool runSteps(MainWindow& window, const QString& hook)
{
    bool quits = false;
    PlanDocument* doc = window.document();
    for (const QString& step : hook.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList a = step.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (a.size() == 3 && a[0] == QLatin1String("tier")) {
            doc->setTier(a[1], a[2]);
        } else if (a.size() == 4 && a[0] == QLatin1String("input")) {
            setInput(*doc, a[1], a[2], a[3]);
        } else if (a.size() == 2 && a[0] == QLatin1String("restore-and-dump")) {
            restoreAndDump(window, a[1]);
            quits = true;
        }
    }
    return quits;
}

} // namespace

namespace starthooks {

void beforeShow(MainWindow& window)
{
    if (!qEnvironmentVariableIsSet("HEADROOM_QUIT_AFTER_FIRST_PAINT"))
        return;
    // Made after the plan opener, so its filter sees the paint first and it runs first: the loop stops before the
    // plan opens (the catalog worker is still waited for).
    new AfterFirstPaint(&window, [] {
        std::fputs("first-paint\n", stdout);
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

bool afterOpen(MainWindow& window)
{
    const QString hook = qEnvironmentVariable("HEADROOM_TEST_HOOK");
    if (hook.isEmpty())
        return false;
    if (runSteps(window, hook))
        QCoreApplication::exit(0);
    return true;
}

} // namespace starthooks
