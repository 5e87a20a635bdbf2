#include "billing/attempt_repository.h"
#include "billing/invoice_repository.h"
#include "billing/patient_repository.h"
#include "billing/price_list.h"
#include "billing/receipt.h"
#include "scratch_database.h"
#include "security/audit_log.h"
#include "security/user_repository.h"
#include "storage/sql.h"

#include <QTest>

using namespace paydesk;
using namespace paydesk::test;

// Patients, the price list, invoices and payment attempts on SQLite and the real PostgreSQL.
class TestBillingRepository : public QObject
{
    Q_OBJECT

    static Money ngn(qint64 kobo) { return Money::fromMinor(kobo, Currency::ngn()); }

    struct Fixture
    {
        Patient patient;
        PriceItem consultation;
        PriceItem drug;
    };

    static void addUsers(const Database& db)
    {
        UserRepository users(db);
        QVERIFY(users.create(
            {QStringLiteral("ada"), QStringLiteral("Ada Cashier"), Role::Cashier, QStringLiteral("cashier-pass-1")},
            QStringLiteral("test")));
        QVERIFY(users.create({QStringLiteral("sam"), QStringLiteral("Sam Supervisor"), Role::Supervisor,
                              QStringLiteral("supervisor-pass-1")},
                             QStringLiteral("test")));
    }

    static Fixture fixture(const Database& db)
    {
        Fixture f;
        addUsers(db);
        auto patient =
            PatientRepository(db).create({QString(), QStringLiteral("Adebayo"), QStringLiteral("Okafor"), QString(),
                                          QStringLiteral("0803 123 4567"), QString(), QDate(1980, 5, 17), QString()},
                                         QStringLiteral("ada"));
        if (!patient)
            qFatal("patient: %s", qPrintable(patient.error().message));
        f.patient = *patient;
        PriceListRepository prices(db);
        f.consultation = *prices.save({0, QStringLiteral("CONS"), QStringLiteral("Consultation"),
                                       QStringLiteral("Consultation"), ngn(500000), false, true},
                                      QStringLiteral("ada"));
        f.drug = *prices.save({0, QStringLiteral("PCM"), QStringLiteral("Paracetamol"), QStringLiteral("Pharmacy"),
                               ngn(25000), true, true},
                              QStringLiteral("ada"));
        return f;
    }

    static InvoiceLineInput lineFor(const PriceItem& item, qint64 quantity)
    {
        InvoiceLineInput line;
        line.priceItemId = item.id;
        line.code = item.code;
        line.description = item.name;
        line.unitPrice = item.unitPrice;
        line.quantity = quantity;
        return line;
    }

    static BillingActor cashier() { return {QStringLiteral("ada"), QStringLiteral("Desk 1"), QString()}; }

