#include "server/paydesk_http_service.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace paydesk {

PaydeskHttpService::PaydeskHttpService(
    DatabaseWorker& worker, Database db, Secret paystackKey, Options options, QObject* parent)
    : QObject(parent), m_worker(worker), m_db(std::move(db)), m_options(std::move(options)), m_server(m_options.limits)
{
    m_intake = std::make_unique<WebhookIntake>(
        m_worker, m_db, [key = std::move(paystackKey)] { return key; }, WebhookIntake::Options{}, this);
    m_router.add({{"POST"},
                  QStringLiteral("/paystack/webhook"),
                  [this](const HttpRequest& request, HttpResponder responder) {
                      m_intake->handle(request, std::move(responder));
                  },
                  m_options.webhookBodyLimit,
                  m_options.webhookClients});
    m_router.add({{"GET", "HEAD"},
                  QStringLiteral("/health"),
                  [this](const HttpRequest&, HttpResponder responder) { health(std::move(responder)); },
                  0,
                  {}});
    m_router.install(m_server);
}

Result<quint16, QString> PaydeskHttpService::start()
{
    return m_server.listen(m_options.address, m_options.port, m_options.tls);
}

void PaydeskHttpService::health(HttpResponder responder)
{
    struct Figures
    {
        bool database = false;
        qint64 backlog = -1;
        QString lastWebhook;
    };
    // Asked of the database worker: the server thread never waits on SQL.
    m_worker.run(
        [db = m_db] {
            Figures figures;
            auto backlog = sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM webhook_inbox WHERE state = 'received'"));
            if (!backlog || !backlog->next())
                return figures;
            figures.database = true;
            figures.backlog = backlog->value(0).toLongLong();
            auto last = sql::exec(db, QStringLiteral("SELECT MAX(received_at) FROM webhook_inbox"));
            if (last && last->next() && !last->value(0).isNull())
                figures.lastWebhook = sql::isoUtc(sql::readTime(last->value(0)));
            return figures;
        },
        this,
        [responder](const Figures& figures) {
            const QJsonObject health{
                {QStringLiteral("status"), figures.database ? QStringLiteral("ok") : QStringLiteral("degraded")},
                {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                {QStringLiteral("database"), figures.database},
                {QStringLiteral("inbox_backlog"), figures.backlog},
                {QStringLiteral("last_webhook_at"),
                 figures.lastWebhook.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(figures.lastWebhook)}};
            responder.respond(
                HttpResponse::json(figures.database ? 200 : 503, QJsonDocument(health).toJson(QJsonDocument::Compact)));
        });
}

} // namespace paydesk
