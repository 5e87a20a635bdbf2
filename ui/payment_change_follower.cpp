#include "payment_change_follower.h"

#include <QEvent>
#include <QWidget>

namespace paydesk {

PaymentChangeFollower::PaymentChangeFollower(const AppContext& context, QWidget* screen, int tickMs)
    : QObject(screen), m_screen(screen), m_live(context.live)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &PaymentChangeFollower::due);
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &PaymentChangeFollower::schedule);
    if (context.payments)
        connect(context.payments, &PaymentEngine::attemptChanged, this, &PaymentChangeFollower::schedule);
    if (m_live)
        connect(m_live, &LiveUpdates::changed, this, &PaymentChangeFollower::schedule);
    screen->installEventFilter(this);
    if (screen->isVisible())
        m_tick.start();
}

void PaymentChangeFollower::followInbox()
{
    if (!m_live)
        return;
    connect(m_live, &LiveUpdates::inboxChanged, this, &PaymentChangeFollower::schedule);
    // Everything such a screen shows now announces itself, and a lost connection is caught up by LiveUpdates
    // (changed, once listening again): the database is not polled.
    m_ticks = false;
    m_tick.stop();
}

bool PaymentChangeFollower::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_screen && event->type() == QEvent::Show) {
        if (m_ticks)
            m_tick.start();
    } else if (watched == m_screen && event->type() == QEvent::Hide) {
        m_tick.stop();
        m_debounce.stop();
    }
    return QObject::eventFilter(watched, event);
}

void PaymentChangeFollower::schedule()
{
    if (m_screen->isVisible() && !m_debounce.isActive())
        m_debounce.start();
}

} // namespace paydesk
