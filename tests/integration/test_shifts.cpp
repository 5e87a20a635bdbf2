// Shifts on both databases: a shift's figures computed by ShiftBook and again here from the rows, the blind count
// and its variance, the Z report's numbering, hash and immutability, the audit trail, and who may do what.
#include "money/cash_count.h"
#include "scratch_database.h"
#include "security/audit_log.h"
#include "shifts/shift_book.h"
#include "shifts/shift_report.h"
#include "stats/history_generator.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QTest>

using namespace paydesk;
using namespace paydesk::shifts;
using namespace paydesk::test;

namespace {

const QDateTime kStart(QDate(2026, 11, 10), QTime(6, 0), Qt::UTC);
const QDateTime kEnd(QDate(2026, 11, 12), QTime(18, 0), Qt::UTC);

void addUser(const Database& db, const QString& name, const QString& role, bool active = true)
{
    auto added = sql::exec(db,
                           QStringLiteral("INSERT INTO users (username, display_name, role, password_hash, active, "
                                          "created_at) VALUES (?, ?, ?, 'not-a-hash', ?, ?)"),
                           {name, name, role, QVariant(active), sql::timeValue(kStart)});
    QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
}

CashCount count(std::initializer_list<std::pair<qint64, int>> pieces)
{
    CashCount drawer(Currency::ngn());
    for (const auto& [denomination, n] : pieces)
        if (!drawer.set(denomination, n))
            qFatal("bad test count");
    return drawer;
}

// The history's rows read back and filtered in C++: nothing shared with readShiftFigures but the rules.
ShiftFigures recount(const Database& db,
                     const QString& desk,
                     const QString& cashier,
                     QDateTime from,
                     QDateTime until,
                     qint64 openingFloat)
{
    ShiftFigures f;
    f.currency = Currency::ngn();
    f.openingFloat = openingFloat;
    const auto inShift = [&](const QVariant& time) {
        const QDateTime t = sql::readTime(time);
        return t >= from && t < until;
    };
    const auto add = [](Tally& tally, qint64 amount) {
        tally.count += 1;
        tally.amount += amount;
    };
    auto payments = sql::exec(db, QStringLiteral("SELECT p.cashier, p.desk, p.currency, p.paid_at, p.method, p.amount, "
                                                 "a.terminal_id FROM payments p JOIN payment_attempts a ON a.id = "
                                                 "p.attempt_id"));
    while (payments && payments->next()) {
        if (payments->value(0).toString() != cashier || payments->value(1).toString() != desk ||
            payments->value(2).toString() != u"NGN" || !inShift(payments->value(3)))
            continue;
        const QString method = payments->value(4).toString();
        add(f.byMethod[method], payments->value(5).toLongLong());
        if (method == u"terminal")
            add(f.byTerminal[payments->value(6).toString()], payments->value(5).toLongLong());
    }
    f.cashPayments = f.byMethod.value(QStringLiteral("cash"));
    auto refunds = sql::exec(db, QStringLiteral("SELECT r.requested_by, r.created_at, r.state, r.amount, p.method FROM "
                                                "refunds r JOIN payments p ON p.id = r.payment_id"));
    while (refunds && refunds->next()) {
        if (refunds->value(0).toString() != cashier || !inShift(refunds->value(1)))
            continue;
        const QString state = refunds->value(2).toString();
        const qint64 amount = refunds->value(3).toLongLong();
        if (state == u"processed") {
            add(f.refundsProcessed, amount);
            if (refunds->value(4).toString() == u"cash")
                add(f.cashRefunds, amount);
        } else {
            add(state == u"failed" ? f.refundsFailed : f.refundsInFlight, amount);
        }
    }
    auto sales = sql::exec(db, QStringLiteral("SELECT vendor, desk, created_at, state, payment, amount FROM "
                                              "airtime_sales"));
    while (sales && sales->next()) {
        if (sales->value(0).toString() != cashier || sales->value(1).toString() != desk || !inShift(sales->value(2)))
            continue;
        const QString state = sales->value(3).toString();
        const qint64 amount = sales->value(5).toLongLong();
        add(state == u"delivered" ? f.airtimeDelivered : state == u"failed" ? f.airtimeFailed : f.airtimeOpen, amount);
        if (state != u"failed")
            add(sales->value(4).toString() == u"cash" ? f.cashAirtime : f.airtimeByPaystack, amount);
    }
    auto lines = sql::exec(db, QStringLiteral("SELECT i.cashier, i.desk, i.created_at, i.status, l.discount, "
                                              "l.unit_price * l.quantity FROM invoices i JOIN invoice_lines l ON "
                                              "l.invoice_id = i.id"));
    while (lines && lines->next()) {
        if (lines->value(0).toString() != cashier || lines->value(1).toString() != desk || !inShift(lines->value(2)) ||
            lines->value(3).toString() == u"void" || lines->value(4).toLongLong() <= 0)
            continue;
        add(lines->value(4).toLongLong() >= lines->value(5).toLongLong() ? f.waivers : f.discounts,
            lines->value(4).toLongLong());
    }
    auto attempts = sql::exec(db, QStringLiteral("SELECT cashier, desk, created_at, state, amount FROM "
                                                 "payment_attempts"));
    while (attempts && attempts->next()) {
        const QString state = attempts->value(3).toString();
        if (attempts->value(0).toString() != cashier || attempts->value(1).toString() != desk ||
            !inShift(attempts->value(2)) || state == u"succeeded" || state == u"failed" || state == u"cancelled" ||
            state == u"expired")
            continue;
        add(state == u"unknown" ? f.attemptsUnknown : f.attemptsWaiting, attempts->value(4).toLongLong());
    }
    f.expectedCash = f.openingFloat + f.cashPayments.amount - f.cashRefunds.amount + f.cashAirtime.amount;
    return f;
}

// The largest notes first, down to the 50-kobo coin; what is left below it is not counted.
CashCount greedyCount(qint64 amount)
{
    CashCount drawer(Currency::ngn());
    for (qint64 note : denominationsOf(Currency::ngn())) {
        if (amount >= note)
            (void)drawer.set(note, int(amount / note));
        amount %= note;
    }
    return drawer;
}

stats::HistorySpec history()
{
    stats::HistorySpec spec;
    spec.firstDay = kStart.date().addDays(-1);
    spec.lastDay = kEnd.date();
    spec.now = kEnd.addSecs(3600);
    spec.payments = 1500;
    spec.desks = 3;
    spec.cashiers = 4;
    spec.airtimeSales = 300;
    spec.ussdSessions = 0;
    spec.webhooks = false;
    return spec;
}

} // namespace

