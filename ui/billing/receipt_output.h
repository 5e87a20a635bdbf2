#pragma once

#include "billing/receipt.h"
#include "util/result.h"

class QWidget;

namespace paydesk::receipt_output {

// Where this desk keeps receipt PDFs: AppDataLocation/receipts.
QString receiptsFolder();
// Renders the receipt (80 mm wide page) to a PDF file.
Status<QString> savePdf(const Receipt& receipt, const QString& path);
// Any slip's HTML (an airtime sale's) on the same 80 mm page.
Status<QString> saveSlipPdf(const QString& html, const QString& title, const QString& path);
// The system print dialog, then the receipt on the chosen printer. False when the cashier cancelled.
bool print(const Receipt& receipt, QWidget* parent);

} // namespace paydesk::receipt_output
