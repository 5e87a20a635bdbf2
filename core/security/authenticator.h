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
// attempt. The work is split in three so a GUI can run the deliberately slow hash on a worker thread while the
// database is touched only from the thread that owns its connection:
//   prepare() (database)  ->  PasswordHasher::verify() (CPU, any thread)  ->  finish() (database)
class Authenticator
{
  public:
    explicit Authenticator(Database db, const Clock& clock = Clock::system()) : m_db(std::move(db)), m_clock(&clock) {}

    struct Attempt
    {
        QString username;
        std::optional<User> user;
        std::optional<LoginResult> earlyResult; // set when no password check is needed (locked, disabled, error)
        QString hashToCheck;                    // a dummy for unknown users, so timing does not reveal who exists
    };

    Attempt prepare(const QString& username) const;
    LoginResult finish(const Attempt& attempt, bool passwordMatches) const;
    // All three steps on the calling thread: for the command line and tests.
    LoginResult authenticate(const QString& username, const QString& password) const;

  private:
    Database m_db;
    const Clock* m_clock;
};

} // namespace paydesk
