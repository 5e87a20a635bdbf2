#include "billing/attempt_repository.h"
#include "billing/invoice_repository.h"
#include "billing/patient_repository.h"
#include "billing/payment_engine.h"
#include "billing/price_list.h"
#include "payments/inbox_listing.h"
#include "payments/inbox_processor.h"
#include "sandbox_rig.h"
#include "scratch_database.h"
#include "security/audit_log.h"
#include "security/user_repository.h"
#include "server/paydesk_http_service.h"
#include "storage/sql.h"

#include <QSignalSpy>
#include <QTest>

using namespace paydesk;
using namespace paydesk::test;

// The inbox processor on both databases: signed webhooks from paydesk-sandbox over loopback HTTP drive payments
// without waiting for the poller; events for nothing of ours are kept with the reason; failed rows can be
// replayed; two processors on one database share the rows without doing any twice.
class TestInboxProcessor : public QObject
{
    Q_OBJECT

    static Money ngn(qint64 kobo) { return Money::fromMinor(kobo, Currency::ngn()); }

    static QList<InboxEntry> events(int count, const QString& prefix)
    {
        QList<InboxEntry> entries;
        for (int i = 0; i < count; ++i) {
            InboxEntry entry;
            entry.event = QStringLiteral("charge.success");
            entry.dedupeKey = QStringLiteral("charge.success:%1-%2").arg(prefix).arg(i);
            entry.body =
                QStringLiteral(R"({"event":"charge.success","data":{"id":%1,"reference":"%2-%1","amount":"5000"}})")
                    .arg(i)
                    .arg(prefix)
                    .toUtf8();
            entry.headers = QStringLiteral("{}");
            entry.source = QStringLiteral("127.0.0.1");
            entry.receivedAt = QDateTime::currentDateTimeUtc();
            entries << entry;
        }
        return entries;
    }

