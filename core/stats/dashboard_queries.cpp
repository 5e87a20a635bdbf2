#include "stats/dashboard_queries.h"

#include "money/money.h"
#include "storage/sql.h"
#include "storage/sql_where.h"

#include <QCoreApplication>

namespace paydesk::stats {

namespace {

// WHERE clauses and their bound values, built side by side so that a value never enters the SQL text.
// The statistics' own conditions on top of the shared builder.
struct Where : sql::BasicWhere<Where>
{
    Where& days(const Period& period)
    {
        return add(QStringLiteral("day >= ? AND day <= ?"),
                   {period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)});
    }
    Where& between(const QString& column, const QDateTime& from, const QDateTime& until)
    {
        return add(column + QStringLiteral(" >= ? AND ") + column + QStringLiteral(" < ?"),
                   {sql::timeValue(from), sql::timeValue(until)});
    }
    Where& payments(const StatsFilter& filter, const QString& prefix = QString())
    {
        return equal(prefix + QStringLiteral("desk"), filter.desk)
            .equal(prefix + QStringLiteral("cashier"), filter.cashier)
            .equal(prefix + QStringLiteral("method"), filter.method);
    }
};

// Rows of (category, series, currency, count, amount) into a chart.
Status<DbError> readChart(const Database& db, const QString& statement, const QVariantList& params, Chart& chart)
{
    auto bars = sql::all(db, statement, params, [](const QSqlQuery& row) {
        return Bar{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(), row.value(3).toLongLong(),
                   row.value(4).toLongLong()};
    });
    if (!bars)
        return bars.error();
    chart = *bars;
    return {};
}

// Rows of (currency, count, amount) into a bucket.
Status<DbError> readBucket(const Database& db, const QString& statement, const QVariantList& params, Bucket& bucket)
{
    auto rows = sql::all(db, statement, params, [](const QSqlQuery& row) {
        return std::tuple(row.value(0).toString(), row.value(1).toLongLong(), row.value(2).toLongLong());
    });
    if (!rows)
        return rows.error();
    bucket = {};
    for (const auto& [currency, count, amount] : *rows) {
        bucket.count += count;
        bucket.amount[currency] += amount;
    }
    return {};
}

const QString kInFlight = QStringLiteral("state IN ('created', 'sent', 'delivered', 'waiting')");

// The local hour of a stored moment, in each dialect's SQL, for the payments read row by row.
QString localHourSql(const Database& db, const QString& column, const StatsCalendar& calendar, QVariantList& params)
{
    if (db.dialect() == Database::Dialect::Sqlite) {
        params << QString::asprintf("%+d minutes", calendar.utcOffsetMinutes);
        return QStringLiteral("CAST(strftime('%H', %1, ?) AS INTEGER)").arg(column);
    }
    return QStringLiteral("CAST(extract(hour FROM paydesk_local_time(%1)) AS INTEGER)").arg(column);
}

} // namespace

QString formatTotals(const MoneyByCurrency& totals, const QString& fallback)
{
    QStringList parts;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (const auto currency = Currency::fromCode(it.key()))
            parts << Money::fromMinor(it.value(), *currency).format();
        else
            parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    }
    if (parts.isEmpty())
        return Money::zero(Currency::fromCode(fallback).value_or(Currency::ngn())).format();
    return parts.join(QStringLiteral(" · "));
}

qint64 DashboardFigures::pendingCount() const
{
    qint64 total = 0;
    for (const Bucket& bucket : pending)
        total += bucket.count;
    return total;
}

QList<DashboardQueries::Piece> DashboardQueries::allPieces()
{
    return {Piece::RevenueByDay, Piece::RevenueByCashier, Piece::RevenueByDesk, Piece::PaymentsByHour,
            Piece::Attempts,     Piece::Pending,          Piece::Unknown,       Piece::WebhookLag,
            Piece::Refunds,      Piece::Waivers,          Piece::Airtime,       Piece::Ussd};
}

