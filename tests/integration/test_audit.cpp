#include "scratch_database.h"
#include "security/audit_browser.h"
#include "security/audit_log.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QJsonObject>
#include <QTest>

using namespace paydesk;
using namespace paydesk::test;

namespace {

void appendSome(const AuditLog& audit, int count)
{
    for (int i = 1; i <= count; ++i) {
        const auto entry = audit.append(QStringLiteral("cashier1"), QStringLiteral("payment.succeeded"),
                                        QStringLiteral("INV-%1").arg(i),
                                        {{QStringLiteral("amount"), QStringLiteral("%1").arg(i * 1000)}});
        QVERIFY(entry.ok());
        QCOMPARE(entry->seq, qint64(i));
    }
}

// An attacker with write access to the database file can drop the guard; the chain must still tell.
void dropAppendOnlyGuard(const Database& db)
{
    if (db.dialect() == Database::Dialect::Sqlite) {
        QVERIFY(sql::exec(db, QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
        QVERIFY(sql::exec(db, QStringLiteral("DROP TRIGGER audit_log_no_delete")).ok());
    } else {
        QVERIFY(sql::exec(db, QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log")).ok());
    }
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

  private slots:
    void chainIsIntact_data() { addBackendRows(); }
    void chainIsIntact()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const AuditLog audit(scratch.db());
        appendSome(audit, 10);
        const auto report = audit.verify();
        QVERIFY(report.ok());
        QVERIFY(report->intact);
        QCOMPARE(report->rowsChecked, 10);
        const auto latest = audit.latest(3);
        QCOMPARE(latest->size(), 3);
        QCOMPARE(latest->first().seq, 10);
        QCOMPARE(latest->first().prevHash, latest->at(1).hash);
        QCOMPARE(AuditLog::computeHash(latest->first()), latest->first().hash);
    }

    void appendOnlyIsEnforced_data() { addBackendRows(); }
    void appendOnlyIsEnforced()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        appendSome(AuditLog(scratch.db()), 2);
        const auto update =
            sql::exec(scratch.db(), QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1"));
        QVERIFY(!update.ok());
        QVERIFY(update.error().message.contains(QStringLiteral("append-only")));
        QVERIFY(!sql::exec(scratch.db(), QStringLiteral("DELETE FROM audit_log WHERE seq = 2")).ok());
    }

    void tamperedRowIsFound_data() { addBackendRows(); }
    void tamperedRowIsFound()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const AuditLog audit(scratch.db());
        appendSome(audit, 6);
        dropAppendOnlyGuard(scratch.db());
        QVERIFY(
            sql::exec(scratch.db(), QStringLiteral("UPDATE audit_log SET details = '{\"amount\":\"1\"}' WHERE seq = 4"))
                .ok());
        const auto report = audit.verify();
        QVERIFY(!report->intact);
        QCOMPARE(report->firstBrokenSeq, 4);
        QVERIFY(report->reason.contains(QStringLiteral("changed")));
    }

    void rehashedRowBreaksTheNextLink_data() { addBackendRows(); }
    void rehashedRowBreaksTheNextLink()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const AuditLog audit(scratch.db());
        appendSome(audit, 5);
        dropAppendOnlyGuard(scratch.db());
        // A careful forger recomputes row 2's own hash; row 3 still points at the old one.
        AuditEntry forged = audit.latest(5)->at(3);
        QCOMPARE(forged.seq, 2);
        forged.actor = QStringLiteral("mallory");
        forged.hash = AuditLog::computeHash(forged);
        QVERIFY(sql::exec(scratch.db(), QStringLiteral("UPDATE audit_log SET actor = ?, hash = ? WHERE seq = 2"),
                          {forged.actor, forged.hash})
                    .ok());
        const auto report = audit.verify();
        QVERIFY(!report->intact);
        QCOMPARE(report->firstBrokenSeq, 3);
    }

    void deletedRowsAreFound_data() { addBackendRows(); }
    void deletedRowsAreFound()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const AuditLog audit(scratch.db());
        appendSome(audit, 5);
        dropAppendOnlyGuard(scratch.db());
        QVERIFY(sql::exec(scratch.db(), QStringLiteral("DELETE FROM audit_log WHERE seq = 3")).ok());
        QCOMPARE(audit.verify()->firstBrokenSeq, 3);

        ScratchDatabase tail(backend);
        QVERIFY(tail.migrate());
        const AuditLog tailAudit(tail.db());
        appendSome(tailAudit, 5);
        dropAppendOnlyGuard(tail.db());
        QVERIFY(sql::exec(tail.db(), QStringLiteral("DELETE FROM audit_log WHERE seq >= 4")).ok());
        const auto report = tailAudit.verify();
        QVERIFY(!report->intact);
        QCOMPARE(report->firstBrokenSeq, 4);
    }

    void appendJoinsCallersTransaction_data() { addBackendRows(); }
    void appendJoinsCallersTransaction()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const AuditLog audit(scratch.db());
        {
            Transaction transaction(scratch.db());
            QVERIFY(audit.append(QStringLiteral("a"), QStringLiteral("x.y"), QStringLiteral("s")).ok());
        } // rolled back: the audit row and the head go with it
        appendSome(audit, 1);
        QVERIFY(audit.verify()->intact);
    }

