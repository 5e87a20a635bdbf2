#include "util/check_schedule.h"

#include "util/backoff.h"

#include <QTimer>

namespace paydesk {

CheckSchedule::CheckSchedule(QObject* owner, std::function<void(qint64)> check, int firstMs, int maxMs)
    : m_owner(owner), m_check(std::move(check)), m_firstMs(firstMs), m_maxMs(maxMs)
{}

void CheckSchedule::at(qint64 id, int ms)
{
    QTimer*& timer = m_timers[id];
    if (!timer) {
        timer = new QTimer(m_owner);
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, m_owner, [this, id] { m_check(id); });
    }
    timer->start(ms);
}

void CheckSchedule::next(qint64 id)
{
    at(id, nextDelayMs(id));
}

int CheckSchedule::nextDelayMs(qint64 id)
{
    return int(backoffMs(m_firstMs, m_maxMs, m_looks[id]++));
}

void CheckSchedule::forget(qint64 id)
{
    if (QTimer* timer = m_timers.take(id))
        timer->deleteLater();
    m_looks.remove(id);
}

void CheckSchedule::dropIfIdle(qint64 id)
{
    if (QTimer* timer = m_timers.value(id); timer && !timer->isActive()) {
        m_timers.remove(id);
        timer->deleteLater();
    }
}

bool CheckSchedule::isPlanned(qint64 id) const
{
    const QTimer* timer = m_timers.value(id);
    return timer && timer->isActive();
}

} // namespace paydesk
