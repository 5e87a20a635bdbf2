#include "backup/backup_scheduler.h"

#include "backup/recovery_code.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>

namespace paydesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BackupScheduler", text);
}

// "3 minutes", "5 hours", "2 days": how old the last good backup is.
QString age(qint64 seconds)
{
    if (seconds < 3600) {
        const qint64 minutes = qMax<qint64>(1, seconds / 60);
        return minutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(minutes);
    }
    if (seconds < 48 * 3600) {
        const qint64 hours = seconds / 3600;
        return hours == 1 ? tr("1 hour") : tr("%1 hours").arg(hours);
    }
    return tr("%1 days").arg(seconds / 86400);
}

} // namespace

BackupScheduler::BackupScheduler(
    Database db, SecretStore& secrets, Options options, const Clock& clock, QObject* parent)
    : QObject(parent),
      m_db(std::move(db)),
      m_secrets(secrets),
      m_options(std::move(options)),
      m_clock(&clock),
      m_worker(std::make_unique<DatabaseWorker>())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { backUpNow(QStringLiteral("scheduled")); });
}

BackupScheduler::~BackupScheduler() = default;

void BackupScheduler::start()
{
    scheduleNext();
}

void BackupScheduler::setOptions(const Options& options)
{
    const QDateTime lastGood = m_options.lastGood;
    m_options = options;
    if (!m_options.lastGood.isValid())
        m_options.lastGood = lastGood;
    m_lastProblem.clear(); // a new folder or interval: tried again as if nothing had failed
    scheduleNext();
    emit changed();
}

void BackupScheduler::scheduleNext()
{
    m_timer.stop();
    if (!isConfigured() || m_options.intervalHours <= 0)
        return;
    const qint64 interval = qint64(m_options.intervalHours) * 3600;
    const QDateTime now = m_clock->nowUtc();
    qint64 wait = 0; // never backed up: at once
    if (!m_lastProblem.isEmpty() && m_lastTried.isValid())
        wait = qMin<qint64>(interval, 3600) - m_lastTried.secsTo(now); // a failed one is tried again within the hour
    else if (m_options.lastGood.isValid())
        wait = interval - m_options.lastGood.secsTo(now);
    // QTimer counts in int milliseconds: a week at most, which no interval reaches.
    m_timer.start(int(qBound<qint64>(0, wait, interval) * 1000));
}

void BackupScheduler::backUpNow(const QString& why)
{
    if (m_running)
        return;
    if (!isConfigured()) {
        m_lastProblem = tr("Backups are not set up: an administrator chooses a backup folder in Settings.");
        emit changed();
        emit finished(false, m_lastProblem);
        return;
    }
    m_running = true;
    m_lastTried = m_clock->nowUtc();
    emit changed();
    m_secrets.read(SecretKey::BackupKey, this, [this, why](const SecretReadResult& code) {
        if (!code) {
            m_running = false;
            m_lastProblem = code.error().kind == SecretFailure::Kind::NotFound
                                ? tr("No backup key yet: an administrator sets up backups in Settings.")
                                : tr("The backup key cannot be read from the keychain: %1").arg(code.error().message);
            scheduleNext();
            emit changed();
            emit finished(false, m_lastProblem);
            return;
        }
        auto key = recovery_code::parse(QString::fromUtf8(code->reveal()));
        if (!key) {
            m_running = false;
            m_lastProblem = tr("The backup key in the keychain is damaged: %1").arg(key.error());
            scheduleNext();
            emit changed();
            emit finished(false, m_lastProblem);
            return;
        }
        run(*key, why);
    });
}

void BackupScheduler::run(const Secret& key, const QString& why)
{
    qCInfo(lcStorage) << "backup started:" << why;
    m_worker->run([db = m_db, folder = m_options.folder, key,
                   clock = m_clock] { return BackupFolder(folder, key, *clock).create(db); },
                  this,
                  [this](const Result<BackupFolder::Made, QString>& made) {
                      m_running = false;
                      if (made) {
                          m_options.lastGood = made->entry.madeAt;
                          m_lastProblem.clear();
                      } else {
                          m_lastProblem = made.error();
                          qCWarning(lcStorage) << "backup failed:" << made.error();
                      }
                      scheduleNext();
                      emit changed();
                      emit finished(made.ok(), made ? QDir::toNativeSeparators(made->entry.path) : made.error());
                  });
}

QString BackupScheduler::describe() const
{
    if (m_running)
        return tr("Backing up…");
    if (!isConfigured())
        return tr("Backups: not set up");
    QString text = m_options.lastGood.isValid()
                       ? tr("Last backup: %1 ago").arg(age(m_options.lastGood.secsTo(m_clock->nowUtc())))
                       : tr("No backup yet");
    if (!m_lastProblem.isEmpty())
        text += tr(" (the last one failed)");
    return text;
}

bool BackupScheduler::needsAttention() const
{
    if (!isConfigured() || !m_lastProblem.isEmpty() || !m_options.lastGood.isValid())
        return true;
    const qint64 allowed = qMax<qint64>(24 * 3600, 2 * qint64(m_options.intervalHours) * 3600);
    return m_options.lastGood.secsTo(m_clock->nowUtc()) > allowed;
}

} // namespace paydesk
