#include "billing/receipt.h"

#include "billing/invoice_repository.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "util/slip_text.h"

#include <QCoreApplication>

namespace paydesk {

using namespace slip_text;

std::optional<Money> Receipt::change() const
{
    if (!tendered)
        return std::nullopt;
    auto change = tendered->minus(amount);
    return change ? std::optional<Money>(*change) : std::nullopt;
}

Result<Receipt, QString> ReceiptRepository::forAttempt(qint64 attemptId, bool countPrint) const
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    auto payment =
        sql::exec(m_db,
                  QStringLiteral("SELECT p.id, p.invoice_id, p.method, p.amount, p.tendered, "
                                 "p.paystack_reference, p.cashier, p.paid_at, p.receipt_prints, a.reference, "
                                 "u.display_name FROM payments p JOIN payment_attempts a ON a.id = p.attempt_id "
                                 "LEFT JOIN users u ON u.username = p.cashier WHERE p.attempt_id = ?"),
                  {attemptId});
    if (!payment)
        return payment.error().message;
    if (!payment->next())
        return QCoreApplication::translate("Receipt", "This payment has not succeeded: there is no receipt for it.");
    auto invoice = InvoiceRepository(m_db).find(payment->value(1).toLongLong());
    if (!invoice || !invoice->has_value())
        return invoice ? QCoreApplication::translate("Receipt", "The invoice is missing.") : invoice.error().message;
    Receipt receipt;
    const Invoice& inv = **invoice;
    const Currency currency = inv.totals.total.currency();
    const qint64 paymentId = payment->value(0).toLongLong();
    SettingsRepository settings(m_db);
    receipt.hospitalName = settings.valueOr(QStringLiteral("billing.hospital_name"),
                                            QCoreApplication::translate("Receipt", "Paydesk Hospital"));
    receipt.hospitalAddress = settings.valueOr(QStringLiteral("billing.hospital_address"), QString());
    receipt.number =
        QStringLiteral("%1-R%2").arg(InvoiceRepository::seriesFor(inv.desk)).arg(paymentId, 6, 10, QLatin1Char('0'));
    receipt.invoiceNumber = inv.number;
    receipt.patientName = inv.patientName;
    receipt.hospitalNumber = inv.hospitalNumber;
    receipt.lines = inv.lines;
    receipt.totals = inv.totals;
    receipt.method = paymentMethodFromName(payment->value(2).toString()).value_or(PaymentMethod::Cash);
    receipt.amount = Money::fromMinor(payment->value(3).toLongLong(), currency);
    if (!payment->value(4).isNull())
        receipt.tendered = Money::fromMinor(payment->value(4).toLongLong(), currency);
    receipt.reference = payment->value(5).toString();
    if (receipt.reference.isEmpty())
        receipt.reference = payment->value(9).toString();
    const QString displayName = payment->value(10).toString();
    receipt.cashier = displayName.isEmpty() ? payment->value(6).toString() : displayName;
    receipt.paidAt = sql::readTime(payment->value(7));
    receipt.copy = payment->value(8).toInt() > 0;
    // Paid to date: this payment and the ones before it, so a reprint shows what was true at the time.
    auto before = sql::exec(
        m_db, QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM payments WHERE invoice_id = ? AND id <= ?"),
        {inv.id, paymentId});
    if (!before)
        return before.error().message;
    receipt.paidToDate = Money::fromMinor(before->next() ? before->value(0).toLongLong() : 0, currency);
    receipt.balance = inv.totals.total.minus(receipt.paidToDate).valueOr(Money::zero(currency));
    payment->finish();
    if (countPrint) {
        if (auto counted =
                sql::exec(m_db, QStringLiteral("UPDATE payments SET receipt_prints = receipt_prints + 1 WHERE id = ?"),
                          {paymentId});
            !counted)
            return counted.error().message;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error().message;
    return receipt;
}

namespace receipt_layout {

QStringList text(const Receipt& r, int columns)
{
    const QString rule(columns, u'-');
    QStringList out;
    if (r.copy)
        out << centered(QStringLiteral("*** COPY ***"), columns);
    out << centered(ascii(r.hospitalName), columns);
    if (!r.hospitalAddress.isEmpty())
        out << centered(ascii(r.hospitalAddress), columns);
    out << rule;
    out << leftRight(QCoreApplication::translate("Receipt", "Receipt"), r.number, columns);
    out << leftRight(QCoreApplication::translate("Receipt", "Invoice"), r.invoiceNumber, columns);
    out << leftRight(QCoreApplication::translate("Receipt", "Date"),
                     r.paidAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), columns);
    out << ascii(r.patientName).left(columns);
    out << ascii(r.hospitalNumber).left(columns);
    out << rule;
    for (const InvoiceLine& line : r.lines) {
        out << ascii(line.input.description).left(columns);
        out << leftRight(QStringLiteral("  %1 x %2").arg(line.input.quantity).arg(plainAmount(line.input.unitPrice)),
                         plainAmount(line.gross), columns);
        if (!line.discount.isZero())
            out << leftRight(QCoreApplication::translate("Receipt", "  discount"),
                             QStringLiteral("-") + plainAmount(line.discount), columns);
    }
    out << rule;
    if (!r.totals.discount.isZero())
        out << leftRight(QCoreApplication::translate("Receipt", "Discount"),
                         QStringLiteral("-") + plainAmount(r.totals.discount), columns);
    if (!r.totals.tax.isZero())
        out << leftRight(QCoreApplication::translate("Receipt", "VAT"), plainAmount(r.totals.tax), columns);
    out << leftRight(QCoreApplication::translate("Receipt", "TOTAL"), plainAmount(r.totals.total), columns);
    out << leftRight(ascii(describe(r.method)), plainAmount(r.amount), columns);
    if (r.tendered) {
        out << leftRight(QCoreApplication::translate("Receipt", "Tendered"), plainAmount(*r.tendered), columns);
        out << leftRight(QCoreApplication::translate("Receipt", "Change"), plainAmount(*r.change()), columns);
    }
    out << leftRight(QCoreApplication::translate("Receipt", "Paid to date"), plainAmount(r.paidToDate), columns);
    out << leftRight(QCoreApplication::translate("Receipt", "Balance"), plainAmount(r.balance), columns);
    out << rule;
    out << leftRight(QCoreApplication::translate("Receipt", "Ref"), r.reference.right(columns - 5), columns);
    out << leftRight(QCoreApplication::translate("Receipt", "Cashier"), ascii(r.cashier), columns);
    out << centered(QCoreApplication::translate("Receipt", "Thank you"), columns);
    return out;
}

QByteArray escPos(const Receipt& r, int columns)
{
    const QString name = ascii(r.hospitalName).left(columns).trimmed();
    const QString total = QCoreApplication::translate("Receipt", "TOTAL");
    return slip_text::escPos(text(r, columns),
                             [&](const QString& line) { return line.trimmed() == name || line.startsWith(total); });
}

QString html(const Receipt& r, const QLocale& locale)
{
    auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    QString out = QStringLiteral("<html><body style='font-family: sans-serif; font-size: 10pt'>");
    if (r.copy)
        out += QStringLiteral("<p align='center' style='font-size: 14pt'><b>%1</b></p>")
                   .arg(QCoreApplication::translate("Receipt", "COPY"));
    out += QStringLiteral("<h2 align='center'>%1</h2>").arg(esc(r.hospitalName));
    if (!r.hospitalAddress.isEmpty())
        out += QStringLiteral("<p align='center'>%1</p>").arg(esc(r.hospitalAddress));
    out += QStringLiteral("<table width='100%'>");
    auto row = [&](const QString& label, const QString& value) {
        out += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>").arg(esc(label), esc(value));
    };
    row(QCoreApplication::translate("Receipt", "Receipt"), r.number);
    row(QCoreApplication::translate("Receipt", "Invoice"), r.invoiceNumber);
    row(QCoreApplication::translate("Receipt", "Date"), locale.toString(r.paidAt.toLocalTime(), QLocale::ShortFormat));
    row(QCoreApplication::translate("Receipt", "Patient"),
        QStringLiteral("%1 (%2)").arg(r.patientName, r.hospitalNumber));
    out += QStringLiteral("</table><hr/><table width='100%'><tr><th align='left'>%1</th><th align='right'>%2</th>"
                          "<th align='right'>%3</th><th align='right'>%4</th></tr>")
               .arg(QCoreApplication::translate("Receipt", "Item"), QCoreApplication::translate("Receipt", "Qty"),
                    QCoreApplication::translate("Receipt", "Price"), QCoreApplication::translate("Receipt", "Amount"));
    for (const InvoiceLine& line : r.lines) {
        out += QStringLiteral(
                   "<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td></tr>")
                   .arg(esc(line.input.description))
                   .arg(line.input.quantity)
                   .arg(esc(line.input.unitPrice.format(locale)), esc(line.gross.format(locale)));
        if (!line.discount.isZero())
            out += QStringLiteral("<tr><td colspan='3'>&nbsp;&nbsp;%1</td><td align='right'>-%2</td></tr>")
                       .arg(QCoreApplication::translate("Receipt", "discount"), esc(line.discount.format(locale)));
    }
    out += QStringLiteral("</table><hr/><table width='100%'>");
    if (!r.totals.discount.isZero())
        row(QCoreApplication::translate("Receipt", "Discount"), QStringLiteral("-") + r.totals.discount.format(locale));
    if (!r.totals.tax.isZero())
        row(QCoreApplication::translate("Receipt", "VAT"), r.totals.tax.format(locale));
    out += QStringLiteral("<tr><td><b>%1</b></td><td align='right'><b>%2</b></td></tr>")
               .arg(QCoreApplication::translate("Receipt", "Total"), esc(r.totals.total.format(locale)));
    row(QCoreApplication::translate("Receipt", "Paid by %1").arg(describe(r.method)), r.amount.format(locale));
    if (r.tendered) {
        row(QCoreApplication::translate("Receipt", "Tendered"), r.tendered->format(locale));
        row(QCoreApplication::translate("Receipt", "Change"), r.change()->format(locale));
    }
    row(QCoreApplication::translate("Receipt", "Paid to date"), r.paidToDate.format(locale));
    row(QCoreApplication::translate("Receipt", "Balance"), r.balance.format(locale));
    row(QCoreApplication::translate("Receipt", "Reference"), r.reference);
    row(QCoreApplication::translate("Receipt", "Cashier"), r.cashier);
    out += QStringLiteral("</table><p align='center'>%1</p></body></html>")
               .arg(QCoreApplication::translate("Receipt", "Thank you"));
    return out;
}

} // namespace receipt_layout

} // namespace paydesk
