// SPDX-License-Identifier: Apache-2.0
// The window shows what `headroom size` prints: for every service at every tier, a plan with
// that one service is opened in the real MainWindow, and what its Sizing tab (table cells,
// the memory breakdown, the details pane) and its Exports tab (the preview of each file) show
// is read back and compared with the JSON of the built `headroom size`, run as a process.
// Quantities are compared as numbers parsed by Quantity::parse, never as text.
#include "export/chartmap.h"
#include "export/chartmaploader.h"
#include "model/quantity.h"
#include "testutils.h"
#include "ui/exportsview.h"
#include "ui/mainwindow.h"
#include "ui/sizingtablemodel.h"
#include "yamlpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <yaml-cpp/yaml.h>

#include <cmath>

using namespace headroom;
using testutils::scalarAt;

namespace {

const QString kService = QStringLiteral("svc");

QByteArray planText(const QString& service, const QString& tier)
{
    return QStringLiteral("apiVersion: headroom/v1\nkind: Plan\nmetadata: {name: window}\n"
                          "services:\n  - {name: %1, kind: %2, tier: %3, replicas: 1}\n")
        .arg(kService, service, tier)
        .toUtf8();
}

// A quantity as the CLI's JSON or the window writes it; a failed parse fails the caller.
std::optional<Quantity> parsed(Dimension dimension, const QString& text)
{
    const auto q = Quantity::parse(dimension, text);
    if (!q)
        return std::nullopt;
    return q.value();
}

// A displayed memory amount ("3.08 GiB", "512 MiB", "0") in the parser's syntax ("3.08Gi"),
// and how far the display may be from the exact bytes: one unit of its last digit, since
// the parts of a breakdown are rounded together so that they add up to the limit.
struct Shown
{
    QString text;
    double tolerance = 0;
};

Shown shownMemory(const QString& display)
{
    static const QRegularExpression amount(QStringLiteral("^([0-9]+)(?:\\.([0-9]+))?\\s*([KMGTP]i)?B?$"));
    const auto m = amount.match(display.trimmed());
    if (!m.hasMatch())
        return {};
    const int decimals = int(m.captured(2).size());
    static const QHash<QString, double> units { { QString(), 1.0 },
                                                { QStringLiteral("Ki"), 1024.0 },
                                                { QStringLiteral("Mi"), std::pow(1024.0, 2) },
                                                { QStringLiteral("Gi"), std::pow(1024.0, 3) },
                                                { QStringLiteral("Ti"), std::pow(1024.0, 4) },
                                                { QStringLiteral("Pi"), std::pow(1024.0, 5) } };
    const QString number = decimals ? m.captured(1) + QLatin1Char('.') + m.captured(2) : m.captured(1);
    return { number + m.captured(3), units.value(m.captured(3)) * std::pow(10.0, -decimals) };
}

// The details pane's "Setting  Value  Why" table: each setting's value, cut at the columns
// its dashed rule marks (a value may have spaces: "replica 256mb 256mb 0").
QHash<QString, QString> detailsSettings(const QString& details)
{
    QHash<QString, QString> out;
    const QStringList lines = details.split(QLatin1Char('\n'));
    qsizetype at = 0;
    while (at < lines.size() && !lines.at(at).startsWith(QLatin1String("Setting ")))
        ++at;
    if (at + 1 >= lines.size())
        return out;
    static const QRegularExpression dashes(QStringLiteral("-+"));
    QList<std::pair<qsizetype, qsizetype>> columns; // start and length of each column
    for (auto it = dashes.globalMatch(lines.at(at + 1)); it.hasNext();) {
        const auto m = it.next();
        columns.append({ m.capturedStart(), m.capturedLength() });
    }
    if (columns.size() < 2)
        return out;
    for (qsizetype i = at + 2; i < lines.size() && !lines.at(i).trimmed().isEmpty(); ++i) {
        const QString& line = lines.at(i);
        out.insert(line.mid(columns[0].first, columns[0].second).trimmed(),
                   line.mid(columns[1].first, columns[1].second).trimmed());
    }
    return out;
}

// `name = value` lines of a postgresql.conf.
QHash<QString, QString> confSettings(const QString& conf)
{
    QHash<QString, QString> out;
    static const QRegularExpression line(QStringLiteral("^\\s*([a-z_.]+)\\s*=\\s*'?([^'#\\n]*?)'?\\s*(?:#.*)?$"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(conf); it.hasNext();) {
        const auto m = it.next();
        out.insert(m.captured(1), m.captured(2));
    }
    return out;
}

} // namespace

class TestWindowAgreesWithSize : public QObject
{
    Q_OBJECT

private:
    std::optional<Catalog> m_catalog;
    QList<ChartMap> m_maps;
    QTemporaryDir m_dir;

    const ChartMap* mapOf(const QString& service) const
    {
        for (const auto& m : m_maps) {
            if (m.service == service)
                return &m;
        }
        return nullptr;
    }

