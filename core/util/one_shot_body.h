#pragma once

#include <QIODevice>
#include <QNetworkRequest>

class QNetworkAccessManager;
class QNetworkReply;

namespace paydesk {

// QNetworkAccessManager quietly sends a request a second time when the connection closes before the answer starts.
// Harmless for a read; for a payment or an airtime sale it can do the thing twice. A body sent through this helper
// can be read only once, so Qt reports QNetworkReply::ContentReSendError instead of repeating the request.
QNetworkReply*
sendOnce(QNetworkAccessManager& network, QNetworkRequest request, const QByteArray& verb, const QByteArray& body);

} // namespace paydesk
