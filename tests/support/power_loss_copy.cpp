#include "power_loss_copy.h"

#include <QFile>
#include <QStringList>

#include <sqlite3.h>

namespace paydesk::test {

PowerLossCopy::PowerLossCopy(const QString& databasePath)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite3"));
    if (!QFile::copy(databasePath, copy)) {
        m_error = QStringLiteral("cannot copy %1").arg(databasePath);
        return;
    }
    const QString log = databasePath + QStringLiteral("-wal");
    if (QFile::exists(log) && !QFile::copy(log, copy + QStringLiteral("-wal"))) {
        m_error = QStringLiteral("cannot copy %1").arg(log);
        return;
    }
    if (sqlite3_open_v2(copy.toUtf8().constData(), &m_connection, SQLITE_OPEN_READWRITE, "unix") != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
        sqlite3_close(m_connection);
        m_connection = nullptr;
    }
}

PowerLossCopy::~PowerLossCopy()
{
    sqlite3_close(m_connection);
}

QStringList PowerLossCopy::column(const QByteArray& statement) const
{
    QStringList values;
    sqlite3_stmt* prepared = nullptr;
    if (!m_connection || sqlite3_prepare_v2(m_connection, statement.constData(), -1, &prepared, nullptr) != SQLITE_OK) {
        values << QStringLiteral("error: %1")
                      .arg(m_connection ? QString::fromUtf8(sqlite3_errmsg(m_connection)) : m_error);
        return values;
    }
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(prepared)) == SQLITE_ROW)
        values << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(prepared, 0)));
    if (step != SQLITE_DONE)
        values << QStringLiteral("error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_connection)));
    sqlite3_finalize(prepared);
    return values;
}

QString PowerLossCopy::integrityCheck() const
{
    return column("PRAGMA integrity_check").join(u'\n');
}

qint64 PowerLossCopy::count(const QByteArray& from) const
{
    const QStringList values = column("SELECT COUNT(*) FROM " + from);
    bool ok = false;
    const qint64 rows = values.size() == 1 ? values.first().toLongLong(&ok) : -1;
    return ok ? rows : -1;
}

} // namespace paydesk::test
