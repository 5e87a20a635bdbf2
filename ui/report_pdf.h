#pragma once

#include "util/result.h"

#include <QString>

#include <functional>

class QDialogButtonBox;
class QPagedPaintDevice;
class QTableWidget;
class QWidget;

namespace paydesk {

// Lays the HTML out on the device's own page (its size, margins and resolution) and prints it. Not
// QTextDocument::print on an unpaginated document, which lays it out at screen resolution inside an extra 2 cm
// margin: on an 80 mm receipt that left 32 mm for the text and wrapped every amount.
void printHtml(const QString& html, QPagedPaintDevice& device);

// Writes an HTML report (tables, headings) to an A4 PDF with its title in the document's properties.
Status<QString> saveReportPdf(const QString& html, const QString& title, const QString& path);
// Writes an exported file (CSV) whole or not at all.
Status<QString> saveReportFile(const QByteArray& bytes, const QString& path);
// A table on screen as an HTML table for a report: its header and every row's text, escaped.
QString tableHtml(const QTableWidget* table);
// "Save CSV (Ctrl+S)" and "Save PDF (Ctrl+P)" buttons in a dialog's button box, with their shortcuts on `owner`.
void addSaveButtons(QDialogButtonBox* buttons,
                    QWidget* owner,
                    const std::function<void()>& saveCsv,
                    const std::function<void()>& savePdf);
// Where this desk keeps the reports it exports: Documents/Paydesk reports (created when missing).
QString reportsFolder();

} // namespace paydesk
