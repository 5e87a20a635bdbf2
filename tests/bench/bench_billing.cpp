// Patient search over 100,000 patients and the invoice list over 1,000,000 invoices, on SQLite: median and p95
// latency per keystroke / per page, and the memory the open invoice list holds. Prints figures, asserts nothing.
#include "billing/invoice_list_model.h"
#include "billing/patient_repository.h"
#include "billing/series_counter.h"
#include "storage/migrator.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace paydesk;

namespace {

const char* kFirst[] = {"Adebayo", "Chioma", "Ibrahim",     "Funmilayo", "Emeka",   "Aisha", "Oluwaseun", "Ngozi",
                        "Tunde",   "Zainab", "Chukwuemeka", "Halima",    "Segun",   "Amaka", "Musa",      "Blessing",
                        "Yusuf",   "Ifeoma", "Kelechi",     "Fatima",    "Wanjiru", "Kamau", "Otieno",    "Akinyi"};
const char* kLast[] = {"Okafor",   "Eze",    "Musa",    "Adeyemi", "Bello",   "Okonkwo",  "Abubakar", "Nwosu",
                       "Ogunleye", "Lawal",  "Danjuma", "Ibe",     "Okoro",   "Mohammed", "Olawale",  "Uche",
                       "Kamau",    "Otieno", "Mwangi",  "Njoroge", "Balogun", "Chukwu",   "Adeleke",  "Onyeka"};

long rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

struct Figures
{
    QList<double> ms;
    void add(qint64 nanos) { ms << nanos / 1e6; }
    void print(const char* what) const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        std::printf("%-46s median %7.2f ms  p95 %7.2f ms  max %7.2f ms  (%lld samples)\n", what,
                    sorted.at(sorted.size() / 2),
                    sorted.at(std::min<qsizetype>(sorted.size() - 1, sorted.size() * 95 / 100)), sorted.last(),
                    static_cast<long long>(sorted.size()));
    }
};

void fail(const QString& what)
{
    std::fprintf(stderr, "bench_billing: %s\n", qPrintable(what));
    std::exit(1);
}

void seedPatients(const Database& db, int count)
{
    QRandomGenerator random(7);
    Transaction tx(db);
    for (int i = 1; i <= count; ++i) {
        PatientInput p;
        p.hospitalNumber = QStringLiteral("HN-%1").arg(i, 6, 10, QLatin1Char('0'));
        p.firstName = QLatin1String(kFirst[random.bounded(int(std::size(kFirst)))]);
        p.lastName = QLatin1String(kLast[random.bounded(int(std::size(kLast)))]);
        p.phone = QStringLiteral("+23480%1").arg(random.bounded(10000000, 99999999));
        if (i % 3 == 0)
            p.email = QStringLiteral("%1.%2%3@example.com").arg(p.firstName.toLower(), p.lastName.toLower()).arg(i);
        auto inserted = sql::exec(db,
                                  QStringLiteral("INSERT INTO patients (hospital_number, first_name, last_name, phone, "
                                                 "email, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                                                 "'bench', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z') "
                                                 "RETURNING id"),
                                  {p.hospitalNumber, p.firstName, p.lastName, p.phone, sql::text(p.email)});
        if (!inserted || !inserted->next())
            fail(QStringLiteral("seeding patients failed"));
        const qint64 id = inserted->value(0).toLongLong();
        inserted->finish();
        for (const QString& term : PatientRepository::searchTermsFor(p)) {
            if (!sql::exec(db, QStringLiteral("INSERT INTO patient_search (term, patient_id) VALUES (?, ?)"),
                           {term, id}))
                fail(QStringLiteral("seeding search terms failed"));
        }
    }
    if (!tx.commit())
        fail(QStringLiteral("seeding patients: commit failed"));
}

