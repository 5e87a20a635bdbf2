#include "server/listen_address.h"

#include <QCoreApplication>

namespace paydesk {

Result<ListenAddress, QString> ListenAddress::parse(const QString& input)
{
    const QString text = input.trimmed();
    ListenAddress listen;
    if (text == u"off") {
        listen.off = true;
        return listen;
    }
    const QString problem =
        QCoreApplication::translate("ListenAddress", "\"%1\" is not \"off\" or an IP address and port, such as "
                                                     "127.0.0.1:8088.")
            .arg(text);
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return problem;
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    listen.address = QHostAddress(host);
    if (!ok || port < 0 || port > 65535 || listen.address.isNull())
        return problem;
    listen.port = quint16(port);
    return listen;
}

} // namespace paydesk
