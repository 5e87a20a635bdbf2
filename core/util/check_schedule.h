#pragma once

#include <QHash>
#include <QObject>

#include <functional>

class QTimer;

namespace paydesk {

// When to look at each of many things again (a sale to requery, a payment to verify): one single-shot timer per
// id, restarted rather than doubled when asked twice, and the number of looks so far for the growing schedule of
// util/backoff.h. The callback runs on the owner's thread; timers die with the owner.
class CheckSchedule
{
  public:
    CheckSchedule(QObject* owner, std::function<void(qint64)> check, int firstMs, int maxMs);

    void at(qint64 id, int ms); // look at `id` in `ms`, replacing any look already planned
    void next(qint64 id);       // the next look on the growing schedule
    int nextDelayMs(qint64 id); // the growing schedule's next delay, counted as a look
    void forget(qint64 id);     // no more looks; the schedule starts again from the first delay
    void dropIfIdle(qint64 id); // release the timer unless a look is planned (the count stays)
    bool isPlanned(qint64 id) const;

  private:
    QObject* m_owner;
    std::function<void(qint64)> m_check;
    int m_firstMs;
    int m_maxMs;
    QHash<qint64, QTimer*> m_timers;
    QHash<qint64, int> m_looks;
};

} // namespace paydesk
