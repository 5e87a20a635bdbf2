#pragma once

#include "payments/webhook_event.h"
#include "payments/webhook_inbox.h"
#include "storage/database_worker.h"
#include "storage/sql.h"
#include "util/clock.h"

#include <QObject>
#include <QTimer>

namespace paydesk {

class PaymentEngine;
class RefundEngine;

// What a webhook is about, found in our tables: the payment attempt (by our reference, the payment request code,
// the Paystack reference a verified payment stored, or the attempt in flight on the terminal that took the card)
// or the refund (by Paystack's refund id or the transaction it refunds).
struct WebhookMatch
{
    qint64 attemptId = 0;
    qint64 refundId = 0;
    QString note; // why it matched, or why nothing did
};
// Matches a claimed batch of events on one connection (the worker's) with one query per rule for the whole batch:
// on PostgreSQL each query is a round trip, and two or three per event made the round trip the processor's rate.
// Refunds, rare, are matched one by one.
class WebhookMatcher
{
  public:
    explicit WebhookMatcher(const Database& db) : m_db(db) {}
    // One match per event, in the events' order.
    Result<QList<WebhookMatch>, DbError> match(const QList<WebhookEvent>& events);

  private:
    Result<WebhookMatch, DbError> matchRefund(const WebhookEvent& event);

    const Database& m_db;
};

// Applies inbox rows, oldest first, to the payments they are about. A webhook is never trusted for money: a match
// makes the payment (or refund) engine check with Paystack at once, and only Paystack's verified answer moves
// anything. Rows are claimed with a lease (FOR UPDATE SKIP LOCKED on PostgreSQL), so several paydesk-server
// instances share the work and a crashed one's rows come back; a row whose processing fails is retried with
// backoff and ends `failed` (shown, replayable) after maxAttempts. Events for nothing of ours are kept as
// `processed` with the reason, never dropped.
class InboxProcessor : public QObject
{
    Q_OBJECT
  public:
    struct Options
    {
        QString name = QStringLiteral("desk"); // who holds a lease: host and process
        int batch = 50;
        int idleMs = 1000; // look for new rows this often even without a wake()
        int leaseSeconds = 60;
        int firstRetryMs = 1000;
        int maxRetryMs = 300000;
        int maxAttempts = 12;
    };

    InboxProcessor(Database db,
                   DatabaseWorker& worker,
                   PaymentEngine* payments,
                   RefundEngine* refunds,
                   Options options,
                   const Clock& clock = Clock::system(),
                   QObject* parent = nullptr);

    void start();
    // Something was stored: process without waiting for the next idle tick.
    void wake();
    qint64 processedCount() const { return m_processed; }

    // Puts a row back in the queue (a supervisor's replay of a failed or unmatched event).
    static Status<DbError> replay(const Database& db, qint64 id);
    // The claim of a batch (name, lease end, now, now, batch size), in the dialect's words; public so that its
    // query plan can be checked.
    static QString claimStatement(Database::Dialect dialect);

  signals:
    void rowProcessed(qint64 inboxId, const QString& state, const QString& reason);

  private:
    struct Outcome;
    void cycle();
    static QList<Outcome>
    decide(const Database& db, const Options& options, const QDateTime& now, const QList<InboxEntry>& claimed);
    static Result<QList<Outcome>, DbError>
    write(const Database& db, const QList<Outcome>& decided, const QDateTime& now, const QString& name);

    Database m_db;
    DatabaseWorker& m_worker;
    PaymentEngine* m_payments;
    RefundEngine* m_refunds;
    Options m_options;
    const Clock* m_clock;
    QTimer m_idle;
    bool m_running = false;
    bool m_again = false;
    qint64 m_processed = 0;
};

} // namespace paydesk
