#include "billing/invoice_repository.h"

#include "billing/series_counter.h"
#include "security/audit_log.h"
#include "security/role.h"
#include "security/user_repository.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace paydesk {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT i.id, i.number, i.patient_id, p.first_name || ' ' || p.last_name, p.hospital_number, i.status, "
    "i.currency, i.subtotal, i.discount, i.tax, i.total, i.paid, i.refunded, i.methods, i.cashier, "
    "i.approved_by, i.desk, i.created_at FROM invoices i JOIN patients p ON p.id = i.patient_id");

Invoice readInvoice(const QSqlQuery& q)
{
    Invoice invoice;
    invoice.id = q.value(0).toLongLong();
    invoice.number = q.value(1).toString();
    invoice.patientId = q.value(2).toLongLong();
    invoice.patientName = q.value(3).toString();
    invoice.hospitalNumber = q.value(4).toString();
    invoice.status = invoiceStatusFromName(q.value(5).toString()).value_or(InvoiceStatus::Open);
    const Currency currency = Currency::fromCode(q.value(6).toString()).value_or(Currency());
    invoice.totals.subtotal = Money::fromMinor(q.value(7).toLongLong(), currency);
    invoice.totals.discount = Money::fromMinor(q.value(8).toLongLong(), currency);
    invoice.totals.tax = Money::fromMinor(q.value(9).toLongLong(), currency);
    invoice.totals.total = Money::fromMinor(q.value(10).toLongLong(), currency);
    invoice.paid = Money::fromMinor(q.value(11).toLongLong(), currency);
    invoice.refunded = Money::fromMinor(q.value(12).toLongLong(), currency);
    invoice.methods = q.value(13).toString();
    invoice.cashier = q.value(14).toString();
    invoice.approvedBy = q.value(15).toString();
    invoice.desk = q.value(16).toString();
    invoice.createdAt = sql::readTime(q.value(17));
    return invoice;
}

} // namespace

