#include "shifts/shift_figures.h"

#include "storage/sql.h"

#include <QSqlRecord>

namespace paydesk::shifts {

namespace {

// Runs a grouped query whose last two columns are count and sum, handing each row's leading columns and its tally
// to `add`.
template <typename Add>
Status<DbError> eachGroup(const Database& db, const QString& statement, const QVariantList& params, Add add)
{
    auto query = sql::exec(db, statement, params);
    if (!query)
        return query.error();
    const int columns = query->record().count();
    while (query->next()) {
        QVariantList keys;
        for (int c = 0; c < columns - 2; ++c)
            keys << query->value(c);
        add(keys, Tally{query->value(columns - 2).toInt(), query->value(columns - 1).toLongLong()});
    }
    return {};
}

void addTo(Tally& into, const Tally& more)
{
    into.count += more.count;
    into.amount += more.amount;
}

} // namespace

Result<ShiftFigures, DbError> readShiftFigures(const Database& db,
                                               const QString& desk,
                                               const QString& cashier,
                                               const Currency& currency,
                                               const QDateTime& from,
                                               const QDateTime& until,
                                               qint64 openingFloat)
{
    ShiftFigures f;
    f.currency = currency;
    f.openingFloat = openingFloat;
    const QVariantList window{cashier, desk, currency.code(), sql::timeValue(from), sql::timeValue(until)};

    if (auto ok = eachGroup(
            db,
            QStringLiteral("SELECT method, count(*), COALESCE(sum(amount), 0) FROM payments WHERE "
                           "cashier = ? AND desk = ? AND currency = ? AND paid_at >= ? AND paid_at < ? "
                           "GROUP BY method"),
            window,
            [&f](const QVariantList& key, const Tally& tally) { f.byMethod.insert(key.at(0).toString(), tally); });
        !ok)
        return ok.error();
    f.cashPayments = f.byMethod.value(QStringLiteral("cash"));

    if (auto ok = eachGroup(
            db,
            QStringLiteral("SELECT COALESCE(a.terminal_id, ''), count(*), COALESCE(sum(p.amount), 0) "
                           "FROM payments p JOIN payment_attempts a ON a.id = p.attempt_id WHERE "
                           "p.cashier = ? AND p.desk = ? AND p.currency = ? AND p.paid_at >= ? AND "
                           "p.paid_at < ? AND p.method = 'terminal' GROUP BY a.terminal_id"),
            window,
            [&f](const QVariantList& key, const Tally& tally) { f.byTerminal.insert(key.at(0).toString(), tally); });
        !ok)
        return ok.error();

    // Refunds carry who asked for them but not a desk: a cashier has one shift open at a time, so the name and
    // the time place them.
    const QVariantList refundWindow{cashier, currency.code(), sql::timeValue(from), sql::timeValue(until)};
    if (auto ok = eachGroup(
            db,
            QStringLiteral("SELECT r.state, CASE WHEN p.method = 'cash' THEN 1 ELSE 0 END, count(*), "
                           "COALESCE(sum(r.amount), 0) FROM refunds r JOIN payments p ON p.id = r.payment_id WHERE "
                           "r.requested_by = ? AND r.currency = ? AND r.created_at >= ? AND r.created_at < ? GROUP BY "
                           "r.state, CASE WHEN p.method = 'cash' THEN 1 ELSE 0 END"),
            refundWindow,
            [&f](const QVariantList& key, const Tally& tally) {
                const QString state = key.at(0).toString();
                if (state == u"processed") {
                    addTo(f.refundsProcessed, tally);
                    if (key.at(1).toInt() == 1)
                        addTo(f.cashRefunds, tally);
                } else if (state == u"failed") {
                    addTo(f.refundsFailed, tally);
                } else {
                    addTo(f.refundsInFlight, tally);
                }
            });
        !ok)
        return ok.error();

    if (auto ok = eachGroup(db,
                            QStringLiteral("SELECT state, payment, count(*), COALESCE(sum(amount), 0) FROM "
                                           "airtime_sales WHERE vendor = ? AND desk = ? AND currency = ? AND "
                                           "created_at >= ? AND created_at < ? GROUP BY state, payment"),
                            window,
                            [&f](const QVariantList& key, const Tally& tally) {
                                const QString state = key.at(0).toString();
                                const bool cash = key.at(1).toString() == u"cash";
                                if (state == u"delivered")
                                    addTo(f.airtimeDelivered, tally);
                                else if (state == u"failed")
                                    addTo(f.airtimeFailed, tally);
                                else
                                    addTo(f.airtimeOpen, tally);
                                if (state != u"failed")
                                    addTo(cash ? f.cashAirtime : f.airtimeByPaystack, tally);
                            });
        !ok)
        return ok.error();

    if (auto ok = eachGroup(db,
                            QStringLiteral("SELECT CASE WHEN l.discount >= l.unit_price * l.quantity THEN 1 ELSE 0 "
                                           "END, count(*), COALESCE(sum(l.discount), 0) FROM invoices i JOIN "
                                           "invoice_lines l ON l.invoice_id = i.id WHERE i.cashier = ? AND i.desk = ? "
                                           "AND i.currency = ? AND i.created_at >= ? AND i.created_at < ? AND "
                                           "l.discount > 0 AND i.status <> 'void' GROUP BY CASE WHEN l.discount >= "
                                           "l.unit_price * l.quantity THEN 1 ELSE 0 END"),
                            window,
                            [&f](const QVariantList& key, const Tally& tally) {
                                addTo(key.at(0).toInt() == 1 ? f.waivers : f.discounts, tally);
                            });
        !ok)
        return ok.error();

    if (auto ok = eachGroup(db,
                            QStringLiteral("SELECT state, count(*), COALESCE(sum(amount), 0) FROM payment_attempts "
                                           "WHERE cashier = ? AND desk = ? AND currency = ? AND created_at >= ? AND "
                                           "created_at < ? AND state IN ('created', 'sent', 'delivered', 'waiting', "
                                           "'unknown') GROUP BY state"),
                            window,
                            [&f](const QVariantList& key, const Tally& tally) {
                                addTo(key.at(0).toString() == u"unknown" ? f.attemptsUnknown : f.attemptsWaiting,
                                      tally);
                            });
        !ok)
        return ok.error();

    f.expectedCash = f.openingFloat + f.cashPayments.amount - f.cashRefunds.amount + f.cashAirtime.amount;
    return f;
}

} // namespace paydesk::shifts
