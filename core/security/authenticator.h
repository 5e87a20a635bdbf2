#pragma once

#include "security/user_repository.h"
#include "util/clock.h"

namespace paydesk {

struct LockoutPolicy
{
    int maxFailures = 5;
    int lockMinutes = 15;

    static inline const QString kMaxFailuresKey = QStringLiteral("security.lockout.max_failures");
    static inline const QString kLockMinutesKey = QStringLiteral("security.lockout.minutes");
    // Reads the shared settings, falling back to the defaults above.
    static LockoutPolicy load(const Database& db);
};

struct LoginResult
{
    enum class Outcome { Success, WrongCredentials, Locked, Disabled, Error };
    Outcome outcome = Outcome::Error;
    std::optional<User> user;
    QDateTime lockedUntil;
    QString message; // for the person at the desk
};

// Checks a user name and password against the database, with lockout after repeated failures, and audits every
// attempt. It runs the deliberately slow password hash and touches the database, so the desk calls it on its
// DatabaseWorker thread, never on the GUI thread.
class Authenticator
{
  public:
    explicit Authenticator(Database db, const Clock& clock = Clock::system()) : m_db(std::move(db)), m_clock(&clock) {}

    LoginResult authenticate(const QString& username, const QString& password) const;

  private:
    struct Attempt
    {
        QString username;
        std::optional<User> user;
        std::optional<LoginResult> earlyResult; // set when no password check is needed (locked, disabled, error)
        QString hashToCheck;                    // a dummy for unknown users, so timing does not reveal who exists
    };
    Attempt prepare(const QString& username) const;
    LoginResult finish(const Attempt& attempt, bool passwordMatches) const;

    Database m_db;
    const Clock* m_clock;
};

} // namespace paydesk
