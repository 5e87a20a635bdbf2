#pragma once

#include "airtime/airtime_provider.h"
#include "airtime/sale_repository.h"
#include "storage/database_worker.h"
#include "util/check_schedule.h"
#include "util/clock.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

namespace paydesk::airtime {

// Drives a kiosk's airtime sales through the provider, from what the database says, so that a timeout, a dropped
// link or a reboot never loses or doubles a sale:
// * sell() records the sale and debits the wallet before anything is sent; the request id is saved (markSent)
//   before the request goes out;
// * sales are sent one at a time in the order they were made; when the provider cannot be reached at all, the
//   sale goes back to the queue, the engine says it is offline and tries again on a timer, and later sales queue
//   behind it;
// * pending and unknown sales are requeried on a growing schedule and once at every start; a sale the provider
//   has no record of is sent again under the same request id (the provider's idempotency key), never a new one;
// * only a confirmed failure gives the wallet its money back (SaleRepository::transition).
// Runs on its owner's thread; SQL on the DatabaseWorker, provider calls asynchronous: nothing here blocks.
class AirtimeEngine : public QObject
{
    Q_OBJECT
  public:
    struct Options
    {
        QString desk;               // this kiosk's sales only
        int firstCheckMs = 10000;   // the first requery of a pending sale
        int maxCheckMs = 300000;    // the cap of the growing schedule
        int offlineRetryMs = 15000; // how often to try again while the provider cannot be reached
    };

    AirtimeEngine(Database db,
                  DatabaseWorker& worker,
                  AirtimeProvider& provider,
                  Options options,
                  const Clock& clock = Clock::system(),
                  QObject* parent = nullptr);
    ~AirtimeEngine() override;

    // Queues every sale not yet sent and requeries every sale in flight (after a reboot mid-sale).
    void start();

    using Done = std::function<void(const Result<AirtimeSale, SaleError>&)>;
    // Records the sale (and debits the wallet), then sends it when its turn comes. The same client token twice
    // gives the first sale back.
    void sell(const NewSale& sale, QObject* context, Done done);
    // The vendor's "check now": a queued sale is tried at once, a pending or unknown one requeried.
    void checkNow(qint64 saleId);

    bool isOnline() const { return m_online; }
    QString linkDetail() const { return m_linkDetail; }
    int queued() const { return int(m_queue.size()); }

  signals:
    void saleChanged(const paydesk::airtime::AirtimeSale& sale);
    void linkChanged(bool online, const QString& detail);

  private:
    void pump();
    void sendNext(qint64 id);
    void check(qint64 id);
    void onAnswer(const AirtimeSale& sale, const ProviderAnswer& answer, bool fromRequery);
    void settle(const AirtimeSale& sale, const SaleRepository::Outcome& outcome, std::function<void()> after);
    void resend(const AirtimeSale& sale);
    void setOnline(bool online, const QString& detail);
    void finished(qint64 id);

    Database m_db;
    DatabaseWorker& m_worker;
    AirtimeProvider& m_provider;
    Options m_options;
    const Clock* m_clock;
    QList<qint64> m_queue; // created sales, oldest first
    bool m_sending = false;
    QTimer* m_offlineRetry = nullptr;
    CheckSchedule m_checks; // requeries, on the growing schedule counted since this engine started
    QSet<qint64> m_busy;
    bool m_online = true;
    QString m_linkDetail;
};

} // namespace paydesk::airtime
