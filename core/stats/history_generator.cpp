#include "stats/history_generator.h"

#include "stats/stats_summaries.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace paydesk::stats {

namespace {

// Rows of one table written many to a statement ("VALUES (...), (...)"), bound like any other: a million rows
// are a few thousand round trips to PostgreSQL instead of a million. Ids are given, not generated, so that the
// rows can point at each other; PostgreSQL's identity columns are told so (OVERRIDING SYSTEM VALUE) and moved
// past them afterwards.
class BatchInsert
{
  public:
    BatchInsert(const Database& db, QString table, QStringList columns)
        : m_db(db),
          m_table(std::move(table)),
          m_columns(std::move(columns)),
          // SQLite has no round trips to save, and Qt's driver looks every parameter up by name when it binds
          // (quadratic in a statement's parameters): one row per statement there, prepared once.
          m_rowsPerStatement(db.dialect() == Database::Dialect::Sqlite ? 1 : 250)
    {}

    // Queues a row; the caller flushes (every table in the order their rows point at each other) once full().
    void add(const QVariantList& row)
    {
        Q_ASSERT(row.size() == m_columns.size());
        m_pending << row;
        ++m_rows;
    }
    bool full() const { return m_rows >= m_rowsPerStatement; }

    Status<DbError> flush()
    {
        if (m_rows == 0)
            return {};
        const bool full = m_rows == m_rowsPerStatement;
        if (full && !m_full)
            m_full.emplace(m_db, statement(m_rowsPerStatement));
        std::optional<sql::Prepared> partial;
        if (!full)
            partial.emplace(m_db, statement(m_rows));
        auto ran = (full ? *m_full : *partial).run(m_pending);
        m_pending.clear();
        m_rows = 0;
        if (!ran)
            return ran.error();
        return {};
    }

  private:
    QString statement(int rows) const
    {
        const QString one = u'(' + QStringList(m_columns.size(), QStringLiteral("?")).join(u',') + u')';
        return QStringLiteral("INSERT INTO %1 (%2)%3 VALUES %4")
            .arg(m_table, m_columns.join(QStringLiteral(", ")),
                 m_db.dialect() == Database::Dialect::Postgres ? QStringLiteral(" OVERRIDING SYSTEM VALUE") : QString(),
                 QStringList(rows, one).join(u','));
    }

    const Database& m_db;
    QString m_table;
    QStringList m_columns;
    QVariantList m_pending;
    int m_rowsPerStatement;
    int m_rows = 0;
    std::optional<sql::Prepared> m_full;
};

Result<qint64, DbError> maxId(const Database& db, const QString& table)
{
    auto id = sql::one(db, QStringLiteral("SELECT COALESCE(max(id), 0) FROM %1").arg(table), {},
                       [](const QSqlQuery& row) { return row.value(0).toLongLong(); });
    if (!id)
        return id.error();
    return id->value_or(0);
}

struct Method
{
    const char* name;
    int weight;     // share of payments, in percent
    int minSeconds; // from the push to the outcome
    int maxSeconds;
};
constexpr Method kMethods[] = {
    {"terminal", 40, 20, 120}, {"link", 15, 60, 900}, {"ussd", 15, 40, 400}, {"cash", 30, 0, 0}};

const char* kNetworks[] = {"mtn", "airtel", "glo", "9mobile"};
const char* kServices[] = {"*999#", "*666#", "*383#"};

// A payment's hour of the local day: most between 8:00 and 18:00, a few at night (the hospital never closes).
int pickHour(QRandomGenerator& random)
{
    static constexpr int kWeights[24] = {1,  1,  1,  1,  1, 2, 3, 6, 10, 12, 12, 11,
                                         10, 10, 11, 10, 9, 7, 5, 4, 3,  2,  1,  1};
    int total = 0;
    for (int weight : kWeights)
        total += weight;
    int pick = int(random.bounded(total));
    for (int hour = 0; hour < 24; ++hour) {
        pick -= kWeights[hour];
        if (pick < 0)
            return hour;
    }
    return 12;
}

} // namespace

QString generatedDesk(int index)
{
    return QStringLiteral("Desk %1").arg(index + 1, 2, 10, QLatin1Char('0'));
}

QString generatedCashier(int index)
{
    return QStringLiteral("cashier%1").arg(index + 1, 2, 10, QLatin1Char('0'));
}

