// SPDX-License-Identifier: Apache-2.0
#include "commands/commandregistry.h"

#include "commands/catalogcommand.h"
#include "commands/checkcommand.h"
#include "commands/diffcommand.h"
#include "commands/exportcommand.h"
#include "commands/importcommand.h"
#include "commands/importprometheuscommand.h"
#include "commands/reportcommand.h"
#include "commands/samplecommand.h"
#include "commands/sizecommand.h"
#include "commands/tunecommand.h"

#include <algorithm>

namespace {

const QStringList kNames = { QStringLiteral("size"),   QStringLiteral("catalog"), QStringLiteral("check"),
                             QStringLiteral("report"), QStringLiteral("diff"),    QStringLiteral("export"),
                             QStringLiteral("tune"),   QStringLiteral("import"),  QStringLiteral("sample") };

} // namespace

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<SizeCommand>());
    m_commands.push_back(std::make_unique<CatalogCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<DiffCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<TuneCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ImportPrometheusCommand>());
    m_commands.push_back(std::make_unique<SampleCommand>());
    Q_ASSERT(m_commands.size() == std::size_t(kNames.size()) + 1); // + `import prometheus`
}

QString CommandRegistry::commandName(const QStringList& arguments)
{
    const QString name = arguments.value(1);
    if (name == QLatin1String("import") && arguments.value(2) == QLatin1String("prometheus"))
        return QStringLiteral("import prometheus");
    return name;
}

bool CommandRegistry::isCommand(const QString& name)
{
    return kNames.contains(name);
}

Command* CommandRegistry::find(const QString& name) const
{
    const auto it = std::find_if(m_commands.cbegin(), m_commands.cend(),
                                 [&name](const auto& command) { return command->name() == name; });
    return it == m_commands.cend() ? nullptr : it->get();
}

QString CommandRegistry::summaries() const
{
    QString text;
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1 %2\n").arg(command->name(), -9).arg(command->summary());
    text.chop(1);
    return text;
}
