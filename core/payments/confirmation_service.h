#pragma once

#include "payments/inbox_processor.h"
#include "server/listen_address.h"
#include "server/paydesk_http_service.h"

#include <QObject>

#include <memory>

namespace paydesk {

// How payments get confirmed on this machine: the embedded HTTP server taking Paystack's webhooks into the inbox
// and the inbox processor applying them (paydesk-server, and a standalone desk in-process), with the payment
// engine's polling underneath either way. When the server is off or cannot listen, polling alone confirms every
// payment, and mode() says so in words a cashier can read.
class ConfirmationService : public QObject
{
    Q_OBJECT
  public:
    struct Options
    {
        QString listen = QStringLiteral("127.0.0.1:8088"); // host:port, or off
        QString name = QStringLiteral("desk");             // who holds inbox leases
        Secret adminToken;                                 // empty: admin routes off
        ussd::UssdService* ussd = nullptr;                 // its gateway routes join the same server
    };
    enum class Mode { PollingOnly, WebhooksAndPolling };

    ConfirmationService(Database db,
                        DatabaseWorker& worker,
                        PaymentEngine* payments,
                        RefundEngine* refunds,
                        Options options,
                        QObject* parent = nullptr);
    ~ConfirmationService() override;

    // Starts the processor and, unless the address is off, the HTTP server with this Paystack key (webhook
    // signatures). A server that cannot listen is an error for paydesk-server; a desk goes on polling.
    Status<QString> start(const Secret& paystackKey);

    Mode mode() const { return m_mode; }
    // "http://127.0.0.1:8088" when listening.
    QUrl url() const { return m_url; }
    // A few words for a status bar: the mode, and where or why.
    QString describe() const;

  private:
    Database m_db;
    DatabaseWorker& m_worker;
    Options m_options;
    std::unique_ptr<InboxProcessor> m_processor;
    std::unique_ptr<PaydeskHttpService> m_http;
    Mode m_mode = Mode::PollingOnly;
    QUrl m_url;
    QString m_why;
};

} // namespace paydesk
