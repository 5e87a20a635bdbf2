#include "shifts/shift_book.h"

#include "billing/series_counter.h"
#include "security/audit_log.h"
#include "security/user_repository.h"
#include "shifts/shift_figures.h"
#include "storage/sql.h"
#include "storage/sql_where.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace paydesk::shifts {

namespace {

const QString kColumns = QStringLiteral(
    "id, desk, cashier, currency, state, opened_at, opening_count, opening_float, closed_at, closed_by, "
    "closing_count, counted_cash, expected_cash, variance, variance_reason, report, z_number, signed_by, signed_at, "
    "sign_off_note, report_hash");

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Shift readShift(const QSqlQuery& q)
{
    Shift s;
    s.id = q.value(0).toLongLong();
    s.desk = q.value(1).toString();
    s.cashier = q.value(2).toString();
    s.currency = Currency::fromCode(q.value(3).toString()).value_or(Currency());
    s.state = shiftStateFromName(q.value(4).toString()).value_or(ShiftState::Open);
    s.openedAt = sql::readTime(q.value(5));
    s.openingCount = CashCount::fromJson(parseObject(q.value(6).toString())).valueOr(CashCount(s.currency));
    s.openingFloat = Money::fromMinor(q.value(7).toLongLong(), s.currency);
    if (s.state == ShiftState::Open)
        return s;
    s.closedAt = sql::readTime(q.value(8));
    s.closedBy = q.value(9).toString();
    s.closingCount = CashCount::fromJson(parseObject(q.value(10).toString())).valueOr(CashCount(s.currency));
    s.countedCash = Money::fromMinor(q.value(11).toLongLong(), s.currency);
    s.expectedCash = Money::fromMinor(q.value(12).toLongLong(), s.currency);
    s.variance = Money::fromMinor(q.value(13).toLongLong(), s.currency);
    s.varianceReason = q.value(14).toString();
    if (auto figures = ShiftFigures::fromJson(parseObject(q.value(15).toString())))
        s.figures = *figures;
    s.zNumber = q.value(16).toLongLong();
    s.signedBy = q.value(17).toString();
    s.signedAt = sql::readTime(q.value(18));
    s.signOffNote = q.value(19).toString();
    s.reportHash = q.value(20).toString();
    return s;
}

// The acting user as the database knows them now: a role or an active flag in a stale session does not count.
Result<User, QString> activeUser(const Database& db, const QString& username)
{
    auto user = UserRepository(db).find(username);
    if (!user)
        return user.error().message;
    if (!user->has_value())
        return QCoreApplication::translate("Shifts", "There is no user \"%1\".").arg(username);
    if (!(*user)->active)
        return QCoreApplication::translate("Shifts", "%1's account is disabled.").arg(username);
    return **user;
}

bool isSupervisor(const User& user)
{
    return hasAtLeast(user.role, Role::Supervisor);
}

Status<QString> mayRead(const User& viewer, const Shift& shift)
{
    if (isSupervisor(viewer) || shift.cashier == viewer.username)
        return {};
    return QCoreApplication::translate("Shifts", "Cashiers see only their own shifts.");
}

} // namespace

ShiftBook::ShiftBook(Database db, const Clock& clock) : m_db(std::move(db)), m_clock(&clock) {}

namespace {

Result<std::optional<Shift>, DbError> findShift(const Database& db, qint64 id, bool forUpdate)
{
    const bool lock = forUpdate && db.dialect() == Database::Dialect::Postgres;
    return sql::one(db,
                    QStringLiteral("SELECT %1 FROM shifts WHERE id = ?%2")
                        .arg(kColumns, lock ? QStringLiteral(" FOR UPDATE") : QString()),
                    {id}, readShift);
}

// The shift, or why it cannot be had.
Result<Shift, QString> existingShift(const Database& db, qint64 id, bool forUpdate)
{
    auto found = findShift(db, id, forUpdate);
    if (!found)
        return found.error().message;
    if (!found->has_value())
        return QCoreApplication::translate("Shifts", "Shift %1 does not exist.").arg(id);
    return **found;
}

Result<std::optional<Shift>, DbError> openShiftWhere(const Database& db, const QString& column, const QString& value)
{
    return sql::one(db, QStringLiteral("SELECT %1 FROM shifts WHERE %2 = ? AND state = 'open'").arg(kColumns, column),
                    {value}, readShift);
}

} // namespace

