// SPDX-License-Identifier: Apache-2.0
#include "report/servicereport.h"

#include "engine/clusterfit.h"
#include "model/catalogtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

namespace headroom {

namespace {

// The translation context of the sizing report's headings and sentences (docs/TRANSLATIONS.md).
struct SizingReportText
{
    Q_DECLARE_TR_FUNCTIONS(SizingReport)
};

// Columns on a terminal: Hangul, CJK and full-width forms take two, so Korean tables line up.
qsizetype displayWidth(const QString& text)
{
    qsizetype width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6);
        width += c.isLowSurrogate() ? 0 : wide ? 2 : 1;
    }
    return width;
}

QString pad(const QString& text, qsizetype width, bool right)
{
    const QString fill(std::max<qsizetype>(0, width - displayWidth(text)), QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

} // namespace

QString TextTable::toString(const QList<int>& rightAligned) const
{
    QList<qsizetype> widths;
    for (const auto& h : m_header)
        widths << displayWidth(h);
    for (const auto& row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    auto line = [&](const QStringList& cells) {
        QString out;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = i < cells.size() ? cells[i] : QString();
            const bool last = i + 1 == widths.size();
            if (rightAligned.contains(int(i)))
                out += pad(cell, widths[i], true);
            else
                out += last ? cell : pad(cell, widths[i], false);
            if (!last)
                out += QStringLiteral("  ");
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString text = line(m_header);
    QStringList rule;
    for (auto w : widths)
        rule << QString(w, QLatin1Char('-'));
    text += line(rule);
    for (const auto& row : m_rows)
        text += line(row);
    return text;
}

namespace service_report {

namespace {
// Tenths of a percent of the whole, shown with one decimal.
QString percentText(std::int64_t tenths)
{
    return QStringLiteral("%1.%2%").arg(tenths / 10).arg(tenths % 10);
}

// The breakdown's rows: each component and the remainder, their amounts and shares rounded so that the
// shown rows add up to the shown limit and to 100%.
QString memoryBreakdown(const ServiceSizing& s)
{
    QList<std::int64_t> parts;
    for (const auto& m : s.memory)
        parts << m.allocated.raw();
    parts << s.memoryRemainder.raw();
    const QStringList amounts = memory_format::displayParts(parts);
    const std::int64_t limit = s.resources.memoryLimit.raw();
    const QList<std::int64_t> shares = roundedParts(parts, 1000, std::max<std::int64_t>(limit, 1));

    TextTable memory({ SizingReportText::tr("Memory breakdown"), SizingReportText::tr("Allocated"),
                       SizingReportText::tr("Share"), SizingReportText::tr("Why") });
    for (qsizetype i = 0; i < s.memory.size(); ++i) {
        const MemoryComponent& m = s.memory.at(i);
        QString allocated = amounts.at(i);
        if (m.allocated.raw() < m.demand.raw())
            allocated = SizingReportText::tr("%1 (needs %2)").arg(allocated, m.demand.toDisplayString());
        memory.addRow({ catalogText(m.title), allocated, limit > 0 ? percentText(shares.at(i)) : QString(),
                        catalogText(m.explanation) });
    }
    memory.addRow({ catalogText(s.memoryRemainderTitle), amounts.last(),
                    limit > 0 ? percentText(shares.last()) : QString(),
                    SizingReportText::tr("What the components leave under the limit.") });
    return memory.toString({ 1, 2 });
}
} // namespace

QString sourceText(const InputValue& input)
{
    if (input.source == QLatin1String("set"))
        return SizingReportText::tr("set");
    if (input.source == QLatin1String("default"))
        return SizingReportText::tr("default");
    return input.source;
}

QString toText(const ServiceSizing& s)
{
    QString out;
    const QString sizeText = s.size.isEmpty() ? SizingReportText::tr("explicit limits") : s.size;
    out += SizingReportText::tr("%1 (%2), %n replica(s)", nullptr, s.replicas).arg(s.serviceName, sizeText)
        + QStringLiteral("\n\n");

    TextTable resources(
        { SizingReportText::tr("Resources"), SizingReportText::tr("Request"), SizingReportText::tr("Limit") });
    resources.addRow({ QStringLiteral("CPU"), s.resources.cpuRequest.toString(), s.resources.cpuLimit.toString() });
    resources.addRow({ SizingReportText::tr("Memory"), memory_format::kubernetes(s.resources.memoryRequest.raw()),
                       memory_format::kubernetes(s.resources.memoryLimit.raw()) });
    out += resources.toString({ 1, 2 });
    out += SizingReportText::tr("QoS: %1 (Kubernetes class %2)")
               .arg(qosModeName(s.qos), qosClassName(ClusterFit::qosOf(s.resources)))
        + QLatin1Char('\n');
    if (s.residentMemory)
        out += SizingReportText::tr("Resident once warm: %1").arg(memory_format::kubernetes(s.residentMemory->raw()))
            + QLatin1Char('\n');
    if (s.postgresProfile)
        out += SizingReportText::tr("PostgreSQL profile: %1 (%2)")
                   .arg(catalogText(s.postgresProfile->name), s.postgresProfile->id)
            + QLatin1Char('\n');
    out += QLatin1Char('\n');

    if (!s.memory.isEmpty())
        out += memoryBreakdown(s) + QLatin1Char('\n');

    if (!s.settings.isEmpty()) {
        TextTable settings(
            { SizingReportText::tr("Setting"), SizingReportText::tr("Value"), SizingReportText::tr("Why") });
        for (const auto& setting : s.settings)
            settings.addRow({ setting.name, setting.value, catalogText(setting.explanation) });
        out += settings.toString() + QLatin1Char('\n');
    }

    const auto& st = s.storage;
    if (st.size || st.iopsNeeded || st.throughputNeeded) {
        TextTable storage({ SizingReportText::tr("Storage"), SizingReportText::tr("Needed"),
                            SizingReportText::tr("Class delivers") });
        const QString className
            = st.storageClassName.isEmpty() ? SizingReportText::tr("(no class)") : catalogText(st.storageClassName);
        if (st.size)
            storage.addRow({ SizingReportText::tr("Volume"), memory_format::volume(st.size->raw()), className });
        if (st.iopsNeeded)
            storage.addRow(
                { QStringLiteral("IOPS"), st.iopsNeeded->toDisplayString(), st.iopsCeiling.toDisplayString() });
        if (st.throughputNeeded)
            storage.addRow({ SizingReportText::tr("Throughput"), st.throughputNeeded->toDisplayString(),
                             st.throughputCeiling.toDisplayString() });
        out += storage.toString() + QLatin1Char('\n');
    }

    TextTable values({ SizingReportText::tr("Value"), QStringLiteral("Headroom"), SizingReportText::tr("Guide"),
                       SizingReportText::tr("Explanation") });
    for (const auto& v : s.values) {
        values.addRow({ v.name, v.value.toDisplayString(), v.guideValue ? v.guideValue->toDisplayString() : QString(),
                        catalogText(v.explanation) });
    }
    out += values.toString({ 1, 2 }) + QLatin1Char('\n');

    TextTable inputs({ SizingReportText::tr("Input"), SizingReportText::tr("Value"), SizingReportText::tr("From") });
    for (const auto& i : s.inputs)
        inputs.addRow({ i.name, i.value.toString(), sourceText(i) });
    out += inputs.toString() + QLatin1Char('\n');

    if (s.findings.isEmpty()) {
        out += SizingReportText::tr("Findings: none.") + QLatin1Char('\n');
    } else {
        out += SizingReportText::tr("Findings:") + QLatin1Char('\n');
        for (const auto& f : s.findings) {
            out += QStringLiteral("  %1 [%2] %3\n").arg(severityText(f.severity), f.code, f.message);
            if (!f.fix.isEmpty())
                out += QStringLiteral("      ") + SizingReportText::tr("fix: %1").arg(f.fix) + QLatin1Char('\n');
        }
    }
    return out;
}

namespace {

void emitQuantity(YAML::Emitter& out, const char* key, const Quantity& q)
{
    out << YAML::Key << key << YAML::Value << q.toString().toStdString();
}

std::string s8(const QString& s)
{
    return s.toStdString();
}

} // namespace

QString toYaml(const ServiceSizing& s)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "service" << YAML::Value << s8(s.service);
    if (!s.size.isEmpty())
        out << YAML::Key << "tier" << YAML::Value << s8(s.size);
    out << YAML::Key << "replicas" << YAML::Value << s.replicas;
    if (s.postgresProfile)
        out << YAML::Key << "postgresProfile" << YAML::Value << s8(s.postgresProfile->id);
    out << YAML::Key << "resources" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "requests" << YAML::Value << YAML::BeginMap;
    emitQuantity(out, "cpu", s.resources.cpuRequest);
    emitQuantity(out, "memory", s.resources.memoryRequest);
    out << YAML::EndMap << YAML::Key << "limits" << YAML::Value << YAML::BeginMap;
    emitQuantity(out, "cpu", s.resources.cpuLimit);
    emitQuantity(out, "memory", s.resources.memoryLimit);
    out << YAML::EndMap;
    out << YAML::Key << "qos" << YAML::Value << s8(qosModeName(s.qos));
    out << YAML::Key << "qosClass" << YAML::Value << s8(qosClassName(ClusterFit::qosOf(s.resources)));
    if (s.residentMemory)
        emitQuantity(out, "residentMemory", *s.residentMemory);
    out << YAML::EndMap;

    out << YAML::Key << "memory" << YAML::Value << YAML::BeginSeq;
    for (const auto& m : s.memory) {
        out << YAML::BeginMap;
        out << YAML::Key << "name" << YAML::Value << s8(m.name);
        emitQuantity(out, "allocated", m.allocated);
        emitQuantity(out, "demand", m.demand);
        out << YAML::EndMap;
    }
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "remainder";
    out << YAML::Key << "title" << YAML::Value << s8(s.memoryRemainderTitle);
    emitQuantity(out, "allocated", s.memoryRemainder);
    out << YAML::EndMap << YAML::EndSeq;

    out << YAML::Key << "settings" << YAML::Value << YAML::BeginMap;
    for (const auto& setting : s.settings)
        out << YAML::Key << s8(setting.name) << YAML::Value << YAML::DoubleQuoted << s8(setting.value);
    out << YAML::EndMap;

    out << YAML::Key << "storage" << YAML::Value << YAML::BeginMap;
    if (!s.storage.storageClass.isEmpty())
        out << YAML::Key << "class" << YAML::Value << s8(s.storage.storageClass);
    // The volume as the export requests it and the table shows it (from 1 Ti in Ti, rounded up).
    if (s.storage.size)
        out << YAML::Key << "size" << YAML::Value << s8(memory_format::volume(s.storage.size->raw()));
    if (s.storage.iopsNeeded)
        emitQuantity(out, "iops", *s.storage.iopsNeeded);
    if (s.storage.throughputNeeded)
        emitQuantity(out, "throughput", *s.storage.throughputNeeded);
    emitQuantity(out, "iopsCeiling", s.storage.iopsCeiling);
    emitQuantity(out, "throughputCeiling", s.storage.throughputCeiling);
    out << YAML::EndMap;

    out << YAML::Key << "values" << YAML::Value << YAML::BeginMap;
    for (const auto& v : s.values) {
        out << YAML::Key << s8(v.name) << YAML::Value << YAML::BeginMap;
        emitQuantity(out, "value", v.value);
        if (v.guideValue)
            emitQuantity(out, "guide", *v.guideValue);
        out << YAML::Key << "explanation" << YAML::Value << s8(v.explanation);
        out << YAML::EndMap;
    }
    out << YAML::EndMap;

    out << YAML::Key << "inputs" << YAML::Value << YAML::BeginMap;
    for (const auto& i : s.inputs)
        emitQuantity(out, i.name.toUtf8().constData(), i.value);
    out << YAML::EndMap;

    out << YAML::Key << "findings" << YAML::Value << YAML::BeginSeq;
    for (const auto& f : s.findings) {
        out << YAML::BeginMap;
        out << YAML::Key << "code" << YAML::Value << s8(f.code);
        out << YAML::Key << "severity" << YAML::Value << s8(severityName(f.severity));
        out << YAML::Key << "message" << YAML::Value << s8(f.message);
        if (!f.fix.isEmpty())
            out << YAML::Key << "fix" << YAML::Value << s8(f.fix);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::EndMap;
    return QString::fromStdString(out.c_str()) + QLatin1Char('\n');
}

QString toJson(const ServiceSizing& s)
{
    QJsonObject root;
    root[QStringLiteral("service")] = s.service;
    if (!s.size.isEmpty())
        root[QStringLiteral("tier")] = s.size;
    root[QStringLiteral("replicas")] = s.replicas;
    if (s.postgresProfile)
        root[QStringLiteral("postgresProfile")] = s.postgresProfile->id;
    root[QStringLiteral("resources")] = QJsonObject {
        { QStringLiteral("requests"),
          QJsonObject { { QStringLiteral("cpu"), s.resources.cpuRequest.toString() },
                        { QStringLiteral("memory"), s.resources.memoryRequest.toString() } } },
        { QStringLiteral("limits"),
          QJsonObject { { QStringLiteral("cpu"), s.resources.cpuLimit.toString() },
                        { QStringLiteral("memory"), s.resources.memoryLimit.toString() } } },
        { QStringLiteral("qos"), qosModeName(s.qos) },
        { QStringLiteral("qosClass"), qosClassName(ClusterFit::qosOf(s.resources)) },
    };
    if (s.residentMemory) {
        QJsonObject resources = root[QStringLiteral("resources")].toObject();
        resources[QStringLiteral("residentMemory")] = s.residentMemory->toString();
        root[QStringLiteral("resources")] = resources;
    }
    QJsonArray memory;
    for (const auto& m : s.memory) {
        memory.append(QJsonObject { { QStringLiteral("name"), m.name },
                                    { QStringLiteral("allocated"), m.allocated.toString() },
                                    { QStringLiteral("demand"), m.demand.toString() } });
    }
    memory.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("remainder") },
                                { QStringLiteral("title"), s.memoryRemainderTitle },
                                { QStringLiteral("allocated"), s.memoryRemainder.toString() } });
    root[QStringLiteral("memory")] = memory;
    QJsonObject settings;
    for (const auto& setting : s.settings)
        settings[setting.name] = setting.value;
    root[QStringLiteral("settings")] = settings;
    QJsonObject storage;
    if (!s.storage.storageClass.isEmpty())
        storage[QStringLiteral("class")] = s.storage.storageClass;
    if (s.storage.size)
        storage[QStringLiteral("size")] = memory_format::volume(s.storage.size->raw());
    if (s.storage.iopsNeeded)
        storage[QStringLiteral("iops")] = s.storage.iopsNeeded->toString();
    if (s.storage.throughputNeeded)
        storage[QStringLiteral("throughput")] = s.storage.throughputNeeded->toString();
    storage[QStringLiteral("iopsCeiling")] = s.storage.iopsCeiling.toString();
    storage[QStringLiteral("throughputCeiling")] = s.storage.throughputCeiling.toString();
    root[QStringLiteral("storage")] = storage;
    QJsonObject values;
    for (const auto& v : s.values) {
        QJsonObject o { { QStringLiteral("value"), v.value.toString() },
                        { QStringLiteral("explanation"), v.explanation } };
        if (v.guideValue)
            o[QStringLiteral("guide")] = v.guideValue->toString();
        values[v.name] = o;
    }
    root[QStringLiteral("values")] = values;
    QJsonObject inputs;
    for (const auto& i : s.inputs)
        inputs[i.name] = i.value.toString();
    root[QStringLiteral("inputs")] = inputs;
    QJsonArray findings;
    for (const auto& f : s.findings) {
        findings.append(QJsonObject { { QStringLiteral("code"), f.code },
                                      { QStringLiteral("severity"), severityName(f.severity) },
                                      { QStringLiteral("message"), f.message },
                                      { QStringLiteral("fix"), f.fix } });
    }
    root[QStringLiteral("findings")] = findings;
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace service_report

} // namespace headroom
