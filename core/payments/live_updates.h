#pragma once

#include "billing/payment_engine.h"
#include "billing/refund_engine.h"
#include "storage/notification_listener.h"

#include <QObject>

namespace paydesk {

// The hospital network's live updates over PostgreSQL LISTEN/NOTIFY (triggers of migration 0005 send them when
// a transaction commits). paydesk-server hears `paydesk_work`: a desk recorded a payment, a refund or a cashier's
// request, and the server's engines act at once. A desk hears `paydesk_changes`: the server moved one of its
// payments (a webhook landed, a verify answered), and the payment screen shows it within moments; or the webhook
// inbox changed ("inbox"), and the supervisors' inbox view reads it again.
// After a lost connection nothing is assumed: the server resumes everything in flight, a desk reads again every
// payment it shows.
class LiveUpdates : public QObject
{
    Q_OBJECT
  public:
    enum class Role { Server, Desk };
    static constexpr const char* kWorkChannel = "paydesk_work";
    static constexpr const char* kChangesChannel = "paydesk_changes";

    LiveUpdates(Database db,
                Role role,
                PaymentEngine* payments,
                RefundEngine* refunds,
                QString desk = QString(),
                int healthCheckMs = 5000,
                QObject* parent = nullptr);

    void start() { m_listener.start(); }
    bool isListening() const { return m_listener.isListening(); }

  signals:
    void listeningChanged(bool listening);
    // Something on the shared database moved, on any desk (a payment, a refund), or the connection came back and
    // anything may have: what shows figures for the whole hospital (the dashboard) reads them again.
    void changed();
    // A delivery was filed in the webhook inbox, or one moved on (processed, failed, replayed), on the server: the
    // supervisors' inbox view reads again. (Desks only: paydesk-server files them itself.)
    void inboxChanged();

  private:
    void onNotified(const QString& channel, const QString& payload);
    void onListening(bool listening);

    NotificationListener m_listener;
    Role m_role;
    PaymentEngine* m_payments;
    RefundEngine* m_refunds;
    QString m_desk;
    bool m_listenedBefore = false;
};

} // namespace paydesk
