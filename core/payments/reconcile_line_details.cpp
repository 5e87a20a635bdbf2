#include "payments/reconcile_line_details.h"

#include "airtime/airtime_sale.h"
#include "security/user_repository.h"
#include "storage/sql.h"

#include <QCoreApplication>

namespace paydesk {

namespace {

QString moneyText(const QVariant& currency, const QVariant& minor)
{
    return Money::fromMinor(minor.toLongLong(), Currency::fromCode(currency.toString()).value_or(Currency())).format();
}

QString timeText(const QVariant& value)
{
    const QDateTime time = sql::readTime(value);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

Status<DbError> readPayment(const Database& db, qint64 attemptId, QList<QPair<QString, QString>>& ours)
{
    auto rows = sql::exec(db,
                          QStringLiteral("SELECT i.number, i.status, i.currency, i.total, p.hospital_number, "
                                         "p.first_name || ' ' || p.last_name, a.method, a.state, a.reference, "
                                         "a.cashier, a.desk, a.created_at, a.finished_at, a.detail, a.amount "
                                         "FROM payment_attempts a JOIN invoices i ON i.id = a.invoice_id "
                                         "JOIN patients p ON p.id = i.patient_id WHERE a.id = ?"),
                          {attemptId});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return {};
    const QSqlQuery& q = *rows;
    ours = {{QCoreApplication::translate("Reconcile", "Invoice"), q.value(0).toString()},
            {QCoreApplication::translate("Reconcile", "Invoice status"), q.value(1).toString()},
            {QCoreApplication::translate("Reconcile", "Invoice total"), moneyText(q.value(2), q.value(3))},
            {QCoreApplication::translate("Reconcile", "Patient"),
             q.value(5).toString() + QStringLiteral(" (") + q.value(4).toString() + u')'},
            {QCoreApplication::translate("Reconcile", "Payment"),
             QStringLiteral("%1, %2").arg(q.value(6).toString(), moneyText(q.value(2), q.value(14)))},
            {QCoreApplication::translate("Reconcile", "Payment state"), q.value(7).toString()},
            {QCoreApplication::translate("Reconcile", "Our reference"), q.value(8).toString()},
            {QCoreApplication::translate("Reconcile", "Cashier"), q.value(9).toString()},
            {QCoreApplication::translate("Reconcile", "Desk"), q.value(10).toString()},
            {QCoreApplication::translate("Reconcile", "Started"), timeText(q.value(11))},
            {QCoreApplication::translate("Reconcile", "Finished"), timeText(q.value(12))},
            {QCoreApplication::translate("Reconcile", "Detail"), q.value(13).toString()}};
    return {};
}

Status<DbError> readSale(const Database& db, qint64 saleId, QList<QPair<QString, QString>>& ours)
{
    auto rows = sql::exec(db,
                          QStringLiteral("SELECT phone, network, currency, amount, payment, state, request_id, "
                                         "provider, provider_code, vendor, desk, created_at, settled_at, detail "
                                         "FROM airtime_sales WHERE id = ?"),
                          {saleId});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return {};
    const QSqlQuery& q = *rows;
    const auto state = airtime::saleStateFromName(q.value(5).toString());
    const QString saleState = state ? airtime::saleStateLabel(*state) : q.value(5).toString();
    ours = {{QCoreApplication::translate("Reconcile", "Phone"), q.value(0).toString()},
            {QCoreApplication::translate("Reconcile", "Network"), q.value(1).toString()},
            {QCoreApplication::translate("Reconcile", "Amount"), moneyText(q.value(2), q.value(3))},
            {QCoreApplication::translate("Reconcile", "Paid by"), q.value(4).toString()},
            {QCoreApplication::translate("Reconcile", "Sale state"), saleState},
            {QCoreApplication::translate("Reconcile", "Request id"), q.value(6).toString()},
            {QCoreApplication::translate("Reconcile", "Provider"),
             QStringLiteral("%1 %2").arg(q.value(7).toString(), q.value(8).toString()).trimmed()},
            {QCoreApplication::translate("Reconcile", "Vendor"), q.value(9).toString()},
            {QCoreApplication::translate("Reconcile", "Desk"), q.value(10).toString()},
            {QCoreApplication::translate("Reconcile", "Sold"), timeText(q.value(11))},
            {QCoreApplication::translate("Reconcile", "Settled"), timeText(q.value(12))},
            {QCoreApplication::translate("Reconcile", "Detail"), q.value(13).toString()}};
    return {};
}

// The inbox keys a delivery about this record would have (see parseWebhookEvent): transactions by id, else by
// reference; payment requests by code.
QStringList dedupeKeys(const ReconcileLine& line)
{
    if (line.source == ReconcileLine::Source::PaymentRequest)
        return {QStringLiteral("paymentrequest.success:") + line.reference,
                QStringLiteral("paymentrequest.pending:") + line.reference};
    QStringList keys{QStringLiteral("charge.success:") + line.reference};
    if (line.paystackId)
        keys << QStringLiteral("charge.success:%1").arg(line.paystackId);
    return keys;
}

} // namespace

Result<ReconcileLineDetails, QString>
reconcileLineDetails(const Database& db, const QString& viewer, const ReconcileLine& line)
{
    if (auto allowed = UserRepository(db).requireRole(
            viewer, Role::Supervisor,
            QCoreApplication::translate("Reconcile", "Reconciliation is for supervisors and admins."));
        !allowed)
        return allowed.error();
    ReconcileLineDetails details;
    if (line.attemptId) {
        if (auto read = readPayment(db, line.attemptId, details.ours); !read)
            return read.error().message;
    } else if (line.saleId) {
        if (auto read = readSale(db, line.saleId, details.ours); !read)
            return read.error().message;
    }
    if (line.source == ReconcileLine::Source::Airtime)
        return details; // the provider's deliveries do not go through the Paystack inbox
    const QStringList keys = dedupeKeys(line);
    QVariantList params{line.attemptId};
    for (const QString& key : keys)
        params << key;
    auto events = sql::all(db,
                           QStringLiteral("SELECT id, event, state, received_at, reason FROM webhook_inbox "
                                          "WHERE attempt_id = ? OR dedupe_key IN (%1) ORDER BY id")
                               .arg(QStringList(keys.size(), QStringLiteral("?")).join(u',')),
                           params, [](const QSqlQuery& q) {
                               return ReconcileLineDetails::Event{q.value(0).toLongLong(), q.value(1).toString(),
                                                                  q.value(2).toString(), sql::readTime(q.value(3)),
                                                                  q.value(4).toString()};
                           });
    if (!events)
        return events.error().message;
    details.events = *events;
    return details;
}

} // namespace paydesk
