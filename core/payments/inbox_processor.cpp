#include "payments/inbox_processor.h"

#include "billing/payment_engine.h"
#include "billing/refund_engine.h"
#include "paystack/json_read.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "util/backoff.h"
#include "util/logging.h"

#include <QCoreApplication>

namespace paydesk {

namespace {

// What a payment event may name us by.
struct PaymentKeys
{
    QString ours;        // metadata.paydesk_reference
    QString reference;   // ours, or the Paystack reference a verified payment stored
    QString requestCode; // the payment request
    QString terminal;    // the terminal that took the card
};

PaymentKeys paymentKeys(const QJsonObject& data)
{
    const QJsonObject metadata = json::metadata(data.value(QStringLiteral("metadata")));
    return {metadata.value(QStringLiteral("paydesk_reference")).toString(),
            json::string(data.value(QStringLiteral("reference"))),
            json::string(data.value(QStringLiteral("request_code"))),
            data.value(QStringLiteral("source")).toObject().value(QStringLiteral("identifier")).toString()};
}

// The payment attempt each value names by one rule, for the whole batch: `statement` selects (value, attempt id)
// for the IN list it is given as %1. The latest attempt when several share a value.
Result<QHash<QString, qint64>, DbError> lookUp(const Database& db, const char* statement, const QSet<QString>& values)
{
    QHash<QString, qint64> found;
    if (values.isEmpty())
        return found;
    QVariantList params;
    for (const QString& value : values)
        params << value;
    const sql::InList in = sql::inList(params);
    auto rows = sql::Prepared(db, QLatin1String(statement).arg(in.placeholders)).rows(in.values);
    if (!rows)
        return rows.error();
    for (const QVariantList& row : std::as_const(*rows))
        found.insert(row.at(0).toString(), row.at(1).toLongLong());
    return found;
}

void addValue(QSet<QString>& values, const QString& value)
{
    if (!value.isEmpty())
        values.insert(value);
}

} // namespace

Result<WebhookMatch, DbError> WebhookMatcher::matchRefund(const WebhookEvent& event)
{
    const QJsonObject& data = event.data;
    const QString refundId = json::string(data.value(QStringLiteral("id")));
    const QJsonValue transaction = data.value(QStringLiteral("transaction"));
    const QString transactionId =
        json::string(transaction.isObject() ? transaction.toObject().value(QStringLiteral("id")) : transaction);
    const QString reference = json::string(data.value(QStringLiteral("transaction_reference")));
    const auto found = sql::Prepared(m_db, QStringLiteral("SELECT r.id FROM refunds r JOIN payments p ON p.id = "
                                                          "r.payment_id WHERE r.paystack_refund_id = ? OR (r.state IN "
                                                          "('requested', 'pending', 'unknown') AND "
                                                          "(p.paystack_reference = ? OR p.paystack_transaction_id = "
                                                          "?)) ORDER BY r.id DESC LIMIT 1"))
                           .firstNumber({refundId.toLongLong(), reference.isEmpty() ? QStringLiteral("-") : reference,
                                         transactionId.toLongLong()});
    if (!found)
        return found.error();
    if (*found)
        return WebhookMatch{0, **found, QCoreApplication::translate("Inbox", "refund %1").arg(**found)};
    return WebhookMatch{0, 0, QCoreApplication::translate("Inbox", "no refund of ours matches")};
}

Result<QList<WebhookMatch>, DbError> WebhookMatcher::match(const QList<WebhookEvent>& events)
{
    const auto isRefund = [](const WebhookEvent& event) { return event.event.startsWith(QLatin1String("refund.")); };
    QList<PaymentKeys> keys;
    QSet<QString> references, requestCodes, terminals;
    for (const WebhookEvent& event : events) {
        keys << (isRefund(event) ? PaymentKeys() : paymentKeys(event.data));
        addValue(references, keys.last().ours);
        addValue(references, keys.last().reference);
        addValue(requestCodes, keys.last().requestCode);
        addValue(terminals, keys.last().terminal);
    }
    const auto byReference = lookUp(
        m_db, "SELECT reference, MAX(id) FROM payment_attempts WHERE reference IN (%1) GROUP BY reference", references);
    if (!byReference)
        return byReference.error();
    const auto byRequest = lookUp(m_db,
                                  "SELECT paystack_request_code, MAX(id) FROM payment_attempts WHERE "
                                  "paystack_request_code IN (%1) GROUP BY paystack_request_code",
                                  requestCodes);
    if (!byRequest)
        return byRequest.error();
    const auto byPaystackReference = lookUp(m_db,
                                            "SELECT paystack_reference, MAX(id) FROM payment_attempts WHERE "
                                            "paystack_reference IN (%1) GROUP BY paystack_reference",
                                            references);
    if (!byPaystackReference)
        return byPaystackReference.error();
    // A card payment on a terminal names the terminal but not the request: the attempt in flight there.
    const auto inFlight =
        lookUp(m_db,
               "SELECT terminal_id, MAX(id) FROM payment_attempts WHERE terminal_id IN (%1) AND state "
               "IN ('created', 'sent', 'delivered', 'waiting', 'unknown') GROUP BY terminal_id",
               terminals);
    if (!inFlight)
        return inFlight.error();

    QList<WebhookMatch> matches;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (isRefund(events.at(i))) {
            const auto refund = matchRefund(events.at(i));
            if (!refund)
                return refund.error();
            matches << *refund;
            continue;
        }
        const PaymentKeys& key = keys.at(i);
        struct Rule
        {
            const QString& value;
            const QHash<QString, qint64>& found;
            const char* why;
        };
        // In order of certainty: the first rule that finds an attempt decides.
        const Rule rules[] = {{key.ours, *byReference, "our reference"},
                              {key.reference, *byReference, "our reference"},
                              {key.requestCode, *byRequest, "payment request"},
                              {key.reference, *byPaystackReference, "Paystack reference"},
                              {key.terminal, *inFlight, "terminal in flight"}};
        std::optional<WebhookMatch> matched;
        for (const Rule& rule : rules) {
            const auto found = rule.value.isEmpty() ? rule.found.cend() : rule.found.constFind(rule.value);
            if (found != rule.found.cend()) {
                matched = WebhookMatch{
                    *found, 0,
                    QCoreApplication::translate("Inbox", "payment %1 (%2)").arg(*found).arg(QLatin1String(rule.why))};
                break;
            }
        }
        matches << matched.value_or(WebhookMatch{
            0, 0,
            QCoreApplication::translate("Inbox", "no payment of ours matches (reference %1)")
                .arg(key.reference.isEmpty()
                         ? (key.requestCode.isEmpty() ? QCoreApplication::translate("Inbox", "none") : key.requestCode)
                         : key.reference)});
    }
    return matches;
}

