// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/servicesizing.h"

#include <QString>

namespace headroom {

// Writes a ServiceSizing for people (text) and for programs (YAML, JSON). Exporters are
// functions of the sizing: nothing here computes.
namespace service_report {
QString toText(const ServiceSizing& sizing);
QString toYaml(const ServiceSizing& sizing);
QString toJson(const ServiceSizing& sizing);
// Where an input's value came from, for people: "set" and "default" in the running
// language; a tier's name is already translated by the engine. JSON and YAML keep `source`.
QString sourceText(const InputValue& input);
} // namespace service_report

// A plain-text table with aligned columns, for the command line.
class TextTable
{
public:
    explicit TextTable(QStringList header)
        : m_header(std::move(header))
    {
    }
    void addRow(QStringList cells) { m_rows << std::move(cells); }
    // Columns whose index is in rightAligned are aligned right (numbers).
    QString toString(const QList<int>& rightAligned = {}) const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace headroom
