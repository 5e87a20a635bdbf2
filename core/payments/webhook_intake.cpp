#include "payments/webhook_intake.h"

#include "payments/webhook_event.h"
#include "paystack/webhook_signature.h"
#include "stats/stats_summaries.h"
#include "util/logging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace paydesk {

namespace {

HttpResponse answer(int status, const char* message)
{
    return HttpResponse::json(status, QByteArray(R"({"status":)") + (status == 200 ? "true" : "false") +
                                          R"(,"message":")" + message + "\"}");
}

QString keptHeaders(const HttpRequest& request)
{
    QJsonObject headers;
    for (const char* name : {"content-type", "user-agent", "x-paystack-signature", "x-forwarded-for"}) {
        const QByteArray value = request.header(name);
        if (!value.isEmpty())
            headers.insert(QLatin1String(name), QString::fromLatin1(value));
    }
    return QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact));
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
    Pending pending{{}, responder, 200};
    InboxEntry& entry = pending.entry;
    entry.body = request.body;
    entry.headers = keptHeaders(request);
    entry.source = request.client.toString();
    entry.receivedAt = QDateTime::currentDateTimeUtc();
    auto parsed = parseWebhookEvent(request.body);
    if (parsed) {
        entry.event = parsed->event;
        entry.dedupeKey = parsed->dedupeKey;
        entry.paidAt = stats::webhookPaidAt(parsed->data);
    } else {
        entry.event = QStringLiteral("(unreadable)");
        entry.dedupeKey = rejectedDedupeKey(request.body);
        entry.state = QStringLiteral("rejected");
        entry.reason = parsed.error();
        pending.statusWhenStored = 400;
    }
    m_pending.append(std::move(pending));
    if (m_writing)
        return; // joins the next batch, written as soon as the current one commits
    if (m_pending.size() >= m_options.maxBatch)
        flush();
    else if (!m_window.isActive())
        m_window.start(m_options.windowMs);
}

void WebhookIntake::flush()
{
    m_window.stop();
    if (m_writing || m_pending.isEmpty())
        return;
    m_writing = true;
    QList<Pending> batch = std::exchange(m_pending, {});
    QList<InboxEntry> entries;
    entries.reserve(batch.size());
    for (const Pending& pending : std::as_const(batch))
        entries << pending.entry;
    m_worker.run([db = m_db, entries] { return WebhookInbox(db).storeBatch(entries); }, this,
                 [this, batch](const Result<QList<bool>, DbError>& result) { batchDone(batch, result); });
}

void WebhookIntake::batchDone(const QList<Pending>& batch, const Result<QList<bool>, DbError>& result)
{
    m_writing = false;
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
            const bool isNew = result->at(i);
            fresh += isNew ? 1 : 0;
            const Pending& pending = batch.at(i);
            pending.responder.respond(pending.statusWhenStored == 400 ? answer(400, "Not a Paystack event")
                                      : isNew                         ? answer(200, "Stored")
                                                                      : answer(200, "Already stored"));
        }
        if (fresh > 0)
            emit stored(fresh);
    }
    if (!m_pending.isEmpty())
        flush();
}

} // namespace paydesk