QString DashboardQueries::pieceName(Piece piece)
{
    switch (piece) {
    case Piece::RevenueByDay:
        return QStringLiteral("revenue by day and method (+ collected, count)");
    case Piece::RevenueByCashier:
        return QStringLiteral("revenue by cashier");
    case Piece::RevenueByDesk:
        return QStringLiteral("revenue by desk");
    case Piece::PaymentsByHour:
        return QStringLiteral("terminal payments by hour");
    case Piece::Attempts:
        return QStringLiteral("success rate, average time to paid");
    case Piece::Pending:
        return QStringLiteral("pending with ageing");
    case Piece::Unknown:
        return QStringLiteral("unknown outcomes");
    case Piece::WebhookLag:
        return QStringLiteral("webhook lag p50/p95");
    case Piece::Refunds:
        return QStringLiteral("refunds");
    case Piece::Waivers:
        return QStringLiteral("waivers and discounts");
    case Piece::Airtime:
        return QStringLiteral("airtime by network");
    case Piece::Ussd:
        return QStringLiteral("USSD sessions by service");
    }
    return {};
}

DashboardQueries::DashboardQueries(Database db, const Clock& clock) : m_db(std::move(db)), m_clock(&clock) {}

Status<QString> DashboardQueries::allowed(const User& viewer) const
{
    if (!viewer.active || !hasAtLeast(viewer.role, Role::Supervisor))
        return QCoreApplication::translate("Dashboard", "Statistics are for supervisors and admins; %1 is a %2.")
            .arg(viewer.username, roleLabel(viewer.role).toLower());
    return {};
}

Result<QDate, QString> DashboardQueries::today() const
{
    auto calendar = StatsCalendar::read(m_db);
    if (!calendar)
        return calendar.error().message;
    return calendar->localDay(m_clock->nowUtc());
}

Result<DashboardFigures, QString>
DashboardQueries::load(const User& viewer, const Period& period, const StatsFilter& filter) const
{
    DashboardFigures figures;
    if (auto loaded = loadPieces(allPieces(), viewer, period, filter, figures); !loaded)
        return loaded.error();
    return figures;
}

Status<QString> DashboardQueries::loadPiece(
    Piece piece, const User& viewer, const Period& period, const StatsFilter& filter, DashboardFigures& figures) const
{
    return loadPieces({piece}, viewer, period, filter, figures);
}

// The role, the period and the calendar are checked and read once for all the pieces of a refresh.
Status<QString> DashboardQueries::loadPieces(const QList<Piece>& pieces,
                                             const User& viewer,
                                             const Period& period,
                                             const StatsFilter& filter,
                                             DashboardFigures& figures) const
{
    if (auto ok = allowed(viewer); !ok)
        return ok.error();
    if (!period.isValid())
        return QCoreApplication::translate("Dashboard", "The period's first day is after its last.");
    auto calendar = StatsCalendar::read(m_db);
    if (!calendar)
        return calendar.error().message;
    figures.period = period;
    figures.filter = filter;
    figures.computedAt = m_clock->nowUtc();
    for (Piece piece : pieces) {
        if (auto ran = run(piece, *calendar, period, filter, figures); !ran)
            return QCoreApplication::translate("Dashboard", "The figures could not be read: %1")
                .arg(ran.error().message);
    }
    return {};
}

