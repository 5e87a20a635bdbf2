#pragma once

#include <QNetworkReply>

namespace paydesk {

// Transport errors after which nothing can have reached the server (no connection, no name, no TLS session):
// safe to send again whatever the call. Anything else may have arrived.
bool nothingWasSent(QNetworkReply::NetworkError error);

} // namespace paydesk
