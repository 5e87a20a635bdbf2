#pragma once

#include "app_context.h"

#include <QObject>
#include <QTimer>

class QWidget;

namespace paydesk {

// Tells a screen that follows the payments when to read again: soon after a payment moves (on this desk through its
// payment engine, on any desk of the shared PostgreSQL through the desk's one LISTEN connection), a burst of moves
// (a webhook, then the verify) being one read at most a few hundred ms late; and every `tickMs` in any case, for
// what nothing announces. Quiet while the screen is hidden.
class PaymentChangeFollower : public QObject
{
    Q_OBJECT
  public:
    PaymentChangeFollower(const AppContext& context, QWidget* screen, int tickMs);

    // Also soon after the webhook inbox changes on the shared PostgreSQL (its own notification), for a screen that
    // shows deliveries, which can change without moving any payment; there the tick stops. A standalone desk keeps
    // it: its in-process intake announces nothing to the screens.
    void followInbox();

  signals:
    void due();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void schedule();

    QWidget* m_screen;
    LiveUpdates* m_live; // the shared database's notifications; null on a standalone desk
    QTimer m_debounce;
    QTimer m_tick;
    bool m_ticks = true;
};

} // namespace paydesk