Result<Shift, QString> ShiftBook::open(const QString& actor, const QString& desk, const CashCount& openingFloat) const
{
    if (desk.trimmed().isEmpty())
        return QCoreApplication::translate("Shifts",
                                           "This desk has no name: set one in Settings before opening a shift.");
    auto total = openingFloat.total();
    if (!total)
        return describe(total.error());
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    auto user = activeUser(m_db, actor);
    if (!user)
        return user.error();
    auto mine = openShiftWhere(m_db, QStringLiteral("cashier"), user->username);
    if (!mine)
        return mine.error().message;
    if (mine->has_value())
        return QCoreApplication::translate("Shifts", "You already have a shift open at %1: close it first.")
            .arg((*mine)->desk);
    auto desks = openShiftWhere(m_db, QStringLiteral("desk"), desk);
    if (!desks)
        return desks.error().message;
    if (desks->has_value())
        return QCoreApplication::translate("Shifts", "%1 already has a shift open for %2: it must be closed first.")
            .arg(desk, (*desks)->cashier);
    const QDateTime now = m_clock->nowUtc();
    auto inserted = sql::exec(m_db,
                              QStringLiteral("INSERT INTO shifts (desk, cashier, currency, state, opened_at, "
                                             "opening_count, opening_float) VALUES (?, ?, ?, 'open', ?, ?, ?) "
                                             "RETURNING id"),
                              {desk, user->username, total->currency().code(), sql::timeValue(now),
                               compact(openingFloat.toJson()), total->minorUnits()});
    if (!inserted)
        // Another desk or session opened one between the checks above and this insert: the unique indexes held.
        return inserted.error().kind == DbError::Kind::Constraint
                   ? QCoreApplication::translate("Shifts", "A shift was opened for you or this desk a moment ago.")
                   : inserted.error().message;
    if (!inserted->next())
        return QCoreApplication::translate("Shifts", "The new shift's number was not returned.");
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    if (auto audited = AuditLog(m_db, *m_clock)
                           .append(user->username, QStringLiteral("shift.opened"), QStringLiteral("shift:%1").arg(id),
                                   {{QStringLiteral("desk"), desk},
                                    {QStringLiteral("opening_float"), total->toPlainString()},
                                    {QStringLiteral("currency"), total->currency().code()},
                                    {QStringLiteral("count"), openingFloat.toJson()}});
        !audited)
        return audited.error().message;
    return commitAndReadBack(
        tx, [&] { return findShift(m_db, id, false); },
        QCoreApplication::translate("Shifts", "The new shift could not be read."));
}

Result<std::optional<Shift>, QString> ShiftBook::current(const QString& actor) const
{
    auto found = openShiftWhere(m_db, QStringLiteral("cashier"), actor);
    if (!found)
        return found.error().message;
    return *found;
}

Result<Shift, QString> ShiftBook::find(const QString& viewer, qint64 shiftId) const
{
    auto user = activeUser(m_db, viewer);
    if (!user)
        return user.error();
    auto found = existingShift(m_db, shiftId, false);
    if (!found)
        return found.error();
    if (auto ok = mayRead(*user, *found); !ok)
        return ok.error();
    return *found;
}

Result<QList<Shift>, QString> ShiftBook::list(const QString& viewer, const ShiftFilter& filter, int limit) const
{
    auto user = activeUser(m_db, viewer);
    if (!user)
        return user.error();
    const QString cashier = isSupervisor(*user) ? filter.cashier : user->username;
    sql::Where where;
    where.addIf(filter.from.isValid(), QStringLiteral("opened_at >= ?"), {sql::timeValue(filter.from)})
        .addIf(filter.until.isValid(), QStringLiteral("opened_at < ?"), {sql::timeValue(filter.until)})
        .equal(QStringLiteral("desk"), filter.desk)
        .equal(QStringLiteral("cashier"), cashier)
        .addIf(filter.state.has_value(), QStringLiteral("state = ?"),
               {filter.state ? shiftStateName(*filter.state) : QString()});
    auto rows = sql::all(
        m_db,
        QStringLiteral("SELECT %1 FROM shifts%2 ORDER BY opened_at DESC, id DESC LIMIT ?").arg(kColumns, where.sql()),
        where.params + QVariantList{limit}, readShift);
    if (!rows)
        return rows.error().message;
    return *rows;
}

Result<ShiftFigures, QString> ShiftBook::figures(const QString& viewer, qint64 shiftId) const
{
    auto shift = find(viewer, shiftId);
    if (!shift)
        return shift.error();
    if (shift->figures)
        return *shift->figures;
    auto figures = readShiftFigures(m_db, shift->desk, shift->cashier, shift->currency, shift->openedAt,
                                    m_clock->nowUtc().addMSecs(1), shift->openingFloat.minorUnits());
    if (!figures)
        return figures.error().message;
    return *figures;
}