    static QJsonObject sizeJson(const QString& service, const QString& tier)
    {
        const auto run = testutils::runProcess(QStringLiteral(HEADROOM_EXECUTABLE),
                                               { QStringLiteral("size"), service, QStringLiteral("--tier"), tier,
                                                 QStringLiteral("--format"), QStringLiteral("json") });
        if (run.exitCode != 0)
            qWarning("headroom size %s --tier %s: exit %d: %s", qPrintable(service), qPrintable(tier), run.exitCode,
                     qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    // The cells of the service's row: requests, limits, volume and QoS class.
    static void compareTableCells(const SizingTableModel& model, const QJsonObject& json)
    {
        const int row = model.firstRowOf(kService);
        QVERIFY(row >= 0);
        const auto cell
            = [&](SizingTableModel::Column column) { return model.data(model.index(row, column)).toString(); };
        const QJsonObject resources = json.value(QStringLiteral("resources")).toObject();
        const QJsonObject requests = resources.value(QStringLiteral("requests")).toObject();
        const QJsonObject limits = resources.value(QStringLiteral("limits")).toObject();
        const struct
        {
            SizingTableModel::Column column;
            Dimension dimension;
            QString printed;
        } cells[] = {
            { SizingTableModel::CpuRequest, Dimension::Cpu, requests.value(QStringLiteral("cpu")).toString() },
            { SizingTableModel::CpuLimit, Dimension::Cpu, limits.value(QStringLiteral("cpu")).toString() },
            { SizingTableModel::MemoryRequest, Dimension::Memory, requests.value(QStringLiteral("memory")).toString() },
            { SizingTableModel::MemoryLimit, Dimension::Memory, limits.value(QStringLiteral("memory")).toString() },
            { SizingTableModel::Volume, Dimension::Memory,
              json.value(QStringLiteral("storage")).toObject().value(QStringLiteral("size")).toString() },
        };
        for (const auto& c : cells) {
            const auto shown = parsed(c.dimension, cell(c.column));
            const auto printed = parsed(c.dimension, c.printed);
            QVERIFY2(shown && printed, qPrintable(QStringLiteral("window %1, size %2").arg(cell(c.column), c.printed)));
            QCOMPARE(shown->raw(), printed->raw());
        }
        QCOMPARE(cell(SizingTableModel::Qos), resources.value(QStringLiteral("qosClass")).toString());
    }

    // The memory breakdown the limit cell's tooltip shows: one line per component, then the
    // remainder, each within the rounding of its display of the CLI's exact amount.
    static void compareBreakdown(const SizingTableModel& model, const QJsonObject& json)
    {
        const int row = model.firstRowOf(kService);
        const QStringList lines
            = model.data(model.index(row, SizingTableModel::MemoryLimit), Qt::ToolTipRole).toString().split(u'\n');
        const QJsonArray memory = json.value(QStringLiteral("memory")).toArray();
        QCOMPARE(lines.size(), memory.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString amount = lines.at(i).section(QStringLiteral(": "), -1);
            const Shown shown = shownMemory(amount);
            const auto window = parsed(Dimension::Memory, shown.text);
            const QString exact = memory.at(i).toObject().value(QStringLiteral("allocated")).toString();
            const auto cli = parsed(Dimension::Memory, exact);
            QVERIFY2(window && cli, qPrintable(QStringLiteral("%1 / %2").arg(lines.at(i), exact)));
            QVERIFY2(std::abs(double(window->raw()) - double(cli->raw())) <= shown.tolerance,
                     qPrintable(QStringLiteral("%1: window %2, size %3").arg(lines.at(i), amount, exact)));
        }
    }

    // The details pane: the resident memory and every setting's value.
    static void compareDetails(const QPlainTextEdit& details, const QJsonObject& json)
    {
        const QString text = details.toPlainText();
        static const QRegularExpression resident(QStringLiteral("^Resident once warm: (\\S+)$"),
                                                 QRegularExpression::MultilineOption);
        const auto m = resident.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text.left(400)));
        const auto shown = parsed(Dimension::Memory, m.captured(1));
        const auto printed = parsed(
            Dimension::Memory,
            json.value(QStringLiteral("resources")).toObject().value(QStringLiteral("residentMemory")).toString());
        QVERIFY(shown && printed);
        // Written as a memory request is, rounded up to whole Mi (whole Gi from 100000Mi).
        const std::int64_t unit = m.captured(1).endsWith(QLatin1String("Gi")) ? (1LL << 30) : (1LL << 20);
        QVERIFY2(
            shown->raw() >= printed->raw() && shown->raw() - printed->raw() < unit,
            qPrintable(QStringLiteral("resident: window %1, size %2").arg(m.captured(1)).arg(printed->toString())));

        const QHash<QString, QString> settings = detailsSettings(text);
        const QJsonObject printedSettings = json.value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.size(), printedSettings.size());
        for (auto it = printedSettings.begin(); it != printedSettings.end(); ++it)
            QCOMPARE(settings.value(it.key()), it.value().toString());
    }

