#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace paydesk {

class WriteGate;

// Checkpoints an SQLite file's write-ahead log on a thread of its own.
//
// SQLite's automatic checkpoint runs on the thread whose commit takes the log past its threshold, before that commit
// returns. Under a flood of webhooks that was the intake's worker: a stall of 7-10 ms (up to 30) every thousand
// pages, with the deliveries of that batch and of the next ones waiting, about a seventh of the flood's time. Here
// the copying runs beside the writers (a passive checkpoint takes no write lock). A pass copies only what the log
// held when it began, so under a steady load the log never ends fully copied and never starts over; once it is
// long, further passes catch up with the writers until what is left is at most one pass long; that is copied with
// the process's write gate held, and the next writer starts the log from its beginning instead of growing it for as
// long as writers keep coming. The gate is never held for a long copy.
class WalCheckpointer
{
  public:
    static constexpr int kDefaultPassFrames = 1000; // SQLite's own wal_autocheckpoint default
    static constexpr int kLongHoldMs = 100;         // a pass holding writers longer than this is logged
    static constexpr int kRestartFactor = 4;        // a log this many passes long is copied to its end, writers held
    static constexpr int kCatchUpPasses = 8;        // tries at most to bring the remainder down to one short pass

    // The checkpointer for an SQLite file, shared by every Database open on it in this process (the first one's
    // `passFrames` counts), and stopped when the last of them lets go. A pass runs per `passFrames` new frames in the
    // log. Null when it cannot open a connection of its own: the caller's connections then keep SQLite's automatic
    // checkpoints.
    static std::shared_ptr<WalCheckpointer>
    forFile(const QString& path, std::shared_ptr<WriteGate> gate, int passFrames = kDefaultPassFrames);

    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;
    ~WalCheckpointer();

    // From now on this connection's commits ask the checkpointer for checkpoints instead of running them. The
    // connection must be closed before the checkpointer goes (Database closes its connections first).
    void attach(sqlite3* connection);

    // Checkpoint passes run so far, and how many of them held the write gate: for tests and diagnostics.
    qint64 passes() const { return m_passes.load(); }
    qint64 gatedPasses() const { return m_gatedPasses.load(); }
    // The most frames a pass copied with the writers held.
    int longestHeldCopy() const { return m_longestHeldCopy.load(); }

  private:
    WalCheckpointer(sqlite3* connection, QString path, std::shared_ptr<WriteGate> gate, int passFrames);
    static int committed(void* self, sqlite3* connection, const char* database, int frames);
    void request();
    void run();
    int checkpoint(int& logFrames, int& copiedFrames);
    int finishLongLog(int& logFrames, int& copiedFrames);

    sqlite3* m_connection;
    const QString m_path;
    std::shared_ptr<WriteGate> m_gate;
    const int m_passFrames;
    const int m_restartFrames;
    std::atomic<int> m_logFrames{0}; // frames in the log after the latest commit on an attached connection
    std::atomic<int> m_copied{0};    // frames of the log already copied into the database when the last pass ended
    std::atomic<qint64> m_passes{0};
    std::atomic<qint64> m_gatedPasses{0};
    std::atomic<int> m_longestHeldCopy{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_opened = false; // the checkpointer's connection has read the file (its thread only)
    bool m_requested = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace paydesk
