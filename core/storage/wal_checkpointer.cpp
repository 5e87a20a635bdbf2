#include "storage/wal_checkpointer.h"

#include "storage/write_gate.h"
#include "util/logging.h"

#include <QElapsedTimer>
#include <QHash>

#include <pthread.h>
#include <sqlite3.h>

namespace paydesk {

std::shared_ptr<WalCheckpointer>
WalCheckpointer::forFile(const QString& path, std::shared_ptr<WriteGate> gate, int passFrames)
{
    static std::mutex guard;
    static QHash<QString, std::weak_ptr<WalCheckpointer>> running;
    const std::lock_guard lock(guard);
    running.removeIf([](const auto& entry) { return entry.value().expired(); });
    if (auto existing = running.value(path).lock())
        return existing;
    // Opening does not read the file yet; this connection only ever checkpoints, on the checkpointer's thread.
    sqlite3* connection = nullptr;
    const int opened =
        sqlite3_open_v2(path.toUtf8().constData(), &connection, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (opened != SQLITE_OK) {
        qCWarning(lcStorage) << "cannot open a checkpoint connection to" << path << "(" << sqlite3_errstr(opened)
                             << "); commits checkpoint the log themselves";
        sqlite3_close_v2(connection);
        return nullptr;
    }
    std::shared_ptr<WalCheckpointer> checkpointer(new WalCheckpointer(connection, path, std::move(gate), passFrames));
    running.insert(path, checkpointer);
    return checkpointer;
}

WalCheckpointer::WalCheckpointer(sqlite3* connection, QString path, std::shared_ptr<WriteGate> gate, int passFrames)
    : m_connection(connection),
      m_path(std::move(path)),
      m_gate(std::move(gate)),
      m_passFrames(qMax(1, passFrames)),
      m_restartFrames(kRestartFactor * m_passFrames),
      m_thread([this] { run(); })
{}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    // Were this the file's last connection, closing it checkpoints what is left and removes the log.
    sqlite3_close_v2(m_connection);
}

void WalCheckpointer::attach(sqlite3* connection)
{
    // Replaces the automatic checkpoint, which is itself a hook of this kind (sqlite3_wal_autocheckpoint).
    sqlite3_wal_hook(connection, &WalCheckpointer::committed, this);
}

// Runs inside each commit on an attached connection, on the writer's thread: it only counts and wakes.
int WalCheckpointer::committed(void* self, sqlite3*, const char*, int frames)
{
    auto* checkpointer = static_cast<WalCheckpointer*>(self);
    checkpointer->m_logFrames.store(frames, std::memory_order_relaxed);
    int copied = checkpointer->m_copied.load(std::memory_order_relaxed);
    if (frames < copied) {
        // The log started over from its beginning since the last pass: every frame in it is new.
        checkpointer->m_copied.compare_exchange_strong(copied, 0, std::memory_order_relaxed);
        copied = 0;
    }
    if (frames - copied >= checkpointer->m_passFrames)
        checkpointer->request();
    return SQLITE_OK;
}

void WalCheckpointer::request()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_requested)
            return;
        m_requested = true;
    }
    m_wake.notify_one();
}

void WalCheckpointer::run()
{
    pthread_setname_np(pthread_self(), "paydesk-wal");
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping)
            return;
        lock.unlock();
        int logFrames = 0;
        int copiedFrames = 0;
        int code = checkpoint(logFrames, copiedFrames);
        if (code == SQLITE_OK && m_gate && m_logFrames.load(std::memory_order_relaxed) >= m_restartFrames)
            code = finishLongLog(logFrames, copiedFrames);
        if (code == SQLITE_OK)
            m_copied.store(copiedFrames);
        else if (code != SQLITE_BUSY) // BUSY: another process is checkpointing this file right now
            qCWarning(lcStorage) << "checkpoint of" << m_path << "failed:" << sqlite3_errmsg(m_connection);
        lock.lock();
        m_requested = false; // asked for by commits the pass has copied; the next commit asks again if need be
    }
}

// A pass copies the frames the log had when it began. The writers add more meanwhile, so under a steady load the
// log never ends copied and is never started over. Once it is long, further passes catch up with the writers,
// nobody held, and only the last few frames are copied with our writers held back; the next writer then starts the
// log from its beginning. Never a long copy with the writers held: when writers kept taking the gate before us, or a
// reader had kept the passes from copying, the held copy took what was left of the whole log (in test_storage, 43
// passes' worth), with every webhook delivery waiting. A remainder that stays long waits for the next request.
int WalCheckpointer::finishLongLog(int& logFrames, int& copiedFrames)
{
    const auto uncopied = [&] { return m_logFrames.load(std::memory_order_relaxed) - copiedFrames; };
    for (int pass = 0; pass < kCatchUpPasses && uncopied() > 0; ++pass) {
        if (uncopied() > m_passFrames) {
            const int before = copiedFrames;
            const int code = checkpoint(logFrames, copiedFrames);
            if (code != SQLITE_OK || copiedFrames <= before)
                return code; // a reader still needs the rest: holding the writers would not copy it either
            continue;
        }
        const WriteGateHold hold(m_gate, WriteGate::Priority::Normal);
        // Writers that were queued before us went first: what they added is copied without them held.
        const int remainder = uncopied();
        if (remainder > m_passFrames)
            continue;
        const int copiedUnheld = copiedFrames;
        QElapsedTimer held;
        held.start();
        const int code = checkpoint(logFrames, copiedFrames);
        m_gatedPasses.fetch_add(1);
        m_longestHeldCopy.store(qMax(m_longestHeldCopy.load(), copiedFrames - copiedUnheld)); // written here only
        // Every writer (webhook deliveries included) waited this long: worth an operator's eye when it is long.
        if (held.elapsed() >= kLongHoldMs)
            qCWarning(lcStorage) << "checkpoint of" << m_path << "held writers for" << held.elapsed() << "ms,"
                                 << "copying the last" << remainder << "of" << logFrames << "log frames";
        return code;
    }
    return SQLITE_OK;
}

int WalCheckpointer::checkpoint(int& logFrames, int& copiedFrames)
{
    if (!m_opened) {
        // A connection learns that the file is in WAL mode, and opens the log, on its first read: until then
        // SQLite takes it for a rollback-journal database, with no log to checkpoint.
        const int read = sqlite3_exec(m_connection, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
        if (read != SQLITE_OK)
            return read;
        m_opened = true;
    }
    // Passive: takes no write lock and waits for nobody; it copies the frames no reader still needs.
    const int code =
        sqlite3_wal_checkpoint_v2(m_connection, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copiedFrames);
    m_passes.fetch_add(1);
    return code;
}

} // namespace paydesk
