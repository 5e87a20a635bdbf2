#include "billing/invoice_timeline.h"

#include "billing/payment_attempt.h"
#include "storage/sql.h"

#include <QCoreApplication>

namespace paydesk {

Result<QList<TimelineEntry>, DbError> loadInvoiceTimeline(const Database& db, qint64 invoiceId)
{
    QList<TimelineEntry> entries;
    auto invoice = sql::exec(
        db, QStringLiteral("SELECT number, created_at, cashier, approved_by FROM invoices WHERE id = ?"), {invoiceId});
    if (!invoice)
        return invoice.error();
    if (!invoice->next())
        return entries;
    const QString approved = invoice->value(3).toString();
    entries << TimelineEntry{
        sql::readTime(invoice->value(1)),
        QCoreApplication::translate("Timeline", "Invoice %1 issued").arg(invoice->value(0).toString()),
        approved.isEmpty() ? QString() : QCoreApplication::translate("Timeline", "approved by %1").arg(approved),
        invoice->value(2).toString()};
    auto steps = sql::exec(db,
                           QStringLiteral("SELECT e.at, a.method, a.reference, e.to_state, e.detail, e.actor FROM "
                                          "attempt_events e JOIN payment_attempts a ON a.id = e.attempt_id WHERE "
                                          "a.invoice_id = ? ORDER BY e.id"),
                           {invoiceId});
    if (!steps)
        return steps.error();
    while (steps->next()) {
        const auto method = paymentMethodFromName(steps->value(1).toString());
        const auto state = attemptStateFromName(steps->value(3).toString());
        entries << TimelineEntry{sql::readTime(steps->value(0)),
                                 QStringLiteral("%1 · %2 · %3")
                                     .arg(method ? describe(*method) : steps->value(1).toString(),
                                          steps->value(2).toString(),
                                          state ? describe(*state) : steps->value(3).toString()),
                                 steps->value(4).toString(), steps->value(5).toString()};
    }
    auto refunds =
        sql::exec(db,
                  QStringLiteral("SELECT r.created_at, r.updated_at, r.state, r.amount, r.currency, r.reason, "
                                 "r.detail, r.requested_by, r.approved_by FROM refunds r JOIN payments p ON "
                                 "p.id = r.payment_id WHERE p.invoice_id = ? ORDER BY r.id"),
                  {invoiceId});
    if (!refunds)
        return refunds.error();
    while (refunds->next()) {
        const Money amount = Money::fromMinor(refunds->value(3).toLongLong(),
                                              Currency::fromCode(refunds->value(4).toString()).value_or(Currency()));
        entries << TimelineEntry{sql::readTime(refunds->value(0)),
                                 QCoreApplication::translate("Timeline", "Refund of %1 requested").arg(amount.format()),
                                 QCoreApplication::translate("Timeline", "%1 (approved by %2)")
                                     .arg(refunds->value(5).toString(), refunds->value(8).toString()),
                                 refunds->value(7).toString()};
        if (refunds->value(2).toString() != u"requested")
            entries << TimelineEntry{sql::readTime(refunds->value(1)),
                                     QCoreApplication::translate("Timeline", "Refund of %1 · %2")
                                         .arg(amount.format(), refunds->value(2).toString()),
                                     refunds->value(6).toString(), QStringLiteral("system")};
    }
    auto voided =
        sql::exec(db,
                  QStringLiteral("SELECT at, actor, details FROM audit_log WHERE action = 'invoice.voided' AND "
                                 "subject = ?"),
                  {QStringLiteral("invoice:%1").arg(invoiceId)});
    if (!voided)
        return voided.error();
    while (voided->next())
        entries << TimelineEntry{sql::readTime(voided->value(0)),
                                 QCoreApplication::translate("Timeline", "Invoice voided"), voided->value(2).toString(),
                                 voided->value(1).toString()};
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry& a, const TimelineEntry& b) { return a.at < b.at; });
    return entries;
}

} // namespace paydesk
