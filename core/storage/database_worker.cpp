#include "storage/database_worker.h"

namespace paydesk {

DatabaseWorker::DatabaseWorker(QObject* parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("paydesk-db"));
    m_inThread = new QObject;
    m_inThread->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_inThread, &QObject::deleteLater);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    const QList<Database> databases = m_databases;
    runAndWait([databases] {
        for (const Database& db : databases)
            db.releaseThreadConnection();
    });
    m_databases.clear();
    m_thread.quit();
    m_thread.wait();
}

void DatabaseWorker::runAndWait(const std::function<void()>& job)
{
    QMetaObject::invokeMethod(m_inThread, job, Qt::BlockingQueuedConnection);
}

void DatabaseWorker::adopt(const Database& db)
{
    m_databases.append(db);
}

} // namespace paydesk
