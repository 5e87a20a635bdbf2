#pragma once

#include "payments/webhook_inbox.h"
#include "security/secret.h"
#include "server/http_server.h"
#include "storage/database_worker.h"

#include <QMutex>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace paydesk {

// POST /paystack/webhook: checks the signature over the raw bytes (401 and nothing stored when it is wrong or
// missing), stores the delivery in the inbox, and answers 200 only once it is durable. A redelivery answers 200 and
// stores nothing; a signed body that is not a Paystack event is stored as rejected and answered 400.
//
// Group commit: deliveries are written together, in one transaction on the database worker, and each is answered
// once its batch has committed. A batch is made up when the worker starts on it, not when it is queued: it takes
// every delivery that has come in by then (up to `maxBatch`). While one batch is written the next is already queued,
// so the worker goes straight from one commit to the next, and that next batch holds everything that arrived during
// the commit instead of only what had arrived when it was queued. With nothing being written, the first delivery
// starts a batch within `windowMs` (0: in the same event-loop turn).
class WebhookIntake : public QObject
{
    Q_OBJECT
  public:
    struct Options
    {
        int windowMs = 0;
        int maxBatch = 512;
    };
    using KeyProvider = std::function<Secret()>; // the Paystack secret key, read when it changes, not per request

    WebhookIntake(DatabaseWorker& worker, Database db, KeyProvider key, Options options, QObject* parent = nullptr);

    void handle(const HttpRequest& request, HttpResponder responder);

    qint64 batchesCommitted() const { return m_batches; }

  signals:
    // After each durable batch: how many deliveries were new.
    void stored(int newDeliveries);

  private:
    // What became of one delivery of a batch.
    struct Filed
    {
        bool isNew = false;    // false: its dedupe key was already there (a redelivery)
        bool rejected = false; // signed, but not a Paystack event: stored as rejected, answered 400
    };
    // Deliveries read on the HTTP thread and not yet taken into a batch; the worker takes them from the front.
    struct Handover
    {
        QMutex mutex;
        QList<InboxEntry> entries;
    };
    // One batch as the worker wrote it: how many deliveries it took from the handover, and what became of them.
    struct Written
    {
        qsizetype taken = 0;
        std::optional<DbError> error;
        QList<Filed> filed;
    };
    void flush(); // queues a batch, unless two are in the worker's hands or nothing is left to take
    void batchDone(const Written& written);
    qsizetype untaken() const; // handed over and not yet taken by a batch
    static Written writeBatch(const Database& db, Handover& handover, qsizetype maxBatch);

    DatabaseWorker& m_worker;
    Database m_db;
    KeyProvider m_key;
    Options m_options;
    std::shared_ptr<Handover> m_handover = std::make_shared<Handover>();
    QList<HttpResponder> m_unanswered; // one per delivery handed over and not yet answered, in the same order
    QTimer m_window;
    int m_writing = 0; // batches handed to the worker and not yet answered: the one written and the one queued
    qint64 m_batches = 0;
};

} // namespace paydesk