struct InboxProcessor::Outcome
{
    qint64 inboxId = 0;
    QString state;
    QString reason;
    qint64 attemptId = 0;
    qint64 refundId = 0;
    QDateTime retryAt; // set when a database problem left the row to be tried again then
};

InboxProcessor::InboxProcessor(Database db,
                               DatabaseWorker& worker,
                               PaymentEngine* payments,
                               RefundEngine* refunds,
                               Options options,
                               const Clock& clock,
                               QObject* parent)
    : QObject(parent),
      m_db(std::move(db)),
      m_worker(worker),
      m_payments(payments),
      m_refunds(refunds),
      m_options(std::move(options)),
      m_clock(&clock)
{
    m_idle.setInterval(m_options.idleMs);
    connect(&m_idle, &QTimer::timeout, this, &InboxProcessor::cycle);
}

void InboxProcessor::start()
{
    m_idle.start();
    cycle();
}

void InboxProcessor::wake()
{
    if (m_running)
        m_again = true;
    else
        cycle();
}

Status<DbError> InboxProcessor::replay(const Database& db, qint64 id)
{
    auto updated = sql::exec(db,
                             QStringLiteral("UPDATE webhook_inbox SET state = 'received', next_attempt_at = NULL, "
                                            "claimed_by = NULL, claimed_until = NULL, attempts = 0 WHERE id = ? AND "
                                            "state <> 'rejected'"),
                             {id});
    if (!updated)
        return updated.error();
    return {};
}

QString InboxProcessor::claimStatement(Database::Dialect dialect)
{
    // SKIP LOCKED lets a second server take the next rows instead of waiting for (or repeating) these; SQLite has
    // one writer at a time anyway. The partial index webhook_inbox_pending answers it (migration 0013).
    return QStringLiteral("UPDATE webhook_inbox SET claimed_by = ?, claimed_until = ? WHERE id IN (SELECT id FROM "
                          "webhook_inbox WHERE state = 'received' AND (next_attempt_at IS NULL OR next_attempt_at <= "
                          "?) AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id LIMIT ?%1) RETURNING id, "
                          "event, attempts")
        .arg(dialect == Database::Dialect::Postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString());
}

