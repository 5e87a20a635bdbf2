#include "scratch_database.h"
#include "security/audit_log.h"
#include "security/authenticator.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"

#include <QTest>

using namespace paydesk;
using namespace paydesk::test;

namespace {

QStringList auditActions(const Database& db)
{
    QStringList actions;
    auto query = sql::exec(db, QStringLiteral("SELECT action FROM audit_log ORDER BY seq"));
    while (query && query->next())
        actions << query->value(0).toString();
    return actions;
}

const QString kPassword = QStringLiteral("s3cure-pass");

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

  private slots:
    void createAndFind_data() { addBackendRows(); }
    void createAndFind()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const UserRepository users(scratch.db());
        QCOMPARE(*users.count(), 0);
        const auto created =
            users.create({QStringLiteral(" Ada.Obi "), QStringLiteral("Ada Obi"), Role::Supervisor, kPassword},
                         QStringLiteral("setup"));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QCOMPARE(created->username, QStringLiteral("ada.obi"));
        QVERIFY(created->id > 0);
        QCOMPARE(created->role, Role::Supervisor);
        QVERIFY(!created->passwordHash.contains(kPassword));
        const auto found = users.find(QStringLiteral("ADA.OBI"));
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->displayName, QStringLiteral("Ada Obi"));
        QVERIFY(!users.find(QStringLiteral("nobody"))->has_value());
        QCOMPARE(users.list()->size(), 1);
        QCOMPARE(auditActions(scratch.db()), QStringList{QStringLiteral("user.created")});
    }

    void duplicateAndInvalidUsersAreRefused_data() { addBackendRows(); }
    void duplicateAndInvalidUsersAreRefused()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const UserRepository users(scratch.db());
        QVERIFY(
            users
                .create({QStringLiteral("bola"), QStringLiteral("Bola"), Role::Cashier, kPassword}, QStringLiteral("t"))
                .ok());
        const auto duplicate = users.create(
            {QStringLiteral("BOLA"), QStringLiteral("Bola 2"), Role::Cashier, kPassword}, QStringLiteral("t"));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().kind, DbError::Kind::Constraint);
        QVERIFY(duplicate.error().message.contains(QStringLiteral("already exists")));
        QVERIFY(
            !users.create({QStringLiteral("x y"), QStringLiteral("X"), Role::Cashier, kPassword}, QStringLiteral("t"))
                 .ok());
        QVERIFY(!users
                     .create({QStringLiteral("short"), QStringLiteral("S"), Role::Cashier, QStringLiteral("1234567")},
                             QStringLiteral("t"))
                     .ok());
        QVERIFY(!users
                     .create({QStringLiteral("noname"), QStringLiteral("  "), Role::Cashier, kPassword},
                             QStringLiteral("t"))
                     .ok());
        QCOMPARE(*users.count(), 1);
    }

    void loginSucceedsAndFails_data() { addBackendRows(); }
    void loginSucceedsAndFails()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        QVERIFY(UserRepository(scratch.db())
                    .create({QStringLiteral("chidi"), QStringLiteral("Chidi"), Role::Cashier, kPassword},
                            QStringLiteral("t"))
                    .ok());
        const Authenticator auth(scratch.db());
        const LoginResult ok = auth.authenticate(QStringLiteral("Chidi"), kPassword);
        QCOMPARE(ok.outcome, LoginResult::Outcome::Success);
        QCOMPARE(ok.user->username, QStringLiteral("chidi"));
        QVERIFY(ok.user->lastLoginAt.isValid());

        const LoginResult wrong = auth.authenticate(QStringLiteral("chidi"), QStringLiteral("wrong-password"));
        QCOMPARE(wrong.outcome, LoginResult::Outcome::WrongCredentials);
        QCOMPARE(wrong.message, QStringLiteral("Wrong user name or password."));
        const LoginResult unknown = auth.authenticate(QStringLiteral("nobody"), kPassword);
        QCOMPARE(unknown.outcome, LoginResult::Outcome::WrongCredentials);
        QCOMPARE(unknown.message, wrong.message); // the same words: no hint which users exist
        QCOMPARE(auditActions(scratch.db()),
                 (QStringList{QStringLiteral("user.created"), QStringLiteral("login.succeeded"),
                              QStringLiteral("login.failed"), QStringLiteral("login.failed")}));
    }

    void fiveFailuresLockForFifteenMinutes_data() { addBackendRows(); }
    void fiveFailuresLockForFifteenMinutes()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        QVERIFY(
            UserRepository(scratch.db())
                .create({QStringLiteral("dayo"), QStringLiteral("Dayo"), Role::Cashier, kPassword}, QStringLiteral("t"))
                .ok());
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
        const Authenticator auth(scratch.db(), clock);
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(auth.authenticate(QStringLiteral("dayo"), QStringLiteral("guess-%1").arg(i)).outcome,
                     LoginResult::Outcome::WrongCredentials);
        const LoginResult fifth = auth.authenticate(QStringLiteral("dayo"), QStringLiteral("guess-5"));
        QCOMPARE(fifth.outcome, LoginResult::Outcome::Locked);
        QCOMPARE(fifth.lockedUntil, clock.nowUtc().addSecs(15 * 60));
        QVERIFY(fifth.message.contains(QStringLiteral("locked")));

        // Even the right password is refused while locked.
        clock.advanceSeconds(14 * 60);
        QCOMPARE(auth.authenticate(QStringLiteral("dayo"), kPassword).outcome, LoginResult::Outcome::Locked);
        clock.advanceSeconds(61);
        QCOMPARE(auth.authenticate(QStringLiteral("dayo"), kPassword).outcome, LoginResult::Outcome::Success);

        const QStringList actions = auditActions(scratch.db());
        QCOMPARE(actions.count(QStringLiteral("login.failed")), 5);
        QCOMPARE(actions.count(QStringLiteral("user.locked")), 1);
        QCOMPARE(actions.count(QStringLiteral("login.refused")), 1);
        QCOMPARE(actions.last(), QStringLiteral("login.succeeded"));
        QVERIFY(AuditLog(scratch.db()).verify()->intact);
    }

    void lockoutPolicyIsConfigurable_data() { addBackendRows(); }
    void lockoutPolicyIsConfigurable()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const SettingsRepository settings(scratch.db());
        QVERIFY(settings.setValue(LockoutPolicy::kMaxFailuresKey, QStringLiteral("2"), QStringLiteral("admin")).ok());
        QVERIFY(settings.setValue(LockoutPolicy::kLockMinutesKey, QStringLiteral("60"), QStringLiteral("admin")).ok());
        QVERIFY(UserRepository(scratch.db())
                    .create({QStringLiteral("emeka"), QStringLiteral("Emeka"), Role::Cashier, kPassword},
                            QStringLiteral("t"))
                    .ok());
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
        const Authenticator auth(scratch.db(), clock);
        QCOMPARE(auth.authenticate(QStringLiteral("emeka"), QStringLiteral("nope-1")).outcome,
                 LoginResult::Outcome::WrongCredentials);
        const LoginResult second = auth.authenticate(QStringLiteral("emeka"), QStringLiteral("nope-2"));
        QCOMPARE(second.outcome, LoginResult::Outcome::Locked);
        QCOMPARE(second.lockedUntil, clock.nowUtc().addSecs(3600));

        // An admin can unlock before the time is up.
        QVERIFY(UserRepository(scratch.db()).unlock(QStringLiteral("emeka"), QStringLiteral("admin")).ok());
        QCOMPARE(auth.authenticate(QStringLiteral("emeka"), kPassword).outcome, LoginResult::Outcome::Success);
        QVERIFY(!UserRepository(scratch.db()).unlock(QStringLiteral("ghost"), QStringLiteral("admin")).ok());
    }

    void disabledAccountIsRefused_data() { addBackendRows(); }
    void disabledAccountIsRefused()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        QVERIFY(
            UserRepository(scratch.db())
                .create({QStringLiteral("femi"), QStringLiteral("Femi"), Role::Cashier, kPassword}, QStringLiteral("t"))
                .ok());
        QVERIFY(sql::exec(scratch.db(), QStringLiteral("UPDATE users SET active = ? WHERE username = 'femi'"), {false})
                    .ok());
        QCOMPARE(Authenticator(scratch.db()).authenticate(QStringLiteral("femi"), kPassword).outcome,
                 LoginResult::Outcome::Disabled);
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "test_users.moc"