  private slots:
    void patientsAreValidatedAndUnique_data() { addBackendRows(); }
    void patientsAreValidatedAndUnique()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        PatientRepository patients(scratch.db());
        auto first = patients.create({QString(), QStringLiteral(" adebayo "), QStringLiteral("Okafor"), QString(),
                                      QStringLiteral("+234 803-123-4567"), QStringLiteral("Ade@Example.COM"),
                                      QDate(1980, 5, 17), QStringLiteral("allergic to penicillin")},
                                     QStringLiteral("ada"));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->hospitalNumber, QStringLiteral("HN-000001"));
        QCOMPARE(first->phone, QStringLiteral("+2348031234567"));
        QCOMPARE(first->email, QStringLiteral("ade@example.com"));
        QCOMPARE(first->firstName, QStringLiteral("adebayo"));
        QCOMPARE(first->birthDate, QDate(1980, 5, 17));
        auto second = patients.create({QString(), QStringLiteral("Chioma"), QStringLiteral("Eze"), QString(), QString(),
                                       QString(), QDate(), QString()},
                                      QStringLiteral("ada"));
        QVERIFY(second);
        QCOMPARE(second->hospitalNumber, QStringLiteral("HN-000002"));

        using Field = PatientError::Field;
        auto expectError = [&](PatientInput input, Field field) {
            const auto result = patients.create(input, QStringLiteral("ada"));
            QVERIFY(!result);
            QCOMPARE(int(result.error().field), int(field));
            QVERIFY(!result.error().message.isEmpty());
        };
        expectError({QStringLiteral("HN-000001"), QStringLiteral("Dup"), QStringLiteral("Licate"), QString(), QString(),
                     QString(), QDate(), QString()},
                    Field::HospitalNumber);
        expectError({QStringLiteral("not a number!"), QStringLiteral("A"), QStringLiteral("B"), QString(), QString(),
                     QString(), QDate(), QString()},
                    Field::HospitalNumber);
        expectError({QString(), QStringLiteral("A"), QStringLiteral("B"), QString(), QStringLiteral("0803 12"),
                     QString(), QDate(), QString()},
                    Field::Phone);
        expectError({QString(), QStringLiteral("A"), QStringLiteral("B"), QString(), QString(), QStringLiteral("ade@"),
                     QDate(), QString()},
                    Field::Email);
        expectError({QString(), QString(), QStringLiteral("B"), QString(), QString(), QString(), QDate(), QString()},
                    Field::FirstName);
        expectError({QString(), QStringLiteral("A"), QStringLiteral("B"), QString(), QString(), QString(),
                     QDate(2999, 1, 1), QString()},
                    Field::BirthDate);
        QCOMPARE(*patients.count(), qint64(2));
        // Registration is audited, clinical notes are not copied into the audit trail.
        const auto audit = *AuditLog(scratch.db()).latest(50);
        QVERIFY(std::any_of(audit.begin(), audit.end(),
                            [](const AuditEntry& e) { return e.action == u"patient.registered"; }));
        for (const AuditEntry& entry : audit)
            QVERIFY(!entry.details.contains(QStringLiteral("penicillin")));
    }

    void patientSearch_data() { addBackendRows(); }
    void patientSearch()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        PatientRepository patients(scratch.db());
        const QList<PatientInput> people{
            {QStringLiteral("HN-100001"), QStringLiteral("Adebayo"), QStringLiteral("Okafor"), QString(),
             QStringLiteral("08031234567"), QStringLiteral("ade@example.com"), QDate(), QString()},
            {QStringLiteral("HN-100002"), QStringLiteral("Adeola"), QStringLiteral("Okonkwo"), QString(),
             QStringLiteral("08059876543"), QString(), QDate(), QString()},
            {QStringLiteral("HN-100003"), QStringLiteral("Chukwuemeka"), QStringLiteral("Eze"),
             QStringLiteral("Ọláolúwa"), QStringLiteral("+254712345678"), QString(), QDate(), QString()},
        };
        for (const PatientInput& p : people) {
            auto created = patients.create(p, QStringLiteral("ada"));
            QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        }
        auto names = [&](const QString& query) {
            QStringList found;
            const auto result = patients.search(query);
            if (!result)
                qFatal("search: %s", qPrintable(result.error().message));
            for (const Patient& p : *result)
                found << p.hospitalNumber;
            return found;
        };
        QCOMPARE(names(QStringLiteral("ade")), (QStringList{QStringLiteral("HN-100001"), QStringLiteral("HN-100002")}));
        QCOMPARE(names(QStringLiteral("ADE oka")), QStringList{QStringLiteral("HN-100001")});
        QCOMPARE(names(QStringLiteral("okafor adebayo")), QStringList{QStringLiteral("HN-100001")});
        QCOMPARE(names(QStringLiteral("HN-100003")), QStringList{QStringLiteral("HN-100003")});
        QCOMPARE(names(QStringLiteral("hn100002")), QStringList{QStringLiteral("HN-100002")});
        QCOMPARE(names(QStringLiteral("0805 987")), QStringList{QStringLiteral("HN-100002")});
        QCOMPARE(names(QStringLiteral("+234 803 123 4567")), QStringList{QStringLiteral("HN-100001")});
        QCOMPARE(names(QStringLiteral("ade@exa")), QStringList{QStringLiteral("HN-100001")});
        QCOMPARE(names(QStringLiteral("olaoluwa")), QStringList{QStringLiteral("HN-100003")});
        // Misspelt: found by sound.
        QCOMPARE(names(QStringLiteral("Adebyo")), QStringList{QStringLiteral("HN-100001")});
        QCOMPARE(names(QStringLiteral("chukwemekka")), QStringList{QStringLiteral("HN-100003")});
        QVERIFY(names(QStringLiteral("zzz")).isEmpty());
        QVERIFY(names(QStringLiteral("   ")).isEmpty());
        QVERIFY(names(QStringLiteral("'; DROP TABLE patients; --")).isEmpty());
        QCOMPARE(*patients.count(), qint64(3));
        // An update re-indexes.
        const Patient ade = **patients.findByHospitalNumber(QStringLiteral("hn-100001"));
        PatientInput changed{
            ade.hospitalNumber, ade.firstName, QStringLiteral("Bello"), QString(), ade.phone, ade.email, QDate(),
            QString()};
        QVERIFY(patients.update(ade.id, changed, QStringLiteral("ada")));
        QVERIFY(names(QStringLiteral("okafor")).isEmpty());
        QCOMPARE(names(QStringLiteral("bello")), QStringList{QStringLiteral("HN-100001")});
    }

    void paystackCustomerIsLinkedOnce_data() { addBackendRows(); }
    void paystackCustomerIsLinkedOnce()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        PatientRepository patients(scratch.db());
        const Patient p = *patients.create({QStringLiteral("HN-007"), QStringLiteral("No"), QStringLiteral("Email"),
                                            QString(), QString(), QString(), QDate(), QString()},
                                           QStringLiteral("ada"));
        const QString email = patients.paystackEmailFor(p);
        QCOMPARE(email, QStringLiteral("patient-hn007@no-email.hospital.example"));
        QCOMPARE(patients.paystackEmailFor(p), email); // stable
        QCOMPARE(*patients.linkPaystackCustomer(p.id, 11, QStringLiteral("CUS_first"), email),
                 QStringLiteral("CUS_first"));
        // A second desk that raced us keeps the first customer.
        QCOMPARE(*patients.linkPaystackCustomer(p.id, 12, QStringLiteral("CUS_second"), email),
                 QStringLiteral("CUS_first"));
        QCOMPARE((*patients.find(p.id))->paystackCustomerId, quint64(11));
    }

    void priceListImport_data() { addBackendRows(); }
    void priceListImport()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        PriceListRepository prices(scratch.db());
        QFile sample(QStringLiteral(":/paydesk/pricelists/sample-hospital.csv"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const auto report = prices.importCsv(sample.readAll(), Currency::ngn(), QStringLiteral("admin"));
        QVERIFY(report);
        QVERIFY(report->added >= 40);
        QCOMPARE(report->rejected.size(), 0);
        const auto again = prices.importCsv("code,name,category,unit_price\nCONS-GP,General consultation,Consultation,"
                                            "6000\nBROKEN,x,y,abc\n",
                                            Currency::ngn(), QStringLiteral("admin"));
        QVERIFY(again);
        QCOMPARE(again->updated, 1);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->rejected.size(), 1);
        QCOMPARE(again->rejected.first().first, 3);
        QCOMPARE((*prices.findByCode(QStringLiteral("cons-gp")))->unitPrice, ngn(600000));
        const auto found = *prices.search(QStringLiteral("blood"));
        QVERIFY(!found.isEmpty());
        for (const PriceItem& item : found)
            QVERIFY(item.name.contains(QStringLiteral("blood"), Qt::CaseInsensitive) ||
                    item.category.contains(QStringLiteral("blood"), Qt::CaseInsensitive));
        QVERIFY(prices.search(QStringLiteral("100%_")).ok());
    }

    void invoicesAreNumberedFrozenAndApproved_data() { addBackendRows(); }
    void invoicesAreNumberedFrozenAndApproved()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Fixture f = fixture(scratch.db());
        InvoiceRepository invoices(scratch.db());
        // The screen showed a stale price: the price list's price is billed.
        InvoiceLineInput stale = lineFor(f.consultation, 1);
        stale.unitPrice = ngn(1);
        auto first = invoices.issue({f.patient.id, Currency::ngn(), {stale, lineFor(f.drug, 2)}}, cashier());
        QVERIFY2(first, qPrintable(first ? QString() : first.error()));
        QCOMPARE(first->number, QStringLiteral("DESK1-000001"));
        QCOMPARE(first->totals.total, ngn(500000 + 50000 + 3750));
        QCOMPARE(first->status, InvoiceStatus::Open);
        QCOMPARE(first->lines.size(), 2);
        // A refused invoice (an unknown patient) takes no number: the series stays gap-free.
        QVERIFY(!invoices.issue({999999, Currency::ngn(), {lineFor(f.consultation, 1)}}, cashier()));
        auto second = invoices.issue({f.patient.id, Currency::ngn(), {lineFor(f.consultation, 1)}}, cashier());
        QVERIFY(second);
        QCOMPARE(second->number, QStringLiteral("DESK1-000002"));
        auto otherDesk = invoices.issue({f.patient.id, Currency::ngn(), {lineFor(f.consultation, 1)}},
                                        {QStringLiteral("ada"), QStringLiteral("Desk 2"), QString()});
        QCOMPARE(otherDesk->number, QStringLiteral("DESK2-000001"));
        // Discounts and free-text lines need a supervisor, checked against the users table.
        InvoiceLineInput discounted = lineFor(f.consultation, 1);
        discounted.discount = ngn(100000);
        const auto refused = invoices.issue({f.patient.id, Currency::ngn(), {discounted}}, cashier());
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("supervisor")));
        BillingActor pretend = cashier();
        pretend.approver = QStringLiteral("ada"); // a cashier cannot approve
        QVERIFY(!invoices.issue({f.patient.id, Currency::ngn(), {discounted}}, pretend));
        BillingActor approved = cashier();
        approved.approver = QStringLiteral("sam");
        auto withDiscount = invoices.issue({f.patient.id, Currency::ngn(), {discounted}}, approved);
        QVERIFY(withDiscount);
        QCOMPARE(withDiscount->totals.total, ngn(400000));
        QCOMPARE(withDiscount->approvedBy, QStringLiteral("sam"));
        InvoiceLineInput freeText;
        freeText.description = QStringLiteral("Ambulance call-out");
        freeText.unitPrice = ngn(1500000);
        QVERIFY(!invoices.issue({f.patient.id, Currency::ngn(), {freeText}}, cashier()));
        QVERIFY(invoices.issue({f.patient.id, Currency::ngn(), {freeText}},
                               {QStringLiteral("sam"), QStringLiteral("Desk 1"), QString()}));
        // Lines never change once saved.
        QVERIFY(!sql::exec(scratch.db(), QStringLiteral("UPDATE invoice_lines SET unit_price = 1 WHERE invoice_id = ?"),
                           {first->id}));
        QVERIFY(
            !sql::exec(scratch.db(), QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"), {first->id}));
        // Bad quantities are refused with the line named.
        const auto absurd = invoices.issue({f.patient.id, Currency::ngn(), {lineFor(f.drug, 100000)}}, cashier());
        QVERIFY(!absurd);
        QVERIFY(absurd.error().contains(QStringLiteral("Line 1")));
        // Void: needs a supervisor and an untouched invoice.
        QVERIFY(!invoices.voidInvoice(second->id, QStringLiteral("duplicate"), cashier()));
        QVERIFY(!invoices.voidInvoice(second->id, QString(), approved));
        auto voided = invoices.voidInvoice(second->id, QStringLiteral("duplicate"), approved);
        QVERIFY(voided);
        QCOMPARE(voided->status, InvoiceStatus::Void);
        QVERIFY(AuditLog(scratch.db()).verify()->intact);
    }

    void attemptsRefuseOverpaymentAndBusyTerminals_data() { addBackendRows(); }
    void attemptsRefuseOverpaymentAndBusyTerminals()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Fixture f = fixture(scratch.db());
        InvoiceRepository invoices(scratch.db());
        AttemptRepository attempts(scratch.db());
        const Invoice bill =
            *invoices.issue({f.patient.id, Currency::ngn(), {lineFor(f.consultation, 2)}}, cashier()); // ₦10,000
        const Invoice other = *invoices.issue({f.patient.id, Currency::ngn(), {lineFor(f.consultation, 1)}}, cashier());
        // Split: ₦4,000 cash now (tendered ₦5,000), then the rest on the terminal.
        auto cash =
            attempts.create({bill.id, PaymentMethod::Cash, ngn(400000), ngn(500000), QString(), QString()}, cashier());
        QVERIFY2(cash, qPrintable(cash ? QString() : cash.error()));
        QCOMPARE(cash->state, AttemptState::Succeeded);
        QCOMPARE((*invoices.find(bill.id))->status, InvoiceStatus::PartPaid);
        QVERIFY(
            !attempts.create({bill.id, PaymentMethod::Cash, ngn(100000), ngn(50000), QString(), QString()}, cashier()));
        // More than is left: refused.
        QVERIFY(!attempts.create(
            {bill.id, PaymentMethod::Terminal, ngn(600001), std::nullopt, QStringLiteral("T1"), QString()}, cashier()));
        auto terminal = attempts.create(
            {bill.id, PaymentMethod::Terminal, ngn(600000), std::nullopt, QStringLiteral("T1"), QString()}, cashier());
        QVERIFY(terminal);
        QCOMPARE(terminal->state, AttemptState::Created);
        // Nothing is left once the attempt in flight is counted.
        const auto more = attempts.create(
            {bill.id, PaymentMethod::Ussd, ngn(100), std::nullopt, QString(), QStringLiteral("737")}, cashier());
        QVERIFY(!more);
        QVERIFY(more.error().contains(QStringLiteral("in progress")));
        // One attempt in flight per terminal, whatever the desk.
        const auto busy = attempts.create(
            {other.id, PaymentMethod::Terminal, ngn(500000), std::nullopt, QStringLiteral("T1"), QString()},
            {QStringLiteral("ada"), QStringLiteral("Desk 2"), QString()});
        QVERIFY(!busy);
        QVERIFY(busy.error().contains(QStringLiteral("busy")));
        // Invalid transitions change nothing; succeeded needs Paystack's verified, matching amount.
        QVERIFY(!attempts.transition(terminal->id, AttemptState::Delivered, QStringLiteral("t"),
                                     QStringLiteral("skip sent")));
        QVERIFY(attempts.transition(terminal->id, AttemptState::Sent, QStringLiteral("t"), QStringLiteral("pushed")));
        QVERIFY(
            !attempts.transition(terminal->id, AttemptState::Succeeded, QStringLiteral("t"), QStringLiteral("guess")));
        const auto wrong =
            attempts.transition(terminal->id, AttemptState::Succeeded, QStringLiteral("t"), QStringLiteral("x"),
                                VerifiedPayment{ngn(500000), QStringLiteral("PRQ_x"), 0, QDateTime()});
        QVERIFY(!wrong);
        QVERIFY(wrong.error().contains(QStringLiteral("review")));
        auto paid =
            attempts.transition(terminal->id, AttemptState::Succeeded, QStringLiteral("t"), QStringLiteral("tap"),
                                VerifiedPayment{ngn(600000), QStringLiteral("PRQ_x"), 42, QDateTime()});
        QVERIFY(paid);
        // The same report twice (webhook and poller) is one change.
        QVERIFY(attempts.transition(terminal->id, AttemptState::Succeeded, QStringLiteral("t"), QStringLiteral("again"),
                                    VerifiedPayment{ngn(600000), QStringLiteral("PRQ_x"), 42, QDateTime()}));
        QVERIFY(!attempts.transition(terminal->id, AttemptState::Failed, QStringLiteral("t"), QStringLiteral("no")));
        const Invoice settled = **invoices.find(bill.id);
        QCOMPARE(settled.status, InvoiceStatus::Paid);
        QCOMPARE(settled.paid, ngn(1000000));
        QCOMPARE(settled.methods, QStringLiteral(",cash,terminal,"));
        auto payments =
            sql::exec(scratch.db(), QStringLiteral("SELECT COUNT(*) FROM payments WHERE invoice_id = ?"), {bill.id});
        QVERIFY(payments && payments->next());
        QCOMPARE(payments->value(0).toInt(), 2);
        const auto events = *attempts.events(terminal->id);
        QCOMPARE(events.size(), 3); // created, sent, succeeded
        QCOMPARE(events.last().to, AttemptState::Succeeded);
        // The terminal is free again.
        QVERIFY(attempts.create(
            {other.id, PaymentMethod::Terminal, ngn(500000), std::nullopt, QStringLiteral("T1"), QString()},
            {QStringLiteral("ada"), QStringLiteral("Desk 2"), QString()}));
        // A paid invoice takes nothing more; the receipt counts reprints.
        QVERIFY(!attempts.create({bill.id, PaymentMethod::Cash, ngn(1), ngn(1), QString(), QString()}, cashier()));
        ReceiptRepository receipts(scratch.db());
        const auto original = receipts.forAttempt(cash->id, true);
        QVERIFY(original);
        QVERIFY(!original->copy);
        QCOMPARE(*original->tendered, ngn(500000));
        QCOMPARE(original->balance, ngn(600000));
        const auto reprint = receipts.forAttempt(cash->id, true);
        QVERIFY(reprint->copy);
        QVERIFY(!receipts.forAttempt(999999, true));
        QVERIFY(AuditLog(scratch.db()).verify()->intact);
    }

    void invoicePagesAreKeyset_data() { addBackendRows(); }
    void invoicePagesAreKeyset()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Fixture f = fixture(scratch.db());
        InvoiceRepository invoices(scratch.db());
        AttemptRepository attempts(scratch.db());
        for (int i = 0; i < 25; ++i) {
            const Invoice bill =
                *invoices.issue({f.patient.id, Currency::ngn(), {lineFor(f.consultation, 1)}}, cashier());
            if (i % 5 == 0)
                QVERIFY(attempts.create({bill.id, PaymentMethod::Cash, ngn(500000), ngn(500000), QString(), QString()},
                                        cashier()));
        }
        QSet<qint64> seen;
        std::optional<InvoiceRepository::Cursor> cursor;
        for (;;) {
            const auto page = *invoices.page({}, cursor, 10);
            for (const Invoice& invoice : page)
                seen.insert(invoice.id);
            if (page.size() < 10)
                break;
            cursor = InvoiceRepository::Cursor{page.last().createdAt, page.last().id};
        }
        QCOMPARE(seen.size(), 25);
        InvoiceRepository::Filter paid;
        paid.status = InvoiceStatus::Paid;
        QCOMPARE(invoices.page(paid, std::nullopt, 100)->size(), 5);
        InvoiceRepository::Filter cash;
        cash.method = PaymentMethod::Cash;
        QCOMPARE(invoices.page(cash, std::nullopt, 100)->size(), 5);
        InvoiceRepository::Filter byNumber;
        byNumber.numberPrefix = QStringLiteral("desk1-00002");
        QCOMPARE(invoices.page(byNumber, std::nullopt, 100)->size(), 6); // 20..25
        InvoiceRepository::Filter future;
        future.from = QDate::currentDate().addDays(2);
        QCOMPARE(invoices.page(future, std::nullopt, 100)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBillingRepository)
#include "test_billing_repository.moc"