    // The Exports tab's preview of each of the service's files: a postgresql.conf carries
    // every setting `size` prints; a values file the limits and requests.
    void compareExports(ExportsView& exports, const QString& service, const QJsonObject& json) const
    {
        exports.serviceList()->setCurrentIndex(exports.serviceList()->model()->index(0, 0));
        const QAbstractItemModel* files = exports.fileList()->model();
        QVERIFY(files->rowCount() > 0);
        auto* preview = exports.findChild<QPlainTextEdit*>();
        QVERIFY(preview);
        for (int i = 0; i < files->rowCount(); ++i) {
            exports.fileList()->setCurrentIndex(files->index(i, 0));
            const QString name = files->index(i, 0).data().toString();
            const QString text = preview->toPlainText();
            if (name.endsWith(QLatin1String(".postgresql.conf"))) {
                const QHash<QString, QString> conf = confSettings(text);
                const QJsonObject settings = json.value(QStringLiteral("settings")).toObject();
                for (auto it = settings.begin(); it != settings.end(); ++it)
                    QVERIFY2(conf.value(it.key()) == it.value().toString(),
                             qPrintable(QStringLiteral("%1: %2 = %3, size %4")
                                            .arg(name, it.key(), conf.value(it.key()), it.value().toString())));
            } else if (name.endsWith(QLatin1String(".values.yaml"))) {
                compareValuesFile(name, text, service, json);
            }
        }
    }

    void compareValuesFile(const QString& name, const QString& text, const QString& service,
                           const QJsonObject& json) const
    {
        const ChartMap* map = mapOf(service);
        QVERIFY2(map, qPrintable(service));
        const YAML::Node values = YAML::Load(text.toStdString());
        const QJsonObject resources = json.value(QStringLiteral("resources")).toObject();
        const auto printed = [&](const char* kind, const char* what) {
            return resources.value(QLatin1String(kind)).toObject().value(QLatin1String(what)).toString();
        };
        int seen = 0;
        for (const auto& v : map->values) {
            if (v.kind != ChartValue::Kind::Sizing)
                continue;
            QString cli;
            Dimension dimension = Dimension::Memory;
            if (v.source == SizingSource::MemoryLimit)
                cli = printed("limits", "memory");
            else if (v.source == SizingSource::MemoryRequest)
                cli = printed("requests", "memory");
            else if (v.source == SizingSource::CpuLimit)
                cli = printed("limits", "cpu"), dimension = Dimension::Cpu;
            else if (v.source == SizingSource::CpuRequest)
                cli = printed("requests", "cpu"), dimension = Dimension::Cpu;
            else
                continue;
            const QString shownText = scalarAt(values, v.pathSegments());
            const auto shown = parsed(dimension, shownText);
            const auto exact = parsed(dimension, cli);
            QVERIFY2(shown && exact, qPrintable(QStringLiteral("%1 %2: %3 / %4").arg(name, v.path, shownText, cli)));
            QVERIFY2(shown->raw() == exact->raw(),
                     qPrintable(QStringLiteral("%1 %2: window %3, size %4").arg(name, v.path, shownText, cli)));
            ++seen;
        }
        QVERIFY2(seen >= 2, qPrintable(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HEADROOM_LOAD_BUILT_IN_CATALOG(m_catalog);
        auto maps = ChartMapLoader().loadBuiltIn();
        QVERIFY2(maps.hasValue(), qPrintable(testutils::errorText(maps)));
        m_maps = maps.value();
        QVERIFY(m_dir.isValid());
    }

    void windowShowsWhatSizePrints_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("tier");
        for (const auto& service : m_catalog->services)
            for (const auto& tier : m_catalog->workloadSizes)
                QTest::addRow("%s %s", qPrintable(service.id), qPrintable(tier.id)) << service.id << tier.id;
    }

    void windowShowsWhatSizePrints()
    {
        QFETCH(QString, service);
        QFETCH(QString, tier);
        const QJsonObject json = sizeJson(service, tier);
        QVERIFY2(!json.isEmpty(), "headroom size printed no JSON");

        const QString path = m_dir.filePath(QStringLiteral("%1-%2.yaml").arg(service, tier));
        QVERIFY(testutils::writeFile(path, planText(service, tier)));
        MainWindow window(*m_catalog);
        window.setInteractive(false);
        QVERIFY(window.openFile(path));
        window.selectService(kService);

        compareTableCells(*window.sizingModel(), json);
        if (QTest::currentTestFailed())
            return;
        compareBreakdown(*window.sizingModel(), json);
        if (QTest::currentTestFailed())
            return;
        compareDetails(*window.detailsView(), json);
        if (QTest::currentTestFailed())
            return;
        window.setView(MainWindow::View::Exports);
        compareExports(*window.exportsView(), service, json);
    }
};

QTEST_MAIN(TestWindowAgreesWithSize)
#include "tst_windowagreeswithsize.moc"
