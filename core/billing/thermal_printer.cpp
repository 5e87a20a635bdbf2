#include "billing/thermal_printer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent>

namespace paydesk {

void ThermalPrinter::send(const QByteArray& bytes, const QString& target, QObject* context, Done done, int deadlineMs)
{
    QPointer<QObject> guard(context);
    auto finish = [guard, done](const Status<QString>& status) {
        if (guard)
            done(status);
    };
    if (target.trimmed().isEmpty())
        return finish(tr("No receipt printer is set for this desk."));
    if (target.startsWith(QLatin1String("tcp://"))) {
        const QUrl url(target);
        if (url.host().isEmpty())
            return finish(tr("The printer address %1 has no host.").arg(target));
        auto* socket = new QTcpSocket(this);
        auto* deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        auto once = std::make_shared<bool>(false);
        auto end = [socket, once, finish](const Status<QString>& status) {
            if (*once)
                return;
            *once = true;
            socket->abort();
            socket->deleteLater();
            finish(status);
        };
        connect(deadline, &QTimer::timeout, socket,
                [end, target] { end(tr("The printer at %1 did not answer in time.").arg(target)); });
        connect(socket, &QTcpSocket::connected, socket, [socket, bytes] { socket->write(bytes); });
        connect(socket, &QTcpSocket::bytesWritten, socket, [socket, end] {
            if (socket->bytesToWrite() == 0) {
                socket->disconnectFromHost();
                end({});
            }
        });
        connect(socket, &QTcpSocket::errorOccurred, socket,
                [socket, end, target] { end(tr("The printer at %1: %2").arg(target, socket->errorString())); });
        deadline->start(deadlineMs);
        socket->connectToHost(url.host(), quint16(url.port(9100)));
        return;
    }
    // A device can block (a printer out of paper): write it off this thread.
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [watcher, finish] {
        const QString error = watcher->result();
        watcher->deleteLater();
        finish(error.isEmpty() ? Status<QString>() : Status<QString>(error));
    });
    watcher->setFuture(QtConcurrent::run([bytes, target] {
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
            return tr("Cannot open the printer %1: %2").arg(target, file.errorString());
        if (file.write(bytes) != bytes.size())
            return tr("Writing to the printer %1 failed: %2").arg(target, file.errorString());
        return QString();
    }));
}

} // namespace paydesk
