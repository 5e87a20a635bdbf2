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

Result<std::optional<qint64>, DbError> WebhookMatcher::first(const char* statement, const QVariantList& params)
{
    auto& prepared = m_statements[statement];
    if (!prepared)
        prepared = std::make_unique<sql::Prepared>(m_db, QLatin1String(statement));
    return prepared->firstNumber(params);
}

Result<WebhookMatch, DbError> WebhookMatcher::match(const WebhookEvent& event)
{
    const QJsonObject& data = event.data;
    if (event.event.startsWith(QLatin1String("refund."))) {
        const QString refundId = json::string(data.value(QStringLiteral("id")));
        const QJsonValue transaction = data.value(QStringLiteral("transaction"));
        const QString transactionId =
            json::string(transaction.isObject() ? transaction.toObject().value(QStringLiteral("id")) : transaction);
        const QString reference = json::string(data.value(QStringLiteral("transaction_reference")));
        const auto found = first(
            "SELECT r.id FROM refunds r JOIN payments p ON p.id = r.payment_id WHERE r.paystack_refund_id = ? OR "
            "(r.state IN ('requested', 'pending', 'unknown') AND (p.paystack_reference = ? OR "
            "p.paystack_transaction_id = ?)) ORDER BY r.id DESC LIMIT 1",
            {refundId.toLongLong(), reference.isEmpty() ? QStringLiteral("-") : reference, transactionId.toLongLong()});
        if (!found)
            return found.error();
        if (*found)
            return WebhookMatch{0, **found, QCoreApplication::translate("Inbox", "refund %1").arg(**found)};
        return WebhookMatch{0, 0, QCoreApplication::translate("Inbox", "no refund of ours matches")};
    }
    const QJsonObject metadata = json::metadata(data.value(QStringLiteral("metadata")));
    const QString ours = metadata.value(QStringLiteral("paydesk_reference")).toString();
    const QString reference = json::string(data.value(QStringLiteral("reference")));
    const QString requestCode = json::string(data.value(QStringLiteral("request_code")));
    const QString terminal =
        data.value(QStringLiteral("source")).toObject().value(QStringLiteral("identifier")).toString();
    struct Rule
    {
        QString value;
        const char* statement;
        const char* why;
    };
    const Rule rules[] = {
        {ours, "SELECT id FROM payment_attempts WHERE reference = ?", "our reference"},
        {reference, "SELECT id FROM payment_attempts WHERE reference = ?", "our reference"},
        {requestCode, "SELECT id FROM payment_attempts WHERE paystack_request_code = ? ORDER BY id DESC LIMIT 1",
         "payment request"},
        {reference, "SELECT id FROM payment_attempts WHERE paystack_reference = ? ORDER BY id DESC LIMIT 1",
         "Paystack reference"},
        // A card payment on a terminal names the terminal but not the request: the attempt in flight there.
        {terminal,
         "SELECT id FROM payment_attempts WHERE terminal_id = ? AND state IN ('created', 'sent', 'delivered', "
         "'waiting', 'unknown') ORDER BY id DESC LIMIT 1",
         "terminal in flight"},
    };
    for (const Rule& rule : rules) {
        if (rule.value.isEmpty())
            continue;
        const auto found = first(rule.statement, {rule.value});
        if (!found)
            return found.error();
        if (*found)
            return WebhookMatch{
                **found, 0,
                QCoreApplication::translate("Inbox", "payment %1 (%2)").arg(**found).arg(QLatin1String(rule.why))};
    }
    return WebhookMatch{
        0, 0,
        QCoreApplication::translate("Inbox", "no payment of ours matches (reference %1)")
            .arg(reference.isEmpty()
                     ? (requestCode.isEmpty() ? QCoreApplication::translate("Inbox", "none") : requestCode)
                     : reference)};
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
                // Claim a batch under a lease. Bookkeeping: a lost claim only means the rows are claimed again.
                Transaction tx(db, Transaction::Kind::Bookkeeping);
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
            QList<Outcome> found;
            WebhookMatcher matcher(db);
            for (const InboxEntry& entry : claimed) {
                Outcome outcome;
                outcome.inboxId = entry.id;
                const auto event = parseWebhookEvent(entry.body);
                if (!event) {
                    outcome.state = QStringLiteral("failed");
                    outcome.reason = event.error();
                } else if (auto match = matcher.match(*event); !match) {
                    // A database problem: try again later, and give up visibly after maxAttempts.
                    const qint64 delay = backoffMs(options.firstRetryMs, options.maxRetryMs, entry.attempts, 200);
                    outcome.state = entry.attempts + 1 >= options.maxAttempts ? QStringLiteral("failed")
                                                                              : QStringLiteral("received");
                    outcome.reason = match.error().message;
                    outcome.retryAt = now.addMSecs(delay);
                } else {
                    outcome.state = QStringLiteral("processed");
                    outcome.reason = match->note;
                    outcome.attemptId = match->attemptId;
                    outcome.refundId = match->refundId;
                }
                found << outcome;
            }
            // Bookkeeping too: a lost outcome means the delivery is matched again, and the payment it names checked
            // again (checkNow below verifies with Paystack in its own, durable transactions).
            Transaction tx(db, Transaction::Kind::Bookkeeping);
            if (!tx.isActive())
                return outcomes; // the leases run out and the rows come back
            sql::Prepared retry(db, QStringLiteral("UPDATE webhook_inbox SET attempts = attempts + 1, reason = ?, "
                                                   "next_attempt_at = ?, claimed_by = NULL, claimed_until = NULL, "
                                                   "state = ? WHERE id = ? AND claimed_by = ?"));
            sql::Prepared done(db, QStringLiteral("UPDATE webhook_inbox SET state = ?, reason = ?, attempt_id = ?, "
                                                  "refund_id = ?, processed_at = ?, attempts = attempts + 1, "
                                                  "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND "
                                                  "claimed_by = ? AND state = 'received'"));
            for (const Outcome& outcome : std::as_const(found)) {
                const auto finished = outcome.retryAt.isValid()
                                          ? retry.run({outcome.reason, sql::timeValue(outcome.retryAt), outcome.state,
                                                       outcome.inboxId, options.name})
                                          : done.run({outcome.state, outcome.reason, sql::nullableId(outcome.attemptId),
                                                      sql::nullableId(outcome.refundId), sql::timeValue(now),
                                                      outcome.inboxId, options.name});
                // A row whose lease ran out and was taken by another processor is theirs now.
                if (finished && *finished == 1 && !outcome.retryAt.isValid())
                    outcomes << outcome;
            }
            retry.finish();
            done.finish();
            if (!tx.commit())
                return QList<Outcome>();
            return outcomes;
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
