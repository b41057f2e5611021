// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPrint.h"

#include "ReportTableModel.h"

#include <QCoreApplication>
#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

namespace ss::ui {

void buildDashboardDocument(QTextDocument& document, const core::reports::RepeatReport& report,
    const std::vector<core::reports::ReportTable>& tables, const QString& storeName, const QString& currency,
    const QList<QImage>& charts)
{
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 9pt;\">");
    html += QStringLiteral("<h1>%1</h1>")
                .arg(QCoreApplication::translate("DashboardPrint", "%1 — are customers coming back?")
                         .arg(storeName.toHtmlEscaped()));
    html += QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate("DashboardPrint", "Period %1 to %2 (UTC days).")
                         .arg(report.period.from.toString(Qt::ISODate), report.period.to.toString(Qt::ISODate)));
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const QUrl name(QStringLiteral("chart%1.png").arg(i));
        document.addResource(QTextDocument::ImageResource, name, charts[i]);
        html += QStringLiteral("<p><img src=\"%1\" width=\"480\"></p>").arg(name.toString());
    }
    for (const core::reports::ReportTable& table : tables) {
        if (table.rows.empty())
            continue;
        html += QStringLiteral("<h2>%1</h2><p><i>%2</i></p>")
                    .arg(table.title.toHtmlEscaped(), table.explanation.toHtmlEscaped());
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
        for (const QString& column : table.columns)
            html += QStringLiteral("<th>%1</th>").arg(column.toHtmlEscaped());
        html += QStringLiteral("</tr>");
        for (const core::reports::ReportRow& row : table.rows) {
            html += QStringLiteral("<tr>");
            for (const core::reports::Cell& cell : row.cells) {
                const bool number
                    = cell.kind != core::reports::Cell::Kind::Text && cell.kind != core::reports::Cell::Kind::Date;
                html += QStringLiteral("<td align=\"%1\">%2</td>")
                            .arg(number ? QStringLiteral("right") : QStringLiteral("left"),
                                ReportTableModel::cellText(cell, currency).toHtmlEscaped());
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</body></html>");
    document.setHtml(html);
}

void printDashboard(QPrinter& printer, const core::reports::RepeatReport& report,
    const std::vector<core::reports::ReportTable>& tables, const QString& storeName, const QString& currency,
    const QList<QImage>& charts)
{
    QTextDocument document;
    buildDashboardDocument(document, report, tables, storeName, currency, charts);
    document.print(&printer);
}

} // namespace ss::ui
