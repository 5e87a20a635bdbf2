#include "sandbox/sandbox_store.h"

#include "storage/sql.h"
#include "util/logging.h"

#include <QJsonDocument>

#include <algorithm>

namespace paydesk::sandbox {

Status<DbError> SandboxStore::open(const QString& path)
{
    DatabaseUrl url;
    url.path = path;
    Database::Options options;
    options.create = Database::CreateMode::CreateIfMissing;
    auto db = Database::open(url, options);
    if (!db)
        return db.error();
    auto created = sql::exec(*db, QStringLiteral("CREATE TABLE IF NOT EXISTS sandbox_objects (kind TEXT NOT NULL, "
                                                 "key TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (kind, key))"));
    if (!created)
        return created.error();
    auto rows = sql::exec(*db, QStringLiteral("SELECT kind, key, json FROM sandbox_objects"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        m_objects[rows->value(0).toString()].insert(rows->value(1).toString(),
                                                    QJsonDocument::fromJson(rows->value(2).toByteArray()).object());
    }
    m_db = *db;
    return {};
}

std::optional<QJsonObject> SandboxStore::get(const QString& kind, const QString& key) const
{
    const auto objects = m_objects.constFind(kind);
    if (objects == m_objects.constEnd())
        return std::nullopt;
    const auto found = objects->constFind(key);
    if (found == objects->constEnd())
        return std::nullopt;
    return *found;
}

void SandboxStore::put(const QString& kind, const QString& key, const QJsonObject& object)
{
    m_objects[kind].insert(key, object);
    if (!m_db)
        return;
    auto written = sql::exec(*m_db,
                             QStringLiteral("INSERT INTO sandbox_objects (kind, key, json) VALUES (?, ?, ?) "
                                            "ON CONFLICT (kind, key) DO UPDATE SET json = excluded.json"),
                             {kind, key, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))});
    if (!written)
        qCWarning(lcSandbox) << "cannot save" << kind << key << written.error().message;
}

QList<QJsonObject> SandboxStore::all(const QString& kind) const
{
    QList<QJsonObject> objects = m_objects.value(kind).values();
    std::sort(objects.begin(), objects.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("id")).toInteger() > b.value(QStringLiteral("id")).toInteger();
    });
    return objects;
}

qint64 SandboxStore::next(const QString& sequence, qint64 start)
{
    const auto current = get(QStringLiteral("sequence"), sequence);
    const qint64 value = current ? current->value(QStringLiteral("value")).toInteger() + 1 : start;
    put(QStringLiteral("sequence"), sequence, {{QStringLiteral("value"), value}});
    return value;
}

} // namespace paydesk::sandbox
