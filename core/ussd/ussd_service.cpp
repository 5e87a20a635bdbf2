#include "ussd/ussd_service.h"

#include "ussd/flow_repository.h"
#include "util/logging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace paydesk::ussd {

namespace {

QString resumeKey(const QString& phone, const QString& code)
{
    return phone + u'|' + code;
}

} // namespace

UssdService::UssdService(DatabaseWorker& worker, Database db, EffectRunner& effects, Options options, QObject* parent)
    : QObject(parent), m_worker(worker), m_db(std::move(db)), m_effects(effects), m_options(std::move(options))
{
    m_flushTimer.setInterval(m_options.flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
    m_flushTimer.start();
    m_sweepTimer.setInterval(m_options.sweepIntervalMs);
    connect(&m_sweepTimer, &QTimer::timeout, this, &UssdService::sweep);
    m_sweepTimer.start();
}

UssdService::~UssdService()
{
    // What is still unwritten goes now, on this thread: the worker may already be stopping.
    if (!m_dirty.isEmpty()) {
        if (auto written = SessionStore(m_db).write(m_dirty.values()); !written)
            qCWarning(lcUssd) << "USSD sessions not written at shutdown:" << written.error().message;
    }
}

void UssdService::setFlows(const QList<Flow>& flows)
{
    QHash<QString, Flow> next;
    for (const Flow& flow : flows)
        next.insert(flow.code, flow);
    // Sessions of a flow that changed or went away end: their screen numbers mean nothing in the new document.
    for (auto it = m_live.begin(); it != m_live.end();) {
        const auto replaced = next.constFind(it->session.serviceCode);
        if (replaced == next.cend() || replaced->document != it->flow->document) {
            it->session.state = Session::State::Ended;
            it->session.outcome = QStringLiteral("failed");
            touched(it->session);
            it = m_live.erase(it);
        } else {
            ++it;
        }
    }
    m_flows = std::move(next);
    for (auto& live : m_live)
        live.flow = &m_flows[live.session.serviceCode];
}

const Flow* UssdService::flow(const QString& code) const
{
    const auto found = m_flows.constFind(code);
    return found == m_flows.cend() ? nullptr : &*found;
}

void UssdService::load(std::function<void(const Result<int, QString>&)> done)
{
    struct Loaded
    {
        QList<Flow> flows;
        QStringList problems;
        QList<Session> open;
        QString error;
    };
    m_worker.run(
        [db = m_db] {
            Loaded loaded;
            auto stored = FlowRepository(db).list();
            if (!stored) {
                loaded.error = stored.error().message;
                return loaded;
            }
            for (const StoredFlow& flow : *stored) {
                auto parsed = parseFlow(flow.document);
                if (parsed)
                    loaded.flows.append(*parsed);
                else
                    loaded.problems.append(flow.code + QStringLiteral(": ") + parsed.error().first().toString());
            }
            auto open = SessionStore(db).open(QDateTime::currentDateTimeUtc().addSecs(-600));
            if (open)
                loaded.open = *open;
            return loaded;
        },
        this,
        [this, done = std::move(done)](const Loaded& loaded) {
            if (!loaded.error.isEmpty()) {
                done(loaded.error);
                return;
            }
            for (const QString& problem : loaded.problems)
                qCWarning(lcUssd) << "stored USSD flow not served:" << problem;
            setFlows(loaded.flows);
            for (const Session& session : loaded.open) {
                const Flow* served = flow(session.serviceCode);
                if (served && session.state != Session::State::Waiting)
                    m_live.insert(session.id, {session, served, false, {}});
            }
            done(int(loaded.flows.size()));
        });
}

void UssdService::addRoutes(HttpRouter& router, AdminCheck admin)
{
    router.add({{"POST"},
                QStringLiteral("/ussd/africastalking"),
                [this](const HttpRequest& request, HttpResponder responder) {
                    serveGateway(request, std::move(responder), gateway::parseAfricasTalking, gateway::africasTalking,
                                 gateway::africasTalkingError);
                },
                8192,
                {}});
    router.add({{"POST"},
                QStringLiteral("/ussd/hubtel"),
                [this](const HttpRequest& request, HttpResponder responder) {
                    serveGateway(request, std::move(responder), gateway::parseHubtel, gateway::hubtel,
                                 gateway::hubtelError);
                },
                8192,
                {}});
    router.add({{"POST"},
                QStringLiteral("/ussd/json"),
                [this](const HttpRequest& request, HttpResponder responder) {
                    serveGateway(request, std::move(responder), gateway::parseJson, gateway::json, gateway::jsonError);
                },
                8192,
                {}});
    router.add({{"GET"},
                QStringLiteral("/admin/ussd/sessions"),
                [this, admin](const HttpRequest& request, HttpResponder responder) {
                    if (!admin(request, responder))
                        return;
                    QJsonArray list;
                    for (const Session& session : sessions()) {
                        list.append(QJsonObject{
                            {QStringLiteral("id"), session.id},
                            {QStringLiteral("service_code"), session.serviceCode},
                            {QStringLiteral("phone"), session.phone},
                            {QStringLiteral("state"), Session::stateName(session.state)},
                            {QStringLiteral("screen"), session.trail.value(session.trail.size() - 1)},
                            {QStringLiteral("hops"), session.hops},
                            {QStringLiteral("started_at"), session.startedAt.toString(Qt::ISODate)},
                            {QStringLiteral("last_active_at"), session.lastActiveAt.toString(Qt::ISODate)}});
                    }
                    responder.respond(HttpResponse::envelope(200, QStringLiteral("Active USSD sessions"), list));
                },
                0,
                {}});
    router.add({{"POST"},
                QStringLiteral("/admin/ussd/sessions/end"),
                [this, admin](const HttpRequest& request, HttpResponder responder) {
                    if (!admin(request, responder))
                        return;
                    const QString id = QJsonDocument::fromJson(request.body).object().value(u"id").toString();
                    if (id.isEmpty()) {
                        responder.respond(
                            HttpResponse::envelope(400, QStringLiteral(R"(The body must be {"id": "<session>"})")));
                        return;
                    }
                    if (!endSession(id)) {
                        responder.respond(HttpResponse::envelope(404, QStringLiteral("No active session %1").arg(id)));
                        return;
                    }
                    responder.respond(HttpResponse::envelope(200, QStringLiteral("Session %1 ended").arg(id)));
                },
                4096,
                {}});
}

void UssdService::serveGateway(const HttpRequest& request,
                               HttpResponder responder,
                               Result<Hop, QString> (*parse)(const HttpRequest&),
                               HttpResponse (*format)(const Reply&),
                               HttpResponse (*error)(const QString&))
{
    auto parsed = parse(request);
    if (!parsed) {
        qCInfo(lcUssd) << "malformed USSD request on" << request.path << "from" << request.client.toString() << ":"
                       << parsed.error();
        responder.respond(error(QStringLiteral("Sorry, this request could not be read (%1).").arg(parsed.error())));
        return;
    }
    hop(*parsed, [responder, format](const Reply& reply) { responder.respond(format(reply)); });
}

void UssdService::hop(const Hop& hop, Answer answer)
{
    const QString key = hop.key();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto live = m_live.find(key);

    if (hop.kind == Hop::Kind::Release || hop.kind == Hop::Kind::Timeout) {
        if (live != m_live.end()) {
            live->session.state = Session::State::Ended;
            live->session.outcome =
                hop.kind == Hop::Kind::Release ? QStringLiteral("released") : QStringLiteral("timeout");
            live->session.lastActiveAt = now;
            touched(live->session);
            m_live.erase(live);
        }
        answer(Reply{QString(), true, QString()});
        return;
    }

    if (live != m_live.end()) {
        Live& current = *live;
        // Another phone using a known session id: never show it someone else's session.
        if (current.session.phone != hop.phone) {
            qCWarning(lcUssd) << "USSD session" << key << "reused by another phone number; refused";
            answer(Reply{m_options.unknownService, true, m_options.unknownService});
            return;
        }
        if (current.busy) {
            answer(Reply{current.session.lastText, false, current.session.lastText});
            return;
        }
        if (expired(current, now)) {
            expire(live);
            answer(Reply{QStringLiteral("Session timed out."), true, QString()});
            return;
        }
        if (!hop.cumulative) {
            drive(key, FlowEngine::answer(*current.flow, current.session, hop.input, now), std::move(answer));
            return;
        }
        const QStringList& seen = current.session.inputs;
        const bool continues = hop.answers.size() > seen.size() && hop.answers.mid(0, seen.size()) == seen;
        if (hop.answers == seen) {
            // The gateway sent the same hop again (a retry): the same screen, nothing advanced.
            answer(Reply{current.session.lastText, current.session.lastEnd, current.session.lastText});
            return;
        }
        if (continues) {
            const QStringList fresh = hop.answers.mid(seen.size());
            current.pending = fresh.mid(1);
            drive(key, FlowEngine::answer(*current.flow, current.session, fresh.first(), now), std::move(answer));
            return;
        }
        // A path that does not extend what we have: rebuild the session by replaying it.
        m_live.erase(live);
    }

    const auto [base, extension] = splitDialString(hop.dialled);
    const Flow* served = flow(base);
    if (!served) {
        answer(Reply{m_options.unknownService, true, m_options.unknownService});
        return;
    }
    start(hop, *served, extension, std::move(answer));
}

void UssdService::start(const Hop& hop, const Flow& flow, const QStringList& extension, Answer answer)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Live live;
    live.flow = &flow;
    Session& session = live.session;
    session.id = hop.key();
    session.phone = hop.phone;
    session.dialled = hop.dialled;
    session.network = hop.network;
    session.startedAt = now;

    // Dialling again soon after a timeout: offered the old session back, when the flow allows it.
    const QString resumeAt = resumeKey(hop.phone, flow.code);
    const auto previous = m_timedOut.constFind(resumeAt);
    if (hop.answers.isEmpty() && extension.isEmpty() && flow.resume != Flow::Resume::Start &&
        previous != m_timedOut.cend() && previous->lastActiveAt.addSecs(flow.resumeWindowSeconds) >= now) {
        Session resumed = *previous;
        m_timedOut.remove(resumeAt);
        resumed.id = session.id;
        resumed.dialled = session.dialled;
        resumed.network = session.network;
        resumed.startedAt = now;
        resumed.inputs.clear();
        session = resumed;
        const QString key = session.id;
        m_live.insert(key, live);
        drive(key, FlowEngine::offerResume(flow, m_live[key].session, now), std::move(answer));
        return;
    }

    const QString key = session.id;
    m_live.insert(key, live);
    Session& stored = m_live[key].session;
    Step step = FlowEngine::begin(flow, stored, extension, now);
    // A cumulative gateway's hop for a session we do not hold (a restart): replay its answers.
    if (!hop.answers.isEmpty() && step.reply && !step.reply->end) {
        m_live[key].pending = hop.answers.mid(1);
        step = FlowEngine::answer(flow, stored, hop.answers.first(), now);
    }
    drive(key, step, std::move(answer));
}

