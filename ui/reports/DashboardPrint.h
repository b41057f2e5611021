// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportTables.h"

#include <QImage>
#include <QList>

class QPrinter;
class QTextDocument;

namespace ss::ui {

/// The dashboard as a document for the owner's files: title and period, every table with the words
/// that explain it, and the charts as pictures. Printed with Qt printing, to paper or to PDF.
void buildDashboardDocument(QTextDocument& document, const core::reports::RepeatReport& report,
    const std::vector<core::reports::ReportTable>& tables, const QString& storeName, const QString& currency,
    const QList<QImage>& charts);

void printDashboard(QPrinter& printer, const core::reports::RepeatReport& report,
    const std::vector<core::reports::ReportTable>& tables, const QString& storeName, const QString& currency,
    const QList<QImage>& charts);

} // namespace ss::ui