QString InvoiceRepository::seriesFor(const QString& deskName)
{
    QString code;
    for (const QChar c : deskName.toUpper()) {
        if ((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            code += c;
    }
    return code.isEmpty() ? QStringLiteral("DESK") : code.left(10);
}

Result<QString, DbError> InvoiceRepository::approverOf(const Database& db, const BillingActor& actor)
{
    const UserRepository users(db);
    for (const QString& candidate : {actor.approver, actor.username}) {
        if (candidate.isEmpty())
            continue;
        auto user = users.find(candidate);
        if (!user)
            return user.error();
        if (user->has_value() && (*user)->active && hasAtLeast((*user)->role, Role::Supervisor))
            return (*user)->username;
    }
    return QString();
}

Result<Invoice, QString> InvoiceRepository::issue(const InvoiceDraft& draft, const BillingActor& actor) const
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    // Price-list lines are re-read here: what is billed is the price list's, not what a screen showed earlier.
    QList<InvoiceLineInput> lines;
    bool needsApproval = false;
    for (InvoiceLineInput line : draft.lines) {
        if (!line.isFreeText()) {
            auto item = sql::exec(m_db,
                                  QStringLiteral("SELECT code, name, currency, unit_price, taxable, active FROM "
                                                 "price_items WHERE id = ?"),
                                  {line.priceItemId});
            if (!item)
                return item.error().message;
            if (!item->next())
                return QCoreApplication::translate("Invoices", "An item on this bill is no longer in the price list.");
            if (!item->value(5).toBool())
                return QCoreApplication::translate("Invoices", "%1 is no longer offered (inactive in the price list).")
                    .arg(item->value(1).toString());
            line.code = item->value(0).toString();
            line.description = item->value(1).toString();
            line.unitPrice = Money::fromMinor(item->value(3).toLongLong(),
                                              Currency::fromCode(item->value(2).toString()).value_or(Currency()));
            line.taxable = item->value(4).toBool();
        } else {
            needsApproval = true;
            if (line.code.isEmpty())
                line.code = QStringLiteral("MISC");
        }
        needsApproval = needsApproval || line.hasDiscount();
        lines << line;
    }
    const qint64 taxRate = SettingsRepository(m_db).intOr(QStringLiteral("billing.tax_rate_bp"), 750);
    auto calculation = InvoiceMath::calculate(lines, draft.currency, taxRate);
    if (!calculation)
        return calculation.error();
    QString approvedBy;
    if (needsApproval) {
        auto approver = approverOf(m_db, actor);
        if (!approver)
            return approver.error().message;
        if (approver->isEmpty())
            return QCoreApplication::translate("Invoices",
                                               "Discounts, waivers and free-text lines need a supervisor's approval.");
        approvedBy = *approver;
    }
    auto patient = sql::exec(m_db, QStringLiteral("SELECT id FROM patients WHERE id = ?"), {draft.patientId});
    if (!patient)
        return patient.error().message;
    if (!patient->next())
        return QCoreApplication::translate("Invoices", "This patient no longer exists.");
    const QString series = seriesFor(actor.desk);
    auto number = nextInSeries(m_db, series);
    if (!number)
        return number.error().message;
    const QString invoiceNumber = QStringLiteral("%1-%2").arg(series).arg(*number, 6, 10, QLatin1Char('0'));
    const QDateTime now = m_clock->nowUtc();
    const InvoiceTotals& totals = calculation->totals;
    auto inserted = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO invoices (number, series, patient_id, currency, subtotal, discount, tax, total, "
                       "status, cashier, approved_by, desk, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?) RETURNING id"),
        {invoiceNumber, series, draft.patientId, draft.currency.code(), totals.subtotal.minorUnits(),
         totals.discount.minorUnits(), totals.tax.minorUnits(), totals.total.minorUnits(),
         invoiceStatusName(totals.total.isZero() ? InvoiceStatus::Paid : InvoiceStatus::Open), actor.username,
         sql::nullableText(approvedBy), actor.desk, sql::timeValue(now), sql::timeValue(now)});
    if (!inserted)
        return inserted.error().message;
    if (!inserted->next())
        return QCoreApplication::translate("Invoices", "The new invoice's id was not returned.");
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    QJsonArray auditLines;
    for (const InvoiceLine& line : calculation->lines) {
        auto added = sql::exec(
            m_db,
            QStringLiteral(
                "INSERT INTO invoice_lines (invoice_id, line_no, price_item_id, code, description, "
                "unit_price, quantity, discount, taxable, tax, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, line.lineNo, sql::nullableId(line.input.priceItemId), line.input.code,
             line.input.description.trimmed(), line.input.unitPrice.minorUnits(), line.input.quantity,
             line.discount.minorUnits(), line.input.taxable, line.tax.minorUnits(), line.total.minorUnits()});
        if (!added)
            return added.error().message;
        auditLines.append(QJsonObject{{QStringLiteral("code"), line.input.code},
                                      {QStringLiteral("quantity"), line.input.quantity},
                                      {QStringLiteral("total"), line.total.toPlainString()},
                                      {QStringLiteral("discount"), line.discount.toPlainString()}});
    }
    QJsonObject details{{QStringLiteral("number"), invoiceNumber},
                        {QStringLiteral("patient_id"), draft.patientId},
                        {QStringLiteral("currency"), draft.currency.code()},
                        {QStringLiteral("total"), totals.total.toPlainString()},
                        {QStringLiteral("lines"), auditLines}};
    if (!approvedBy.isEmpty())
        details.insert(QStringLiteral("approved_by"), approvedBy);
    if (auto audited = AuditLog(m_db, *m_clock)
                           .append(actor.username, QStringLiteral("invoice.issued"),
                                   QStringLiteral("invoice:%1").arg(id), details);
        !audited)
        return audited.error().message;
    return commitAndReadBack(
        tx, [&] { return find(id); },
        QCoreApplication::translate("Invoices", "The new invoice could not be read back."));
}