class TestShifts : public QObject
{
    Q_OBJECT

  private slots:
    void cashCountsByDenomination()
    {
        CashCount drawer(Currency::ngn());
        QVERIFY(drawer.set(100000, 3).ok());
        QVERIFY(drawer.set(50, 4).ok());     // four 50-kobo coins
        QVERIFY(!drawer.set(30000, 1).ok()); // there is no ₦300 note
        QVERIFY(!drawer.set(1000, -1).ok());
        QVERIFY(!drawer.set(1000, 100001).ok());
        QCOMPARE(drawer.total()->minorUnits(), qint64(300200));
        auto back = CashCount::fromJson(drawer.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->lines(), drawer.lines());
        QVERIFY(!CashCount::fromJson({{QStringLiteral("currency"), QStringLiteral("NGN")},
                                      {QStringLiteral("pieces"), QJsonObject{{QStringLiteral("abc"), 1}}}})
                     .ok());
        QVERIFY(!CashCount::fromJson({{QStringLiteral("currency"), QStringLiteral("XYZ")}}).ok());
        QVERIFY(denominationsOf(Currency::kes()).contains(100)); // the KSh 1 coin
    }

    void shiftArithmeticComputedTwoWays_data() { addBackendRows(); }
    void shiftArithmeticComputedTwoWays()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database& db = scratch.db();
        const auto spec = history();
        QVERIFY(stats::generateHistory(db, spec).ok());
        const QString cashier = stats::generatedCashier(1);
        const QString desk = stats::generatedDesk(1);
        addUser(db, cashier, QStringLiteral("cashier"));
        addUser(db, QStringLiteral("sup"), QStringLiteral("supervisor"));
        ManualClock clock(kStart);
        const ShiftBook book(db, clock);

