#pragma once

#include "backup/backup_folder.h"
#include "security/secret_store.h"
#include "storage/database.h"
#include "storage/database_worker.h"
#include "util/clock.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace paydesk {

// Makes a standalone desk's backups without anyone asking: every `intervalHours` while the desk runs, at shift
// close, and when an administrator asks. Each runs on a thread of its own (a backup of a big database takes a
// while, and the desk's own worker must not wait behind it), with the key read from the keychain each time. Says
// how protected the desk is: the age of the last good backup, a warning when there is none within a day (or twice
// the interval), when the last one failed, or when backups are not set up.
class BackupScheduler : public QObject
{
    Q_OBJECT
  public:
    struct Options
    {
        QString folder;        // empty: not set up
        int intervalHours = 4; // 0: only at shift close and when asked
        QDateTime lastGood;    // the last good backup known from before (the desk's config)
    };
    BackupScheduler(Database db,
                    SecretStore& secrets,
                    Options options,
                    const Clock& clock = Clock::system(),
                    QObject* parent = nullptr);
    ~BackupScheduler() override;

    // Starts the schedule; backs up at once when the last good backup is older than the interval.
    void start();
    void setOptions(const Options& options);
    // One backup now (`why` goes to the log: "scheduled", "shift close", "asked"); ignored while one runs.
    void backUpNow(const QString& why);

    bool isConfigured() const { return !m_options.folder.isEmpty(); }
    bool isRunning() const { return m_running; }
    QDateTime lastGood() const { return m_options.lastGood; }
    QString lastProblem() const { return m_lastProblem; }
    // One line for the status bar and the dashboard, and whether it should be shown as a warning.
    QString describe() const;
    bool needsAttention() const;

  signals:
    void changed();
    // A backup finished: made (and where), or why not.
    void finished(bool made, const QString& message);

  private:
    void scheduleNext();
    void run(const Secret& key, const QString& why);

    Database m_db;
    SecretStore& m_secrets;
    Options m_options;
    const Clock* m_clock;
    std::unique_ptr<DatabaseWorker> m_worker;
    QTimer m_timer;
    bool m_running = false;
    QString m_lastProblem;
    QDateTime m_lastTried;
};

} // namespace paydesk
