#include "storage/write_gate.h"

#include <QHash>

#include <chrono>

namespace paydesk {

std::shared_ptr<WriteGate> WriteGate::forDatabase(const Database& db)
{
    const QString path = db.url().path;
    if (db.dialect() != Database::Dialect::Sqlite || path.isEmpty() || path.startsWith(u':'))
        return nullptr;
    static std::mutex guard;
    static QHash<QString, std::shared_ptr<WriteGate>> gates;
    const std::lock_guard lock(guard);
    auto& gate = gates[path];
    if (!gate)
        gate = std::make_shared<WriteGate>();
    return gate;
}

void WriteGate::acquire(Priority priority)
{
    std::unique_lock lock(m_mutex);
    if (priority == Priority::Background) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kYieldMs);
        if (m_changed.wait_until(lock, deadline,
                                 [this] { return !m_held && m_normalWaiting == 0 && m_expected == 0; })) {
            m_held = true;
            return;
        }
        // Yielded long enough: from here on it queues like everybody else.
        m_changed.wait(lock, [this] { return !m_held; });
        m_held = true;
        return;
    }
    ++m_normalWaiting;
    const quint64 turn = m_nextTicket++;
    m_changed.wait(lock, [&] { return !m_held && m_serving == turn; });
    ++m_serving;
    --m_normalWaiting;
    m_held = true;
}

int WriteGate::normalWaiting()
{
    const std::lock_guard lock(m_mutex);
    return m_normalWaiting;
}

void WriteGate::expect()
{
    const std::lock_guard lock(m_mutex);
    ++m_expected;
}

void WriteGate::unexpect()
{
    // No wake-up: the expected writer takes the gate right after this, and its release wakes the background
    // writers. (Had it given up instead, they look again when their yield runs out.)
    const std::lock_guard lock(m_mutex);
    --m_expected;
}

void WriteGate::release()
{
    {
        const std::lock_guard lock(m_mutex);
        m_held = false;
    }
    // Every waiter: a background writer can only tell whether a normal one is still queued by looking.
    m_changed.notify_all();
}

WriteGateHold::WriteGateHold(std::shared_ptr<WriteGate> gate, WriteGate::Priority priority) : m_gate(std::move(gate))
{
    m_gate->acquire(priority);
}

WriteGateHold& WriteGateHold::operator=(WriteGateHold&& other) noexcept
{
    if (this != &other) {
        release();
        m_gate = std::move(other.m_gate);
    }
    return *this;
}

void WriteGateHold::release()
{
    if (m_gate)
        std::exchange(m_gate, nullptr)->release();
}

} // namespace paydesk