        const CashCount opening = count({{100000, 5}, {50000, 4}, {10000, 10}}); // ₦8,000
        auto opened = book.open(cashier, desk, opening);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error()));
        QCOMPARE(opened->openingFloat.minorUnits(), qint64(800000));
        QCOMPARE(opened->state, ShiftState::Open);
        QCOMPARE(book.current(cashier)->value().id, opened->id);

        // The running (X) figures, then the close's, each against the rows.
        clock.set(kEnd.addSecs(-3600));
        auto running = book.figures(cashier, opened->id);
        QVERIFY(running.ok());
        QCOMPARE(*running, recount(db, desk, cashier, kStart, clock.nowUtc().addMSecs(1), 800000));
        clock.set(kEnd);
        const ShiftFigures want = recount(db, desk, cashier, kStart, kEnd.addMSecs(1), 800000);
        QVERIFY(want.cashPayments.count > 0 && want.byMethod.size() >= 3 && !want.byTerminal.isEmpty());
        QVERIFY(want.refundsProcessed.count + want.refundsInFlight.count + want.refundsFailed.count > 0);
        QVERIFY(want.airtimeDelivered.count > 0 && want.discounts.count + want.waivers.count > 0);

        // A blind count about ₦500 short (cash amounts need not be whole coins): the variance is told only now,
        // and a reason is required.
        const CashCount shortCount = greedyCount(want.expectedCash - 50000);
        const qint64 shortBy = shortCount.total()->minorUnits() - want.expectedCash;
        QVERIFY(shortBy <= -50000 && shortBy > -50050);
        auto refused = book.close(cashier, opened->id, shortCount, QString());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().needsReason);
        QCOMPARE(refused.error().variance.minorUnits(), shortBy);
        QVERIFY2(refused.error().message.contains(u"short"), qPrintable(refused.error().message));
        QCOMPARE(book.find(cashier, opened->id)->state, ShiftState::Open);

        auto closed = book.close(cashier, opened->id, shortCount, QStringLiteral("  ₦500 note given as change twice "));
        QVERIFY2(closed.ok(), qPrintable(closed ? QString() : closed.error().message));
        QCOMPARE(closed->state, ShiftState::Closed);
        QCOMPARE(closed->expectedCash.minorUnits(), want.expectedCash);
        QCOMPARE(closed->countedCash.minorUnits(), want.expectedCash + shortBy);
        QCOMPARE(closed->variance.minorUnits(), shortBy);
        QCOMPARE(closed->varianceReason, QStringLiteral("₦500 note given as change twice"));
        QVERIFY(closed->figures.has_value());
        QCOMPARE(*closed->figures, want);
        QCOMPARE(closed->closingCount.lines(), shortCount.lines());
        QVERIFY(!book.current(cashier)->has_value());
        // Frozen: what a closed shift reports is what was counted against.
        QCOMPARE(*book.figures(QStringLiteral("sup"), closed->id), want);

        // Signed off: numbered, hashed, audited.
        auto signedOff = book.signOff(QStringLiteral("sup"), closed->id, QStringLiteral("Recounted with cashier"));
        QVERIFY2(signedOff.ok(), qPrintable(signedOff ? QString() : signedOff.error()));
        QCOMPARE(signedOff->zLabel(), QStringLiteral("Z-000001"));
        QCOMPARE(signedOff->signedBy, QStringLiteral("sup"));
        QCOMPARE(
            signedOff->reportHash,
            QString::fromLatin1(
                QCryptographicHash::hash(ShiftBook::canonicalReport(*signedOff), QCryptographicHash::Sha256).toHex()));
        auto again = book.signOff(QStringLiteral("sup"), closed->id, QString());
        QVERIFY(!again.ok() && again.error().contains(u"Z-000001"));
        auto audit = AuditLog(db).latest(10);
        QStringList actions;
        for (const AuditEntry& entry : *audit)
            actions << entry.action;
        QVERIFY(actions.contains(QStringLiteral("shift.opened")) && actions.contains(QStringLiteral("shift.closed")) &&
                actions.contains(QStringLiteral("shift.signed")));
        QVERIFY(AuditLog(db).verify()->intact);

        // The report prints the same figures on paper and on a slip.
        const QString html = reportHtml(*signedOff, *signedOff->figures);
        const QString shortText = Money::fromMinor(-shortBy, Currency::ngn()).format();
        QVERIFY2(html.contains(u"Z report Z-000001") && html.contains(u"short by " + shortText.toHtmlEscaped()),
                 qPrintable(html));
        QVERIFY(html.contains(Money::fromMinor(want.expectedCash, Currency::ngn()).format().toHtmlEscaped()));
        const QStringList slip = reportSlipLines(*signedOff, *signedOff->figures, 42);
        for (const QString& line : slip) {
            QVERIFY2(line.size() <= 42, qPrintable(line));
            for (QChar c : line)
                QVERIFY2(c.unicode() >= 32 && c.unicode() < 127, qPrintable(line));
        }
        QVERIFY(slip.join(u'\n').contains(u"short by NGN 500."));
        QVERIFY(reportEscPos(*signedOff, *signedOff->figures, 42).startsWith("\x1b@"));
        const QByteArray csv = shiftsCsv({*signedOff}, QStringLiteral("November 2026"));
        QVERIFY(csv.startsWith("Shifts,November 2026\r\n"));
        QVERIFY(csv.contains("Z-000001") && csv.contains(",-500."));

        // The next signed shift takes the next number.
        clock.set(kEnd.addSecs(60));
        auto second = book.open(cashier, desk, count({}));
        QVERIFY(second.ok());
        clock.set(kEnd.addSecs(120));
        QVERIFY(book.close(cashier, second->id, count({}), QString()).ok());
        QCOMPARE(book.signOff(QStringLiteral("sup"), second->id, QString())->zLabel(), QStringLiteral("Z-000002"));
    }

    void signedReportsAreImmutable_data() { addBackendRows(); }
    void signedReportsAreImmutable()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database& db = scratch.db();
        addUser(db, QStringLiteral("cashier1"), QStringLiteral("cashier"));
        addUser(db, QStringLiteral("sup"), QStringLiteral("supervisor"));
        ManualClock clock(kStart);
        const ShiftBook book(db, clock);
        auto shift = book.open(QStringLiteral("cashier1"), QStringLiteral("Desk A"), count({{50000, 2}}));
        QVERIFY(shift.ok());
        clock.advanceSeconds(3600);
        QVERIFY(book.close(QStringLiteral("cashier1"), shift->id, count({{50000, 2}}), QString()).ok());
        // Closed: only the sign-off may be added.
        QVERIFY(!sql::exec(db, QStringLiteral("UPDATE shifts SET counted_cash = 1 WHERE id = ?"), {shift->id}).ok());
        QVERIFY(!sql::exec(db, QStringLiteral("UPDATE shifts SET state = 'open' WHERE id = ?"), {shift->id}).ok());
        QVERIFY(book.signOff(QStringLiteral("sup"), shift->id, QString()).ok());
        QVERIFY(!sql::exec(db, QStringLiteral("UPDATE shifts SET sign_off_note = 'x' WHERE id = ?"), {shift->id}).ok());
        QVERIFY(!sql::exec(db, QStringLiteral("DELETE FROM shifts WHERE id = ?"), {shift->id}).ok());
        QCOMPARE(book.find(QStringLiteral("sup"), shift->id)->state, ShiftState::Signed);
        // A variance without a reason is refused by the database too, whatever code writes it.
        QVERIFY(!sql::exec(db,
                           QStringLiteral("INSERT INTO shifts (desk, cashier, currency, state, opened_at, "
                                          "opening_count, opening_float, closed_at, counted_cash, expected_cash, "
                                          "variance, report) VALUES ('D', 'c', 'NGN', 'closed', ?, '{}', 0, ?, 5, "
                                          "10, -5, '{}')"),
                           {sql::timeValue(kStart), sql::timeValue(kEnd)})
                     .ok());
    }

    void onlyTheRightPeopleActOnShifts_data() { addBackendRows(); }
    void onlyTheRightPeopleActOnShifts()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database& db = scratch.db();
        addUser(db, QStringLiteral("ada"), QStringLiteral("cashier"));
        addUser(db, QStringLiteral("bola"), QStringLiteral("cashier"));
        addUser(db, QStringLiteral("gone"), QStringLiteral("cashier"), false);
        addUser(db, QStringLiteral("sup"), QStringLiteral("supervisor"));
        addUser(db, QStringLiteral("root"), QStringLiteral("admin"));
        ManualClock clock(kStart);
        const ShiftBook book(db, clock);
        const CashCount drawer = count({{20000, 5}});

        QVERIFY(!book.open(QStringLiteral("gone"), QStringLiteral("Desk A"), drawer).ok());
        QVERIFY(!book.open(QStringLiteral("nobody"), QStringLiteral("Desk A"), drawer).ok());
        QVERIFY(!book.open(QStringLiteral("ada"), QStringLiteral(" "), drawer).ok());
        auto ada = book.open(QStringLiteral("ada"), QStringLiteral("Desk A"), drawer);
        QVERIFY(ada.ok());
        // One drawer per desk, one shift per cashier.
        auto busyDesk = book.open(QStringLiteral("bola"), QStringLiteral("Desk A"), drawer);
        QVERIFY(!busyDesk.ok() && busyDesk.error().contains(u"ada"));
        QVERIFY(!book.open(QStringLiteral("ada"), QStringLiteral("Desk B"), drawer).ok());
        auto bola = book.open(QStringLiteral("bola"), QStringLiteral("Desk B"), drawer);
        QVERIFY(bola.ok());

        // Cashiers see and close only their own shift; supervisors see all and may close for a cashier.
        QVERIFY(!book.find(QStringLiteral("bola"), ada->id).ok());
        QVERIFY(!book.figures(QStringLiteral("bola"), ada->id).ok());
        auto bolaSees = book.list(QStringLiteral("bola"), ShiftFilter{{}, {}, {}, QStringLiteral("ada"), {}});
        QCOMPARE(bolaSees->size(), 1);
        QCOMPARE(bolaSees->first().cashier, QStringLiteral("bola"));
        QCOMPARE(book.list(QStringLiteral("sup"), {})->size(), 2);
        QCOMPARE(book.list(QStringLiteral("sup"), ShiftFilter{{}, {}, QStringLiteral("Desk B"), {}, {}})->size(), 1);
        QVERIFY(!book.close(QStringLiteral("bola"), ada->id, drawer, QString()).ok());
        QVERIFY(!book.close(QStringLiteral("gone"), ada->id, drawer, QString()).ok());
        QVERIFY(!book.close(QStringLiteral("ada"), ada->id, count({{10000, 1}}), QString()).ok());
        QVERIFY(book.close(QStringLiteral("sup"), ada->id, drawer, QString()).ok());
        QCOMPARE(book.find(QStringLiteral("ada"), ada->id)->closedBy, QStringLiteral("sup"));

        // Sign-off: supervisors and admins only, never on a shift they worked or closed, never an open one.
        QVERIFY(!book.signOff(QStringLiteral("ada"), ada->id, QString()).ok());
        auto ownClose = book.signOff(QStringLiteral("sup"), ada->id, QString());
        QVERIFY(!ownClose.ok() && ownClose.error().contains(u"another supervisor"));
        QVERIFY(!book.signOff(QStringLiteral("root"), bola->id, QString()).ok()); // still open
        QVERIFY(book.signOff(QStringLiteral("root"), ada->id, QString()).ok());
        QCOMPARE(book.list(QStringLiteral("sup"), ShiftFilter{{}, {}, {}, {}, ShiftState::Signed})->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestShifts)
#include "test_shifts.moc"
