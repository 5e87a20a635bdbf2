#include "scratch_database.h"
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
};

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"