Result<HistoryCounts, DbError> generateHistory(const Database& db, const HistorySpec& spec)
{
    auto calendar = StatsCalendar::read(db);
    if (!calendar)
        return calendar.error();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QRandomGenerator random(spec.seed);
    HistoryCounts counts;

    const QStringList tables = {QStringLiteral("patients"),         QStringLiteral("invoices"),
                                QStringLiteral("payment_attempts"), QStringLiteral("payments"),
                                QStringLiteral("refunds"),          QStringLiteral("webhook_inbox"),
                                QStringLiteral("airtime_sales")};
    QHash<QString, qint64> next;
    for (const QString& table : tables) {
        auto id = maxId(db, table);
        if (!id)
            return id.error();
        next[table] = *id + 1;
    }
    auto nextId = [&next](const QString& table) { return next[table]++; };

    const QString stamp = QString::number(spec.seed) + u'-' + QString::number(next[QStringLiteral("invoices")]);
    const qint64 patientId = nextId(QStringLiteral("patients"));
    const QVariant created = sql::timeValue(spec.now);
    // Rows point at invoices, attempts and payments written before them: every table is flushed, in this order,
    // as soon as one is full.
    std::vector<BatchInsert*> order;
    auto flushAll = [&order](bool onlyWhenFull) -> Status<DbError> {
        bool any = !onlyWhenFull;
        for (const BatchInsert* batch : order)
            any = any || batch->full();
        if (!any)
            return {};
        for (BatchInsert* batch : order) {
            if (auto flushed = batch->flush(); !flushed)
                return flushed.error();
        }
        return {};
    };
    if (auto patient =
            sql::exec(db,
                      QStringLiteral("INSERT INTO patients (id, hospital_number, first_name, last_name, "
                                     "created_by, created_at, updated_at) %1 VALUES (?, ?, ?, ?, ?, ?, ?)")
                          .arg(db.dialect() == Database::Dialect::Postgres ? QStringLiteral("OVERRIDING SYSTEM VALUE")
                                                                           : QString()),
                      {patientId, QStringLiteral("GEN-%1").arg(stamp), QStringLiteral("Walk-in"),
                       QStringLiteral("Generated history"), QStringLiteral("history"), created, created});
        !patient)
        return patient.error();

    BatchInsert invoices(db, QStringLiteral("invoices"),
                         {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("series"),
                          QStringLiteral("patient_id"), QStringLiteral("currency"), QStringLiteral("subtotal"),
                          QStringLiteral("discount"), QStringLiteral("tax"), QStringLiteral("total"),
                          QStringLiteral("paid"), QStringLiteral("refunded"), QStringLiteral("status"),
                          QStringLiteral("methods"), QStringLiteral("cashier"), QStringLiteral("approved_by"),
                          QStringLiteral("desk"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    BatchInsert lines(db, QStringLiteral("invoice_lines"),
                      {QStringLiteral("invoice_id"), QStringLiteral("line_no"), QStringLiteral("code"),
                       QStringLiteral("description"), QStringLiteral("unit_price"), QStringLiteral("quantity"),
                       QStringLiteral("discount"), QStringLiteral("taxable"), QStringLiteral("tax"),
                       QStringLiteral("total")});
    BatchInsert attempts(db, QStringLiteral("payment_attempts"),
                         {QStringLiteral("id"), QStringLiteral("reference"), QStringLiteral("invoice_id"),
                          QStringLiteral("method"), QStringLiteral("state"), QStringLiteral("currency"),
                          QStringLiteral("amount"), QStringLiteral("detail"), QStringLiteral("cashier"),
                          QStringLiteral("desk"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                          QStringLiteral("finished_at")});
    BatchInsert payments(db, QStringLiteral("payments"),
                         {QStringLiteral("id"), QStringLiteral("attempt_id"), QStringLiteral("invoice_id"),
                          QStringLiteral("method"), QStringLiteral("currency"), QStringLiteral("amount"),
                          QStringLiteral("paystack_reference"), QStringLiteral("refunded"), QStringLiteral("cashier"),
                          QStringLiteral("desk"), QStringLiteral("paid_at")});
    BatchInsert refunds(db, QStringLiteral("refunds"),
                        {QStringLiteral("id"), QStringLiteral("payment_id"), QStringLiteral("currency"),
                         QStringLiteral("amount"), QStringLiteral("state"), QStringLiteral("reason"),
                         QStringLiteral("requested_by"), QStringLiteral("approved_by"), QStringLiteral("created_at"),
                         QStringLiteral("updated_at")});
    BatchInsert inbox(db, QStringLiteral("webhook_inbox"),
                      {QStringLiteral("id"), QStringLiteral("dedupe_key"), QStringLiteral("event"),
                       QStringLiteral("state"), QStringLiteral("source"), QStringLiteral("received_at"),
                       QStringLiteral("processed_at"), QStringLiteral("attempts"), QStringLiteral("attempt_id")});
    BatchInsert payloads(db, QStringLiteral("webhook_payloads"),
                         {QStringLiteral("inbox_id"), QStringLiteral("body"), QStringLiteral("headers")});
    WebhookLagCounter lag(db);
    order = {&invoices, &lines, &attempts, &payments, &refunds, &inbox, &payloads};

    const qint64 days = std::max<qint64>(1, spec.firstDay.daysTo(spec.lastDay) + 1);
    const int desks = std::max(1, spec.desks);
    const int cashiers = std::max(1, spec.cashiers);

    // One invoice, paid (or not) by one attempt. Returns the attempt's id.
    auto bill = [&](const QDateTime& at, int cashier, const Method& method, const QString& state,
                    qint64 amount) -> Result<qint64, DbError> {
        const qint64 invoiceId = nextId(QStringLiteral("invoices"));
        const QString desk = generatedDesk(cashier % desks);
        const QString who = generatedCashier(cashier);
        const bool paid = state == u"succeeded";
        // One line in thirty carries a second line given free (a waiver) or at a discount.
        const int extra = random.bounded(30) == 0 ? (random.bounded(3) == 0 ? 2 : 1) : 0;
        const qint64 extraGross = extra ? 1000 * (1 + random.bounded(20)) : 0;
        const qint64 extraDiscount = extra == 2 ? extraGross : extraGross / 4;
        const qint64 total = amount + extraGross - extraDiscount;
        const QDateTime opened = at.addSecs(-60 - random.bounded(600));
        const QDateTime started =
            at.addSecs(-(method.minSeconds + random.bounded(method.maxSeconds - method.minSeconds + 1)));
        const QDateTime updated = std::max(opened, std::max(started, at));
        const QString methods = paid ? QString::fromLatin1(method.name) + u',' : QStringLiteral("");
        const bool electronic = QLatin1String(method.name) != QLatin1String("cash");
        // One electronic payment in a hundred is refunded (a day or so later), in full or in part.
        const bool refunded = paid && electronic && random.bounded(100) == 0 && at.addDays(1) < spec.now;
        const qint64 refundAmount = refunded ? (random.bounded(2) ? total : total / 2) : 0;
        invoices.add(
            {invoiceId, QStringLiteral("G%1-%2").arg(stamp).arg(invoiceId), QStringLiteral("generated"), patientId,
             spec.currency, amount + extraGross, extraDiscount, 0, total, paid ? total : 0, refundAmount,
             !paid                   ? QStringLiteral("open")
             : refundAmount == total ? QStringLiteral("refunded")
                                     : QStringLiteral("paid"),
             methods, who, extra ? QVariant(QStringLiteral("supervisor1")) : QVariant(QMetaType::fromType<QString>()),
             desk, sql::timeValue(opened), sql::timeValue(updated)});
        lines.add(
            {invoiceId, 1, QStringLiteral("CONS"), QStringLiteral("Consultation"), amount, 1, 0, false, 0, amount});
        if (extra) {
            lines.add({invoiceId, 2, QStringLiteral("LAB"), QStringLiteral("Laboratory test"), extraGross, 1,
                       extraDiscount, false, 0, extraGross - extraDiscount});
        }
        const qint64 attemptId = nextId(QStringLiteral("payment_attempts"));
        const bool finished = state != u"waiting" && state != u"unknown";
        attempts.add({attemptId, QStringLiteral("GEN-%1-%2").arg(stamp).arg(attemptId), invoiceId,
                      QString::fromLatin1(method.name), state, spec.currency, total,
                      QStringLiteral("generated history"), who, desk, sql::timeValue(started), sql::timeValue(updated),
                      finished ? sql::timeValue(at) : sql::timeValue(QDateTime())});
        ++counts.invoices;
        ++counts.attempts;
        if (!paid) {
            if (auto flushed = flushAll(true); !flushed)
                return flushed.error();
            return attemptId;
        }
        const qint64 paymentId = nextId(QStringLiteral("payments"));
        const QString reference = QStringLiteral("T%1-%2").arg(stamp).arg(paymentId);
        payments.add({paymentId, attemptId, invoiceId, QString::fromLatin1(method.name), spec.currency, total,
                      electronic ? QVariant(reference) : QVariant(QMetaType::fromType<QString>()), refundAmount, who,
                      desk, sql::timeValue(at)});
        ++counts.payments;
        if (refunded) {
            const QDateTime when = at.addSecs(3600 + random.bounded(86400 - 3600));
            refunds.add({nextId(QStringLiteral("refunds")), paymentId, spec.currency, refundAmount,
                         QStringLiteral("processed"), QStringLiteral("Service not given"), who,
                         QStringLiteral("supervisor1"), sql::timeValue(when), sql::timeValue(when)});
            ++counts.refunds;
        }
        if (electronic && spec.webhooks) {
            // Most webhooks land within seconds; some wait for Paystack's retries.
            const int roll = int(random.bounded(100));
            const qint64 lagMs = roll < 80   ? 300 + random.bounded(2500)
                                 : roll < 97 ? 3000 + random.bounded(60000)
                                             : 60000 + random.bounded(3 * 3600 * 1000);
            // Not after `now`: a delivery that Paystack is still retrying has not arrived yet (it lands now at the
            // latest).
            const QDateTime arrived = std::min(at.addMSecs(lagMs), spec.now);
            const QByteArray body =
                QJsonDocument(
                    QJsonObject{{QStringLiteral("event"), QStringLiteral("charge.success")},
                                {QStringLiteral("data"), QJsonObject{{QStringLiteral("reference"), reference},
                                                                     {QStringLiteral("amount"), total},
                                                                     {QStringLiteral("currency"), spec.currency},
                                                                     {QStringLiteral("paid_at"), sql::isoUtc(at)}}}})
                    .toJson(QJsonDocument::Compact);
            const qint64 inboxId = nextId(QStringLiteral("webhook_inbox"));
            inbox.add({inboxId, QString(QStringLiteral("charge.success:") + reference),
                       QStringLiteral("charge.success"), QStringLiteral("processed"), QStringLiteral("52.31.139.75"),
                       sql::timeValue(arrived), sql::timeValue(arrived), 1, attemptId});
            payloads.add({inboxId, body, QStringLiteral("{}")});
            if (auto counted = lag.count(at, arrived); !counted)
                return counted.error();
            ++counts.webhooks;
        }
        if (auto flushed = flushAll(true); !flushed)
            return flushed.error();
        return attemptId;
    };

    auto pickMethod = [&random]() -> const Method& {
        int pick = int(random.bounded(100));
        for (const Method& method : kMethods) {
            pick -= method.weight;
            if (pick < 0)
                return method;
        }
        return kMethods[0];
    };
    // A moment on a day of the history, in the hospital's hours; none after `now`.
    auto momentOn = [&](const QDate& day) {
        return calendar->dayStartUtc(day).addSecs(pickHour(random) * 3600 + random.bounded(3600));
    };

    // The moments first, in order: rows are numbered as they are made, and a history whose numbers jump back and
    // forth in time (the webhook inbox lists newest first by number) looks broken to a trainee.
    QList<QDateTime> moments;
    moments.reserve(spec.payments);
    for (qint64 i = 0; i < spec.payments; ++i) {
        const QDate day = spec.firstDay.addDays(qint64(random.bounded(quint64(days))));
        QDateTime at = momentOn(day);
        if (at > spec.now)
            at = spec.now.addSecs(-random.bounded(3600));
        moments << at;
    }
    std::sort(moments.begin(), moments.end());
    for (const QDateTime& at : std::as_const(moments)) {
        const Method& method = pickMethod();
        const int cashier = int(random.bounded(cashiers));
        const qint64 amount = 50000 * (1 + qint64(random.bounded(60))) * (random.bounded(10) == 0 ? 10 : 1);
        // Electronic payments are sometimes declined or abandoned first, then paid on a second try.
        if (QLatin1String(method.name) != QLatin1String("cash")) {
            const int roll = int(random.bounded(100));
            if (roll < 9) {
                const QString outcome = roll < 6   ? QStringLiteral("failed")
                                        : roll < 8 ? QStringLiteral("expired")
                                                   : QStringLiteral("cancelled");
                if (auto tried = bill(at.addSecs(-120), cashier, method, outcome, amount); !tried)
                    return tried.error();
            }
        }
        if (auto billed = bill(at, cashier, method, QStringLiteral("succeeded"), amount); !billed)
            return billed.error();
    }
    // What is in flight now: waiting for the customer at several ages, and a couple whose outcome is unknown.
    const qint64 agesSeconds[] = {120, 600, 1500, 2400, 5400, 30000, 200000};
    for (qint64 age : agesSeconds) {
        if (auto waiting = bill(spec.now.addSecs(-age), int(random.bounded(cashiers)), kMethods[1],
                                QStringLiteral("waiting"), 250000);
            !waiting)
            return waiting.error();
    }
    for (int i = 0; i < 2; ++i) {
        if (auto unknown = bill(spec.now.addSecs(-900 * (i + 1)), int(random.bounded(cashiers)), kMethods[0],
                                QStringLiteral("unknown"), 500000);
            !unknown)
            return unknown.error();
    }
    if (auto flushed = flushAll(false); !flushed)
        return flushed.error();

    BatchInsert sales(db, QStringLiteral("airtime_sales"),
                      {QStringLiteral("id"), QStringLiteral("client_token"), QStringLiteral("desk"),
                       QStringLiteral("vendor"), QStringLiteral("phone"), QStringLiteral("country"),
                       QStringLiteral("network"), QStringLiteral("provider"), QStringLiteral("provider_service"),
                       QStringLiteral("currency"), QStringLiteral("amount"), QStringLiteral("commission"),
                       QStringLiteral("cost"), QStringLiteral("payment"), QStringLiteral("state"),
                       QStringLiteral("request_id"), QStringLiteral("created_at"), QStringLiteral("settled_at"),
                       QStringLiteral("updated_at")});
    for (qint64 i = 0; i < spec.airtimeSales; ++i) {
        const qint64 id = nextId(QStringLiteral("airtime_sales"));
        QDateTime at = momentOn(spec.firstDay.addDays(qint64(random.bounded(quint64(days)))));
        if (at > spec.now)
            at = spec.now.addSecs(-random.bounded(3600));
        const QString network = QString::fromLatin1(kNetworks[random.bounded(4)]);
        const qint64 amount = 10000 * (1 + random.bounded(50));
        const int cashier = int(random.bounded(cashiers));
        sales.add({id, QStringLiteral("GEN-%1-%2").arg(stamp).arg(id), generatedDesk(cashier % desks),
                   generatedCashier(cashier), QStringLiteral("080%1").arg(10000000 + id % 89999999),
                   QStringLiteral("NG"), network, QStringLiteral("vtpass"), network, spec.currency, amount,
                   amount * 3 / 100, amount - amount * 3 / 100, QStringLiteral("cash"),
                   random.bounded(50) == 0 ? QStringLiteral("failed") : QStringLiteral("delivered"),
                   QStringLiteral("GEN%1-%2").arg(stamp).arg(id), sql::timeValue(at), sql::timeValue(at.addSecs(5)),
                   sql::timeValue(at.addSecs(5))});
        ++counts.airtimeSales;
        if (sales.full()) {
            if (auto flushed = sales.flush(); !flushed)
                return flushed.error();
        }
    }
    if (auto flushed = sales.flush(); !flushed)
        return flushed.error();

    BatchInsert sessions(db, QStringLiteral("ussd_sessions"),
                         {QStringLiteral("id"), QStringLiteral("service_code"), QStringLiteral("phone"),
                          QStringLiteral("state"), QStringLiteral("outcome"), QStringLiteral("hops"),
                          QStringLiteral("path"), QStringLiteral("data"), QStringLiteral("started_at"),
                          QStringLiteral("updated_at")});
    for (qint64 i = 0; i < spec.ussdSessions; ++i) {
        QDateTime at = momentOn(spec.firstDay.addDays(qint64(random.bounded(quint64(days)))));
        if (at > spec.now)
            at = spec.now.addSecs(-random.bounded(3600));
        const int roll = int(random.bounded(100));
        const QString outcome = roll < 70   ? QStringLiteral("completed")
                                : roll < 85 ? QStringLiteral("timeout")
                                : roll < 95 ? QStringLiteral("released")
                                            : QStringLiteral("invalid");
        const int hops = 1 + int(random.bounded(6));
        sessions.add({QStringLiteral("gen-%1-%2").arg(stamp).arg(i), QString::fromLatin1(kServices[random.bounded(3)]),
                      QStringLiteral("23480%1").arg(10000000 + i % 89999999), QStringLiteral("ended"), outcome, hops,
                      QStringLiteral(""), QStringLiteral("{}"), sql::timeValue(at),
                      sql::timeValue(at.addSecs(hops * 8))});
        ++counts.ussdSessions;
        if (sessions.full()) {
            if (auto flushed = sessions.flush(); !flushed)
                return flushed.error();
        }
    }
    if (auto flushed = sessions.flush(); !flushed)
        return flushed.error();

    // PostgreSQL's identity columns continue after the ids given here.
    if (db.dialect() == Database::Dialect::Postgres) {
        for (const QString& table : tables) {
            if (auto moved = sql::exec(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                          "GREATEST((SELECT max(id) FROM %1), 1))")
                                               .arg(table));
                !moved)
                return moved.error();
        }
    }
    if (auto written = lag.write(); !written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return counts;
}

} // namespace paydesk::stats
