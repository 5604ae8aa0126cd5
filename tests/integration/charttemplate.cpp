// SPDX-License-Identifier: Apache-2.0
#include "charttemplate.h"

#include "engine/plansizer.h"
#include "export/planexporter.h"
#include "io/planloader.h"
#include "testutils.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

namespace headroom::testutils {

ChartRender renderService(const QByteArray& planText, const QString& service, const QString& chartDir,
                          const QStringList& secrets)
{
    auto catalog = builtInCatalog();
    if (!catalog)
        return { catalog.error().toString(), {} };
    PlanLoader loader(catalog.value());
    auto plan = loader.load(planText, QStringLiteral("plan.yaml"));
    if (!plan)
        return { plan.error().toString(), {} };
    const PlanSizing sizing = PlanSizer(loader.effectiveCatalog()).size(plan.value());
    auto files = PlanExporter::files(plan.value(), sizing, loader.effectiveCatalog(), PlanExportOptions {});
    if (!files)
        return { files.error().toString(), {} };
    QTemporaryDir dir;
    for (const ExportFile& file : files.value()) {
        if (file.kind != QLatin1String("helm-values") || file.service != service)
            continue;
        const QString path = dir.filePath(file.fileName);
        if (!writeFile(path, file.content))
            return { QStringLiteral("cannot write ") + path, {} };
        QStringList arguments = { QStringLiteral("template"), service, chartDir, QStringLiteral("-f"), path };
        for (const QString& key : secrets)
            arguments << QStringLiteral("--set-string") << key + QStringLiteral("=rendered-by-the-test");
        QProcess helm;
        helm.start(QStringLiteral(HEADROOM_HELM), arguments);
        if (!helm.waitForFinished(60000) || helm.exitCode() != 0)
            return { QStringLiteral("helm template failed: ") + QString::fromUtf8(helm.readAllStandardError()), {} };
        try {
            return { {}, YAML::LoadAll(helm.readAllStandardOutput().toStdString()) };
        } catch (const YAML::Exception& e) {
            return { QString::fromStdString(e.msg), {} };
        }
    }
    return { QStringLiteral("the export has no values file for ") + service, {} };
}

YAML::Node mainContainer(const std::vector<YAML::Node>& documents, const QString& chart)
{
    for (const auto& doc : documents) {
        if (!doc.IsMap() || !doc["kind"])
            continue;
        const std::string kind = doc["kind"].as<std::string>();
        if (kind != "StatefulSet" && kind != "Deployment")
            continue;
        for (const auto& c : doc["spec"]["template"]["spec"]["containers"])
            if (c["name"] && QString::fromStdString(c["name"].as<std::string>()) == chart)
                return c;
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

QStringList configMapTexts(const std::vector<YAML::Node>& documents, const QString& marker)
{
    QStringList out;
    for (const auto& doc : documents) {
        if (!doc.IsMap() || !doc["kind"] || doc["kind"].as<std::string>() != "ConfigMap" || !doc["data"])
            continue;
        for (const auto& entry : doc["data"]) {
            const QString text = QString::fromStdString(entry.second.as<std::string>());
            if (text.contains(marker))
                out << text;
        }
    }
    return out;
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

} // namespace headroom::testutils
