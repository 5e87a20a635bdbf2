#include "server/http_router.h"

#include "util/logging.h"

namespace paydesk {

namespace {

HttpResponse refusal(int status, const char* message)
{
    return HttpResponse::json(status, QByteArray(R"({"status":false,"message":")") + message + "\"}");
}

} // namespace

const HttpRouter::Route* HttpRouter::find(const QString& path) const
{
    for (const Route& route : m_routes) {
        if (route.path == path)
            return &route;
    }
    return nullptr;
}

void HttpRouter::install(HttpServer& server)
{
    m_defaultBodyLimit = server.limits().maxBodyBytes;
    server.setBodyLimit([this](const QByteArray&, const QString& path) {
        const Route* route = find(path);
        return route && route->maxBodyBytes >= 0 ? route->maxBodyBytes : m_defaultBodyLimit;
    });
    server.setHandler([this](const HttpRequest& request, HttpResponder responder) { handle(request, responder); });
}

void HttpRouter::handle(const HttpRequest& request, HttpResponder responder) const
{
    const Route* route = find(request.path);
    if (!route) {
        responder.respond(refusal(404, "Not found"));
        return;
    }
    if (!route->methods.contains(request.method)) {
        HttpResponse response = refusal(405, "Method not allowed");
        QByteArray allowed;
        for (const QByteArray& method : route->methods)
            allowed += (allowed.isEmpty() ? "" : ", ") + method;
        response.headers.append({"Allow", allowed});
        responder.respond(response);
        return;
    }
    if (!route->allowedClients.isEmpty() && !route->allowedClients.contains(request.client)) {
        qCWarning(lcServer) << "refused" << request.method << request.path << "from" << request.client.toString();
        responder.respond(refusal(403, "Forbidden"));
        return;
    }
    route->handler(request, std::move(responder));
}

} // namespace paydesk
