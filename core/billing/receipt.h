#pragma once

#include "billing/invoice.h"
#include "billing/payment_attempt.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QDateTime>

namespace paydesk {

// Everything printed on one payment's receipt.
struct Receipt
{
    QString hospitalName;
    QString hospitalAddress;
    QString number; // "DESK1-R000017"
    QString invoiceNumber;
    QString patientName;
    QString hospitalNumber;
    QList<InvoiceLine> lines;
    InvoiceTotals totals;
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    std::optional<Money> tendered;
    Money paidToDate;
    Money balance;
    QString reference; // Paystack's reference or request code; ours for cash
    QString cashier;
    QDateTime paidAt;
    bool copy = false; // a reprint

    std::optional<Money> change() const;
};

// Loads a receipt and counts the print: the first print is the original, every later one says COPY.
class ReceiptRepository
{
  public:
    explicit ReceiptRepository(Database db) : m_db(std::move(db)) {}
    Result<Receipt, QString> forAttempt(qint64 attemptId, bool countPrint) const;

  private:
    Database m_db;
};

// The receipt laid out for a printer or the screen.
namespace receipt_layout {
// Plain text lines of `columns` characters for 58 mm (32) and 80 mm (48) thermal printers. ASCII only: the
// naira sign is written NGN, which every printer's code page has.
QStringList text(const Receipt& receipt, int columns);
// ESC/POS bytes: initialise, the text, feed and a partial cut.
QByteArray escPos(const Receipt& receipt, int columns);
// HTML for QTextDocument (PDF and system printers).
QString html(const Receipt& receipt, const QLocale& locale = QLocale());
} // namespace receipt_layout

} // namespace paydesk
