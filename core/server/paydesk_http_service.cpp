#include "server/paydesk_http_service.h"

#include "payments/inbox_listing.h"
#include "storage/sql.h"
#include "ussd/ussd_service.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/crypto.h>

namespace paydesk {

PaydeskHttpService::PaydeskHttpService(
    DatabaseWorker& worker, Database db, Secret paystackKey, Options options, QObject* parent)
    : QObject(parent), m_worker(worker), m_db(std::move(db)), m_options(std::move(options)), m_server(m_options.limits)
{
    m_intakeWorker.adopt(m_db);
    m_intake = std::make_unique<WebhookIntake>(
        m_intakeWorker, m_db, [key = std::move(paystackKey)] { return key; }, WebhookIntake::Options{}, this);
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
    m_router.add({{"GET"},
                  QStringLiteral("/admin/inbox"),
                  [this](const HttpRequest& request, HttpResponder responder) {
                      if (admitted(request, responder))
                          adminInbox(request, std::move(responder));
                  },
                  0,
                  {}});
    m_router.add({{"POST"},
                  QStringLiteral("/admin/inbox/replay"),
                  [this](const HttpRequest& request, HttpResponder responder) {
                      if (admitted(request, responder))
                          adminReplay(request, std::move(responder));
                  },
                  4096,
                  {}});
    m_router.install(m_server);
}

void PaydeskHttpService::addUssd(ussd::UssdService& ussd)
{
    ussd.addRoutes(m_router, [this](const HttpRequest& request, const HttpResponder& responder) {
        return admitted(request, responder);
    });
}

Result<quint16, QString> PaydeskHttpService::start()
{
    return m_server.listen(m_options.address, m_options.port, m_options.tls);
}

bool PaydeskHttpService::admitted(const HttpRequest& request, const HttpResponder& responder) const
{
    if (m_options.adminToken.isEmpty()) {
        responder.respond(
            HttpResponse::envelope(403, QStringLiteral("Admin routes are off: no admin token is configured")));
        return false;
    }
    const QByteArray given = request.header("authorization");
    const QByteArray& expected = m_options.adminToken.reveal();
    const bool bearer = given.startsWith("Bearer ");
    const QByteArray token = bearer ? given.mid(7) : QByteArray();
    if (token.size() == expected.size() &&
        CRYPTO_memcmp(token.constData(), expected.constData(), size_t(expected.size())) == 0)
        return true;
    qCWarning(lcServer) << "admin request with a" << (bearer ? "wrong" : "missing") << "token from"
                        << request.client.toString() << request.path;
    HttpResponse refused = HttpResponse::envelope(401, QStringLiteral("A valid admin bearer token is required"));
    refused.headers.append(
        {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral(R"(Bearer realm="paydesk-admin")")});
    responder.respond(refused);
    return false;
}

void PaydeskHttpService::adminInbox(const HttpRequest& request, HttpResponder responder)
{
    const QString state = request.query.queryItemValue(QStringLiteral("state"));
    if (!state.isEmpty() && !InboxListing::states().contains(state)) {
        responder.respond(HttpResponse::envelope(
            400, QStringLiteral("state is one of %1").arg(InboxListing::states().join(QStringLiteral(", ")))));
        return;
    }
    bool limitOk = true;
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? 200 : limitText.toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > 10000) {
        responder.respond(HttpResponse::envelope(400, QStringLiteral("limit is a number from 1 to 10000")));
        return;
    }
    m_worker.run([db = m_db, state, limit] { return listInbox(db, state, limit); }, this,
                 [responder](const Result<InboxListing, DbError>& listing) {
                     responder.respond(
                         listing ? HttpResponse::envelope(200, QStringLiteral("Inbox listed"), listing->toJson())
                                 : HttpResponse::envelope(503, QStringLiteral("Database unavailable")));
                 });
}

void PaydeskHttpService::adminReplay(const HttpRequest& request, HttpResponder responder)
{
    const QJsonValue id = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("id"));
    const qint64 row = id.isDouble() ? qint64(id.toDouble()) : 0;
    if (row <= 0 || double(row) != id.toDouble()) {
        responder.respond(HttpResponse::envelope(400, QStringLiteral(R"(The body must be {"id": <inbox row id>})")));
        return;
    }
    m_worker.run(
        [db = m_db, row] { return replayInboxRow(db, row, QStringLiteral("admin-api")); }, this,
        [this, responder, row](const Result<ReplayOutcome, DbError>& outcome) {
            if (!outcome) {
                responder.respond(HttpResponse::envelope(503, QStringLiteral("Database unavailable")));
                return;
            }
            switch (*outcome) {
            case ReplayOutcome::NotFound:
                responder.respond(HttpResponse::envelope(404, QStringLiteral("No inbox row %1").arg(row)));
                return;
            case ReplayOutcome::Rejected:
                responder.respond(HttpResponse::envelope(
                    409, QStringLiteral("Row %1 was rejected (not a Paystack event): nothing to replay").arg(row)));
                return;
            case ReplayOutcome::Queued:
                qCInfo(lcServer) << "inbox row" << row << "queued again by an admin request";
                responder.respond(HttpResponse::envelope(200, QStringLiteral("Inbox row %1 queued again").arg(row)));
                emit inboxReplayed();
                return;
            }
        });
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