    // The plan of a statement for these values (EXPLAIN plans it without running it), one line per step. SQLite
    // plans it with the values bound, as the code runs it (it chooses a partial index by a bound value);
    // PostgreSQL, which plans a statement's first runs with their values too, gets them written in.
    static QString planOf(const Database& db, QString statement, const QVariantList& values)
    {
        const bool postgres = db.dialect() == Database::Dialect::Postgres;
        QVariantList bound = values;
        if (postgres) {
            for (const QVariant& value : values)
                statement.replace(statement.indexOf(u'?'), 1,
                                  value.typeId() == QMetaType::QString ? u'\'' + value.toString() + u'\''
                                                                       : value.toString());
            bound.clear();
        }
        auto plan =
            sql::all(db, (postgres ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ")) + statement,
                     bound, [postgres](const QSqlQuery& q) { return q.value(postgres ? 0 : 3).toString(); });
        return plan ? plan->join(u'\n') : plan.error().message;
    }

    static qint64 countState(const Database& db, const QString& state)
    {
        return WebhookInbox(db).count(state).valueOr(-1);
    }

    // A cashier, a patient and a price list line to bill: what a payment needs before it can start.
    struct Desk
    {
        BillingActor cashier;
        Patient patient;
        InvoiceLineInput line;
    };
    static Desk makeDesk(const Database& db)
    {
        if (!UserRepository(db).create(
                {QStringLiteral("ada"), QStringLiteral("Ada"), Role::Cashier, QStringLiteral("cashier-pass-1")},
                QStringLiteral("test")))
            qFatal("cashier not created");
        Desk desk;
        desk.cashier = {QStringLiteral("ada"), QStringLiteral("Desk 1"), QString()};
        desk.patient =
            *PatientRepository(db).create({QString(), QStringLiteral("Ngozi"), QStringLiteral("Eze"), QString(),
                                           QString(), QStringLiteral("ngozi@example.com"), QDate(), QString()},
                                          QStringLiteral("ada"));
        desk.line.priceItemId = PriceListRepository(db)
                                    .save({0, QStringLiteral("CONS"), QStringLiteral("Consultation"),
                                           QStringLiteral("Consultation"), ngn(500000), false, true},
                                          QStringLiteral("ada"))
                                    ->id;
        return desk;
    }

  private slots:
    void webhooksDrivePaymentsWithoutWaitingForThePoller_data() { addBackendRows(); }
    void webhooksDrivePaymentsWithoutWaitingForThePoller()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database& db = scratch.db();
        DatabaseWorker worker;
        worker.adopt(db);
        PaydeskHttpService::Options httpOptions;
        httpOptions.port = 0;
        PaydeskHttpService http(worker, db, Secret(QByteArray(SandboxRig::kSecret)), httpOptions);
        const auto port = http.start();
        QVERIFY(port);
        SandboxRig sandbox({QStringLiteral("2232WE17")},
                           QUrl(QStringLiteral("http://127.0.0.1:%1/paystack/webhook").arg(*port)));
        QVERIFY(sandbox.isReady());
        PaymentEngine::Options engineOptions;
        engineOptions.firstCheckMs = 600000; // the poller would take ten minutes: only a webhook can be this fast
        engineOptions.maxCheckMs = 600000;
        engineOptions.deliveryCheckMs = 50;
        PaymentEngine engine(db, worker, sandbox.client(), engineOptions);
        InboxProcessor::Options processorOptions;
        processorOptions.idleMs = 200;
        InboxProcessor processor(db, worker, &engine, nullptr, processorOptions);
        connect(&http.intake(), &WebhookIntake::stored, &processor, &InboxProcessor::wake);
        processor.start();

        const Desk desk = makeDesk(db);
        const BillingActor& cashier = desk.cashier;
        auto begin = [&](PaymentMethod method) {
            const Invoice invoice =
                *InvoiceRepository(db).issue({desk.patient.id, Currency::ngn(), {desk.line}}, cashier);
            std::optional<Result<PaymentAttempt, QString>> started;
            engine.begin(
                {invoice.id, method, invoice.totals.total, std::nullopt, QStringLiteral("2232WE17"), QString()},
                cashier, this, [&](const Result<PaymentAttempt, QString>& r) { started = r; });
            if (!QTest::qWaitFor([&] { return started.has_value(); }, 5000) || !*started)
                qFatal("payment not started");
            return started->value();
        };
        auto stateOf = [&](qint64 id) { return (*AttemptRepository(db).find(id))->state; };

        // Terminal: the card is tapped; charge.success names the terminal, paymentrequest.success the request.
        const PaymentAttempt terminal = begin(PaymentMethod::Terminal);
        QVERIFY(QTest::qWaitFor([&] { return stateOf(terminal.id) == AttemptState::Waiting; }, 10000));
        QCOMPARE(sandbox.control(QStringLiteral("/_sandbox/terminals/2232WE17/tap"),
                                 {{QStringLiteral("outcome"), QStringLiteral("success")}}),
                 200);
        QVERIFY(QTest::qWaitFor([&] { return stateOf(terminal.id) == AttemptState::Succeeded; }, 10000));

        // Link: charge.success carries our reference.
        const PaymentAttempt link = begin(PaymentMethod::Link);
        QVERIFY(QTest::qWaitFor([&] { return stateOf(link.id) == AttemptState::Waiting; }, 10000));
        QCOMPARE(sandbox.control(QStringLiteral("/_sandbox/charges/%1/complete").arg(link.reference),
                                 {{QStringLiteral("outcome"), QStringLiteral("success")}}),
                 200);
        QVERIFY(QTest::qWaitFor([&] { return stateOf(link.id) == AttemptState::Succeeded; }, 10000));

        // Every delivery is in the inbox, processed, and the ones about our payments say which.
        QVERIFY(QTest::qWaitFor([&] { return countState(db, QStringLiteral("received")) == 0; }, 10000));
        auto matched =
            sql::exec(db, QStringLiteral("SELECT event, attempt_id FROM webhook_inbox WHERE state = 'processed' "
                                         "AND attempt_id IS NOT NULL"));
        QVERIFY(matched);
        QSet<qint64> attempts;
        QStringList names;
        while (matched->next()) {
            names << matched->value(0).toString();
            attempts << matched->value(1).toLongLong();
        }
        QVERIFY2(names.contains(QStringLiteral("charge.success")) &&
                     names.contains(QStringLiteral("paymentrequest.success")),
                 qPrintable(names.join(u',')));
        QVERIFY(attempts.contains(terminal.id) && attempts.contains(link.id));
    }

