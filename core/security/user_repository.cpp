#include "security/user_repository.h"

#include "security/audit_log.h"
#include "security/password_hasher.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace paydesk {

namespace {

const QString kColumns = QStringLiteral(
    "id, username, display_name, role, active, failed_logins, locked_until, last_login_at, created_at, password_hash");

User readUser(const QSqlQuery& query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.username = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.role = roleFromName(query.value(3).toString()).value_or(Role::Cashier);
    user.active = query.value(4).toBool();
    user.failedLogins = query.value(5).toInt();
    user.lockedUntil = sql::readTime(query.value(6));
    user.lastLoginAt = sql::readTime(query.value(7));
    user.createdAt = sql::readTime(query.value(8));
    user.passwordHash = query.value(9).toString();
    return user;
}

} // namespace

QString UserRepository::normalizeUsername(const QString& username)
{
    return username.trimmed().toLower();
}

QString UserRepository::validate(const NewUser& user)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    if (!allowed.match(normalizeUsername(user.username)).hasMatch())
        return QCoreApplication::translate("Users", "A user name is 1 to 64 letters, digits, dots, dashes or "
                                                    "underscores, starting with a letter or digit.");
    if (user.displayName.trimmed().isEmpty())
        return QCoreApplication::translate("Users", "Enter the person's name.");
    if (user.password.size() < kMinimumPasswordLength)
        return QCoreApplication::translate("Users", "The password must have at least %1 characters.")
            .arg(kMinimumPasswordLength);
    return {};
}

Result<User, DbError> UserRepository::create(const NewUser& input, const QString& actor) const
{
    if (const QString problem = validate(input); !problem.isEmpty())
        return DbError{DbError::Kind::Constraint, problem};
    User user;
    user.username = normalizeUsername(input.username);
    user.displayName = input.displayName.trimmed();
    user.role = input.role;
    user.passwordHash = PasswordHasher::hash(input.password);
    user.createdAt = QDateTime::currentDateTimeUtc();

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto inserted = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO users (username, display_name, role, password_hash, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {user.username, user.displayName, roleName(user.role), user.passwordHash, sql::timeValue(user.createdAt)});
    if (!inserted) {
        if (inserted.error().kind == DbError::Kind::Constraint)
            return DbError{
                DbError::Kind::Constraint,
                QCoreApplication::translate("Users", "A user named \"%1\" already exists.").arg(user.username)};
        return inserted.error();
    }
    inserted->finish();
    auto found = find(user.username);
    if (!found)
        return found.error();
    user = **found;
    auto audited = AuditLog(m_db).append(actor, QStringLiteral("user.created"), user.username,
                                         {{QStringLiteral("role"), roleName(user.role)}});
    if (!audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return user;
}

Result<std::optional<User>, DbError> UserRepository::find(const QString& username) const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT %1 FROM users WHERE username = ?").arg(kColumns),
                           {normalizeUsername(username)});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<User>();
    return std::optional<User>(readUser(*query));
}

Result<QList<User>, DbError> UserRepository::list() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT %1 FROM users ORDER BY username").arg(kColumns));
    if (!query)
        return query.error();
    QList<User> users;
    while (query->next())
        users << readUser(*query);
    return users;
}

Result<qint64, DbError> UserRepository::count() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

Status<DbError> UserRepository::unlock(const QString& username, const QString& actor) const
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto updated =
        sql::exec(m_db, QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE username = ?"),
                  {normalizeUsername(username)});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return DbError{DbError::Kind::Query,
                       QCoreApplication::translate("Users", "There is no user named \"%1\".").arg(username)};
    auto audited = AuditLog(m_db).append(actor, QStringLiteral("user.unlocked"), normalizeUsername(username));
    if (!audited)
        return audited.error();
    return transaction.commit();
}

Status<QString> UserRepository::requireRole(const QString& username, Role needed, const QString& refusal) const
{
    auto user = find(username);
    if (!user)
        return user.error().message;
    if (!user->has_value() || !(*user)->active || !hasAtLeast((*user)->role, needed))
        return refusal;
    return {};
}

} // namespace paydesk