void seedInvoices(const Database& db, int count, int patients)
{
    QRandomGenerator random(11);
    const char* statuses[] = {"paid", "paid", "paid", "open", "part_paid", "void"};
    const char* methods[] = {",terminal,", ",cash,", ",link,", ",ussd,", ",cash,terminal,"};
    const QDateTime start(QDate(2025, 11, 22), QTime(0, 0), Qt::UTC);
    Transaction tx(db);
    QSqlQuery insert(db.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO invoices (number, series, patient_id, currency, subtotal, discount, tax, "
                       "total, paid, status, methods, cashier, desk, created_at, updated_at) VALUES (?, "
                       "'DESK1', ?, 'NGN', ?, 0, 0, ?, ?, ?, ?, ?, 'Desk 1', ?, ?)"));
    for (int i = 1; i <= count; ++i) {
        const qint64 total = random.bounded(1000, 500000) * 100;
        const QString status = QLatin1String(statuses[random.bounded(int(std::size(statuses)))]);
        const qint64 paid = status == u"paid" ? total : status == u"part_paid" ? total / 2 : 0;
        const QString when = sql::isoUtc(start.addSecs(qint64(i) * 31 + random.bounded(30)));
        insert.addBindValue(QStringLiteral("DESK1-%1").arg(i, 7, 10, QLatin1Char('0')));
        insert.addBindValue(random.bounded(1, patients + 1));
        insert.addBindValue(total);
        insert.addBindValue(total);
        insert.addBindValue(paid);
        insert.addBindValue(status);
        insert.addBindValue(paid > 0 ? QLatin1String(methods[random.bounded(int(std::size(methods)))])
                                     : QLatin1String(""));
        insert.addBindValue(QStringLiteral("cashier%1").arg(random.bounded(1, 9)));
        insert.addBindValue(when);
        insert.addBindValue(when);
        if (!insert.exec())
            fail(QStringLiteral("seeding invoices failed"));
    }
    insert.finish();
    if (!tx.commit())
        fail(QStringLiteral("seeding invoices: commit failed"));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int patients = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int invoices = argc > 2 ? QByteArray(argv[2]).toInt() : 1000000;
    QTemporaryDir dir;
    Database::Options options;
    options.create = Database::CreateMode::CreateIfMissing;
    auto db = openMigrated(
        *DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.sqlite3"))), options);
    if (!db)
        fail(db.error().message);
    QElapsedTimer timer;
    timer.start();
    seedPatients(*db, patients);
    std::printf("seeded %d patients in %.1f s\n", patients, timer.elapsed() / 1000.0);
    timer.restart();
    seedInvoices(*db, invoices, patients);
    std::printf("seeded %d invoices in %.1f s\n", invoices, timer.elapsed() / 1000.0);
    sql::exec(*db, QStringLiteral("ANALYZE")).ok();

    // Patient search: every prefix of what a cashier types, as they type it.
    PatientRepository repository(*db);
    Figures search;
    const QStringList typed{QStringLiteral("adebayo okafor"), QStringLiteral("chioma"),
                            QStringLiteral("HN-012345"),      QStringLiteral("0803"),
                            QStringLiteral("adebyo"),         QStringLiteral("wanjiru kamau"),
                            QStringLiteral("zzzz"),           QStringLiteral("halima abubakar")};
    for (int round = 0; round < 3; ++round) {
        for (const QString& text : typed) {
            for (qsizetype length = 1; length <= text.size(); ++length) {
                QElapsedTimer keystroke;
                keystroke.start();
                if (!repository.search(text.left(length), 50))
                    fail(QStringLiteral("search failed"));
                search.add(keystroke.nsecsElapsed());
            }
        }
    }
    search.print(qPrintable(QStringLiteral("patient search, %1 patients, per keystroke").arg(patients)));

    // Invoice list: the first page under each filter, then scrolling.
    InvoiceRepository invoiceRepository(*db);
    Figures filters;
    QList<InvoiceRepository::Filter> cases(8);
    cases[1].status = InvoiceStatus::Open;
    cases[2].cashier = QStringLiteral("cashier3");
    cases[3].method = PaymentMethod::Ussd;
    cases[4].from = QDate(2026, 3, 1);
    cases[4].to = QDate(2026, 3, 7);
    cases[5].numberPrefix = QStringLiteral("DESK1-00420");
    cases[6].status = InvoiceStatus::Void;
    cases[6].cashier = QStringLiteral("cashier5");
    cases[7].status = InvoiceStatus::PartPaid;
    cases[7].method = PaymentMethod::Cash;
    for (int round = 0; round < 5; ++round) {
        for (const auto& filter : cases) {
            QElapsedTimer page;
            page.start();
            if (!invoiceRepository.page(filter, std::nullopt, InvoiceListModel::kPageSize))
                fail(QStringLiteral("invoice page failed"));
            filters.add(page.nsecsElapsed());
        }
    }
    filters.print(qPrintable(QStringLiteral("invoice list, %1 invoices, first page per filter").arg(invoices)));
    Figures scrolling;
    std::optional<InvoiceRepository::Cursor> cursor;
    for (int page = 0; page < 50; ++page) {
        QElapsedTimer next;
        next.start();
        const auto rows = invoiceRepository.page({}, cursor, InvoiceListModel::kPageSize);
        scrolling.add(next.nsecsElapsed());
        if (!rows || rows->isEmpty())
            break;
        cursor = InvoiceRepository::Cursor{rows->last().createdAt, rows->last().id};
    }
    scrolling.print("invoice list, next page while scrolling");

    // The model the invoice list view uses: memory for 10 pages (2,000 rows) of a million.
    DatabaseWorker worker;
    worker.adopt(*db);
    const long before = rssKb();
    InvoiceListModel model(*db, worker);
    model.setFilter({});
    for (int page = 0; page < 10; ++page) {
        while (model.isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        model.fetchMore(QModelIndex());
    }
    while (model.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    std::printf("invoice list model: %d rows of %d loaded, RSS +%ld KiB (process RSS %ld MiB)\n", model.rowCount(),
                invoices, rssKb() - before, rssKb() / 1024);
    db->releaseThreadConnection();
    return 0;
}
