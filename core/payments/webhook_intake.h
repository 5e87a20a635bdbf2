#pragma once

#include "payments/webhook_inbox.h"
#include "security/secret.h"
#include "server/http_server.h"
#include "storage/database_worker.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace paydesk {

// POST /paystack/webhook: checks the signature over the raw bytes (401 and nothing stored when it is wrong or
// missing), stores the delivery in the inbox, and answers 200 only once it is durable. A redelivery answers 200 and
// stores nothing; a signed body that is not a Paystack event is stored as rejected and answered 400.
//
// Group commit: deliveries that arrive while a batch is being written, or within `windowMs` of the first (0: in the
// same event-loop turn), are written together in one transaction on the database worker, and each is answered when
// its batch has committed. Once `queueNextAt` of them are waiting, the next batch is queued behind the one being
// written, so that the worker never waits for the answers to go out and the next deliveries to come in.
class WebhookIntake : public QObject
{
    Q_OBJECT
  public:
    struct Options
    {
        int windowMs = 0;
        int maxBatch = 512;
        int queueNextAt = 16; // while a batch is written, the next is queued behind it once this big
    };
    using KeyProvider = std::function<Secret()>; // the Paystack secret key, read when it changes, not per request

    WebhookIntake(DatabaseWorker& worker, Database db, KeyProvider key, Options options, QObject* parent = nullptr);

    void handle(const HttpRequest& request, HttpResponder responder);

    qint64 batchesCommitted() const { return m_batches; }

  signals:
    // After each durable batch: how many deliveries were new.
    void stored(int newDeliveries);

  private:
    struct Pending
    {
        InboxEntry entry;
        HttpResponder responder;
    };
    // What became of one delivery of a batch.
    struct Filed
    {
        bool isNew = false;    // false: its dedupe key was already there (a redelivery)
        bool rejected = false; // signed, but not a Paystack event: stored as rejected, answered 400
    };
    void flush();
    void batchDone(const QList<Pending>& batch, const Result<QList<Filed>, DbError>& result);

    DatabaseWorker& m_worker;
    Database m_db;
    KeyProvider m_key;
    Options m_options;
    QList<Pending> m_pending;
    QTimer m_window;
    int m_writing = 0; // batches handed to the worker and not yet answered: one, or two once queueNextAt is reached
    qint64 m_batches = 0;
};

} // namespace paydesk