Status<DbError> DashboardQueries::run(Piece piece,
                                      const StatsCalendar& calendar,
                                      const Period& period,
                                      const StatsFilter& filter,
                                      DashboardFigures& figures) const
{
    const QDateTime from = calendar.dayStartUtc(period.from);
    const QDateTime until = calendar.dayStartUtc(period.to.addDays(1));
    switch (piece) {
    case Piece::RevenueByDay: {
        Where where;
        where.days(period).payments(filter);
        auto read = readChart(m_db,
                              QStringLiteral("SELECT day, method, currency, sum(payments), sum(amount) FROM "
                                             "stats_payments_daily%1 GROUP BY day, method, currency ORDER BY day")
                                  .arg(where.sql()),
                              where.params, figures.revenueByDay);
        figures.collected.clear();
        figures.payments = 0;
        for (const Bar& bar : figures.revenueByDay) {
            figures.collected[bar.currency] += bar.amount;
            figures.payments += bar.count;
        }
        return read;
    }
    case Piece::RevenueByCashier:
    case Piece::RevenueByDesk: {
        const QString by = piece == Piece::RevenueByCashier ? QStringLiteral("cashier") : QStringLiteral("desk");
        Where where;
        where.days(period).payments(filter);
        return readChart(m_db,
                         QStringLiteral("SELECT %1, method, currency, sum(payments), sum(amount) FROM "
                                        "stats_payments_daily%2 GROUP BY %1, method, currency ORDER BY %1")
                             .arg(by, where.sql()),
                         where.params,
                         piece == Piece::RevenueByCashier ? figures.revenueByCashier : figures.revenueByDesk);
    }
    case Piece::PaymentsByHour: {
        const QString method = filter.method.isEmpty() ? QStringLiteral("terminal") : filter.method;
        if (filter.desk.isEmpty() && filter.cashier.isEmpty()) {
            Where where;
            where.days(period).equal(QStringLiteral("method"), method);
            return readChart(m_db,
                             QStringLiteral("SELECT hour, method, currency, sum(payments), sum(amount) FROM "
                                            "stats_payments_hourly%1 GROUP BY hour, method, currency ORDER BY hour")
                                 .arg(where.sql()),
                             where.params, figures.paymentsByHour);
        }
        // The hourly summary has no desk or cashier: one desk's or cashier's payments are few enough to read
        // through their (desk, paid_at) and (cashier, paid_at) indexes.
        QVariantList params;
        const QString hour = localHourSql(m_db, QStringLiteral("paid_at"), calendar, params);
        Where where;
        where.between(QStringLiteral("paid_at"), from, until)
            .equal(QStringLiteral("desk"), filter.desk)
            .equal(QStringLiteral("cashier"), filter.cashier)
            .equal(QStringLiteral("method"), method);
        return readChart(m_db,
                         QStringLiteral("SELECT %1 AS hour, method, currency, count(*), sum(amount) FROM payments%2 "
                                        "GROUP BY 1, method, currency ORDER BY 1")
                             .arg(hour, where.sql()),
                         params + where.params, figures.paymentsByHour);
    }
    case Piece::Attempts: {
        Where where;
        where.days(period).payments(filter).add(QStringLiteral("method <> 'cash'"));
        auto rows = sql::all(m_db,
                             QStringLiteral("SELECT outcome, sum(attempts), sum(finish_ms) FROM stats_attempts_daily%1 "
                                            "GROUP BY outcome")
                                 .arg(where.sql()),
                             where.params, [](const QSqlQuery& row) {
                                 return std::tuple(row.value(0).toString(), row.value(1).toLongLong(),
                                                   row.value(2).toLongLong());
                             });
        if (!rows)
            return rows.error();
        figures.succeeded = figures.declined = figures.abandoned = figures.succeededFinishMs = 0;
        for (const auto& [outcome, attempts, finishMs] : *rows) {
            if (outcome == u"succeeded") {
                figures.succeeded += attempts;
                figures.succeededFinishMs += finishMs;
            } else if (outcome == u"failed") {
                figures.declined += attempts;
            } else {
                figures.abandoned += attempts;
            }
        }
        return {};
    }
    case Piece::Pending: {
        const QDateTime now = m_clock->nowUtc();
        Where where;
        where.add(kInFlight).payments(filter);
        auto rows = sql::all(m_db,
                             QStringLiteral("SELECT CASE WHEN created_at >= ? THEN 0 WHEN created_at >= ? THEN 1 WHEN "
                                            "created_at >= ? THEN 2 ELSE 3 END AS age, currency, count(*), "
                                            "sum(amount) FROM payment_attempts%1 GROUP BY 1, currency")
                                 .arg(where.sql()),
                             QVariantList{sql::timeValue(now.addSecs(-15 * 60)), sql::timeValue(now.addSecs(-3600)),
                                          sql::timeValue(now.addDays(-1))} +
                                 where.params,
                             [](const QSqlQuery& row) {
                                 return std::tuple(row.value(0).toInt(), row.value(1).toString(),
                                                   row.value(2).toLongLong(), row.value(3).toLongLong());
                             });
        if (!rows)
            return rows.error();
        figures.pending = {};
        for (const auto& [age, currency, count, amount] : *rows) {
            Bucket& bucket = figures.pending.at(std::size_t(std::clamp(age, 0, 3)));
            bucket.count += count;
            bucket.amount[currency] += amount;
        }
        return {};
    }
    case Piece::Unknown: {
        Where attempts;
        attempts.add(QStringLiteral("state = 'unknown'")).payments(filter);
        if (auto read = readBucket(m_db,
                                   QStringLiteral("SELECT currency, count(*), sum(amount) FROM payment_attempts%1 "
                                                  "GROUP BY currency")
                                       .arg(attempts.sql()),
                                   attempts.params, figures.unknownPayments);
            !read)
            return read;
        if (auto read = readBucket(m_db,
                                   QStringLiteral("SELECT currency, count(*), sum(amount) FROM refunds WHERE state = "
                                                  "'unknown' GROUP BY currency"),
                                   {}, figures.unknownRefunds);
            !read)
            return read;
        Where airtime;
        airtime.add(QStringLiteral("state = 'unknown'")).equal(QStringLiteral("desk"), filter.desk);
        return readBucket(
            m_db,
            QStringLiteral("SELECT currency, count(*), sum(amount) FROM airtime_sales%1 GROUP BY currency")
                .arg(airtime.sql()),
            airtime.params, figures.unknownAirtime);
    }
    case Piece::WebhookLag: {
        Where where;
        where.days(period);
        auto rows = sql::all(m_db,
                             QStringLiteral("SELECT bucket, sum(deliveries) FROM stats_webhook_lag_daily%1 GROUP BY "
                                            "bucket ORDER BY bucket")
                                 .arg(where.sql()),
                             where.params, [](const QSqlQuery& row) {
                                 return std::pair(row.value(0).toInt(), row.value(1).toLongLong());
                             });
        if (!rows)
            return rows.error();
        figures.lagDeliveries = 0;
        for (const auto& [bucket, deliveries] : *rows)
            figures.lagDeliveries += deliveries;
        figures.lagP50Ms = figures.lagP95Ms = -1;
        // The smallest bucket whose cumulative count reaches the rank: nearest-rank percentiles, reported as the
        // bucket's upper bound ("at most").
        qint64 seen = 0;
        for (const auto& [bucket, deliveries] : *rows) {
            seen += deliveries;
            if (figures.lagP50Ms < 0 && seen * 100 >= figures.lagDeliveries * 50)
                figures.lagP50Ms = lagBucketBoundMs(bucket);
            if (figures.lagP95Ms < 0 && seen * 100 >= figures.lagDeliveries * 95)
                figures.lagP95Ms = lagBucketBoundMs(bucket);
        }
        return {};
    }
    case Piece::Refunds: {
        // Refunds are few and found by their date; the payment they return is read only to narrow them.
        const bool narrowed = !(filter.desk.isEmpty() && filter.cashier.isEmpty() && filter.method.isEmpty());
        Where where;
        where.between(QStringLiteral("r.created_at"), from, until)
            .add(QStringLiteral("r.state <> 'failed'"))
            .payments(filter, QStringLiteral("p."));
        return readBucket(
            m_db,
            QStringLiteral("SELECT r.currency, count(*), sum(r.amount) FROM refunds r%1%2 GROUP BY "
                           "r.currency")
                .arg(narrowed ? QStringLiteral(" JOIN payments p ON p.id = r.payment_id") : QString(), where.sql()),
            where.params, figures.refunds);
    }
    case Piece::Waivers: {
        // Discounted lines are few (a partial index holds them): SQLite is told to start from them (CROSS JOIN
        // keeps the order) rather than from every invoice of the period; PostgreSQL's planner weighs both.
        const QString discountedFirst =
            m_db.dialect() == Database::Dialect::Sqlite ? QStringLiteral("CROSS JOIN") : QStringLiteral("JOIN");
        Where where;
        where.add(QStringLiteral("l.discount > 0"))
            .between(QStringLiteral("i.created_at"), from, until)
            .add(QStringLiteral("i.status <> 'void'"))
            .equal(QStringLiteral("i.desk"), filter.desk)
            .equal(QStringLiteral("i.cashier"), filter.cashier);
        auto rows = sql::all(m_db,
                             QStringLiteral("SELECT CASE WHEN l.discount >= l.unit_price * l.quantity THEN 1 ELSE 0 "
                                            "END, i.currency, count(*), sum(l.discount) FROM invoice_lines l %1 "
                                            "invoices i ON i.id = l.invoice_id%2 GROUP BY 1, i.currency")
                                 .arg(discountedFirst, where.sql()),
                             where.params, [](const QSqlQuery& row) {
                                 return std::tuple(row.value(0).toInt() == 1, row.value(1).toString(),
                                                   row.value(2).toLongLong(), row.value(3).toLongLong());
                             });
        if (!rows)
            return rows.error();
        figures.waivers = figures.discounts = {};
        for (const auto& [waived, currency, count, amount] : *rows) {
            Bucket& bucket = waived ? figures.waivers : figures.discounts;
            bucket.count += count;
            bucket.amount[currency] += amount;
        }
        return {};
    }
    case Piece::Airtime: {
        Where where;
        where.days(period).equal(QStringLiteral("desk"), filter.desk).equal(QStringLiteral("network"), filter.network);
        return readChart(m_db,
                         QStringLiteral("SELECT network, outcome, currency, sum(sales), sum(amount) FROM "
                                        "stats_airtime_daily%1 GROUP BY network, outcome, currency ORDER BY network")
                             .arg(where.sql()),
                         where.params, figures.airtimeByNetwork);
    }
    case Piece::Ussd: {
        Where where;
        where.days(period).equal(QStringLiteral("service_code"), filter.service);
        return readChart(m_db,
                         QStringLiteral("SELECT service_code, outcome, '', sum(sessions), sum(hops) FROM "
                                        "stats_ussd_daily%1 GROUP BY service_code, outcome ORDER BY service_code")
                             .arg(where.sql()),
                         where.params, figures.ussdByService);
    }
    }
    return {};
}

