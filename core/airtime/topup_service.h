#pragma once

#include "airtime/topup_repository.h"
#include "paystack/paystack_client.h"
#include "storage/database_worker.h"
#include "util/check_schedule.h"
#include "util/clock.h"

#include <QObject>

namespace paydesk::airtime {

// Tops the vendor's wallet up through Paystack: the row with our reference is written first, then
// transaction/initialize gives the checkout link (shown as a link and a QR code), then the payment is verified
// (transaction/verify, on a growing schedule and at every start) and only a verified success for the exact amount
// credits the wallet, once. A top-up nobody pays is given up after `expiryMinutes`; one paid after that is still
// credited when someone checks it again.
class TopUpService : public QObject
{
    Q_OBJECT
  public:
    struct Options
    {
        QString desk;
        QString email;           // the vendor's, for Paystack's receipt
        int firstCheckMs = 5000; // the first verify after the link is shown
        int maxCheckMs = 60000;  // the cap of the growing schedule
        int expiryMinutes = 60;  // unpaid after this: failed
    };

    TopUpService(Database db,
                 DatabaseWorker& worker,
                 PaystackClient& paystack,
                 Options options,
                 const Clock& clock = Clock::system(),
                 QObject* parent = nullptr);
    ~TopUpService() override;

    // Verifies every top-up of this desk still waiting (after a restart).
    void start();

    using Done = std::function<void(const Result<TopUp, QString>&)>;
    // Records the top-up and asks Paystack for its checkout link; `done` gets the top-up with the link, or why not.
    void request(const Money& amount, const QString& actor, QObject* context, Done done);
    // Verifies at once.
    void checkNow(qint64 id);
    // The vendor gives up on a top-up: verified first, so a payment that did go through is credited, not lost.
    void cancel(qint64 id, const QString& actor);

  signals:
    void topUpChanged(const paydesk::airtime::TopUp& topUp);

  private:
    void verify(qint64 id, const QString& cancelledBy = QString());
    void onVerified(const TopUp& topUp,
                    const Result<paystack::Transaction, PaystackError>& answer,
                    const QString& cancelledBy);
    void settle(std::function<Result<TopUp, QString>(const TopUpRepository&)> change);

    Database m_db;
    DatabaseWorker& m_worker;
    PaystackClient& m_paystack;
    Options m_options;
    const Clock* m_clock;
    CheckSchedule m_checks; // verifies, on the growing schedule
};

} // namespace paydesk::airtime
