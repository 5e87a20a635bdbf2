#include "payments/live_updates.h"

#include "util/logging.h"

namespace paydesk {

LiveUpdates::LiveUpdates(Database db,
                         Role role,
                         PaymentEngine* payments,
                         RefundEngine* refunds,
                         QString desk,
                         int healthCheckMs,
                         QObject* parent)
    : QObject(parent),
      m_listener(std::move(db), {QLatin1String(role == Role::Server ? kWorkChannel : kChangesChannel)}, healthCheckMs),
      m_role(role),
      m_payments(payments),
      m_refunds(refunds),
      m_desk(std::move(desk))
{
    connect(&m_listener, &NotificationListener::notified, this, &LiveUpdates::onNotified);
    connect(&m_listener, &NotificationListener::listeningChanged, this, &LiveUpdates::onListening);
}

void LiveUpdates::onNotified(const QString& channel, const QString& payload)
{
    if (payload == u"inbox") {
        emit inboxChanged();
        return;
    }
    // "attempt <id>[ <desk>]" or "refund <id>"; the desk's name may hold spaces.
    const QString kind = payload.section(u' ', 0, 0);
    bool ok = false;
    const qint64 id = payload.section(u' ', 1, 1).toLongLong(&ok);
    if (!ok) {
        qCWarning(lcPayments) << "unreadable notification on" << channel << ":" << payload;
        return;
    }
    emit changed();
    if (kind == u"attempt" && m_payments) {
        if (m_role == Role::Server)
            m_payments->wake(id);
        else if (payload.section(u' ', 2) == m_desk)
            m_payments->refresh(id);
    } else if (kind == u"refund" && m_refunds) {
        if (m_role == Role::Server)
            m_refunds->checkNow(id);
        else
            m_refunds->refresh(id);
    }
}

void LiveUpdates::onListening(bool listening)
{
    if (listening && m_listenedBefore) {
        // Whatever was sent while the connection was down is lost: catch up from the database.
        if (m_role == Role::Server) {
            if (m_payments)
                m_payments->start();
            if (m_refunds)
                m_refunds->start();
        } else if (m_payments) {
            for (qint64 id : m_payments->watched())
                m_payments->refresh(id);
        }
    }
    m_listenedBefore = m_listenedBefore || listening;
    emit listeningChanged(listening);
    if (listening)
        emit changed();
}

} // namespace paydesk
