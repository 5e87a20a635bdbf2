#pragma once

#include "airtime/airtime_engine.h"
#include "airtime/customer_payment_repository.h"
#include "paystack/paystack_client.h"
#include "storage/database_worker.h"
#include "util/check_schedule.h"
#include "util/clock.h"

#include <QObject>

namespace paydesk::airtime {

// The customer pays for airtime through Paystack with their bank's USSD code, and the airtime is vended only
// after Paystack has verified the payment:
// * pay() records the order and the payment with our reference, then asks Paystack for the USSD charge; without
//   a code nobody can pay, so a charge Paystack refuses (or whose answer is lost) fails the payment there;
// * the payment is verified (transaction/verify) on a growing schedule, at every start and when the vendor asks;
//   only a success for the exact amount makes it paid, and then the sale is recorded through the AirtimeEngine
//   under the payment's client token: once, whatever repeats;
// * a code not dialled within `expiryMinutes`, or cancelled by the vendor (verified first), fails with nothing
//   taken; a failed payment that turns out paid when checked again is still sold;
// * a paid payment the wallet cannot cover yet stays "paid, not sold" and is sold when retryUnsold() runs (after
//   a top-up and at every start).
class CustomerPaymentService : public QObject
{
    Q_OBJECT
  public:
    struct Options
    {
        QString desk;
        QString email;           // Paystack needs one for a charge: the kiosk's, since walk-in customers give none
        int firstCheckMs = 5000; // the first verify after the code is shown
        int maxCheckMs = 30000;  // the cap of the growing schedule (the customer is at the counter)
        int expiryMinutes = 10;  // not dialled within this: failed
    };

    CustomerPaymentService(Database db,
                           DatabaseWorker& worker,
                           PaystackClient& paystack,
                           AirtimeEngine& engine,
                           Options options,
                           const Clock& clock = Clock::system(),
                           QObject* parent = nullptr);
    ~CustomerPaymentService() override;

    // Verifies this desk's payments still waiting and sells the paid ones not sold yet (after a restart).
    void start();

    using Done = std::function<void(const Result<CustomerPayment, QString>&)>;
    // Records the payment and asks Paystack for the code; `done` gets the payment with the code, or why not.
    void pay(const NewSale& order, const QString& bank, QObject* context, Done done);
    // Verifies at once.
    void checkNow(qint64 id);
    // The vendor gives up: verified first, so a payment that went through is sold rather than lost.
    void cancel(qint64 id, const QString& actor);
    // Sells every paid payment of this desk that has no sale yet (the wallet was too low).
    void retryUnsold();

  signals:
    void paymentChanged(const paydesk::airtime::CustomerPayment& payment);
    // The paid payment's sale is recorded; the AirtimeEngine follows it from here.
    void paymentSold(const paydesk::airtime::CustomerPayment& payment, const paydesk::airtime::AirtimeSale& sale);

  private:
    void verify(qint64 id, const QString& cancelledBy = QString());
    void onVerified(const CustomerPayment& payment,
                    const Result<paystack::Transaction, PaystackError>& answer,
                    const QString& cancelledBy);
    void sell(const CustomerPayment& payment);
    void change(std::function<Result<CustomerPayment, QString>(const CustomerPaymentRepository&)> change,
                std::function<void(const CustomerPayment&)> then = {});

    Database m_db;
    DatabaseWorker& m_worker;
    PaystackClient& m_paystack;
    AirtimeEngine& m_engine;
    Options m_options;
    const Clock* m_clock;
    CheckSchedule m_checks; // verifies, on the growing schedule
};

} // namespace paydesk::airtime
