#pragma once

#include "billing/attempt_repository.h"
#include "paystack/paystack_client.h"
#include "storage/database_worker.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

namespace paydesk {

// Drives payment attempts through Paystack: the outbox worker and the poller of the money path. It starts from
// what is in the database (attempts in flight are the outbox), makes each call with our own reference, records
// what it learnt before the next call, settles `unknown` by asking Paystack (verify, list), and checks waiting
// attempts on a growing schedule. Only a verified answer moves money: an invoice is marked paid by
// AttemptRepository::transition() with the amount Paystack confirmed.
// Runs on the thread that owns it (the GUI thread of a desk, the main thread of paydesk-server); SQL goes to
// the DatabaseWorker, Paystack calls are asynchronous, so nothing here ever blocks.
class PaymentEngine : public QObject
{
    Q_OBJECT
  public:
    struct Options
    {
        QString desk;                            // drive only this desk's attempts; empty: all (paydesk-server)
        QString name = QStringLiteral("engine"); // this engine's name in the attempt lease (desk or host, and pid)
        int leaseSeconds = 120;
        int firstCheckMs = 10000;   // the first verify of a waiting attempt
        int maxCheckMs = 60000;     // the cap of the growing schedule
        int deliveryCheckMs = 2000; // how often to ask whether a terminal received its push
        int linkExpiryMinutes = 30; // an unpaid link is expired after this long
        int ussdExpiryMinutes = 10; // a USSD code not dialled after this long is expired
        QString callbackUrl;        // where the checkout page sends the customer afterwards (optional)
        // false on a desk of the hospital's shared database, which holds no Paystack key: the engine records
        // attempts and the cashier's requests, paydesk-server makes the calls (woken by NOTIFY), and the desk
        // hears back through refresh().
        bool callsPaystack = true;
    };

    PaymentEngine(Database db,
                  DatabaseWorker& worker,
                  PaystackClient& paystack,
                  Options options,
                  const Clock& clock = Clock::system(),
                  QObject* parent = nullptr);
    ~PaymentEngine() override;

    // Picks up every attempt in flight (after a restart: checked once with Paystack at once).
    void start();

    using Done = std::function<void(const Result<PaymentAttempt, QString>&)>;
    // Records the attempt (the outbox row), then starts driving it. Cash is settled on the spot.
    void begin(const NewAttempt& attempt, const BillingActor& actor, QObject* context, Done done);
    // The cashier's explicit actions.
    void checkNow(qint64 attemptId);
    void repush(qint64 attemptId);
    void cancel(qint64 attemptId, const QString& actor);
    // A webhook (or anything else) says something happened to this reference or payment request code: check now.
    void hint(const QString& referenceOrRequestCode);
    // Something changed this attempt in the database (a NOTIFY from another process): read it and tell the screens.
    void refresh(qint64 attemptId);
    // paydesk-server: a desk recorded an attempt or a request on it.
    void wake(qint64 attemptId);
    // Attempts this engine told the screens about that are still in flight (to read again after a lost update).
    QList<qint64> watched() const { return m_watched.values(); }

    bool isDriving(qint64 attemptId) const { return m_busy.contains(attemptId); }

  signals:
    void attemptChanged(const paydesk::PaymentAttempt& attempt);
    void invoicePaid(qint64 invoiceId);

  private:
    enum class Intent { Advance, Check, Repush, Cancel };
    struct Run; // one pass over one attempt

    void drive(qint64 id, Intent intent, const QString& actor = QString());
    void ask(qint64 id, CashierRequest what, const QString& actor);
    void announce(const PaymentAttempt& attempt);
    void step(const std::shared_ptr<Run>& run);
    void finish(const std::shared_ptr<Run>& run, int nextCheckMs);

    // Steps
    void ensureCustomer(const std::shared_ptr<Run>& run);
    void sendCommand(const std::shared_ptr<Run>& run);
    void createPaymentRequest(const std::shared_ptr<Run>& run);
    void pushToTerminal(const std::shared_ptr<Run>& run);
    void checkDelivery(const std::shared_ptr<Run>& run);
    void verify(const std::shared_ptr<Run>& run);
    void resolveUnknown(const std::shared_ptr<Run>& run);
    void cancelAttempt(const std::shared_ptr<Run>& run);

    // Persistence on the worker
    void save(const std::shared_ptr<Run>& run, std::function<void()> next);
    void move(const std::shared_ptr<Run>& run,
              AttemptState to,
              const QString& detail,
              std::optional<VerifiedPayment> verified,
              std::function<void()> next);
    void onVerified(const std::shared_ptr<Run>& run, const VerifiedPayment& payment, const QString& words);
    void notPaidYet(const std::shared_ptr<Run>& run, const QString& words, int expiryMinutes);
    void failedCall(const std::shared_ptr<Run>& run, const PaystackError& error);
    int backoffMs(const PaymentAttempt& attempt) const;
    // One timer per attempt: the next pass, replacing any pass already scheduled.
    void scheduleDrive(qint64 id, int ms, Intent intent, const QString& actor);

    Database m_db;
    DatabaseWorker& m_worker;
    PaystackClient& m_paystack;
    Options m_options;
    const Clock* m_clock;
    QSet<qint64> m_busy;
    QHash<qint64, Intent> m_queued; // asked for while busy: run once more afterwards
    QHash<qint64, QString> m_cancelActors;
    QHash<qint64, QTimer*> m_timers;
    QSet<qint64> m_watched;
};

} // namespace paydesk