Result<QList<PaymentLine>, QString> DashboardQueries::paymentsBehind(
    const User& viewer, const Period& period, const StatsFilter& filter, const Drill& drill, int limit) const
{
    if (auto ok = allowed(viewer); !ok)
        return ok.error();
    auto calendar = StatsCalendar::read(m_db);
    if (!calendar)
        return calendar.error().message;
    const Period days = drill.day.isValid() ? Period{drill.day, drill.day} : period;
    QVariantList params;
    Where where;
    where.between(QStringLiteral("p.paid_at"), calendar->dayStartUtc(days.from),
                  calendar->dayStartUtc(days.to.addDays(1)));
    if (drill.hour >= 0)
        where.add(localHourSql(m_db, QStringLiteral("p.paid_at"), *calendar, where.params) + QStringLiteral(" = ?"),
                  {drill.hour});
    where.equal(QStringLiteral("p.desk"), drill.desk.isEmpty() ? filter.desk : drill.desk)
        .equal(QStringLiteral("p.cashier"), drill.cashier.isEmpty() ? filter.cashier : drill.cashier)
        .equal(QStringLiteral("p.method"), drill.method.isEmpty() ? filter.method : drill.method);
    auto lines = sql::all(
        m_db,
        QStringLiteral("SELECT p.id, i.number, p.paid_at, p.method, p.cashier, p.desk, p.currency, p.amount, "
                       "COALESCE(p.paystack_reference, '') FROM payments p JOIN invoices i ON i.id = p.invoice_id%1 "
                       "ORDER BY p.paid_at DESC, p.id DESC LIMIT ?")
            .arg(where.sql()),
        where.params + QVariantList{limit}, [](const QSqlQuery& row) {
            return PaymentLine{row.value(0).toLongLong(), row.value(1).toString(),   sql::readTime(row.value(2)),
                               row.value(3).toString(),   row.value(4).toString(),   row.value(5).toString(),
                               row.value(6).toString(),   row.value(7).toLongLong(), row.value(8).toString()};
        });
    if (!lines)
        return QCoreApplication::translate("Dashboard", "The payments could not be read: %1")
            .arg(lines.error().message);
    return *lines;
}

