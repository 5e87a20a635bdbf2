#pragma once

#include "payments/webhook_intake.h"
#include "server/http_router.h"
#include "server/http_server.h"
#include "storage/database_worker.h"

#include <QObject>

namespace paydesk {

namespace ussd {
class UssdService;
}

// What paydesk-server and a standalone desk serve on their port: POST /paystack/webhook into the inbox, GET /health,
// the admin routes behind a bearer token (GET /admin/inbox, POST /admin/inbox/replay), and the USSD gateway routes
// when a UssdService is added.
class PaydeskHttpService : public QObject
{
    Q_OBJECT
  public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 8088;
        qint64 webhookBodyLimit = 64 * 1024;
        QList<QHostAddress> webhookClients; // empty: any (behind a proxy that filters); else Paystack's addresses
        HttpServer::Limits limits;
        HttpServer::Tls tls;
        Secret adminToken; // empty: the admin routes answer 403 (switched off)
    };

    PaydeskHttpService(
        DatabaseWorker& worker, Database db, Secret paystackKey, Options options, QObject* parent = nullptr);

    // The USSD gateway routes (/ussd/…) and their admin routes (/admin/ussd/…, same bearer token); before start().
    void addUssd(ussd::UssdService& ussd);
    // The port bound, or why not.
    Result<quint16, QString> start();
    WebhookIntake& intake() { return *m_intake; }

  signals:
    // An admin put an inbox row back in the queue: the processor should look now.
    void inboxReplayed();

  private:
    void health(HttpResponder responder);
    bool admitted(const HttpRequest& request, const HttpResponder& responder) const;
    void adminInbox(const HttpRequest& request, HttpResponder responder);
    void adminReplay(const HttpRequest& request, HttpResponder responder);

    DatabaseWorker& m_worker;
    // The inbox is written on a thread of its own: a delivery's commit never queues behind the processor's or the
    // engines' SQL, which is what keeps a webhook's answer in milliseconds under load.
    DatabaseWorker m_intakeWorker;
    Database m_db;
    Options m_options;
    std::unique_ptr<WebhookIntake> m_intake;
    HttpServer m_server;
    HttpRouter m_router;
};

} // namespace paydesk