    // The viewer's query: supervisors and admins only, filtered by time, action (or its kind) and actor, newest
    // first, with the chain's verification, which tells when a row was changed behind the guard.
    void supervisorsBrowseTheLog_data() { addBackendRows(); }
    void supervisorsBrowseTheLog()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database& db = scratch.db();
        for (const auto& [name, role, active] : {std::tuple{"sup", "supervisor", true},
                                                 {"root", "admin", true},
                                                 {"cash", "cashier", true},
                                                 {"gone", "supervisor", false}})
            QVERIFY(sql::exec(db,
                              QStringLiteral("INSERT INTO users (username, display_name, role, password_hash, active, "
                                             "created_at) VALUES (?, ?, ?, 'x', ?, '2026-11-01T00:00:00.000Z')"),
                              {QString::fromLatin1(name), QString::fromLatin1(name), QString::fromLatin1(role),
                               QVariant(active)})
                        .ok());
        ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC));
        const AuditLog audit(db, clock);
        appendSome(audit, 3); // payment.succeeded by cashier1 at 08:00
        clock.advanceSeconds(3600);
        QVERIFY(audit.append(QStringLiteral("sup"), QStringLiteral("shift.signed"), QStringLiteral("shift:1")).ok());
        QVERIFY(audit.append(QStringLiteral("cash"), QStringLiteral("shift.opened"), QStringLiteral("shift:2")).ok());
        QVERIFY(audit.append(QStringLiteral("cash"), QStringLiteral("shifty.thing"), QStringLiteral("x")).ok());

        QVERIFY(!browseAudit(db, QStringLiteral("cash"), {}).ok());
        QVERIFY(!browseAudit(db, QStringLiteral("gone"), {}).ok());
        QVERIFY(!browseAudit(db, QStringLiteral("nobody"), {}).ok());
        auto all = browseAudit(db, QStringLiteral("root"), {});
        QVERIFY(all.ok());
        QCOMPARE(all->entries.size(), 6);
        QCOMPARE(all->entries.first().seq, qint64(6)); // newest first
        QVERIFY(all->verification.intact);
        QCOMPARE(all->verification.rowsChecked, qint64(6));
        QCOMPARE(all->actions, (QStringList{QStringLiteral("payment.succeeded"), QStringLiteral("shift.opened"),
                                            QStringLiteral("shift.signed"), QStringLiteral("shifty.thing")}));

        const auto seqs = [&db](const AuditFilter& filter, int limit = 100) {
            QList<qint64> found;
            auto view = browseAudit(db, QStringLiteral("sup"), filter, limit);
            for (const AuditEntry& entry : view->entries)
                found << entry.seq;
            return found;
        };
        QCOMPARE(seqs({{}, {}, QStringLiteral("shift."), {}}), (QList<qint64>{5, 4})); // not "shifty."
        QCOMPARE(seqs({{}, {}, QStringLiteral("shift.signed"), {}}), QList<qint64>{4});
        QCOMPARE(seqs({{}, {}, {}, QStringLiteral("cash")}), (QList<qint64>{6, 5}));
        QCOMPARE(seqs({{}, QDateTime(QDate(2026, 11, 20), QTime(8, 30), Qt::UTC), {}, {}}), (QList<qint64>{3, 2, 1}));
        QCOMPARE(seqs({QDateTime(QDate(2026, 11, 20), QTime(8, 30), Qt::UTC), {}, {}, {}}), (QList<qint64>{6, 5, 4}));
        auto limited = browseAudit(db, QStringLiteral("sup"), {}, 2);
        QVERIFY(limited->more);
        QCOMPARE(limited->entries.size(), 2);

        dropAppendOnlyGuard(db);
        QVERIFY(sql::exec(db, QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")).ok());
        auto tampered = browseAudit(db, QStringLiteral("sup"), {});
        QVERIFY(tampered.ok());
        QVERIFY(!tampered->verification.intact);
        QCOMPARE(tampered->verification.firstBrokenSeq, qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"
