// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/catalog.h"
#include "model/error.h"
#include "model/plan.h"
#include "model/plansizing.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QtTest>

// What many test files need: the built-in catalog, a plan loaded and sized, a role of a sizing,
// files, the built executable run as a process. Linked as headroom_testutils
// (tests/CMakeLists.txt).
namespace headroom::testutils {

// The error of an Expected as one line for QVERIFY2, empty when it holds a value.
template <typename T> QString errorText(const Expected<T>& expected)
{
    return expected ? QString() : expected.error().toString();
}

// The built-in catalog, loaded as the executable loads it.
Expected<Catalog> builtInCatalog();

// A plan as PlanLoader reads it, the effective catalog it was read against (the base and
// the plan's own entries) and PlanSizer's sizing of it.
struct SizedPlan
{
    Plan plan;
    Catalog catalog;
    PlanSizing sizing;
};

// Loads and sizes a plan's text against `base`; a plan that does not load ends the test
// program with the loader's error, since every caller's plan is the test's own text.
SizedPlan sizePlan(const Catalog& base, const QByteArray& text);

// The sizing of one role of a service ("" for a service without roles), or null.
const RoleSizing* roleOf(const PlanSizing& sizing, const QString& service, const QString& role = QString());

// The whole file, or an empty array when it cannot be read.
QByteArray readFile(const QString& path);
bool writeFile(const QString& path, const QByteArray& data);

// A file of tests/data/ in the source tree.
QString dataFile(const QString& name);

struct ProcessResult
{
    // -1 when the process crashed, did not start or ran over its time.
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `program` to its end with `input` on its standard input; killed after `timeoutMs`.
ProcessResult runProcess(const QString& program, const QStringList& arguments,
                         const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                         const QByteArray& input = QByteArray(), int timeoutMs = 60000);

} // namespace headroom::testutils

// Loads the built-in catalog into `target` (a Catalog or std::optional<Catalog>), or fails
// the calling test function with the loader's error.
#define HEADROOM_LOAD_BUILT_IN_CATALOG(target)                                                                         \
    do {                                                                                                               \
        auto headroomCatalog = headroom::testutils::builtInCatalog();                                                  \
        QVERIFY2(headroomCatalog.hasValue(), qPrintable(headroom::testutils::errorText(headroomCatalog)));             \
        (target) = std::move(headroomCatalog.value());                                                                 \
    } while (false)