Result<Shift, CloseRefusal>
ShiftBook::close(const QString& actor, qint64 shiftId, const CashCount& counted, const QString& varianceReason) const
{
    const auto refuse = [](const QString& message) { return CloseRefusal{message, false, {}}; };
    auto total = counted.total();
    if (!total)
        return refuse(describe(total.error()));
    Transaction tx(m_db);
    if (!tx.isActive())
        return refuse(tx.error().message);
    auto user = activeUser(m_db, actor);
    if (!user)
        return refuse(user.error());
    auto found = existingShift(m_db, shiftId, true);
    if (!found)
        return refuse(found.error());
    const Shift shift = *found;
    if (shift.state != ShiftState::Open)
        return refuse(QCoreApplication::translate("Shifts", "This shift was already closed at %1.")
                          .arg(QLocale().toString(shift.closedAt.toLocalTime(), QLocale::ShortFormat)));
    if (shift.cashier != user->username && !isSupervisor(*user))
        return refuse(
            QCoreApplication::translate("Shifts", "Only %1 or a supervisor can close this shift.").arg(shift.cashier));
    if (!(total->currency() == shift.currency))
        return refuse(
            QCoreApplication::translate("Shifts", "This shift's drawer is counted in %1.").arg(shift.currency.code()));

    // The close is the shift's last moment: everything up to and including it belongs to this shift.
    const QDateTime now = m_clock->nowUtc();
    auto figures = readShiftFigures(m_db, shift.desk, shift.cashier, shift.currency, shift.openedAt, now.addMSecs(1),
                                    shift.openingFloat.minorUnits());
    if (!figures)
        return refuse(figures.error().message);
    const Money expected = Money::fromMinor(figures->expectedCash, shift.currency);
    auto variance = total->minus(expected);
    if (!variance)
        return refuse(describe(variance.error()));
    const QString reason = varianceReason.trimmed();
    if (!variance->isZero() && reason.isEmpty()) {
        const QString amount = Money::fromMinor(std::abs(variance->minorUnits()), shift.currency).format();
        return CloseRefusal{
            variance->isNegative()
                ? QCoreApplication::translate(
                      "Shifts", "The count is %1 short of the %2 the drawer should hold. Count again, or say why.")
                      .arg(amount, expected.format())
                : QCoreApplication::translate(
                      "Shifts", "The count is %1 over the %2 the drawer should hold. Count again, or say why.")
                      .arg(amount, expected.format()),
            true, *variance};
    }
    auto updated = sql::exec(m_db,
                             QStringLiteral("UPDATE shifts SET state = 'closed', closed_at = ?, closed_by = ?, "
                                            "closing_count = ?, counted_cash = ?, expected_cash = ?, variance = ?, "
                                            "variance_reason = ?, report = ? WHERE id = ? AND state = 'open'"),
                             {sql::timeValue(now), user->username, compact(counted.toJson()), total->minorUnits(),
                              expected.minorUnits(), variance->minorUnits(), sql::text(reason),
                              compact(figures->toJson()), shift.id});
    if (!updated)
        return refuse(updated.error().message);
    if (updated->numRowsAffected() != 1)
        return refuse(QCoreApplication::translate("Shifts", "Someone else closed this shift a moment ago."));
    updated->finish();
    if (auto audited =
            AuditLog(m_db, *m_clock)
                .append(user->username, QStringLiteral("shift.closed"), QStringLiteral("shift:%1").arg(shift.id),
                        {{QStringLiteral("cashier"), shift.cashier},
                         {QStringLiteral("desk"), shift.desk},
                         {QStringLiteral("expected_cash"), expected.toPlainString()},
                         {QStringLiteral("counted_cash"), total->toPlainString()},
                         {QStringLiteral("variance"), variance->toPlainString()},
                         {QStringLiteral("reason"), reason},
                         {QStringLiteral("count"), counted.toJson()}});
        !audited)
        return refuse(audited.error().message);
    auto closed = commitAndReadBack(
        tx, [&] { return findShift(m_db, shift.id, false); },
        QCoreApplication::translate("Shifts", "The closed shift could not be read."));
    if (!closed)
        return refuse(closed.error());
    return *closed;
}