Result<FilterChoices, QString> DashboardQueries::choices(const User& viewer) const
{
    if (auto ok = allowed(viewer); !ok)
        return ok.error();
    auto column = [this](const QString& statement) -> Result<QStringList, DbError> {
        auto values = sql::all(m_db, statement, {}, [](const QSqlQuery& row) { return row.value(0).toString(); });
        if (!values)
            return values.error();
        return QStringList(*values);
    };
    FilterChoices choices;
    const std::pair<QString, QStringList*> lists[] = {
        {QStringLiteral("SELECT desk FROM stats_payments_daily UNION SELECT desk FROM stats_airtime_daily ORDER BY 1"),
         &choices.desks},
        {QStringLiteral("SELECT DISTINCT cashier FROM stats_payments_daily ORDER BY 1"), &choices.cashiers},
        {QStringLiteral("SELECT DISTINCT network FROM stats_airtime_daily ORDER BY 1"), &choices.networks},
        {QStringLiteral("SELECT code FROM ussd_flows UNION SELECT service_code FROM stats_ussd_daily ORDER BY 1"),
         &choices.services},
    };
    for (const auto& [statement, list] : lists) {
        auto values = column(statement);
        if (!values)
            return QCoreApplication::translate("Dashboard", "The filters could not be read: %1")
                .arg(values.error().message);
        *list = *values;
    }
    choices.methods = {QStringLiteral("terminal"), QStringLiteral("link"), QStringLiteral("ussd"),
                       QStringLiteral("cash")};
    return choices;
}

} // namespace paydesk::stats
