#pragma once

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
class WriteGate
{
  public:
    enum class Priority { Normal, Background };
    static constexpr int kYieldMs = 100;

    // The gate for one database file, shared by every connection of this process.
    static std::shared_ptr<WriteGate> forFile(const QString& path);

    void acquire(Priority priority);
    void release();

  private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_held = false;
    int m_normalWaiting = 0;
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
