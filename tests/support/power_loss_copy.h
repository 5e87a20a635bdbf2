#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

struct sqlite3;

namespace paydesk::test {

// What a power cut or kill -9 leaves of a live SQLite database: the database file and its write-ahead log copied as
// the operating system holds them now, without the shared-memory index (-shm), which nothing survives a power cut
// with; then opened with SQLite's own "unix" layer, which rebuilds the index from the log (recovery) as the desk
// would on its next start. Take it while nothing writes the files (the writers are stopped, or between commits).
class PowerLossCopy
{
  public:
    explicit PowerLossCopy(const QString& databasePath);
    ~PowerLossCopy();
    PowerLossCopy(const PowerLossCopy&) = delete;
    PowerLossCopy& operator=(const PowerLossCopy&) = delete;

    bool isValid() const { return m_connection != nullptr; }
    QString error() const { return m_error; }
    // PRAGMA integrity_check's answer ("ok" when sound).
    QString integrityCheck() const;
    // SELECT COUNT(*) FROM `from` (a table, optionally with a WHERE clause); -1 on an error.
    qint64 count(const QByteArray& from) const;
    // The first column of every row `statement` returns, as text.
    QStringList column(const QByteArray& statement) const;

  private:
    QTemporaryDir m_dir;
    sqlite3* m_connection = nullptr;
    QString m_error;
};

} // namespace paydesk::test
