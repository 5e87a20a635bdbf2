#pragma once

#include "storage/database.h"

#include <QObject>
#include <QStringList>
#include <QThread>

namespace paydesk {

// PostgreSQL LISTEN/NOTIFY for the rest of the program: desks hear that paydesk-server changed a payment, the
// server hears that a desk recorded one, within moments and without anyone polling the database.
// LISTEN belongs to one session, so the listener has its own connection on its own thread (QSqlDriver delivers
// notifications through a socket notifier on the thread that subscribed). Every few seconds it checks the
// connection with a trivial query; a lost connection is reopened and subscribed again, and because anything sent
// meanwhile was missed, listeningChanged(true) tells the consumers to read again what they depend on.
class NotificationListener : public QObject
{
    Q_OBJECT
  public:
    NotificationListener(Database db, QStringList channels, int healthCheckMs = 5000, QObject* parent = nullptr);
    // Stops the thread; its connection is closed there.
    ~NotificationListener() override;

    void start();
    bool isListening() const { return m_listening; }

  signals:
    void notified(const QString& channel, const QString& payload);
    void listeningChanged(bool listening);

  private:
    class Session;
    void setListening(bool listening);

    QThread m_thread;
    Session* m_session = nullptr;
    bool m_listening = false;
};

} // namespace paydesk
