#pragma once

#include "security/role.h"
#include "storage/database.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace paydesk {

struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Cashier;
    bool active = true;
    int failedLogins = 0;
    QDateTime lockedUntil;
    QDateTime lastLoginAt;
    QDateTime createdAt;
    QString passwordHash;
};

struct NewUser
{
    QString username;
    QString displayName;
    Role role = Role::Cashier;
    QString password;
};

// Users and their login state. Every change is audited in the same transaction.
class UserRepository
{
  public:
    static constexpr int kMinimumPasswordLength = 8;

    explicit UserRepository(Database db) : m_db(std::move(db)) {}

    static QString normalizeUsername(const QString& username);
    // An empty string when acceptable, else what is wrong, for the form or the command line.
    static QString validate(const NewUser& user);

    // Hashes the password (slow on purpose: call it off the GUI thread) and inserts the user.
    Result<User, DbError> create(const NewUser& user, const QString& actor) const;
    Result<std::optional<User>, DbError> find(const QString& username) const;
    Result<QList<User>, DbError> list() const;
    Result<qint64, DbError> count() const;
    Status<DbError> unlock(const QString& username, const QString& actor) const;
    // Whether `username` is an active user with at least `needed`; the database's error, or `refusal`, if not.
    // Repositories call it so that a role is enforced in core, not only by hiding a button.
    Status<QString> requireRole(const QString& username, Role needed, const QString& refusal) const;

  private:
    Database m_db;
};

} // namespace paydesk
