#include "security/audit_log.h"

#include "storage/sql.h"
#include "storage/sql_where.h"
#include "storage/transaction.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace paydesk {

namespace {

// Each field is length-prefixed so that moving text from one field to the next changes the hash.
void addField(QCryptographicHash& hash, const QString& field)
{
    const QByteArray bytes = field.toUtf8();
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(bytes);
    hash.addData(QByteArrayView("\n"));
}

AuditEntry readEntry(const QSqlQuery& query)
{
    AuditEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.at = query.value(1).toString();
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.subject = query.value(4).toString();
    entry.details = query.value(5).toString();
    entry.prevHash = query.value(6).toString();
    entry.hash = query.value(7).toString();
    return entry;
}

const QString kColumns = QStringLiteral("seq, at, actor, action, subject, details, prev_hash, hash");

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::computeHash(const AuditEntry& entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, entry.prevHash);
    addField(hash, QString::number(entry.seq));
    addField(hash, entry.at);
    addField(hash, entry.actor);
    addField(hash, entry.action);
    addField(hash, entry.subject);
    addField(hash, entry.details);
    return QString::fromLatin1(hash.result().toHex());
}

Result<AuditEntry, DbError>
AuditLog::append(const QString& actor, const QString& action, const QString& subject, const QJsonObject& details) const
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const QString lockHead = m_db.dialect() == Database::Dialect::Postgres
                                 ? QStringLiteral("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                                 : QStringLiteral("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
    auto head = sql::exec(m_db, lockHead);
    if (!head)
        return head.error();
    if (!head->next())
        return DbError{DbError::Kind::Query, QStringLiteral("audit_head is missing")};

    AuditEntry entry;
    entry.seq = head->value(0).toLongLong() + 1;
    entry.prevHash = head->value(1).toString();
    head->finish();
    entry.at = sql::isoUtc(m_clock->nowUtc());
    entry.actor = actor;
    entry.action = action;
    entry.subject = subject;
    entry.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    entry.hash = computeHash(entry);

    auto inserted = sql::exec(
        m_db, QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
        {entry.seq, entry.at, entry.actor, entry.action, entry.subject, entry.details, entry.prevHash, entry.hash});
    if (!inserted)
        return inserted.error();
    auto moved = sql::exec(m_db, QStringLiteral("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1"),
                           {entry.seq, entry.hash});
    if (!moved)
        return moved.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCDebug(lcAudit) << entry.seq << entry.action << entry.subject;
    return entry;
}

Result<AuditLog::Verification, DbError> AuditLog::verify() const
{
    Verification report;
    auto rows = sql::exec(m_db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns));
    if (!rows)
        return rows.error();
    QString expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    auto broken = [&report](qint64 seq, const QString& reason) {
        report.intact = false;
        report.firstBrokenSeq = seq;
        report.reason = reason;
    };
    while (rows->next()) {
        const AuditEntry entry = readEntry(*rows);
        ++report.rowsChecked;
        if (entry.seq != expectedSeq) {
            broken(expectedSeq, QCoreApplication::translate("Audit", "row %1 is missing").arg(expectedSeq));
            return report;
        }
        if (entry.prevHash != expectedPrev) {
            broken(entry.seq,
                   QCoreApplication::translate("Audit", "row %1 does not follow the row before it").arg(entry.seq));
            return report;
        }
        if (computeHash(entry) != entry.hash) {
            broken(entry.seq,
                   QCoreApplication::translate("Audit", "row %1 was changed after it was written").arg(entry.seq));
            return report;
        }
        expectedPrev = entry.hash;
        ++expectedSeq;
    }
    rows->finish();
    // The head guards the end of the chain: deleting the newest rows leaves it pointing past them.
    auto head = sql::exec(m_db, QStringLiteral("SELECT last_seq, last_hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    if (head->next() && (head->value(0).toLongLong() != expectedSeq - 1 || head->value(1).toString() != expectedPrev)) {
        broken(expectedSeq,
               QCoreApplication::translate("Audit", "the newest rows after row %1 are missing").arg(expectedSeq - 1));
    }
    return report;
}

Result<QList<AuditEntry>, DbError> AuditLog::latest(int limit) const
{
    auto rows =
        sql::exec(m_db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq DESC LIMIT ?").arg(kColumns), {limit});
    if (!rows)
        return rows.error();
    QList<AuditEntry> entries;
    while (rows->next())
        entries << readEntry(*rows);
    return entries;
}

Result<QList<AuditEntry>, DbError> AuditLog::search(const AuditFilter& filter, int limit) const
{
    // `at` is the text that was hashed: UTC ISO-8601 with milliseconds, which sorts as time.
    sql::Where where;
    where.addIf(filter.from.isValid(), QStringLiteral("at >= ?"), {sql::isoUtc(filter.from)})
        .addIf(filter.until.isValid(), QStringLiteral("at < ?"), {sql::isoUtc(filter.until)});
    if (filter.action.endsWith(u'.')) // a prefix: from "shift." up to "shift/" ('/' follows '.'): the index serves it
        where.add(QStringLiteral("action >= ? AND action < ?"),
                  {filter.action, QString(filter.action.chopped(1) + u'/')});
    else
        where.equal(QStringLiteral("action"), filter.action);
    where.equal(QStringLiteral("actor"), filter.actor);
    auto rows = sql::all(
        m_db, QStringLiteral("SELECT %1 FROM audit_log%2 ORDER BY seq DESC LIMIT ?").arg(kColumns, where.sql()),
        where.params + QVariantList{limit}, readEntry);
    if (!rows)
        return rows.error();
    return *rows;
}

} // namespace paydesk
