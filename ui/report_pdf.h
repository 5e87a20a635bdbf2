#pragma once

#include "util/result.h"

#include <QString>

namespace paydesk {

// Writes an HTML report (tables, headings) to an A4 PDF with its title in the document's properties.
Status<QString> saveReportPdf(const QString& html, const QString& title, const QString& path);
// Where this desk keeps the reports it exports: Documents/Paydesk reports (created when missing).
QString reportsFolder();

} // namespace paydesk
