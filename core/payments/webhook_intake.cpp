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
    // The body is read here, on the HTTP thread, while the database worker writes the batch before: that worker
    // is what the deliveries of a flood queue for, so it should only write.
    InboxEntry entry;
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
    {
        const QMutexLocker locker(&m_handover->mutex);
        m_handover->entries.append(std::move(entry));
    }
    m_unanswered.append(responder);
    if (m_writing == 1) {
        flush(); // the next batch, queued behind the one being written: it takes this delivery and all that follow
        return;
    }
    if (m_writing >= 2)
        return; // the queued batch takes it when it starts
    if (untaken() >= m_options.maxBatch)
        flush();
    else if (!m_window.isActive())
        m_window.start(m_options.windowMs);
}

void WebhookIntake::flush()
{
    m_window.stop();
    if (m_writing >= 2 || untaken() == 0)
        return;
    ++m_writing;
    // From now until its job starts, the batch counts as a writer waiting for SQLite's lock, so that the inbox
    // processor does not slip in between two batches (the token goes when the job runs, or is dropped unrun).
    std::shared_ptr<void> expected;
    if (auto gate = WriteGate::forDatabase(m_db)) {
        gate->expect();
        expected = std::shared_ptr<void>(nullptr, [gate](void*) { gate->unexpect(); });
    }
    m_worker.run(
        [db = m_db, handover = m_handover, maxBatch = m_options.maxBatch, expected]() mutable {
            expected.reset(); // its Transaction queues at the gate from here on
            return writeBatch(db, *handover, maxBatch);
        },
        this, [this](const Written& written) { batchDone(written); });
}

WebhookIntake::Written WebhookIntake::writeBatch(const Database& db, Handover& handover, qsizetype maxBatch)
{
    QList<InboxEntry> entries;
    {
        const QMutexLocker locker(&handover.mutex);
        if (handover.entries.size() <= maxBatch) {
            entries.swap(handover.entries);
        } else {
            entries = handover.entries.first(maxBatch);
            handover.entries.remove(0, maxBatch);
        }
    }
    Written written;
    written.taken = entries.size();
    if (entries.isEmpty())
        return written; // an earlier batch took them all
    auto stored = WebhookInbox(db).storeBatch(entries);
    if (!stored) {
        written.error = stored.error();
        return written;
    }
    written.filed.resize(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        written.filed[i].isNew = stored->at(i);
        written.filed[i].rejected = entries.at(i).state == u"rejected";
    }
    return written;
}

void WebhookIntake::batchDone(const Written& written)
{
    --m_writing;
    // The batch took the oldest deliveries handed over, and the responders are in the same order.
    const QList<HttpResponder> batch = m_unanswered.first(written.taken);
    m_unanswered.remove(0, written.taken);
    if (written.error) {
        // Not stored, so not acknowledged: Paystack delivers it again later.
        qCWarning(lcPayments) << "inbox write failed; answering 503 to" << batch.size()
                              << "deliveries:" << written.error->message;
        for (const HttpResponder& responder : batch)
            responder.respond(answer(503, "Temporarily unable to store the event"));
    } else if (!batch.isEmpty()) {
        ++m_batches;
        int fresh = 0;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const Filed filed = written.filed.at(i);
            fresh += filed.isNew ? 1 : 0;
            batch.at(i).respond(filed.rejected ? answer(400, "Not a Paystack event")
                                : filed.isNew  ? answer(200, "Stored")
                                               : answer(200, "Already stored"));
        }
        if (fresh > 0)
            emit stored(fresh);
    }
    // Deliveries that no batch in the worker's hands will take (those beyond a full batch, or that came after the
    // queued batch had started) go in the next.
    flush();
}

qsizetype WebhookIntake::untaken() const
{
    const QMutexLocker locker(&m_handover->mutex);
    return m_handover->entries.size();
}

} // namespace paydesk
