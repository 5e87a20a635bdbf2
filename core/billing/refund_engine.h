#pragma once

#include "billing/refund_repository.h"
#include "paystack/paystack_client.h"
#include "storage/database_worker.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace paydesk {

// Carries Paystack refunds through: `POST /refund` against the payment's transaction, then `GET /refund/:id` on a
// growing schedule until processed or failed (a refund webhook can call checkNow()). A lost answer to the request
// is `unknown` and settled by listing the transaction's refunds, never by asking twice. Refunds in flight are
// resumed at start. Cash refunds never reach it: they are processed at the desk.
class RefundEngine : public QObject
{
    Q_OBJECT
  public:
    struct Options
    {
        int firstCheckMs = 10000;
        int maxCheckMs = 120000;
        // false on a desk of the hospital's shared database: the refund row is recorded and paydesk-server,
        // woken by NOTIFY, makes the Paystack calls; the desk hears back through refresh().
        bool callsPaystack = true;
    };
    RefundEngine(Database db,
                 DatabaseWorker& worker,
                 PaystackClient& paystack,
                 Options options,
                 const Clock& clock = Clock::system(),
                 QObject* parent = nullptr);

    void start();
    using Done = std::function<void(const Result<Refund, QString>&)>;
    void request(qint64 paymentId,
                 const Money& amount,
                 const QString& reason,
                 const BillingActor& actor,
                 QObject* context,
                 Done done);
    void checkNow(qint64 refundId);
    // Something changed this refund in the database (a NOTIFY from another process): read it and tell the screens.
    void refresh(qint64 refundId);

  signals:
    void refundChanged(const paydesk::Refund& refund);

  private:
    void drive(qint64 id);
    void send(const Refund& refund);
    void settleUnknown(const Refund& refund);
    void follow(const Refund& refund);
    void move(const Refund& refund,
              Refund::State to,
              const QString& detail,
              quint64 paystackId = 0,
              quint64 transactionId = 0);
    void later(const Refund& refund, const QString& detail);

    Database m_db;
    DatabaseWorker& m_worker;
    PaystackClient& m_paystack;
    Options m_options;
    const Clock* m_clock;
    QSet<qint64> m_busy;
    QHash<qint64, int> m_checks;
};

} // namespace paydesk
