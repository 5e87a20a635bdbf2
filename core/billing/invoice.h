#pragma once

#include "money/money.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace paydesk {

enum class InvoiceStatus { Draft, Open, PartPaid, Paid, Void, Refunded };
QString invoiceStatusName(InvoiceStatus status); // as stored: "part_paid"
std::optional<InvoiceStatus> invoiceStatusFromName(const QString& name);
QString describe(InvoiceStatus status); // translated, for the cashier

// One line as the cashier enters it.
struct InvoiceLineInput
{
    qint64 priceItemId = 0; // 0: free text (supervisors only)
    QString code;
    QString description;
    Money unitPrice;
    qint64 quantity = 1;
    Money discount; // on the whole line; equal to the line's gross amount for a waiver; needs approval
    bool taxable = false;

    bool isFreeText() const { return priceItemId == 0; }
    bool hasDiscount() const { return discount.isValid() && !discount.isZero(); }
};

// A line with its amounts worked out.
struct InvoiceLine
{
    int lineNo = 0;
    InvoiceLineInput input;
    Money gross; // unit price x quantity
    Money discount;
    Money tax;
    Money total; // gross - discount + tax
};

struct InvoiceTotals
{
    Money subtotal; // sum of gross
    Money discount;
    Money tax;
    Money total;
};

struct InvoiceCalculation
{
    QList<InvoiceLine> lines;
    InvoiceTotals totals;
};

// The arithmetic of a bill, in one place, in Money: every line's gross, discount and tax (rounded half-even per
// line, on the amount after discount), then the sums. Refuses what no desk should accept: no lines, quantities
// outside 1..kMaxQuantity, negative prices, a discount above the line, mixed currencies, overflow.
struct InvoiceMath
{
    static constexpr qint64 kMaxQuantity = 10000;
    static Result<InvoiceCalculation, QString>
    calculate(const QList<InvoiceLineInput>& lines, Currency currency, qint64 taxBasisPoints);
};

struct Invoice
{
    qint64 id = 0;
    QString number; // "DESK1-000042"
    qint64 patientId = 0;
    QString patientName;
    QString hospitalNumber;
    InvoiceStatus status = InvoiceStatus::Open;
    InvoiceTotals totals;
    Money paid;
    Money refunded;
    QString methods; // ",terminal,cash,": every method that paid part of it
    QString cashier;
    QString approvedBy;
    QString desk;
    QDateTime createdAt;
    QList<InvoiceLine> lines; // filled by InvoiceRepository::find

    Money balance() const;
};

} // namespace paydesk
