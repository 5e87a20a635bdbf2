#pragma once

#include "storage/database.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

namespace paydesk::sandbox {

// The emulator's state: JSON objects by kind ("customer", "paymentrequest", ...) and key, plus id sequences.
// In memory, and written through to SQLite when a data file is given, so a training desk's history survives a
// restart of paydesk-sandbox.
class SandboxStore
{
  public:
    SandboxStore() = default;
    // Opens (creating if needed) the data file and loads everything in it.
    Status<DbError> open(const QString& path);

    std::optional<QJsonObject> get(const QString& kind, const QString& key) const;
    void put(const QString& kind, const QString& key, const QJsonObject& object);
    // Newest first (by the numeric "id" field, else by key).
    QList<QJsonObject> all(const QString& kind) const;
    // Next value of a sequence that starts at `start` (ids that exceed 32 bits are deliberate).
    qint64 next(const QString& sequence, qint64 start);

  private:
    QHash<QString, QMap<QString, QJsonObject>> m_objects;
    std::optional<Database> m_db;
};

} // namespace paydesk::sandbox
