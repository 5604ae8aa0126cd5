// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/plansizer.h"
#include "model/error.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <optional>

class QTextDocument;

namespace headroom {

class SizingEngine;

// The plan's printable report: its sizing, cluster fit, storage and findings (plan_report's
// Markdown, in the user's language) and a what-if chart of each service's memory. The same
// document for `headroom report --format html|pdf` and File › Export Report. Needs a
// QGuiApplication (fonts and painting), never widgets.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    // The most services a report draws charts for: beyond that the document would be pages of charts.
    static constexpr int maxCharts = 24;

    ReportDocument(const Plan& plan, const PlanSizing& sizing, const SizingEngine& engine);

    // One HTML file: the charts are embedded as data: URLs, so it needs nothing beside it.
    QString toHtml() const;
    std::optional<Error> writeHtml(const QString& path) const;
    // A4 pages through QPdfWriter.
    std::optional<Error> writePdf(const QString& path) const;
    // By the file's suffix: .pdf, else HTML.
    std::optional<Error> write(const QString& path) const;

private:
    struct Chart
    {
        QString service;
        QString caption;
        QImage image;
    };
    void fill(QTextDocument& document) const;

    const Plan& m_plan;
    const PlanSizing& m_sizing;
    QList<Chart> m_charts;
};

} // namespace headroom
