// SPDX-License-Identifier: Apache-2.0
#include "testutils.h"

#include "engine/plansizer.h"
#include "io/catalogloader.h"
#include "io/planloader.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace headroom::testutils {

Expected<Catalog> builtInCatalog()
{
    return CatalogLoader().loadBuiltIn();
}

SizedPlan sizePlan(const Catalog& base, const QByteArray& text)
{
    PlanLoader loader(base);
    auto plan = loader.load(text, QStringLiteral("plan.yaml"));
    if (!plan)
        qFatal("%s", qPrintable(plan.error().toString()));
    Catalog catalog = loader.effectiveCatalog();
    PlanSizing sizing = PlanSizer(catalog).size(plan.value());
    return { std::move(plan.value()), std::move(catalog), std::move(sizing) };
}

const RoleSizing* roleOf(const PlanSizing& sizing, const QString& service, const QString& role)
{
    const ServicePlanSizing* s = sizing.service(service);
    if (!s)
        return nullptr;
    for (const auto& r : s->roles) {
        if (r.role == role)
            return &r;
    }
    return nullptr;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QString dataFile(const QString& name)
{
    return QDir(QStringLiteral(HEADROOM_SOURCE_DIR "/tests/data")).filePath(name);
}

ProcessResult runProcess(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
                         const QByteArray& input, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace headroom::testutils
