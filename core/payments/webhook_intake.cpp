#include "payments/webhook_intake.h"

#include "payments/webhook_event.h"
#include "paystack/webhook_signature.h"
#include "stats/stats_summaries.h"
#include "storage/write_gate.h"
#include "util/json_text.h"
#include "util/logging.h"

namespace paydesk {

namespace {

HttpResponse answer(int status, const char* message)
{
    return HttpResponse::json(status, QByteArray(R"({"status":)") + (status == 200 ? "true" : "false") +
                                          R"(,"message":")" + message + "\"}");
}

// The headers worth keeping, as a JSON object (written directly: this runs on the HTTP thread for every delivery).
QString keptHeaders(const HttpRequest& request)
{
    QString json(1, u'{');
    for (const char* name : {"content-type", "user-agent", "x-forwarded-for", "x-paystack-signature"}) {
        const QByteArray value = request.header(name);
        if (value.isEmpty())
            continue;
        if (json.size() > 1)
            json.append(u',');
        appendJsonString(json, QString::fromLatin1(name));
        json.append(u':');
        appendJsonString(json, QString::fromLatin1(value));
    }
    json.append(u'}');
    return json;
}

} // namespace

WebhookIntake::WebhookIntake(DatabaseWorker& worker, Database db, KeyProvider key, Options options, QObject* parent)
    : QObject(parent), m_worker(worker), m_db(std::move(db)), m_key(std::move(key)), m_options(options)
{
    m_window.setSingleShot(true);
    connect(&m_window, &QTimer::timeout, this, &WebhookIntake::flush);
}

void WebhookIntake::handle(const HttpRequest& request, HttpResponder responder)
{
    const QByteArray signature = request.header("x-paystack-signature");
    if (signature.isEmpty() || !verifyPaystackWebhook(request.body, signature, m_key())) {
        qCWarning(lcPayments) << "webhook with a" << (signature.isEmpty() ? "missing" : "wrong") << "signature from"
                              << request.client.toString();
        responder.respond(answer(401, "Invalid signature"));
        return;
    }
    // The body is read here, on the HTTP thread, which has time to spare, while the database worker writes the
    // batch before: that worker is what the deliveries of a flood queue for.
    Pending pending{{}, responder};
    InboxEntry& entry = pending.entry;
    entry.body = request.body;
    entry.headers = keptHeaders(request);
    entry.source = request.client.toString();
    entry.receivedAt = QDateTime::currentDateTimeUtc();
    if (auto parsed = parseWebhookEvent(entry.body)) {
        entry.event = parsed->event;
        entry.dedupeKey = parsed->dedupeKey;
        entry.paidAt = stats::webhookPaidAt(parsed->data);
    } else {
        entry.event = QStringLiteral("(unreadable)");
        entry.dedupeKey = rejectedDedupeKey(entry.body);
        entry.state = QStringLiteral("rejected");
        entry.reason = parsed.error();
    }
    m_pending.append(std::move(pending));
    if (m_writing > 0) {
        // Joins the next batch, written as soon as the current one commits; or queued behind it already, once big
        // enough that the worker should not sit idle while the answers go out and the next batch comes in.
        if (m_writing == 1 && m_pending.size() >= m_options.queueNextAt)
            flush();
        return;
    }
    if (m_pending.size() >= m_options.maxBatch)
        flush();
    else if (!m_window.isActive())
        m_window.start(m_options.windowMs);
}

void WebhookIntake::flush()
{
    m_window.stop();
    if (m_writing >= 2 || m_pending.isEmpty())
        return;
    ++m_writing;
    QList<Pending> batch = std::exchange(m_pending, {});
    QList<InboxEntry> entries;
    entries.reserve(batch.size());
    for (const Pending& pending : std::as_const(batch))
        entries << pending.entry;
    // From now until its job starts, the batch counts as a writer waiting for SQLite's lock, so that the inbox
    // processor does not slip in between two batches (the token goes when the job runs, or is dropped unrun).
    std::shared_ptr<void> expected;
    if (auto gate = WriteGate::forDatabase(m_db)) {
        gate->expect();
        expected = std::shared_ptr<void>(nullptr, [gate](void*) { gate->unexpect(); });
    }
    m_worker.run(
        [db = m_db, entries, expected]() mutable -> Result<QList<Filed>, DbError> {
            expected.reset(); // its Transaction queues at the gate from here on
            auto stored = WebhookInbox(db).storeBatch(entries);
            if (!stored)
                return stored.error();
            QList<Filed> filed(entries.size());
            for (qsizetype i = 0; i < filed.size(); ++i) {
                filed[i].isNew = stored->at(i);
                filed[i].rejected = entries.at(i).state == u"rejected";
            }
            return filed;
        },
        this, [this, batch](const Result<QList<Filed>, DbError>& result) { batchDone(batch, result); });
}

void WebhookIntake::batchDone(const QList<Pending>& batch, const Result<QList<Filed>, DbError>& result)
{
    --m_writing;
    if (!result) {
        // Not stored, so not acknowledged: Paystack delivers it again later.
        qCWarning(lcPayments) << "inbox write failed; answering 503 to" << batch.size()
                              << "deliveries:" << result.error().message;
        for (const Pending& pending : batch)
            pending.responder.respond(answer(503, "Temporarily unable to store the event"));
    } else {
        ++m_batches;
        int fresh = 0;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const Filed filed = result->at(i);
            fresh += filed.isNew ? 1 : 0;
            batch.at(i).responder.respond(filed.rejected ? answer(400, "Not a Paystack event")
                                          : filed.isNew  ? answer(200, "Stored")
                                                         : answer(200, "Already stored"));
        }
        if (fresh > 0)
            emit stored(fresh);
    }
    if (!m_pending.isEmpty() && (m_writing == 0 || m_pending.size() >= m_options.queueNextAt))
        flush();
}

} // namespace paydesk
