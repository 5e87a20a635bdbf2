#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace paydesk::ussd {

// Where one phone user is in one flow. Plain data: the engine moves it, the service keeps and persists it.
struct Session
{
    enum class State {
        Active,     // a screen is shown and an answer is expected
        Waiting,    // an API call or action is running; the answer comes back through FlowEngine::resume
        Confirming, // asked whether to continue a timed-out session
        Ended,
    };

    QString id;          // the gateway's session id, prefixed with the gateway ("at:ATUid_1")
    QString phone;       // E.164 as the gateway sent it
    QString serviceCode; // the service's base code, "*666#"
    QString dialled;     // what was dialled, "*666*1000#"
    QString network;     // the gateway's network name or code, when it sends one
    QString language;
    State state = State::Active;
    int screen = -1;                // index of the screen shown (or of the effect running)
    int page = 0;                   // of a paged menu
    int retries = 0;                // wrong answers on the current input screen
    QList<int> history;             // interactive screens before this one, for "back"
    QHash<QString, QString> values; // "input.amount", "vars.reference"
    QStringList inputs;             // every answer, as typed
    QStringList queued;             // direct-dial segments still to be typed into the flow
    QStringList trail;              // screen ids shown, in order
    int effects = 0;                // effects started, for idempotency keys
    int hops = 0;
    QString outcome;  // when ended: "completed", "invalid", "released", "timeout", "failed"
    QString lastText; // the last screen sent, for repeats and the simulator
    bool lastEnd = false;
    QDateTime startedAt;
    QDateTime lastActiveAt;

    // Compact JSON, as stored in ussd_sessions.data.
    QString toJsonText() const;
    static Session fromJson(const QJsonObject& json);
    static QString stateName(State state);
};

} // namespace paydesk::ussd
