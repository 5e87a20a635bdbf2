#include "security/authenticator.h"

#include "security/audit_log.h"
#include "security/password_hasher.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>

namespace paydesk {

namespace {

const QString& dummyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("not a real password"));
    return hash;
}

LoginResult failure(LoginResult::Outcome outcome, const QString& message)
{
    LoginResult result;
    result.outcome = outcome;
    result.message = message;
    return result;
}

QString wrongCredentials()
{
    return QCoreApplication::translate("Login", "Wrong user name or password.");
}

QString lockedMessage(const QDateTime& until)
{
    return QCoreApplication::translate("Login", "This account is locked after too many failed logins until %1. "
                                                "A supervisor or admin can unlock it.")
        .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat));
}

} // namespace

LockoutPolicy LockoutPolicy::load(const Database& db)
{
    const SettingsRepository settings(db);
    LockoutPolicy policy;
    policy.maxFailures = qMax(1, settings.intOr(kMaxFailuresKey, policy.maxFailures));
    policy.lockMinutes = qMax(1, settings.intOr(kLockMinutesKey, policy.lockMinutes));
    return policy;
}

Authenticator::Attempt Authenticator::prepare(const QString& username) const
{
    Attempt attempt;
    attempt.username = UserRepository::normalizeUsername(username);
    attempt.hashToCheck = dummyHash();
    auto found = UserRepository(m_db).find(attempt.username);
    if (!found) {
        attempt.earlyResult = failure(LoginResult::Outcome::Error, found.error().message);
        return attempt;
    }
    attempt.user = *found;
    if (!attempt.user)
        return attempt;
    const User& user = *attempt.user;
    if (!user.active) {
        attempt.earlyResult =
            failure(LoginResult::Outcome::Disabled, QCoreApplication::translate("Login", "This account is disabled."));
    } else if (user.lockedUntil.isValid() && user.lockedUntil > m_clock->nowUtc()) {
        attempt.earlyResult = failure(LoginResult::Outcome::Locked, lockedMessage(user.lockedUntil));
        attempt.earlyResult->lockedUntil = user.lockedUntil;
    } else {
        attempt.hashToCheck = user.passwordHash;
    }
    return attempt;
}

LoginResult Authenticator::finish(const Attempt& attempt, bool passwordMatches) const
{
    const AuditLog audit(m_db, *m_clock);
    const QDateTime now = m_clock->nowUtc();
    if (attempt.earlyResult) {
        if (attempt.earlyResult->outcome != LoginResult::Outcome::Error)
            (void)audit.append(attempt.username, QStringLiteral("login.refused"), attempt.username,
                               {{QStringLiteral("reason"), attempt.earlyResult->message}});
        return *attempt.earlyResult;
    }
    if (!attempt.user) {
        // What was typed is not stored as is: people sometimes type their password into the user name field.
        // A short digest still shows repeated guesses at the same name.
        const QString digest = QString::fromLatin1(
            QCryptographicHash::hash(attempt.username.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
        (void)audit.append(
            QStringLiteral("unknown"), QStringLiteral("login.failed"), QStringLiteral("unknown user"),
            {{QStringLiteral("reason"), QStringLiteral("unknown user")}, {QStringLiteral("name_digest"), digest}});
        return failure(LoginResult::Outcome::WrongCredentials, wrongCredentials());
    }

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failure(LoginResult::Outcome::Error, transaction.error().message);
    const User& user = *attempt.user;

    if (passwordMatches) {
        auto updated = sql::exec(m_db,
                                 QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL, "
                                                "last_login_at = ? WHERE id = ?"),
                                 {sql::timeValue(now), user.id});
        auto audited = audit.append(user.username, QStringLiteral("login.succeeded"), user.username);
        if (!updated || !audited || !transaction.commit())
            return failure(LoginResult::Outcome::Error,
                           QCoreApplication::translate("Login", "The login could not be recorded in the database."));
        LoginResult result;
        result.outcome = LoginResult::Outcome::Success;
        result.user = user;
        result.user->lastLoginAt = now;
        qCInfo(lcSecurity) << "login" << user.username;
        return result;
    }

    const LockoutPolicy policy = LockoutPolicy::load(m_db);
    // Count in the database, not from what we read earlier, so that two desks failing at once both count.
    auto counted = sql::exec(m_db,
                             QStringLiteral("UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ? "
                                            "RETURNING failed_logins"),
                             {user.id});
    if (!counted || !counted->next())
        return failure(LoginResult::Outcome::Error, counted ? QString() : counted.error().message);
    const int failures = counted->value(0).toInt();
    counted->finish();
    (void)audit.append(
        user.username, QStringLiteral("login.failed"), user.username,
        {{QStringLiteral("reason"), QStringLiteral("wrong password")}, {QStringLiteral("failures"), failures}});
    LoginResult result = failure(LoginResult::Outcome::WrongCredentials, wrongCredentials());
    if (failures >= policy.maxFailures) {
        const QDateTime until = now.addSecs(qint64(policy.lockMinutes) * 60);
        (void)sql::exec(m_db, QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = ? WHERE id = ?"),
                        {sql::timeValue(until), user.id});
        (void)audit.append(QStringLiteral("system"), QStringLiteral("user.locked"), user.username,
                           {{QStringLiteral("until"), sql::isoUtc(until)}, {QStringLiteral("failures"), failures}});
        result = failure(LoginResult::Outcome::Locked, lockedMessage(until));
        result.lockedUntil = until;
        qCWarning(lcSecurity) << "account locked after" << failures << "failed logins:" << user.username;
    }
    if (auto committed = transaction.commit(); !committed)
        return failure(LoginResult::Outcome::Error, committed.error().message);
    return result;
}

LoginResult Authenticator::authenticate(const QString& username, const QString& password) const
{
    const Attempt attempt = prepare(username);
    const bool matches = PasswordHasher::verify(password, attempt.hashToCheck) && attempt.user.has_value();
    return finish(attempt, matches);
}

} // namespace paydesk