QList<InboxProcessor::Outcome> InboxProcessor::decide(const Database& db,
                                                      const Options& options,
                                                      const QDateTime& now,
                                                      const QList<InboxEntry>& claimed)
{
    QList<Outcome> decided(claimed.size());
    QList<WebhookEvent> events;
    QList<qsizetype> rowOfEvent;
    for (qsizetype i = 0; i < claimed.size(); ++i) {
        decided[i].inboxId = claimed.at(i).id;
        auto event = parseWebhookEvent(claimed.at(i).body);
        if (!event) {
            decided[i].state = QStringLiteral("failed");
            decided[i].reason = event.error();
            continue;
        }
        events << *event;
        rowOfEvent << i;
    }
    const auto matches = WebhookMatcher(db).match(events);
    for (qsizetype j = 0; j < rowOfEvent.size(); ++j) {
        Outcome& outcome = decided[rowOfEvent.at(j)];
        if (!matches) {
            // A database problem: try again later, and give up visibly after maxAttempts.
            const int attempts = claimed.at(rowOfEvent.at(j)).attempts;
            const qint64 delay = backoffMs(options.firstRetryMs, options.maxRetryMs, attempts, 200);
            outcome.state = attempts + 1 >= options.maxAttempts ? QStringLiteral("failed") : QStringLiteral("received");
            outcome.reason = matches.error().message;
            outcome.retryAt = now.addMSecs(delay);
            continue;
        }
        const WebhookMatch& match = matches->at(j);
        outcome.state = QStringLiteral("processed");
        outcome.reason = match.note;
        outcome.attemptId = match.attemptId;
        outcome.refundId = match.refundId;
    }
    return decided;
}

// The outcomes written, inside the caller's transaction; what comes back is what was applied. A row whose lease ran
// out and was taken by another processor is theirs now, and is left out. SQLite: a prepared UPDATE per row, in
// process and cheap. PostgreSQL: one UPDATE ... FROM (VALUES ...) for the batch, as the intake stores its batch: an
// UPDATE per row was a round trip per row.
Result<QList<InboxProcessor::Outcome>, DbError>
InboxProcessor::write(const Database& db, const QList<Outcome>& decided, const QDateTime& now, const QString& name)
{
    // Prepared only when a row needs it: on PostgreSQL, preparing is a round trip of its own.
    std::optional<sql::Prepared> retry;
    QList<Outcome> done;
    for (const Outcome& outcome : decided) {
        if (!outcome.retryAt.isValid()) {
            done << outcome;
            continue;
        }
        if (!retry) {
            retry.emplace(db, QStringLiteral("UPDATE webhook_inbox SET attempts = attempts + 1, reason = ?, "
                                             "next_attempt_at = ?, claimed_by = NULL, claimed_until = NULL, state = ? "
                                             "WHERE id = ? AND claimed_by = ?"));
        }
        auto kept = retry->run({outcome.reason, sql::timeValue(outcome.retryAt), outcome.state, outcome.inboxId, name});
        if (!kept)
            return kept.error();
    }
    if (retry)
        retry->finish();
    QList<Outcome> applied;
    if (db.dialect() == Database::Dialect::Sqlite) {
        sql::Prepared finish(db, QStringLiteral("UPDATE webhook_inbox SET state = ?, reason = ?, attempt_id = ?, "
                                                "refund_id = ?, processed_at = ?, attempts = attempts + 1, "
                                                "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND "
                                                "claimed_by = ? AND state = 'received'"));
        for (const Outcome& outcome : std::as_const(done)) {
            auto finished = finish.run({outcome.state, outcome.reason, sql::nullableId(outcome.attemptId),
                                        sql::nullableId(outcome.refundId), sql::timeValue(now), outcome.inboxId, name});
            if (!finished)
                return finished.error();
            if (*finished == 1)
                applied << outcome;
        }
        return applied;
    }
    if (done.isEmpty())
        return applied;
    QStringList rows;
    QVariantList params{sql::timeValue(now)};
    for (const Outcome& outcome : std::as_const(done)) {
        rows << QStringLiteral("(CAST(? AS BIGINT), ?, ?, CAST(? AS BIGINT), CAST(? AS BIGINT))");
        params << outcome.inboxId << outcome.state << outcome.reason << sql::nullableId(outcome.attemptId)
               << sql::nullableId(outcome.refundId);
    }
    params << name;
    auto updated = sql::Prepared(db, QStringLiteral("UPDATE webhook_inbox SET state = v.column2, reason = v.column3, "
                                                    "attempt_id = v.column4, refund_id = v.column5, processed_at = ?, "
                                                    "attempts = webhook_inbox.attempts + 1, claimed_by = NULL, "
                                                    "claimed_until = NULL FROM (VALUES %1) AS v WHERE webhook_inbox.id "
                                                    "= v.column1 AND webhook_inbox.claimed_by = ? AND "
                                                    "webhook_inbox.state = 'received' RETURNING webhook_inbox.id")
                                         .arg(rows.join(QStringLiteral(", "))))
                       .rows(params);
    if (!updated)
        return updated.error();
    QSet<qint64> ids;
    for (const QVariantList& row : std::as_const(*updated))
        ids.insert(row.at(0).toLongLong());
    for (const Outcome& outcome : std::as_const(done)) {
        if (ids.contains(outcome.inboxId))
            applied << outcome;
    }
    return applied;
}

