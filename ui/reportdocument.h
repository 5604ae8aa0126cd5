// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/plansizer.h"
#include "engine/whatifsweep.h"
#include "model/error.h"
#include "model/plan.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <optional>

class QTextCursor;
class QTextDocument;

namespace headroom {

class SizingEngine;

// The plan's printable report: for each service its sizing, PostgreSQL profile, placement,
// storage forecast, findings and a memory what-if chart (the range and break point of the
// window's What-if tab), then the cluster fit; in the user's language. The same document
// for `headroom report --format html|pdf` and File › Export Report. Every text of the plan
// goes in as text, never as markup. Needs a QGuiApplication (fonts and painting), never
// widgets.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    // The most charts a report draws: beyond that the document would be pages of charts.
    static constexpr int maxCharts = 24;

    // One what-if chart: a service (a role of a PostgreSQL topology) swept over one input.
    struct Chart
    {
        QString service;
        QString role; // primary or replica, or empty
        QString input;
        WhatIfChartRange range;
        QString caption;
        QImage image;
    };

    ReportDocument(const Plan& plan, const PlanSizing& sizing, const SizingEngine& engine);

    const QList<Chart>& charts() const { return m_charts; }

    // One HTML file: the charts are embedded as data: URLs, so it needs nothing beside it.
    QString toHtml() const;
    std::optional<Error> writeHtml(const QString& path) const;
    // A4 pages through QPdfWriter.
    std::optional<Error> writePdf(const QString& path) const;
    // By the file's suffix: .pdf, else HTML.
    std::optional<Error> write(const QString& path) const;

private:
    void addCharts(const PlannedService& service, const SizingEngine& engine);
    void fill(QTextDocument& document) const;
    void writeHeader(QTextCursor& cursor) const;
    void writeService(QTextCursor& cursor, const ServicePlanSizing& service) const;
    void writeServiceFindings(QTextCursor& cursor, const QString& service) const;
    void writeStorage(QTextCursor& cursor, const ServicePlanSizing& service) const;
    void writeClusterFit(QTextCursor& cursor) const;
    void writeMeasured(QTextCursor& cursor) const;
    QString placement(const QString& service, const QString& role) const;

    const Plan& m_plan;
    const PlanSizing& m_sizing;
    QList<Chart> m_charts;
};

} // namespace headroom
