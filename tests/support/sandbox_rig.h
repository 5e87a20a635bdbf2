#pragma once

#include "paystack/paystack_client.h"
#include "sandbox/paystack_sandbox.h"
#include "security/memory_secret_store.h"
#include "server/http_server.h"

#include <QNetworkAccessManager>

#include <memory>

namespace paydesk::test {

// paydesk-sandbox in this process, listening on a loopback port, with a PaystackClient pointed at it and the
// control API a trainer (or a test) uses to tap cards and complete charges. Real HTTP both ways.
class SandboxRig
{
  public:
    static constexpr const char* kSecret = "sk_test_billingrig0123456789abcdefgh";

    explicit SandboxRig(const QStringList& terminals = {QStringLiteral("2232WE17"), QStringLiteral("2232WE18")},
                        const QUrl& webhookUrl = QUrl());
    ~SandboxRig();

    bool isReady() const { return m_port != 0; }
    QUrl baseUrl() const;
    QNetworkAccessManager& network() { return m_network; }
    MemorySecretStore& secrets() { return *m_secrets; }
    PaystackClient& client() { return *m_client; }

    // The link going down and coming back: closes the listening port, then listens on the same port again.
    void stopListening();
    bool listenAgain();
    // POST to the control API; returns the HTTP status and fills `answer`.
    int control(const QString& path, const QJsonObject& body, QJsonObject* answer = nullptr);
    // GET a control path (no key), synchronously.
    QJsonObject controlGet(const QString& path);
    // GET a Paystack path with the secret key, synchronously (for assertions only).
    QJsonObject get(const QString& pathAndQuery);

  private:
    QNetworkAccessManager m_network;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<sandbox::PaystackSandbox> m_sandbox;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<PaystackClient> m_client;
    quint16 m_port = 0;
};

} // namespace paydesk::test
