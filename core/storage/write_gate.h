#pragma once

#include "storage/database.h"

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>

namespace paydesk {

// The queue for an SQLite file's one write lock among this process's threads. SQLite's own busy handler sleeps up
// to 100 ms between tries, which a webhook waiting behind the inbox processor would feel; the gate hands the lock
// over the moment it is free. (Other processes still meet SQLite's busy timeout.)
//
// Background writers (the inbox processor) let every other waiting writer go first, for up to kYieldMs: under a
// flood of webhooks the lock is busy all the time, and a delivery's 200 must not wait behind the work of applying
// earlier ones, which can catch up afterwards. The bound keeps background work from starving.
//
// Normal writers are served in the order they came: a writer that lets go and asks again at once (the webhook
// intake's worker, batch after batch) queues behind those already waiting instead of starving them.
class WriteGate
{
  public:
    enum class Priority { Normal, Background };
    static constexpr int kYieldMs = 100;

    // The gate for a database's file, shared by every connection of this process; none for PostgreSQL, and none for
    // a memory database (private to its connection: nobody to queue with).
    static std::shared_ptr<WriteGate> forDatabase(const Database& db);

    void acquire(Priority priority);
    void release();

    // A normal writer that will come soon: until unexpect(), background writers wait as if it were already queued.
    // The webhook intake queues its next batch on its worker while the current one is written; between the two,
    // the lock is free for an instant, and the inbox processor would take it every time.
    void expect();
    void unexpect();

    // Normal writers waiting right now: for tests.
    int normalWaiting();

  private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_held = false;
    int m_normalWaiting = 0;
    quint64 m_nextTicket = 0; // the turn the next normal writer to ask gets
    quint64 m_serving = 0;    // the turn of the normal writer that may take the gate next
    int m_expected = 0;
};

// Holds a WriteGate from construction until release() or destruction.
class WriteGateHold
{
  public:
    WriteGateHold() = default;
    WriteGateHold(std::shared_ptr<WriteGate> gate, WriteGate::Priority priority);
    ~WriteGateHold() { release(); }
    WriteGateHold(WriteGateHold&& other) noexcept : m_gate(std::move(other.m_gate)) {}
    WriteGateHold& operator=(WriteGateHold&& other) noexcept;
    WriteGateHold(const WriteGateHold&) = delete;
    WriteGateHold& operator=(const WriteGateHold&) = delete;

    bool isHeld() const { return m_gate != nullptr; }
    void release();

  private:
    std::shared_ptr<WriteGate> m_gate;
};

} // namespace paydesk