Result<std::optional<Invoice>, DbError> InvoiceRepository::find(qint64 id) const
{
    auto query = sql::exec(m_db, kSelect + QStringLiteral(" WHERE i.id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Invoice>();
    Invoice invoice = readInvoice(*query);
    const Currency currency = invoice.totals.total.currency();
    auto lines = sql::exec(m_db,
                           QStringLiteral("SELECT line_no, price_item_id, code, description, unit_price, quantity, "
                                          "discount, taxable, tax, total FROM invoice_lines WHERE invoice_id = ? "
                                          "ORDER BY line_no"),
                           {id});
    if (!lines)
        return lines.error();
    while (lines->next()) {
        InvoiceLine line;
        line.lineNo = lines->value(0).toInt();
        line.input.priceItemId = lines->value(1).toLongLong();
        line.input.code = lines->value(2).toString();
        line.input.description = lines->value(3).toString();
        line.input.unitPrice = Money::fromMinor(lines->value(4).toLongLong(), currency);
        line.input.quantity = lines->value(5).toLongLong();
        line.discount = line.input.discount = Money::fromMinor(lines->value(6).toLongLong(), currency);
        line.input.taxable = lines->value(7).toBool();
        line.tax = Money::fromMinor(lines->value(8).toLongLong(), currency);
        line.total = Money::fromMinor(lines->value(9).toLongLong(), currency);
        line.gross = *line.input.unitPrice.times(line.input.quantity);
        invoice.lines << line;
    }
    return std::optional<Invoice>(invoice);
}

Result<QList<Invoice>, DbError> InvoiceRepository::forPatient(qint64 patientId, int limit) const
{
    auto query = sql::exec(m_db, kSelect + QStringLiteral(" WHERE i.patient_id = ? ORDER BY i.id DESC LIMIT ?"),
                           {patientId, limit});
    if (!query)
        return query.error();
    QList<Invoice> invoices;
    while (query->next())
        invoices << readInvoice(*query);
    return invoices;
}

Result<QList<Invoice>, DbError>
InvoiceRepository::page(const Filter& filter, const std::optional<Cursor>& after, int limit) const
{
    QStringList where;
    QVariantList params;
    if (filter.status) {
        where << QStringLiteral("i.status = ?");
        params << invoiceStatusName(*filter.status);
    }
    // Dates are the desk's local days, turned into UTC instants so the created_at index does the work.
    if (filter.from.isValid()) {
        where << QStringLiteral("i.created_at >= ?");
        params << sql::timeValue(filter.from.startOfDay());
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("i.created_at < ?");
        params << sql::timeValue(filter.to.addDays(1).startOfDay());
    }
    if (!filter.cashier.isEmpty()) {
        where << QStringLiteral("i.cashier = ?");
        params << filter.cashier;
    }
    if (filter.method) {
        where << QStringLiteral("i.methods LIKE ?");
        params << QString(QStringLiteral("%,") + paymentMethodName(*filter.method) + QStringLiteral(",%"));
    }
    if (!filter.numberPrefix.trimmed().isEmpty()) {
        where << QStringLiteral("i.number >= ? AND i.number < ?");
        const QString prefix = filter.numberPrefix.trimmed().toUpper();
        params << prefix << QString(prefix + QChar(0xFFFF));
    }
    if (after) {
        where << QStringLiteral("(i.created_at < ? OR (i.created_at = ? AND i.id < ?))");
        params << sql::timeValue(after->createdAt) << sql::timeValue(after->createdAt) << after->id;
    }
    QString statement = kSelect;
    if (!where.isEmpty())
        statement += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY i.created_at DESC, i.id DESC LIMIT ?");
    params << limit;
    auto query = sql::exec(m_db, statement, params);
    if (!query)
        return query.error();
    QList<Invoice> invoices;
    while (query->next())
        invoices << readInvoice(*query);
    return invoices;
}

Result<Invoice, QString>
InvoiceRepository::voidInvoice(qint64 id, const QString& reason, const BillingActor& actor) const
{
    if (reason.trimmed().isEmpty())
        return QCoreApplication::translate("Invoices", "Say why the invoice is void.");
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    auto approver = approverOf(m_db, actor);
    if (!approver)
        return approver.error().message;
    if (approver->isEmpty())
        return QCoreApplication::translate("Invoices", "Voiding an invoice needs a supervisor's approval.");
    auto inFlight = sql::exec(m_db,
                              QStringLiteral("SELECT COUNT(*) FROM payment_attempts WHERE invoice_id = ? AND state IN "
                                             "('created', 'sent', 'delivered', 'waiting', 'unknown')"),
                              {id});
    if (!inFlight)
        return inFlight.error().message;
    if (inFlight->next() && inFlight->value(0).toLongLong() > 0)
        return QCoreApplication::translate(
            "Invoices", "A payment for this invoice is still in progress: finish or cancel it first.");
    auto updated = sql::exec(m_db,
                             QStringLiteral("UPDATE invoices SET status = 'void', updated_at = ? WHERE id = ? AND "
                                            "status = 'open' AND paid = 0"),
                             {sql::timeValue(m_clock->nowUtc()), id});
    if (!updated)
        return updated.error().message;
    if (updated->numRowsAffected() != 1)
        return QCoreApplication::translate(
            "Invoices", "Only an open invoice with nothing paid can be voided; refund the payments instead.");
    if (auto audited =
            AuditLog(m_db, *m_clock)
                .append(actor.username, QStringLiteral("invoice.voided"), QStringLiteral("invoice:%1").arg(id),
                        {{QStringLiteral("reason"), reason.trimmed()}, {QStringLiteral("approved_by"), *approver}});
        !audited)
        return audited.error().message;
    return commitAndReadBack(
        tx, [&] { return find(id); }, QCoreApplication::translate("Invoices", "The invoice could not be read back."));
}

} // namespace paydesk