Result<Shift, QString> ShiftBook::signOff(const QString& actor, qint64 shiftId, const QString& note) const
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error().message;
    auto user = activeUser(m_db, actor);
    if (!user)
        return user.error();
    if (!isSupervisor(*user))
        return QCoreApplication::translate("Shifts", "Shift reports are signed off by a supervisor or an admin.");
    auto found = existingShift(m_db, shiftId, true);
    if (!found)
        return found.error();
    Shift shift = *found;
    if (shift.state == ShiftState::Open)
        return QCoreApplication::translate("Shifts", "This shift is still open: it is signed off after its close.");
    if (shift.state == ShiftState::Signed)
        return QCoreApplication::translate("Shifts", "This shift was already signed off as %1 by %2.")
            .arg(shift.zLabel(), shift.signedBy);
    if (shift.cashier == user->username || shift.closedBy == user->username)
        return QCoreApplication::translate("Shifts",
                                           "A shift you worked or closed is signed off by another supervisor.");
    auto number = nextInSeries(m_db, QStringLiteral("z_reports"));
    if (!number)
        return number.error().message;
    shift.state = ShiftState::Signed;
    shift.zNumber = *number;
    shift.signedBy = user->username;
    // Stored and hashed at the database's millisecond precision, so that the hash reads back the same.
    shift.signedAt = sql::readTime(sql::timeValue(m_clock->nowUtc()));
    shift.signOffNote = note.trimmed();
    shift.reportHash =
        QString::fromLatin1(QCryptographicHash::hash(canonicalReport(shift), QCryptographicHash::Sha256).toHex());
    auto updated = sql::exec(m_db,
                             QStringLiteral("UPDATE shifts SET state = 'signed', z_number = ?, signed_by = ?, "
                                            "signed_at = ?, sign_off_note = ?, report_hash = ? WHERE id = ? AND "
                                            "state = 'closed'"),
                             {shift.zNumber, shift.signedBy, sql::timeValue(shift.signedAt),
                              sql::text(shift.signOffNote), shift.reportHash, shift.id});
    if (!updated)
        return updated.error().message;
    if (updated->numRowsAffected() != 1)
        return QCoreApplication::translate("Shifts", "Someone else signed this shift off a moment ago.");
    updated->finish();
    if (auto audited =
            AuditLog(m_db, *m_clock)
                .append(user->username, QStringLiteral("shift.signed"), QStringLiteral("shift:%1").arg(shift.id),
                        {{QStringLiteral("z_number"), shift.zNumber},
                         {QStringLiteral("cashier"), shift.cashier},
                         {QStringLiteral("variance"), shift.variance.toPlainString()},
                         {QStringLiteral("report_hash"), shift.reportHash},
                         {QStringLiteral("note"), shift.signOffNote}});
        !audited)
        return audited.error().message;
    return commitAndReadBack(
        tx, [&] { return findShift(m_db, shift.id, false); },
        QCoreApplication::translate("Shifts", "The signed shift could not be read."));
}

QByteArray ShiftBook::canonicalReport(const Shift& shift)
{
    // QJsonObject keeps its keys sorted, so the same shift always gives the same bytes.
    const QJsonObject report{{QStringLiteral("shift"), QString::number(shift.id)},
                             {QStringLiteral("z_number"), QString::number(shift.zNumber)},
                             {QStringLiteral("desk"), shift.desk},
                             {QStringLiteral("cashier"), shift.cashier},
                             {QStringLiteral("currency"), shift.currency.code()},
                             {QStringLiteral("opened_at"), sql::isoUtc(shift.openedAt)},
                             {QStringLiteral("opening_count"), shift.openingCount.toJson()},
                             {QStringLiteral("opening_float"), QString::number(shift.openingFloat.minorUnits())},
                             {QStringLiteral("closed_at"), sql::isoUtc(shift.closedAt)},
                             {QStringLiteral("closed_by"), shift.closedBy},
                             {QStringLiteral("closing_count"), shift.closingCount.toJson()},
                             {QStringLiteral("counted_cash"), QString::number(shift.countedCash.minorUnits())},
                             {QStringLiteral("expected_cash"), QString::number(shift.expectedCash.minorUnits())},
                             {QStringLiteral("variance"), QString::number(shift.variance.minorUnits())},
                             {QStringLiteral("variance_reason"), shift.varianceReason},
                             {QStringLiteral("figures"), shift.figures ? shift.figures->toJson() : QJsonObject()},
                             {QStringLiteral("signed_by"), shift.signedBy},
                             {QStringLiteral("signed_at"), sql::isoUtc(shift.signedAt)},
                             {QStringLiteral("sign_off_note"), shift.signOffNote}};
    return QJsonDocument(report).toJson(QJsonDocument::Compact);
}

} // namespace paydesk::shifts
