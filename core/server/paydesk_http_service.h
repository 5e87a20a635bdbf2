#pragma once

#include "payments/webhook_intake.h"
#include "server/http_router.h"
#include "server/http_server.h"
#include "storage/database_worker.h"

#include <QObject>

namespace paydesk {

// What paydesk-server (and later a standalone desk) serves on its port: POST /paystack/webhook into the inbox and
// GET /health. USSD gateway and admin routes join the same router in later issues.
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
    };

    PaydeskHttpService(
        DatabaseWorker& worker, Database db, Secret paystackKey, Options options, QObject* parent = nullptr);

    // The port bound, or why not.
    Result<quint16, QString> start();
    WebhookIntake& intake() { return *m_intake; }

  private:
    void health(HttpResponder responder);

    DatabaseWorker& m_worker;
    Database m_db;
    Options m_options;
    std::unique_ptr<WebhookIntake> m_intake;
    HttpServer m_server;
    HttpRouter m_router;
};

} // namespace paydesk
