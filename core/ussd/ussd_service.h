#pragma once

#include "server/http_router.h"
#include "storage/database_worker.h"
#include "ussd/effect_runner.h"
#include "ussd/gateway.h"
#include "ussd/session_store.h"

#include <QObject>
#include <QTimer>

namespace paydesk::ussd {

// Serves flows to phone users: gateway hops in, screens out. Sessions live in memory and are written behind to
// ussd_sessions every flushIntervalMs (so a crash loses at most that much session state), and at once before any
// effect that moves money runs. Small batches often rather than big ones seldom: under load a batch is a burst of
// work on the database thread, and the hops answered during a long burst are the slowest ones (at 8 connections
// of bench_ussd_http.sh, p99 3.3-3.7 ms at 200 ms against 4.1-6.4 ms at 500 ms, the same hops per second).
// Sessions expire after their flow's timeout; a user who dials again within the flow's resume window is offered
// the old session back. Every method runs on the owning thread.
class UssdService : public QObject
{
    Q_OBJECT
  public:
    struct Options
    {
        int flushIntervalMs = 200;
        int sweepIntervalMs = 5000;
        QString unknownService = QStringLiteral("This service is not available.");
    };
    using Answer = std::function<void(const Reply&)>;
    // Whether an admin route may run (bearer token); answers 401/403 itself when not.
    using AdminCheck = std::function<bool(const HttpRequest&, const HttpResponder&)>;

    UssdService(DatabaseWorker& worker, Database db, EffectRunner& effects, Options options, QObject* parent = nullptr);
    ~UssdService() override;

    // The flows served, by code; replaces the set (sessions in progress keep their screen indexes only if the
    // flow is unchanged, so a changed flow starts new sessions afresh).
    void setFlows(const QList<Flow>& flows);
    const Flow* flow(const QString& code) const;
    // Loads the stored flows (and the sessions still open) on the worker; `done` gets the number of flows.
    void load(std::function<void(const Result<int, QString>&)> done);

    // The gateway routes, and the admin routes behind `admin`.
    void addRoutes(HttpRouter& router, AdminCheck admin);

    void hop(const Hop& hop, Answer answer);
    QList<Session> sessions() const;
    bool endSession(const QString& key);
    // Times a session out now, as the sweep would once its flow's timeout passed (the simulator's timer); it can
    // then be resumed within the flow's resume window. False when no such session is live.
    bool timeOut(const QString& key);
    // Writes every changed session now; `done` (optional) after the commit.
    void flush(std::function<void(bool)> done = nullptr);

  signals:
    void sessionChanged(const paydesk::ussd::Session& session);

  private:
    struct Live
    {
        Session session;
        const Flow* flow = nullptr;
        bool busy = false;   // an effect is running for it
        QStringList pending; // answers a cumulative gateway sent at once, typed in one by one
    };
    void start(const Hop& hop, const Flow& flow, const QStringList& extension, Answer answer);
    void drive(const QString& key, const Step& step, Answer answer);
    void touched(const Session& session);
    void sweep();
    static bool expired(const Live& live, const QDateTime& now);
    // Ends a session that timed out, keeps it for resuming, and drops it from the live ones.
    QHash<QString, Live>::iterator expire(QHash<QString, Live>::iterator live);
    void serveGateway(const HttpRequest& request,
                      HttpResponder responder,
                      Result<Hop, QString> (*parse)(const HttpRequest&),
                      HttpResponse (*format)(const Reply&),
                      HttpResponse (*error)(const QString&));

    DatabaseWorker& m_worker;
    Database m_db;
    EffectRunner& m_effects;
    Options m_options;
    QHash<QString, Flow> m_flows;
    QHash<QString, Live> m_live;
    QHash<QString, Session> m_timedOut; // phone + code → the last session that timed out, for resuming
    QHash<QString, Session> m_dirty;
    QTimer m_flushTimer;
    QTimer m_sweepTimer;
    bool m_flushing = false;
};

} // namespace paydesk::ussd
