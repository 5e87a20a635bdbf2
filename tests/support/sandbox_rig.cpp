#include "sandbox_rig.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

namespace paydesk::test {

SandboxRig::SandboxRig(const QStringList& terminals, const QUrl& webhookUrl)
{
    m_secrets = std::make_unique<MemorySecretStore>();
    m_secrets->write(SecretKey::PaystackSecret, Secret(QByteArray(kSecret)), nullptr, [](const auto&) {});
    m_secrets->write(SecretKey::VtpassApiKey, Secret(TrainingSecretStore::kVtpassApiKey), nullptr, [](const auto&) {});
    m_secrets->write(SecretKey::VtpassSecretKey, Secret(TrainingSecretStore::kVtpassSecretKey), nullptr,
                     [](const auto&) {});
    m_secrets->write(SecretKey::VtpassPublicKey, Secret(TrainingSecretStore::kVtpassPublicKey), nullptr,
                     [](const auto&) {});
    sandbox::PaystackSandbox::Options options;
    options.secretKey = Secret(QByteArray(kSecret));
    options.terminals = terminals;
    options.webhookUrl = webhookUrl;
    options.timeScale = 1000;
    m_sandbox = std::make_unique<sandbox::PaystackSandbox>(m_network, options);
    if (!m_sandbox->open().ok())
        return;
    m_server = std::make_unique<HttpServer>(HttpServer::Limits{});
    m_server->setHandler([this](const HttpRequest& request, HttpResponder responder) {
        m_sandbox->handle(request, std::move(responder));
    });
    const auto port = m_server->listen(QHostAddress::LocalHost, 0);
    if (!port)
        return;
    m_port = *port;
    m_sandbox->setPublicUrl(baseUrl());
    PaystackClient::Options clientOptions;
    clientOptions.baseUrl = baseUrl();
    clientOptions.backoffMs = 20;
    clientOptions.deadlineMs = 3000;
    clientOptions.transferTimeoutMs = 1500;
    m_client = std::make_unique<PaystackClient>(m_network, *m_secrets, clientOptions);
}

SandboxRig::~SandboxRig() = default;

void SandboxRig::stopListening()
{
    m_server.reset();
}

bool SandboxRig::listenAgain()
{
    m_server = std::make_unique<HttpServer>(HttpServer::Limits{});
    m_server->setHandler([this](const HttpRequest& request, HttpResponder responder) {
        m_sandbox->handle(request, std::move(responder));
    });
    return m_server->listen(QHostAddress::LocalHost, m_port).ok();
}

QUrl SandboxRig::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

int SandboxRig::control(const QString& path, const QJsonObject& body, QJsonObject* answer)
{
    QNetworkRequest request(baseUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        qFatal("sandbox control call %s hung", qPrintable(path));
    reply->deleteLater();
    if (answer)
        *answer = QJsonDocument::fromJson(reply->readAll()).object();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QJsonObject SandboxRig::controlGet(const QString& path)
{
    QNetworkReply* reply = m_network.get(QNetworkRequest(baseUrl().resolved(QUrl(path))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        qFatal("sandbox control call %s hung", qPrintable(path));
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QJsonObject SandboxRig::get(const QString& pathAndQuery)
{
    QNetworkRequest request(baseUrl().resolved(QUrl(pathAndQuery)));
    request.setRawHeader("Authorization", QByteArray("Bearer ") + kSecret);
    QNetworkReply* reply = m_network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        qFatal("sandbox GET %s hung", qPrintable(pathAndQuery));
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

} // namespace paydesk::test
