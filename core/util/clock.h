#pragma once

#include <QDateTime>

namespace paydesk {

// Where "now" comes from. Lockouts, sessions and shift times read it through here so that tests can move time
// without sleeping.
class Clock
{
  public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const;

    static const Clock& system();
};

// A clock that only moves when told to; for tests.
class ManualClock final : public Clock
{
  public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime& now) { m_now = now.toUTC(); }

  private:
    QDateTime m_now;
};

} // namespace paydesk
