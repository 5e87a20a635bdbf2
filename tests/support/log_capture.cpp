#include "log_capture.h"

#include <QLoggingCategory>
#include <QMutex>

namespace paydesk::test {

namespace {

QMutex mutex;
QStringList lines;
QtMessageHandler previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&mutex);
        lines << QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") + message;
    }
    if (previous)
        previous(type, context, message);
}

} // namespace

LogCapture::LogCapture()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
    previous = qInstallMessageHandler(capture);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
}

QString LogCapture::text() const
{
    QMutexLocker lock(&mutex);
    return lines.join(u'\n');
}

} // namespace paydesk::test
