#include "storage/notification_listener.h"

#include "util/logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace paydesk {

// Lives on the listener's thread: owns the connection, subscribes, checks it, and reports to the listener object
// (on its owner's thread) through queued calls.
class NotificationListener::Session : public QObject
{
  public:
    Session(Database db, QStringList channels, int healthCheckMs, NotificationListener* owner)
        : m_db(std::move(db)), m_channels(std::move(channels)), m_healthCheckMs(healthCheckMs), m_owner(owner)
    {}

    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_healthCheckMs);
        connect(m_timer, &QTimer::timeout, this, &Session::check);
        m_timer->start();
        check();
    }

    void end()
    {
        delete m_timer;
        m_timer = nullptr;
        if (m_subscribed)
            m_db.releaseThreadConnection();
        m_subscribed = false;
    }

  private:
    // The session's backend process id: QPSQL reports a dropped connection as closed and Database reopens it
    // on the next query, silently, as a new session that listens to nothing. A different id means exactly that.
    qint64 backendPid(QString* error)
    {
        QSqlQuery query(m_db.connection());
        if (query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next())
            return query.value(0).toLongLong();
        *error = query.lastError().text();
        return 0;
    }

    void check()
    {
        if (!m_subscribed)
            return subscribe();
        QString error;
        const qint64 pid = backendPid(&error);
        if (pid == m_pid)
            return;
        qCWarning(lcStorage) << "live updates interrupted:"
                             << (pid == 0 ? error : QStringLiteral("the database connection was lost"));
        m_db.releaseThreadConnection();
        m_subscribed = false;
        report(false);
    }

    void subscribe()
    {
        QString error;
        m_pid = backendPid(&error);
        if (m_pid == 0) {
            qCWarning(lcStorage) << "cannot listen for live updates:" << error;
            m_db.releaseThreadConnection();
            return; // tried again at the next check
        }
        QSqlDriver* driver = m_db.connection().driver();
        for (const QString& channel : m_channels) {
            if (!driver->subscribeToNotification(channel)) {
                qCWarning(lcStorage) << "cannot listen on" << channel << ":" << driver->lastError().text();
                m_db.releaseThreadConnection();
                return;
            }
        }
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& channel, QSqlDriver::NotificationSource, const QVariant& payload) {
                    QMetaObject::invokeMethod(
                        m_owner,
                        [owner = m_owner, channel, text = payload.toString()] { emit owner->notified(channel, text); },
                        Qt::QueuedConnection);
                });
        m_subscribed = true;
        qCInfo(lcStorage) << "listening for" << m_channels << "as backend" << m_pid;
        report(true);
    }

    void report(bool listening)
    {
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, listening] { owner->setListening(listening); }, Qt::QueuedConnection);
    }

    Database m_db;
    QStringList m_channels;
    int m_healthCheckMs;
    NotificationListener* m_owner;
    QTimer* m_timer = nullptr;
    bool m_subscribed = false;
    qint64 m_pid = 0;
};

NotificationListener::NotificationListener(Database db, QStringList channels, int healthCheckMs, QObject* parent)
    : QObject(parent), m_session(new Session(std::move(db), std::move(channels), healthCheckMs, this))
{
    m_thread.setObjectName(QStringLiteral("paydesk-listen"));
    m_session->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_session, &QObject::deleteLater);
}

NotificationListener::~NotificationListener()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_session, [session = m_session] { session->end(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_session;
    }
}

void NotificationListener::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(
        m_session, [session = m_session] { session->begin(); }, Qt::QueuedConnection);
}

void NotificationListener::setListening(bool listening)
{
    if (m_listening == listening && !listening)
        return;
    m_listening = listening;
    emit listeningChanged(listening);
}

} // namespace paydesk
