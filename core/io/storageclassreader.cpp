// SPDX-License-Identifier: Apache-2.0
#include "io/storageclassreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace headroom {

// The translation context of this file's user-visible messages (docs/TRANSLATIONS.md).
struct StorageClassReaderText
{
    Q_DECLARE_TR_FUNCTIONS(StorageClassReader)
};

namespace {

void readIops(YamlReader& yaml, const YAML::Node& node, const QString& path, IopsModel& model)
{
    if (!node.IsDefined()) {
        yaml.error(node, path, StorageClassReaderText::tr("the key 'iops' is required here."));
        return;
    }
    if (!yaml.expectMap(node, path))
        return;
    if (node["fixed"].IsDefined()) {
        yaml.checkKeys(node, { QStringLiteral("fixed") }, path);
        model.kind = IopsModel::Kind::Fixed;
        model.fixed = yaml.quantity(node, "fixed", Dimension::Iops, path, true).value_or(Quantity()).raw();
    } else if (node["perGiB"].IsDefined()) {
        yaml.checkKeys(node, { QStringLiteral("perGiB"), QStringLiteral("floor"), QStringLiteral("ceiling") }, path);
        model.kind = IopsModel::Kind::PerGiB;
        model.perGiB = yaml.number(node, "perGiB", path, true).value_or(0);
        model.floor = yaml.quantity(node, "floor", Dimension::Iops, path, true).value_or(Quantity()).raw();
        model.ceiling = yaml.quantity(node, "ceiling", Dimension::Iops, path, true).value_or(Quantity()).raw();
        if (model.perGiB <= 0 || model.perGiB > 1e6)
            yaml.error(node["perGiB"], YamlReader::join(path, QStringLiteral("perGiB")),
                       StorageClassReaderText::tr("IOPS per GiB must be above zero and at most a million."));
        if (model.ceiling < model.floor)
            yaml.error(node, path, StorageClassReaderText::tr("the IOPS ceiling is below the floor."));
    } else if (node["baseline"].IsDefined()) {
        yaml.checkKeys(node, { QStringLiteral("baseline"), QStringLiteral("provisioned"), QStringLiteral("max") },
                       path);
        model.kind = IopsModel::Kind::Provisioned;
        model.baseline = yaml.quantity(node, "baseline", Dimension::Iops, path, true).value_or(Quantity()).raw();
        model.provisioned = yaml.quantity(node, "provisioned", Dimension::Iops, path, false).value_or(Quantity()).raw();
        model.max = yaml.quantity(node, "max", Dimension::Iops, path, true).value_or(Quantity()).raw();
        if (model.max < model.baseline)
            yaml.error(node, path, StorageClassReaderText::tr("the IOPS max is below the baseline."));
    } else {
        yaml.error(node, path,
                   StorageClassReaderText::tr("iops needs one of: {fixed: N}, {perGiB: R, floor: N, ceiling: N} or "
                                              "{baseline: N, provisioned: N, max: N}."));
    }
}

} // namespace

QList<StorageClass> readStorageClassList(YamlReader& yaml, const YAML::Node& list, const QString& path)
{
    QList<StorageClass> classes;
    if (!yaml.expectSequence(list, path))
        return classes;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"));
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto node = list[i];
        QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!yaml.expectMap(node, p))
            continue;
        StorageClass sc;
        sc.id = yaml.string(node, "id", p, true).value_or(QString());
        if (sc.id.isEmpty())
            continue;
        if (!idPattern.match(sc.id).hasMatch()) {
            yaml.error(node["id"], YamlReader::join(p, QStringLiteral("id")),
                       StorageClassReaderText::tr(
                           "'%1' is not a Kubernetes storage class name: use lower-case letters, digits, "
                           "'-' and '.'.")
                           .arg(sc.id));
            continue;
        }
        p = YamlReader::join(path, sc.id);
        yaml.checkKeys(node,
                       { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("iops"),
                         QStringLiteral("throughput"), QStringLiteral("latency"), QStringLiteral("cost"),
                         QStringLiteral("useCase") },
                       p);
        sc.name = yaml.string(node, "name", p, false).value_or(sc.id);
        sc.useCase = yaml.string(node, "useCase", p, false).value_or(QString());
        sc.throughput
            = yaml.quantity(node, "throughput", Dimension::Throughput, p, true).value_or(Quantity::bytesPerSecond(0));
        readIops(yaml, node["iops"], YamlReader::join(p, QStringLiteral("iops")), sc.iops);
        if (const auto latency = node["latency"]; latency.IsDefined()) {
            const QString lp = YamlReader::join(p, QStringLiteral("latency"));
            if (yaml.expectMap(latency, lp)) {
                yaml.checkKeys(latency, { QStringLiteral("min"), QStringLiteral("max") }, lp);
                sc.latencyMin
                    = yaml.quantity(latency, "min", Dimension::Duration, lp, true).value_or(Quantity::milliseconds(0));
                sc.latencyMax
                    = yaml.quantity(latency, "max", Dimension::Duration, lp, true).value_or(Quantity::milliseconds(0));
                if (sc.latencyMax.raw() < sc.latencyMin.raw())
                    yaml.error(latency, lp, StorageClassReaderText::tr("latency max is below latency min."));
            }
        }
        if (const auto cost = node["cost"]; cost.IsDefined()) {
            const QString cp = YamlReader::join(p, QStringLiteral("cost"));
            if (yaml.expectMap(cost, cp)) {
                yaml.checkKeys(cost, { QStringLiteral("rank"), QStringLiteral("label") }, cp);
                const auto rank = yaml.quantity(cost, "rank", Dimension::Count, cp, true);
                if (rank && (rank->raw() < 1 || rank->raw() > 100))
                    yaml.error(cost["rank"], YamlReader::join(cp, QStringLiteral("rank")),
                               StorageClassReaderText::tr("a cost rank goes from 1 (cheapest) to 100."));
                sc.costRank = rank ? int(rank->raw()) : 0;
                sc.costLabel = yaml.string(cost, "label", cp, false).value_or(QString());
            }
        }
        classes << sc;
    }
    return classes;
}

} // namespace headroom