void UssdService::drive(const QString& key, const Step& step, Answer answer)
{
    auto live = m_live.find(key);
    if (live == m_live.end())
        return;
    if (step.reply) {
        live->busy = false;
        Session& session = live->session;
        // Answers a cumulative gateway sent several at once.
        if (!step.reply->end && !live->pending.isEmpty() && session.state == Session::State::Active) {
            const QString next = live->pending.takeFirst();
            drive(key, FlowEngine::answer(*live->flow, session, next, QDateTime::currentDateTimeUtc()),
                  std::move(answer));
            return;
        }
        touched(session);
        answer(*step.reply);
        if (session.state == Session::State::Ended)
            m_live.erase(live);
        return;
    }
    live->busy = true;
    const Effect effect = *step.effect;
    auto run = [this, key, effect, answer = std::move(answer)]() mutable {
        auto current = m_live.find(key);
        if (current == m_live.end())
            return;
        m_effects.run(effect, current->session, this, [this, key, answer = std::move(answer)](const EffectResult& r) {
            auto again = m_live.find(key);
            if (again == m_live.end())
                return;
            drive(key, FlowEngine::resume(*again->flow, again->session, r, QDateTime::currentDateTimeUtc()), answer);
        });
    };
    if (!effect.movesMoney()) {
        run();
        return;
    }
    // Before money moves, the session (with the effect's key) is durable: after a crash the payment can be found.
    touched(live->session);
    flush([run = std::move(run)](bool) mutable { run(); });
}

