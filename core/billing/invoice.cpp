#include "billing/invoice.h"

#include <QCoreApplication>

namespace paydesk {

namespace {

struct StatusName
{
    InvoiceStatus status;
    const char* name;
};

constexpr StatusName kNames[] = {
    {InvoiceStatus::Draft, "draft"}, {InvoiceStatus::Open, "open"}, {InvoiceStatus::PartPaid, "part_paid"},
    {InvoiceStatus::Paid, "paid"},   {InvoiceStatus::Void, "void"}, {InvoiceStatus::Refunded, "refunded"},
};

} // namespace

QString invoiceStatusName(InvoiceStatus status)
{
    for (const StatusName& entry : kNames) {
        if (entry.status == status)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<InvoiceStatus> invoiceStatusFromName(const QString& name)
{
    for (const StatusName& entry : kNames) {
        if (name == QLatin1String(entry.name))
            return entry.status;
    }
    return std::nullopt;
}

QString describe(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return QCoreApplication::translate("Invoice", "Draft");
    case InvoiceStatus::Open:
        return QCoreApplication::translate("Invoice", "Open");
    case InvoiceStatus::PartPaid:
        return QCoreApplication::translate("Invoice", "Part paid");
    case InvoiceStatus::Paid:
        return QCoreApplication::translate("Invoice", "Paid");
    case InvoiceStatus::Void:
        return QCoreApplication::translate("Invoice", "Void");
    case InvoiceStatus::Refunded:
        return QCoreApplication::translate("Invoice", "Refunded");
    }
    return {};
}

Money Invoice::balance() const
{
    return totals.total.minus(paid).valueOr(Money::zero(totals.total.currency()));
}

Result<InvoiceCalculation, QString>
InvoiceMath::calculate(const QList<InvoiceLineInput>& inputs, Currency currency, qint64 taxBasisPoints)
{
    if (inputs.isEmpty())
        return QCoreApplication::translate("Invoice", "A bill needs at least one line.");
    if (taxBasisPoints < 0 || taxBasisPoints > 10000)
        return QCoreApplication::translate("Invoice", "The tax rate must be between 0 and 100 %.");
    InvoiceCalculation result;
    InvoiceTotals& totals = result.totals;
    totals.subtotal = totals.discount = totals.tax = totals.total = Money::zero(currency);
    int lineNo = 0;
    for (const InvoiceLineInput& input : inputs) {
        ++lineNo;
        const QString where =
            QCoreApplication::translate("Invoice", "Line %1 (%2): ").arg(lineNo).arg(input.description);
        if (input.description.trimmed().isEmpty())
            return QString(where + QCoreApplication::translate("Invoice", "the line has no description."));
        if (input.quantity < 1 || input.quantity > kMaxQuantity)
            return QString(where +
                           QCoreApplication::translate("Invoice", "the quantity must be a whole number from 1 to %1.")
                               .arg(kMaxQuantity));
        if (!(input.unitPrice.currency() == currency))
            return QString(where +
                           QCoreApplication::translate("Invoice", "the price is not in %1.").arg(currency.code()));
        if (input.unitPrice.isNegative())
            return QString(where + QCoreApplication::translate("Invoice", "a price cannot be negative."));
        InvoiceLine line;
        line.lineNo = lineNo;
        line.input = input;
        auto gross = input.unitPrice.times(input.quantity);
        if (!gross)
            return QString(where + describe(gross.error()));
        line.gross = *gross;
        line.discount = input.hasDiscount() ? input.discount : Money::zero(currency);
        if (!(line.discount.currency() == currency) || line.discount.isNegative() || line.discount > line.gross)
            return QString(where + QCoreApplication::translate(
                                       "Invoice", "the discount must be between zero and the line's amount."));
        const Money net = *line.gross.minus(line.discount);
        line.tax = Money::zero(currency);
        if (input.taxable) {
            auto tax = net.percentage(taxBasisPoints, Rounding::HalfEven);
            if (!tax)
                return QString(where + describe(tax.error()));
            line.tax = *tax;
        }
        auto total = net.plus(line.tax);
        if (!total)
            return QString(where + describe(total.error()));
        line.total = *total;
        for (auto [sum, part] : {std::pair{&totals.subtotal, line.gross}, std::pair{&totals.discount, line.discount},
                                 std::pair{&totals.tax, line.tax}, std::pair{&totals.total, line.total}}) {
            auto added = sum->plus(part);
            if (!added)
                return QCoreApplication::translate("Invoice", "The bill's total is too large.");
            *sum = *added;
        }
        result.lines << line;
    }
    return result;
}

} // namespace paydesk
