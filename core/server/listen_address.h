#pragma once

#include "util/result.h"

#include <QHostAddress>
#include <QString>

namespace paydesk {

// "off", or an IP address and port such as 127.0.0.1:8088 or [::1]:8088: where an embedded server listens.
struct ListenAddress
{
    bool off = false;
    QHostAddress address;
    quint16 port = 0;

    static Result<ListenAddress, QString> parse(const QString& text);
};

} // namespace paydesk
