#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QList>

namespace paydesk {

struct InboxEntry
{
    qint64 id = 0;
    QString dedupeKey;
    QString event;
    QString state = QStringLiteral("received"); // received, processed, rejected, failed
    QByteArray body;
    QString headers; // JSON object of the headers worth keeping
    QString source;  // client address
    QDateTime receivedAt;
    QString reason;
    int attempts = 0;
    QDateTime paidAt; // not stored with the row: counted into the webhook lag statistics when new
};

// The webhook_inbox table.
class WebhookInbox
{
  public:
    explicit WebhookInbox(Database db) : m_db(std::move(db)) {}

    // Stores the entries in one transaction; for each, true when it is new and false when its dedupe key was
    // already there (a redelivery: nothing is written).
    Result<QList<bool>, DbError> storeBatch(const QList<InboxEntry>& entries) const;
    Result<QList<InboxEntry>, DbError> list(const QString& state = QString(), int limit = 200) const;
    Result<qint64, DbError> count(const QString& state = QString()) const;
    // Reads the raw bodies of entries that have their ids (sorted by id), in one query.
    Status<DbError> readBodies(QList<InboxEntry>& entries) const;

  private:
    Database m_db;
};

} // namespace paydesk
