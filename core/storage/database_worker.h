#pragma once

#include "storage/database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace paydesk {

// One thread that owns its own database connection and runs jobs in the order they were posted, so that the GUI
// thread never waits on SQL or on a database server. A job receives nothing but what it captured (typically a
// Database handle, which finds this thread's connection) and returns a value; the value is handed to the callback
// on the thread that owns the worker, and dropped if the callback's context object died meanwhile.
class DatabaseWorker : public QObject
{
    Q_OBJECT
  public:
    explicit DatabaseWorker(QObject* parent = nullptr);
    // Releases the worker thread's connections, then stops and joins the thread.
    ~DatabaseWorker() override;

    template <typename Job, typename Done> void run(Job job, QObject* context, Done done)
    {
        using R = std::invoke_result_t<Job>;
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            m_inThread,
            [this, guard, job = std::move(job), done = std::move(done)]() mutable {
                auto result = std::make_shared<R>(job());
                // Delivered through the worker object, which lives on the owner's thread: the context is checked
                // there, where it can only be deleted between events, never concurrently.
                QMetaObject::invokeMethod(
                    this,
                    [guard, result, done = std::move(done)] {
                        if (guard)
                            done(*result);
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    // Runs a job on the worker thread and waits for it: for shutdown and tests only, never for the GUI.
    void runAndWait(const std::function<void()>& job);

    // Databases whose worker-thread connection must be closed on shutdown.
    void adopt(const Database& db);

  private:
    QThread m_thread;
    QObject* m_inThread = nullptr;
    QList<Database> m_databases;
};

} // namespace paydesk
