#pragma once

#include "ussd/flow.h"
#include "ussd/session.h"

#include <QByteArray>
#include <QJsonValue>

#include <optional>

namespace paydesk::ussd {

// What the phone shows after a hop.
struct Reply
{
    QString text;     // as sent: cut to what a handset shows
    bool end = false; // the session is over (END / Release / notification)
    QString fullText; // before the cut; differs only when a screen overflows at run time
};

// Something the flow needs done outside the engine: an HTTP call or a built-in action. The caller runs it
// (asynchronously, within timeoutMs) and hands the outcome to FlowEngine::resume.
struct Effect
{
    enum class Kind { Http, Action };
    Kind kind = Kind::Http;
    QString screenId;
    int timeoutMs = 8000;
    // A key unique to this session and step: the Paystack reference of a charge, the airtime request id's tail.
    // Running the same effect twice with the same key must not move money twice.
    QString idempotencyKey;

    // Http
    QByteArray method;
    QString url;
    QList<std::pair<QString, QString>> headers;
    QString authSecret; // a SecretStore key; the caller adds "Authorization: <scheme> <secret>"
    QString authScheme;
    QByteArray body;
    QByteArray contentType;

    // Action
    QString action;
    QHash<QString, QString> params;

    bool movesMoney() const
    {
        return kind == Kind::Action && (action == u"paystack.ussd_charge" || action == u"airtime.vend");
    }
};

struct EffectResult
{
    enum class Outcome { Success, Failure, Timeout };
    Outcome outcome = Outcome::Failure;
    QJsonValue response; // the JSON answer (HTTP body or the action's outputs), mapped into variables
    QString message;     // why it failed, in a few words (stored as vars.error)
    int httpStatus = 0;
};

// A hop's result: a screen to send, or an effect to run first.
struct Step
{
    std::optional<Reply> reply;
    std::optional<Effect> effect;
};

// The flow interpreter: a pure function of (flow, session, input) to (screen, session, effects). It does no I/O,
// keeps no state and never blocks; the session passed in is updated in place.
namespace FlowEngine {

// The first hop. `extension` holds the segments of a direct dial (*666*1000# → {"1000"}).
Step begin(const Flow& flow, Session& session, const QStringList& extension, const QDateTime& now);
// A later hop with the user's answer.
Step answer(const Flow& flow, Session& session, const QString& input, const QDateTime& now);
// The outcome of the effect the last step asked for.
Step resume(const Flow& flow, Session& session, const EffectResult& result, const QDateTime& now);
// A session that timed out is offered back ("Continue where you left off?"), per the flow's resume setting.
Step offerResume(const Flow& flow, Session& session, const QDateTime& now);

// Checks an answer against an input screen's rule; the normalised value (an amount in minor units, a phone
// number in national form) or nullopt.
std::optional<QString> validate(const Flow& flow, const InputRule& rule, const QString& input);

// A variable's value in a session ("session.phone", "input.amount", "vars.x", "settings.api"); null when unset.
QString valueOf(const Flow& flow, const Session& session, const QString& variable);

// Reads "$.data.items[0].id" from a JSON value; undefined when absent.
QJsonValue jsonAt(const QJsonValue& root, QStringView path);
QString jsonScalar(const QJsonValue& value);

// The pages of a menu screen as shown (title and options of each page, "More"/"Back" lines included).
QStringList menuPages(const Flow& flow, const Session& session, const Screen& screen);

} // namespace FlowEngine

} // namespace paydesk::ussd
