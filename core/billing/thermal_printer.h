#pragma once

#include "util/result.h"

#include <QObject>

#include <functional>

namespace paydesk {

// Sends ESC/POS bytes to a receipt printer: a device or file path (/dev/usb/lp0, a spool file) or a network
// printer's raw port (tcp://192.168.1.50:9100). Asynchronous with a deadline; one callback.
class ThermalPrinter : public QObject
{
    Q_OBJECT
  public:
    explicit ThermalPrinter(QObject* parent = nullptr) : QObject(parent) {}
    using Done = std::function<void(const Status<QString>&)>;
    void send(const QByteArray& bytes, const QString& target, QObject* context, Done done, int deadlineMs = 8000);
};

} // namespace paydesk
