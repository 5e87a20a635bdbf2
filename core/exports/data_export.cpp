#include "exports/data_export.h"

#include "money/money.h"
#include "storage/sql.h"

namespace paydesk::exports {

namespace {

// How a selected value becomes text: as it is, as a UTC time, or as an amount in the currency the column at
// `currencyAt` names.
struct Column
{
    QString name;
    enum Kind { Text, Time, Amount } kind = Text;
    int currencyAt = -1;
};

struct Spec
{
    QList<Column> columns;
    QString select; // with one "?" for the start and one for the end of the period
};

Column text(const char* name)
{
    return {QString::fromLatin1(name), Column::Text};
}
Column time(const char* name)
{
    return {QString::fromLatin1(name), Column::Time};
}
Column amount(const char* name, int currencyAt)
{
    return {QString::fromLatin1(name), Column::Amount, currencyAt};
}

Spec specOf(Dataset dataset)
{
    switch (dataset) {
    case Dataset::Payments:
        return {{text("id"), time("paid_at"), text("invoice"), text("hospital_number"), text("method"),
                 text("currency"), amount("amount", 5), amount("refunded", 5), text("cashier"), text("desk"),
                 text("terminal_id"), text("paystack_reference"), text("paystack_transaction_id")},
                QStringLiteral("SELECT p.id, p.paid_at, i.number, pt.hospital_number, p.method, p.currency, p.amount, "
                               "p.refunded, p.cashier, p.desk, a.terminal_id, p.paystack_reference, "
                               "p.paystack_transaction_id FROM payments p JOIN invoices i ON i.id = p.invoice_id JOIN "
                               "patients pt ON pt.id = i.patient_id JOIN payment_attempts a ON a.id = p.attempt_id "
                               "WHERE p.paid_at >= ? AND p.paid_at < ? ORDER BY p.paid_at, p.id")};
    case Dataset::Invoices:
        return {{text("number"), time("created_at"), text("hospital_number"), text("currency"), amount("subtotal", 3),
                 amount("discount", 3), amount("tax", 3), amount("total", 3), amount("paid", 3), amount("refunded", 3),
                 text("status"), text("methods"), text("cashier"), text("approved_by"), text("desk")},
                QStringLiteral("SELECT i.number, i.created_at, pt.hospital_number, i.currency, i.subtotal, i.discount, "
                               "i.tax, i.total, i.paid, i.refunded, i.status, i.methods, i.cashier, i.approved_by, "
                               "i.desk FROM invoices i JOIN patients pt ON pt.id = i.patient_id WHERE i.created_at >= "
                               "? AND i.created_at < ? ORDER BY i.created_at, i.id")};
    case Dataset::Shifts:
        return {{text("id"), text("z_number"), text("desk"), text("cashier"), text("state"), time("opened_at"),
                 time("closed_at"), text("currency"), amount("opening_float", 7), amount("expected_cash", 7),
                 amount("counted_cash", 7), amount("variance", 7), text("variance_reason"), text("closed_by"),
                 text("signed_by"), time("signed_at"), text("report_hash")},
                QStringLiteral("SELECT id, z_number, desk, cashier, state, opened_at, closed_at, currency, "
                               "opening_float, expected_cash, counted_cash, variance, variance_reason, closed_by, "
                               "signed_by, signed_at, report_hash FROM shifts WHERE opened_at >= ? AND opened_at < ? "
                               "ORDER BY opened_at, id")};
    case Dataset::Airtime:
        return {{text("id"), time("created_at"), text("desk"), text("vendor"), text("phone"), text("network"),
                 text("provider"), text("currency"), amount("amount", 7), amount("commission", 7), text("payment"),
                 text("state"), text("request_id"), text("provider_transaction_id"), time("settled_at"),
                 text("detail")},
                QStringLiteral("SELECT id, created_at, desk, vendor, phone, network, provider, currency, amount, "
                               "commission, payment, state, request_id, provider_transaction_id, settled_at, detail "
                               "FROM airtime_sales WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id")};
    case Dataset::UssdSessions:
        return {{text("id"), text("service_code"), text("phone"), text("state"), text("outcome"), text("hops"),
                 text("path"), time("started_at"), time("updated_at")},
                QStringLiteral("SELECT id, service_code, phone, state, outcome, hops, path, started_at, updated_at "
                               "FROM ussd_sessions WHERE started_at >= ? AND started_at < ? ORDER BY started_at, "
                               "id")};
    case Dataset::Audit:
        return {
            {text("seq"), time("at"), text("actor"), text("action"), text("subject"), text("details"), text("hash")},
            QStringLiteral("SELECT seq, at, actor, action, subject, details, hash FROM audit_log WHERE at >= ? "
                           "AND at < ? ORDER BY seq")};
    }
    return {};
}

const QList<std::pair<Dataset, QString>> kNames{{Dataset::Payments, QStringLiteral("payments")},
                                                {Dataset::Invoices, QStringLiteral("invoices")},
                                                {Dataset::Shifts, QStringLiteral("shifts")},
                                                {Dataset::Airtime, QStringLiteral("airtime")},
                                                {Dataset::UssdSessions, QStringLiteral("ussd-sessions")},
                                                {Dataset::Audit, QStringLiteral("audit")}};

} // namespace

QStringList datasetNames()
{
    QStringList names;
    for (const auto& [dataset, name] : kNames)
        names << name;
    return names;
}

std::optional<Dataset> datasetFromName(const QString& name)
{
    for (const auto& [dataset, known] : kNames)
        if (known == name)
            return dataset;
    return std::nullopt;
}

QStringList columnsOf(Dataset dataset)
{
    QStringList names;
    for (const Column& column : specOf(dataset).columns)
        names << column.name;
    return names;
}

Status<DbError> exportRows(const Database& db,
                           Dataset dataset,
                           const QDateTime& fromUtc,
                           const QDateTime& untilUtc,
                           const std::function<void(const QStringList&)>& row)
{
    const Spec spec = specOf(dataset);
    auto query =
        sql::exec(db, spec.select, {sql::timeValue(fromUtc), sql::timeValue(untilUtc)}, sql::Rows::ForwardOnly);
    if (!query)
        return query.error();
    QStringList cells;
    while (query->next()) {
        cells.clear();
        for (int i = 0; i < spec.columns.size(); ++i) {
            const Column& column = spec.columns.at(i);
            const QVariant value = query->value(i);
            if (value.isNull()) {
                cells << QString();
                continue;
            }
            switch (column.kind) {
            case Column::Text:
                cells << value.toString();
                break;
            case Column::Time:
                cells << sql::isoUtc(sql::readTime(value));
                break;
            case Column::Amount: {
                const auto currency = Currency::fromCode(query->value(column.currencyAt).toString());
                cells << (currency ? Money::fromMinor(value.toLongLong(), *currency).toPlainString()
                                   : value.toString());
                break;
            }
            }
        }
        row(cells);
    }
    return {};
}

} // namespace paydesk::exports
