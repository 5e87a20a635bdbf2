// `paydesk-server export` on both databases over generated history: each dataset's rows for a hospital day are
// exactly the records of that day (counted again here from the rows), amounts add up to the database's, CSV and
// JSON agree, a signed shift and its audit entries come out, and bad requests are refused with usage errors.
#include "billing/price_list.h"
#include "cli/exit_codes.h"
#include "cli_run.h"
#include "exports/data_export.h"
#include "scratch_database.h"
#include "shifts/shift_book.h"
#include "stats/history_generator.h"
#include "storage/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace paydesk;
using namespace paydesk::test;

namespace {

const QDate kDay(2026, 11, 11);
// The hospital's day at the default calendar (UTC+01:00).
const QDateTime kDayStart(QDate(2026, 11, 10), QTime(23, 0), Qt::UTC);
const QDateTime kDayEnd(QDate(2026, 11, 11), QTime(23, 0), Qt::UTC);

QStringList exportArgs(const ScratchDatabase& scratch, const QString& dataset, const QString& format)
{
    return {QStringLiteral("--database"), databaseArgument(scratch),
            QStringLiteral("export"),     dataset,
            QStringLiteral("--from"),     kDay.toString(Qt::ISODate),
            QStringLiteral("--to"),       kDay.toString(Qt::ISODate),
            QStringLiteral("--format"),   format};
}

// Records of the day in a table, counted in C++ from every row's time.
int countOfDay(const Database& db, const QString& table, const QString& timeColumn)
{
    auto times = sql::all(db, QStringLiteral("SELECT %1 FROM %2").arg(timeColumn, table), {},
                          [](const QSqlQuery& q) { return sql::readTime(q.value(0)); });
    int count = 0;
    for (const QDateTime& time : *times)
        count += time >= kDayStart && time < kDayEnd ? 1 : 0;
    return count;
}

QList<QStringList> csvRecords(const QString& text)
{
    QList<QStringList> records;
    for (const QString& line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        bool ok = false;
        records << splitCsvRecord(line, &ok);
        if (!ok)
            qWarning() << "unreadable CSV line" << line;
    }
    return records;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

  private slots:
    void datasetsComeOutWhole_data() { addBackendRows(); }
    void datasetsComeOutWhole()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database& db = scratch.db();
        stats::HistorySpec spec;
        spec.firstDay = kDay.addDays(-1);
        spec.lastDay = kDay.addDays(1);
        spec.now = QDateTime(kDay.addDays(1), QTime(20, 0), Qt::UTC);
        spec.payments = 900;
        spec.desks = 2;
        spec.cashiers = 3;
        spec.airtimeSales = 150;
        spec.ussdSessions = 120;
        spec.webhooks = false;
        QVERIFY(stats::generateHistory(db, spec).ok());
        // A signed shift on the day.
        for (const char* user : {"cashier01", "sup"})
            QVERIFY(
                sql::exec(db,
                          QStringLiteral("INSERT INTO users (username, display_name, role, password_hash, "
                                         "created_at) VALUES (?, ?, ?, 'x', ?)"),
                          {QString::fromLatin1(user), QString::fromLatin1(user),
                           QString::fromLatin1(user[0] == 's' ? "supervisor" : "cashier"), sql::timeValue(kDayStart)})
                    .ok());
        ManualClock clock(kDayStart.addSecs(8 * 3600));
        const shifts::ShiftBook book(db, clock);
        CashCount drawer(Currency::ngn());
        QVERIFY(drawer.set(50000, 2).ok());
        auto shift = book.open(QStringLiteral("cashier01"), QStringLiteral("Desk Z"), drawer);
        QVERIFY(shift.ok());
        clock.advanceSeconds(3600);
        QVERIFY(drawer.set(50000, 1).ok());
        QVERIFY(book.close(QStringLiteral("cashier01"), shift->id, drawer, QStringLiteral("a note, lent")).ok());
        QVERIFY(book.signOff(QStringLiteral("sup"), shift->id, QString()).ok());

        // Payments: every one of the day, amounts summing to the database's.
        const CliRun csv = runCli(exportArgs(scratch, QStringLiteral("payments"), QStringLiteral("csv")));
        QVERIFY2(csv.code == ExitOk, qPrintable(csv.err));
        const QList<QStringList> records = csvRecords(csv.out);
        QCOMPARE(records.first(), exports::columnsOf(exports::Dataset::Payments));
        const int payments = countOfDay(db, QStringLiteral("payments"), QStringLiteral("paid_at"));
        QVERIFY(payments > 100);
        QCOMPARE(records.size() - 1, payments);
        auto total = sql::one(db, QStringLiteral("SELECT sum(amount) FROM payments WHERE paid_at >= ? AND paid_at < ?"),
                              {sql::timeValue(kDayStart), sql::timeValue(kDayEnd)},
                              [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
        qint64 exported = 0;
        for (qsizetype i = 1; i < records.size(); ++i) {
            auto amount = Money::parse(records.at(i).at(6), Currency::ngn(), QLocale::c());
            QVERIFY2(amount.ok(), qPrintable(records.at(i).at(6)));
            exported += amount->minorUnits();
            QVERIFY(records.at(i).at(1) >= sql::isoUtc(kDayStart) && records.at(i).at(1) < sql::isoUtc(kDayEnd));
        }
        QCOMPARE(exported, total->value());

        // JSON: the same rows, with the period.
        const CliRun json = runCli(exportArgs(scratch, QStringLiteral("payments"), QStringLiteral("json")));
        QCOMPARE(json.code, int(ExitOk));
        QJsonParseError error;
        const QJsonObject document = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(document.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-11"));
        QCOMPARE(document.value(QStringLiteral("utc_offset_minutes")).toInt(), 60);
        const QJsonArray rows = document.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), payments);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("amount")).toString(), records.at(1).at(6));
        QCOMPARE(rows.last().toObject().value(QStringLiteral("id")).toString(), records.last().at(0));