    // A claimed batch is matched with one query per rule for the whole batch; each event still gets what the
    // rules, taken in order of certainty, say about it alone.
    void matchesABatchByEachRuleInOrder_data() { addBackendRows(); }
    void matchesABatchByEachRuleInOrder()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database& db = scratch.db();
        const Desk desk = makeDesk(db);
        const BillingActor& cashier = desk.cashier;
        // An attempt on an invoice of its own, its Paystack columns then set as the engine would have set them.
        auto attempt = [&](PaymentMethod method, const QString& terminal, const QString& sets) {
            const Invoice invoice =
                *InvoiceRepository(db).issue({desk.patient.id, Currency::ngn(), {desk.line}}, cashier);
            auto created = AttemptRepository(db).create(
                {invoice.id, method, invoice.totals.total, std::nullopt, terminal, QString()}, cashier);
            if (!created)
                qFatal("attempt not created: %s", qPrintable(created.error()));
            if (!sets.isEmpty() &&
                !sql::exec(db, QStringLiteral("UPDATE payment_attempts SET %1 WHERE id = ?").arg(sets), {created->id}))
                qFatal("attempt not updated");
            return *created;
        };
        const PaymentAttempt byOurs = attempt(PaymentMethod::Link, QString(), QString());
        const PaymentAttempt olderRequest =
            attempt(PaymentMethod::Link, QString(), QStringLiteral("paystack_request_code = 'PRQ_shared'"));
        const PaymentAttempt request =
            attempt(PaymentMethod::Link, QString(), QStringLiteral("paystack_request_code = 'PRQ_shared'"));
        const PaymentAttempt verified = attempt(
            PaymentMethod::Link, QString(), QStringLiteral("state = 'succeeded', paystack_reference = 'T_verified'"));
        const PaymentAttempt finishedOnTerminal =
            attempt(PaymentMethod::Terminal, QStringLiteral("2232WE17"), QStringLiteral("state = 'failed'"));
        const PaymentAttempt onTerminal = attempt(PaymentMethod::Terminal, QStringLiteral("2232WE17"), QString());