void UssdService::touched(const Session& session)
{
    m_dirty.insert(session.id, session);
    emit sessionChanged(session);
}

void UssdService::flush(std::function<void(bool)> done)
{
    if (m_dirty.isEmpty() || m_flushing) {
        if (done) {
            // A flush in progress covers what was dirty before it; a later one covers the rest.
            if (m_flushing)
                QTimer::singleShot(m_options.flushIntervalMs / 4 + 1, this, [this, done] { flush(done); });
            else
                done(true);
        }
        return;
    }
    m_flushing = true;
    const QList<Session> batch = m_dirty.values();
    m_dirty.clear();
    m_worker.run([db = m_db, batch] { return SessionStore(db).write(batch).ok(); }, this,
                 [this, batch, done](bool written) {
                     m_flushing = false;
                     if (!written) {
                         qCWarning(lcUssd) << batch.size() << "USSD sessions not written; retrying";
                         for (const Session& session : batch) {
                             if (!m_dirty.contains(session.id))
                                 m_dirty.insert(session.id, session);
                         }
                     }
                     if (done)
                         done(written);
                 });
}

QList<Session> UssdService::sessions() const
{
    QList<Session> out;
    out.reserve(m_live.size());
    for (const Live& live : m_live)
        out.append(live.session);
    return out;
}

bool UssdService::endSession(const QString& key)
{
    auto live = m_live.find(key);
    if (live == m_live.end())
        return false;
    live->session.state = Session::State::Ended;
    live->session.outcome = QStringLiteral("ended by an admin");
    touched(live->session);
    m_live.erase(live);
    return true;
}

bool UssdService::timeOut(const QString& key)
{
    const auto live = m_live.find(key);
    if (live == m_live.end())
        return false;
    expire(live);
    return true;
}

bool UssdService::expired(const Live& live, const QDateTime& now)
{
    return live.session.lastActiveAt.addSecs(live.flow->sessionTimeoutSeconds) < now;
}

QHash<QString, UssdService::Live>::iterator UssdService::expire(QHash<QString, Live>::iterator live)
{
    live->session.state = Session::State::Ended;
    live->session.outcome = QStringLiteral("timeout");
    m_timedOut.insert(resumeKey(live->session.phone, live->session.serviceCode), live->session);
    touched(live->session);
    return m_live.erase(live);
}

void UssdService::sweep()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_live.begin(); it != m_live.end();) {
        if (!it->busy && expired(*it, now))
            it = expire(it);
        else
            ++it;
    }
    for (auto it = m_timedOut.begin(); it != m_timedOut.end();) {
        if (it->lastActiveAt.addSecs(3600) < now)
            it = m_timedOut.erase(it);
        else
            ++it;
    }
}

} // namespace paydesk::ussd