        // The other datasets, each against its own rows.
        const QList<std::tuple<QString, QString, QString>> others{
            {QStringLiteral("invoices"), QStringLiteral("invoices"), QStringLiteral("created_at")},
            {QStringLiteral("airtime"), QStringLiteral("airtime_sales"), QStringLiteral("created_at")},
            {QStringLiteral("ussd-sessions"), QStringLiteral("ussd_sessions"), QStringLiteral("started_at")},
            {QStringLiteral("shifts"), QStringLiteral("shifts"), QStringLiteral("opened_at")},
            {QStringLiteral("audit"), QStringLiteral("audit_log"), QStringLiteral("at")}};
        for (const auto& [dataset, table, timeColumn] : others) {
            const CliRun run = runCli(exportArgs(scratch, dataset, QStringLiteral("csv")));
            QVERIFY2(run.code == ExitOk, qPrintable(dataset + run.err));
            const int want = countOfDay(db, table, timeColumn);
            QVERIFY2(want > 0, qPrintable(dataset));
            QCOMPARE(csvRecords(run.out).size() - 1, want);
        }
        const CliRun shifts = runCli(exportArgs(scratch, QStringLiteral("shifts"), QStringLiteral("csv")));
        QVERIFY(shifts.out.contains(u",signed,") && shifts.out.contains(u",-500.00,") &&
                shifts.out.contains(u"\"a note, lent\""));
        const CliRun audit = runCli(exportArgs(scratch, QStringLiteral("audit"), QStringLiteral("json")));
        QVERIFY(audit.out.contains(u"shift.signed"));
        // What phone users typed stays in the database.
        const CliRun sessions = runCli(exportArgs(scratch, QStringLiteral("ussd-sessions"), QStringLiteral("json")));
        QVERIFY(!QJsonDocument::fromJson(sessions.out.toUtf8())
                     .object()
                     .value(QStringLiteral("columns"))
                     .toArray()
                     .contains(QStringLiteral("data")));
    }

    void badRequestsAreUsageErrors_data() { addBackendRows(); }
    void badRequestsAreUsageErrors()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const QString db = databaseArgument(scratch);
        const auto run = [&db](QStringList args) {
            return runCli(QStringList{QStringLiteral("--database"), db, QStringLiteral("export")} + args);
        };
        CliRun none = run({});
        QCOMPARE(none.code, int(ExitUsage));
        QVERIFY(none.err.contains(u"payments|invoices|shifts|airtime|ussd-sessions|audit"));
        QCOMPARE(run({QStringLiteral("patients")}).code, int(ExitUsage));
        QCOMPARE(run({QStringLiteral("payments"), QStringLiteral("--format"), QStringLiteral("xml")}).code,
                 int(ExitUsage));
        QCOMPARE(run({QStringLiteral("payments"), QStringLiteral("--from"), QStringLiteral("2026-13-01")}).code,
                 int(ExitUsage));
        QCOMPARE(run({QStringLiteral("payments"), QStringLiteral("--from"), QStringLiteral("2026-11-12"),
                      QStringLiteral("--to"), QStringLiteral("2026-11-11")})
                     .code,
                 int(ExitUsage));
        // An empty day is a header and nothing else.
        CliRun empty = run({QStringLiteral("payments")});
        QCOMPARE(empty.code, int(ExitOk));
        QCOMPARE(csvRecords(empty.out).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
