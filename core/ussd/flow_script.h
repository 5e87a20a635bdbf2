#pragma once

#include "ussd/flow.h"
#include "ussd/flow_engine.h"

#include <QObject>
#include <QRegularExpression>

class QNetworkAccessManager;

namespace paydesk::ussd {

class EffectRunner;

// A scripted test of a flow: sessions of (input → expected screen) steps, checked headless in CI. Documented in
// docs/ussd-flows.md ("Test scripts").
struct FlowScript
{
    static inline const QString FormatName = QStringLiteral("paydesk-ussd-script");

    struct Call // an HTTP request made before a step, e.g. the sandbox completing a charge
    {
        QByteArray method = "POST";
        TextTemplate url;
        QJsonObject body;
    };
    struct Step
    {
        std::optional<QString> input; // none on the first step: the dial itself
        std::optional<Call> before;
        QString expect;                          // a substring of the screen
        std::optional<QRegularExpression> match; // the whole screen matches
        QHash<QString, QString> vars;            // session variables after the step
        std::optional<bool> end;                 // whether the session ended
        std::optional<int> maxChars;             // the screen is at most this long
        QString path;                            // "sessions[0].steps[2]", for reports
    };
    struct Conversation
    {
        QString name;
        QString phone = QStringLiteral("+2348031234567");
        QString dial; // "*666*1000#"; the flow's code when empty
        QString language;
        QList<Step> steps;
    };

    QHash<QString, QString> settings; // override the flow's settings
    QList<Conversation> sessions;

    static Result<FlowScript, FlowProblems> parse(const QByteArray& json);
    // Builds a script from a session as it happened (the simulator's "record as test script").
    static QJsonObject
    record(const QString& name, const Session& session, const QList<std::pair<QString, Reply>>& hops);
};

struct ScriptReport
{
    struct SessionResult
    {
        QString name;
        bool passed = true;
        QString failure;        // "sessions[0].steps[3]: expected … but the screen was …"
        QStringList transcript; // "> 1" / "< screen text" lines
    };
    QList<SessionResult> sessions;

    bool passed() const;
    QString text() const; // the pass/fail report `paydesk-server ussd test` prints
};

// Runs a script's sessions one after another against a flow, running effects for real through the EffectRunner
// (against paydesk-sandbox in tests). Ends in exactly one callback.
class ScriptRunner : public QObject
{
    Q_OBJECT
  public:
    ScriptRunner(const Flow& flow, EffectRunner& effects, QNetworkAccessManager& network, QObject* parent = nullptr);
    void run(const FlowScript& script, std::function<void(const ScriptReport&)> done);

  private:
    struct State;
    void nextSession(const std::shared_ptr<State>& state);
    void nextStep(const std::shared_ptr<State>& state);
    void handle(const std::shared_ptr<State>& state, const FlowScript::Step& step);
    void drive(const std::shared_ptr<State>& state, const Step& step);
    void check(const std::shared_ptr<State>& state, const Reply& reply);

    Flow m_flow;
    EffectRunner& m_effects;
    QNetworkAccessManager& m_network;
};

} // namespace paydesk::ussd