void InboxProcessor::cycle()
{
    if (m_running)
        return;
    m_running = true;
    m_worker.run(
        [db = m_db, clock = m_clock, options = m_options] {
            QList<Outcome> outcomes;
            const QDateTime now = clock->nowUtc();
            QList<InboxEntry> claimed;
            {
                // Claim a batch under a lease; in the background, behind the deliveries being stored.
                Transaction tx(db, Transaction::Kind::Background);
                if (!tx.isActive())
                    return outcomes;
                auto rows = sql::Prepared(db, claimStatement(db.dialect()))
                                .rows({options.name, sql::timeValue(now.addSecs(options.leaseSeconds)),
                                       sql::timeValue(now), sql::timeValue(now), options.batch});
                if (!rows) {
                    qCWarning(lcPayments) << "inbox: cannot claim rows:" << rows.error().message;
                    return outcomes;
                }
                for (const QVariantList& row : std::as_const(*rows)) {
                    InboxEntry entry;
                    entry.id = row.at(0).toLongLong();
                    entry.event = row.at(1).toString();
                    entry.attempts = row.at(2).toInt();
                    claimed << entry;
                }
                if (!tx.commit())
                    return outcomes;
            }
            std::sort(claimed.begin(), claimed.end(),
                      [](const InboxEntry& a, const InboxEntry& b) { return a.id < b.id; });
            // The bodies, outside the write transaction: they never change.
            if (auto read = WebhookInbox(db).readBodies(claimed); !read) {
                qCWarning(lcPayments) << "inbox: cannot read claimed deliveries:" << read.error().message;
                return outcomes; // the leases run out and the rows come back
            }
            // Matching only reads; what it found is written for the whole batch in one transaction, so the
            // processor takes the write lock (SQLite's only one) once per batch, not once per row.
            const QList<Outcome> decided = decide(db, options, now, claimed);
            // In the background too. The payments it names are verified with Paystack by checkNow below, in their own
            // transactions.
            Transaction tx(db, Transaction::Kind::Background);
            if (!tx.isActive())
                return outcomes; // the leases run out and the rows come back
            auto written = write(db, decided, now, options.name);
            if (!written) {
                qCWarning(lcPayments) << "inbox: cannot record what the deliveries matched:" << written.error().message;
                return outcomes;
            }
            if (!tx.commit())
                return outcomes;
            return *written;
        },
        this,
        [this](const QList<Outcome>& outcomes) {
            m_running = false;
            for (const Outcome& outcome : outcomes) {
                ++m_processed;
                if (outcome.attemptId && m_payments)
                    m_payments->checkNow(outcome.attemptId);
                if (outcome.refundId && m_refunds)
                    m_refunds->checkNow(outcome.refundId);
                qCInfo(lcPayments) << "inbox row" << outcome.inboxId << outcome.state << outcome.reason;
                emit rowProcessed(outcome.inboxId, outcome.state, outcome.reason);
            }
            if (m_again || outcomes.size() >= m_options.batch) {
                m_again = false;
                cycle();
            }
        });
}

} // namespace paydesk
