#pragma once

#include "util/result.h"

#include <QString>

class QPagedPaintDevice;

namespace paydesk {

// Lays the HTML out on the device's own page (its size, margins and resolution) and prints it. Not
// QTextDocument::print on an unpaginated document, which lays it out at screen resolution inside an extra 2 cm
// margin: on an 80 mm receipt that left 32 mm for the text and wrapped every amount.
void printHtml(const QString& html, QPagedPaintDevice& device);

// Writes an HTML report (tables, headings) to an A4 PDF with its title in the document's properties.
Status<QString> saveReportPdf(const QString& html, const QString& title, const QString& path);
// Where this desk keeps the reports it exports: Documents/Paydesk reports (created when missing).
QString reportsFolder();

} // namespace paydesk
