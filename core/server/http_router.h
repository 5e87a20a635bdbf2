#pragma once

#include "server/http_server.h"

#include <QList>

namespace paydesk {

// Routes requests by exact path to handlers, each with the methods it accepts (405 with Allow otherwise), its own
// body limit, and an optional allow-list of client addresses (403 otherwise; the client address is the one a
// trusted proxy forwarded for). Unknown paths get 404. Install it on an HttpServer with install().
class HttpRouter
{
  public:
    struct Route
    {
        QList<QByteArray> methods;
        QString path;
        HttpServer::Handler handler;
        qint64 maxBodyBytes = -1;           // -1: the server's default
        QList<QHostAddress> allowedClients; // empty: anyone
    };

    void add(Route route) { m_routes.append(std::move(route)); }
    void install(HttpServer& server);
    void handle(const HttpRequest& request, HttpResponder responder) const;

  private:
    const Route* find(const QString& path) const;

    QList<Route> m_routes;
    qint64 m_defaultBodyLimit = 0;
};

} // namespace paydesk