        auto event = [](const QString& name, const QJsonObject& data) { return WebhookEvent{name, QString(), data}; };
        const QJsonObject viaMetadata{
            {QStringLiteral("reference"), QStringLiteral("T_unknown")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("paydesk_reference"), byOurs.reference}}}};
        const QList<WebhookEvent> batch{
            event(QStringLiteral("charge.success"), viaMetadata),
            // Our reference outranks the request code it also names.
            event(QStringLiteral("paymentrequest.success"),
                  {{QStringLiteral("reference"), byOurs.reference},
                   {QStringLiteral("request_code"), QStringLiteral("PRQ_shared")}}),
            event(QStringLiteral("paymentrequest.success"),
                  {{QStringLiteral("request_code"), QStringLiteral("PRQ_shared")}}),
            event(QStringLiteral("charge.success"), {{QStringLiteral("reference"), QStringLiteral("T_verified")}}),
            event(
                QStringLiteral("charge.success"),
                {{QStringLiteral("reference"), QStringLiteral("T_card")},
                 {QStringLiteral("source"), QJsonObject{{QStringLiteral("identifier"), QStringLiteral("2232WE17")}}}}),
            event(QStringLiteral("charge.success"), {{QStringLiteral("reference"), QStringLiteral("T_stranger")}}),
            event(QStringLiteral("charge.success"), viaMetadata), // the same event twice in one batch
            event(QStringLiteral("refund.processed"),
                  {{QStringLiteral("id"), 99}, {QStringLiteral("transaction_reference"), QStringLiteral("T_none")}}),
        };
        const auto matches = WebhookMatcher(db).match(batch);
        QVERIFY2(matches.ok(), qPrintable(matches.ok() ? QString() : matches.error().message));
        QCOMPARE(matches->size(), batch.size());
        const QList<qint64> attempts{byOurs.id, byOurs.id, request.id, verified.id, onTerminal.id, 0, byOurs.id, 0};
        const QStringList why{QStringLiteral("our reference"),
                              QStringLiteral("our reference"),
                              QStringLiteral("payment request"),
                              QStringLiteral("Paystack reference"),
                              QStringLiteral("terminal in flight"),
                              QStringLiteral("no payment of ours matches "
                                             "(reference T_stranger)"),
                              QStringLiteral("our reference"),
                              QStringLiteral("no refund of ours matches")};
        for (qsizetype i = 0; i < batch.size(); ++i) {
            QCOMPARE(matches->at(i).attemptId, attempts.at(i));
            QCOMPARE(matches->at(i).refundId, qint64(0));
            QVERIFY2(matches->at(i).note.contains(why.at(i)), qPrintable(matches->at(i).note));
        }
        QVERIFY(request.id > olderRequest.id && onTerminal.id > finishedOnTerminal.id);
        QVERIFY(WebhookMatcher(db).match({})->isEmpty());
    }

    // A batch stores each dedupe key once, and the first delivery of a key is the one kept, however the backend
    // writes the batch (PostgreSQL: a few statements for the whole batch, in slices of 1,000 rows).
    void storingABatchKeepsTheFirstDeliveryOfEachKey_data() { addBackendRows(); }
    void storingABatchKeepsTheFirstDeliveryOfEachKey()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database& db = scratch.db();
        const WebhookInbox inbox(db);
        const QList<InboxEntry> earlier = events(1, QStringLiteral("earlier"));
        QCOMPARE(*inbox.storeBatch(earlier), QList<bool>{true});
        QList<InboxEntry> batch = events(2, QStringLiteral("batch"));
        InboxEntry again = batch.first();
        again.body = "{\"again\":true}";
        batch << again << earlier.first();
        QCOMPARE(*inbox.storeBatch(batch), (QList<bool>{true, true, false, false}));
        QCOMPARE(*inbox.count(), qint64(3));
        QList<InboxEntry> stored = *inbox.list();
        std::sort(stored.begin(), stored.end(),
                  [](const InboxEntry& a, const InboxEntry& b) { return a.dedupeKey < b.dedupeKey; });
        QCOMPARE(stored.at(0).dedupeKey, batch.at(0).dedupeKey);
        QCOMPARE(stored.at(0).body, batch.at(0).body); // not the second delivery's
        QCOMPARE(stored.at(1).body, batch.at(1).body);
        QCOMPARE(stored.at(2).body, earlier.first().body);

        const QList<bool> many = *inbox.storeBatch(events(2500, QStringLiteral("many")));
        QCOMPARE(many.size(), 2500);
        QVERIFY(std::all_of(many.cbegin(), many.cend(), [](bool isNew) { return isNew; }));
        QCOMPARE(*inbox.count(), qint64(2503));
        auto payloads = sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM webhook_payloads"));
        QVERIFY(payloads && payloads->next());
        QCOMPARE(payloads->value(0).toLongLong(), qint64(2503));
    }

    void eventsForNothingOfOursAreKept_data() { addBackendRows(); }
    void eventsForNothingOfOursAreKept()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database& db = scratch.db();
        DatabaseWorker worker;
        worker.adopt(db);
        QList<InboxEntry> entries = events(3, QStringLiteral("stranger"));
        InboxEntry junk = entries.takeLast();
        junk.dedupeKey = QStringLiteral("junk");
        junk.body = "{not json";
        entries << junk;
        QVERIFY(WebhookInbox(db).storeBatch(entries));
        InboxProcessor::Options options;
        options.idleMs = 50;
        InboxProcessor processor(db, worker, nullptr, nullptr, options);
        processor.start();
        QVERIFY(QTest::qWaitFor([&] { return countState(db, QStringLiteral("received")) == 0; }, 10000));
        QCOMPARE(countState(db, QStringLiteral("processed")), qint64(2));
        QCOMPARE(countState(db, QStringLiteral("failed")), qint64(1));
        const auto processed = *WebhookInbox(db).list(QStringLiteral("processed"));
        for (const InboxEntry& entry : processed)
            QVERIFY2(entry.reason.contains(QStringLiteral("no payment of ours")), qPrintable(entry.reason));
        // A supervisor replays the failed row: it gets a fresh try (and fails again, visibly, with its reason).
        const InboxEntry failed = WebhookInbox(db).list(QStringLiteral("failed"))->first();
        QVERIFY(failed.reason.contains(QStringLiteral("not JSON")));
        QVERIFY(InboxProcessor::replay(db, failed.id));
        QCOMPARE(countState(db, QStringLiteral("failed")), qint64(0));
        QVERIFY(QTest::qWaitFor([&] { return countState(db, QStringLiteral("failed")) == 1; }, 10000));
        QCOMPARE(WebhookInbox(db).list(QStringLiteral("failed"))->first().attempts, 1);
        QVERIFY(WebhookInbox(db).list(QStringLiteral("failed"))->first().reason.contains(QStringLiteral("not JSON")));
    }

    // A database problem while matching leaves the rows to be tried again after a backoff, with the reason shown;
    // once the problem is gone they are applied.
    void aDatabaseProblemWhileMatchingIsRetriedLater_data() { addBackendRows(); }
    void aDatabaseProblemWhileMatchingIsRetriedLater()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database& db = scratch.db();
        DatabaseWorker worker;
        worker.adopt(db);
        QVERIFY(WebhookInbox(db).storeBatch(events(3, QStringLiteral("later"))));
        QVERIFY(sql::exec(db, QStringLiteral("ALTER TABLE payment_attempts RENAME TO payment_attempts_away")));
        InboxProcessor::Options options;
        options.idleMs = 50;
        options.firstRetryMs = 1500; // time enough to look at the rows between the two tries
        InboxProcessor processor(db, worker, nullptr, nullptr, options);
        processor.start();
        auto tried = [&] {
            return sql::one(db, QStringLiteral("SELECT MIN(attempts), MAX(attempts) FROM webhook_inbox"), {},
                            [](const QSqlQuery& row) { return std::pair(row.value(0).toInt(), row.value(1).toInt()); })
                .valueOr(std::nullopt)
                .value_or(std::pair(-1, -1));
        };
        QVERIFY(QTest::qWaitFor([&] { return tried() == std::pair(1, 1); }, 10000));
        QCOMPARE(countState(db, QStringLiteral("received")), qint64(3));
        for (const InboxEntry& entry : *WebhookInbox(db).list())
            QVERIFY2(entry.reason.contains(QStringLiteral("payment_attempts")), qPrintable(entry.reason));
        auto waiting = sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM webhook_inbox WHERE next_attempt_at IS NOT "
                                                    "NULL AND claimed_by IS NULL"));
        QVERIFY(waiting && waiting->next());
        QCOMPARE(waiting->value(0).toInt(), 3);
        waiting->finish();

        QVERIFY(sql::exec(db, QStringLiteral("ALTER TABLE payment_attempts_away RENAME TO payment_attempts")));
        QVERIFY(QTest::qWaitFor([&] { return countState(db, QStringLiteral("processed")) == 3; }, 10000));
        QCOMPARE(tried(), std::pair(2, 2));
        for (const InboxEntry& entry : *WebhookInbox(db).list())
            QVERIFY2(entry.reason.contains(QStringLiteral("no payment of ours")), qPrintable(entry.reason));
    }

    // The claim must not read past the deliveries already applied. PostgreSQL's statistics, taken while the inbox
    // was filling, say nearly every row is still to apply; with only the primary key to go by, it walked the ids
    // from the oldest and each claim read every processed row again.
    void claimsReadOnlyTheRowsStillToApply_data() { addBackendRows(); }
    void claimsReadOnlyTheRowsStillToApply()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database& db = scratch.db();
        QVERIFY(WebhookInbox(db).storeBatch(events(3000, QStringLiteral("flood"))));
        const bool postgres = db.dialect() == Database::Dialect::Postgres;
        if (postgres)
            QVERIFY(sql::exec(db, QStringLiteral("ANALYZE webhook_inbox")));
        QVERIFY(
            sql::exec(db, QStringLiteral("UPDATE webhook_inbox SET state = 'processed' WHERE id < (SELECT MAX(id) - 10 "
                                         "FROM webhook_inbox)")));
        const QString text =
            planOf(db, InboxProcessor::claimStatement(db.dialect()),
                   {QStringLiteral("test"), QStringLiteral("2026-11-23T10:01:00Z"),
                    QStringLiteral("2026-11-23T10:00:00Z"), QStringLiteral("2026-11-23T10:00:00Z"), 50});
        QVERIFY2(text.contains(u"webhook_inbox_pending"), qPrintable(text));
    }

    // A new delivery goes into no index but the dedupe key's and webhook_inbox_pending (each index is one more B-tree
    // insert on the thread a flood queues for); the lookups the dropped and narrowed indexes served still find their
    // rows through an index, not by reading the whole inbox.
    void inboxLookupsUseTheNarrowIndexes_data() { addBackendRows(); }
    void inboxLookupsUseTheNarrowIndexes()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database& db = scratch.db();
        QVERIFY(WebhookInbox(db).storeBatch(events(2000, QStringLiteral("many"))));
        QVERIFY(sql::exec(db, QStringLiteral("UPDATE webhook_inbox SET state = 'processed', attempt_id = id WHERE id "
                                             "< (SELECT MAX(id) - 20 FROM webhook_inbox)")));
        QVERIFY(sql::exec(db, QStringLiteral("UPDATE webhook_inbox SET state = 'rejected' WHERE id > (SELECT MAX(id) "
                                             "- 5 FROM webhook_inbox)")));
        if (db.dialect() == Database::Dialect::Postgres)
            QVERIFY(sql::exec(db, QStringLiteral("ANALYZE webhook_inbox")));

        const QString rare = planOf(db, inboxListStatement(true), {QStringLiteral("rejected"), 50});
        QVERIFY2(rare.contains(u"webhook_inbox_rejected"), qPrintable(rare));
        const QString waiting = planOf(db, inboxListStatement(true), {QStringLiteral("received"), 50});
        QVERIFY2(waiting.contains(u"webhook_inbox_pending"), qPrintable(waiting));
        const QString attempt = planOf(db, QStringLiteral("SELECT id FROM webhook_inbox WHERE attempt_id = ?"), {42});
        QVERIFY2(attempt.contains(u"webhook_inbox_attempt"), qPrintable(attempt));

        // What each listing returns, newest first.
        auto rejected = listInbox(db, QStringLiteral("rejected"));
        QVERIFY(rejected);
        QCOMPARE(rejected->rows.size(), 5);
        auto waitingRows = listInbox(db, QStringLiteral("received"), 3);
        QVERIFY(waitingRows);
        QCOMPARE(waitingRows->rows.size(), 3);
        QVERIFY(waitingRows->rows.at(0).at(0).toLongLong() > waitingRows->rows.at(1).at(0).toLongLong());
        auto processed = listInbox(db, QStringLiteral("processed"), 10);
        QVERIFY(processed);
        QCOMPARE(processed->rows.size(), 10);
        auto all = listInbox(db, QString());
        QVERIFY(all);
        QCOMPARE(all->rows.size(), 2000);
    }

    // The desk's inbox view goes through reviewInbox and replayInboxRowAs: supervisors and admins only (checked in
    // core, from the users table), and a replay is in the audit log under the supervisor's name, in the same
    // transaction as the replay itself.
    void supervisorsReviewAndReplayTheInbox_data() { addBackendRows(); }
    void supervisorsReviewAndReplayTheInbox()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database& db = scratch.db();
        for (const auto& [name, role, active] :
             {std::tuple{"sup", "supervisor", true}, {"cash", "cashier", true}, {"gone", "supervisor", false}})
            QVERIFY(sql::exec(
                db,
                QStringLiteral("INSERT INTO users (username, display_name, role, password_hash, active, "
                               "created_at) VALUES (?, ?, ?, 'x', ?, '2026-11-01T00:00:00.000Z')"),
                {QString::fromLatin1(name), QString::fromLatin1(name), QString::fromLatin1(role), QVariant(active)}));
        QVERIFY(WebhookInbox(db).storeBatch(events(3, QStringLiteral("view"))));
        const auto ids = sql::all(db, QStringLiteral("SELECT id FROM webhook_inbox ORDER BY id"), {},
                                  [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
        QVERIFY(ids && ids->size() == 3);
        const qint64 failed = ids->at(0);
        const qint64 rejected = ids->at(1);
        QVERIFY(sql::exec(db,
                          QStringLiteral("UPDATE webhook_inbox SET state = 'failed', reason = 'no payment of ours', "
                                         "attempts = 5 WHERE id = ?"),
                          {failed}));
        QVERIFY(sql::exec(db, QStringLiteral("UPDATE webhook_inbox SET state = 'rejected' WHERE id = ?"), {rejected}));

        for (const char* who : {"cash", "gone", "nobody"}) {
            QVERIFY(!reviewInbox(db, QString::fromLatin1(who), QString(), 10).ok());
            QVERIFY(!replayInboxRowAs(db, QString::fromLatin1(who), failed).ok());
        }
        QCOMPARE(countState(db, QStringLiteral("failed")), 1); // the refusals changed nothing

        auto listed = reviewInbox(db, QStringLiteral("sup"), QStringLiteral("failed"), 10);
        QVERIFY(listed);
        QCOMPARE(listed->rows.size(), 1);
        QCOMPARE(listed->rows.first().at(InboxListing::Id).toLongLong(), failed);
        QCOMPARE(listed->rows.first().at(InboxListing::Reason).toString(), QStringLiteral("no payment of ours"));
        QCOMPARE(reviewInbox(db, QStringLiteral("sup"), QString(), 2)->rows.size(), 2);

        QCOMPARE(*replayInboxRowAs(db, QStringLiteral("sup"), failed), ReplayOutcome::Queued);
        QCOMPARE(*replayInboxRowAs(db, QStringLiteral("sup"), rejected), ReplayOutcome::Rejected);
        QCOMPARE(*replayInboxRowAs(db, QStringLiteral("sup"), ids->at(2) + 100), ReplayOutcome::NotFound);
        QCOMPARE(countState(db, QStringLiteral("failed")), 0);
        QCOMPARE(countState(db, QStringLiteral("received")), 2);
        auto audited = AuditLog(db).search({{}, {}, QStringLiteral("inbox.replayed"), {}}, 10);
        QVERIFY(audited);
        QCOMPARE(audited->size(), 1); // the rejected and the missing row were not replayed, so not recorded
        QCOMPARE(audited->first().actor, QStringLiteral("sup"));
        QCOMPARE(audited->first().subject, QStringLiteral("inbox:%1").arg(failed));
        QVERIFY2(audited->first().details.contains(u"\"state\":\"failed\""), qPrintable(audited->first().details));
        QVERIFY(AuditLog(db).verify()->intact);
    }

    void twoProcessorsShareTheRowsWithoutDoingAnyTwice_data() { addBackendRows(); }
    void twoProcessorsShareTheRowsWithoutDoingAnyTwice()
    {
        PAYDESK_MIGRATED_SCRATCH(scratch);
        const Database& db = scratch.db();
        QVERIFY(WebhookInbox(db).storeBatch(events(300, QStringLiteral("load"))));
        // Two processors with their own connections, as two paydesk-server processes would have.
        auto second = Database::open(scratch.url());
        QVERIFY(second);
        DatabaseWorker workerA;
        DatabaseWorker workerB;
        workerA.adopt(db);
        workerB.adopt(*second);
        InboxProcessor::Options a;
        a.name = QStringLiteral("server-a");
        a.batch = 7;
        a.idleMs = 10;
        InboxProcessor::Options b = a;
        b.name = QStringLiteral("server-b");
        InboxProcessor first(db, workerA, nullptr, nullptr, a);
        InboxProcessor other(*second, workerB, nullptr, nullptr, b);
        QList<qint64> done;
        for (InboxProcessor* p : {&first, &other})
            connect(p, &InboxProcessor::rowProcessed, this, [&](qint64 id) { done << id; });
        first.start();
        other.start();
        QVERIFY(QTest::qWaitFor([&] { return done.size() >= 300; }, 30000));
        QTest::qWait(100);
        QCOMPARE(done.size(), 300);
        QCOMPARE(QSet<qint64>(done.begin(), done.end()).size(), 300);
        QVERIFY(first.processedCount() > 0 && other.processedCount() > 0);
        QCOMPARE(countState(db, QStringLiteral("processed")), qint64(300));
        auto once = sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM webhook_inbox WHERE attempts <> 1"));
        QVERIFY(once && once->next());
        QCOMPARE(once->value(0).toLongLong(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestInboxProcessor)
#include "test_inbox_processor.moc"
