#include "ussd/flow_script.h"

#include "ussd/effect_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace paydesk::ussd {

Result<FlowScript, FlowProblems> FlowScript::parse(const QByteArray& json)
{
    FlowProblems problems;
    auto error = [&problems](const QString& path, const QString& message) {
        problems.append({FlowProblem::Severity::Error, path, message});
    };
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error(QStringLiteral("(document)"), QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
        return problems;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format").toString() != FormatName)
        error(QStringLiteral("format"), QStringLiteral("must be \"%1\"").arg(FormatName));
    if (root.value(u"version").toInt() != 1)
        error(QStringLiteral("version"), QStringLiteral("this Paydesk reads script version 1"));
    FlowScript script;
    const QJsonObject settings = root.value(u"settings").toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it)
        script.settings.insert(it.key(), it.value().toString());
    const QJsonArray sessions = root.value(u"sessions").toArray();
    if (sessions.isEmpty())
        error(QStringLiteral("sessions"), QStringLiteral("must list at least one session"));
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const QString path = QStringLiteral("sessions[%1]").arg(i);
        const QJsonObject object = sessions.at(i).toObject();
        Conversation conversation;
        conversation.name = object.value(u"name").toString(path);
        conversation.phone = object.value(u"phone").toString(conversation.phone);
        conversation.dial = object.value(u"dial").toString();
        conversation.language = object.value(u"language").toString();
        const QJsonArray steps = object.value(u"steps").toArray();
        if (steps.isEmpty())
            error(path + QStringLiteral(".steps"), QStringLiteral("must list at least the dial"));
        for (qsizetype j = 0; j < steps.size(); ++j) {
            const QString at = path + QStringLiteral(".steps[%1]").arg(j);
            const QJsonObject s = steps.at(j).toObject();
            Step step;
            step.path = at;
            if (s.contains(u"input")) {
                if (j == 0)
                    error(at + QStringLiteral(".input"), QStringLiteral("the first step is the dial: no input"));
                step.input = s.value(u"input").toVariant().toString();
            } else if (j > 0) {
                error(at + QStringLiteral(".input"), QStringLiteral("is required after the first step"));
            }
            step.expect = s.value(u"expect").toString();
            if (s.contains(u"match")) {
                QRegularExpression pattern(s.value(u"match").toString(),
                                           QRegularExpression::DotMatchesEverythingOption);
                if (!pattern.isValid())
                    error(at + QStringLiteral(".match"), pattern.errorString());
                step.match = pattern;
            }
            const QJsonObject vars = s.value(u"vars").toObject();
            for (auto it = vars.begin(); it != vars.end(); ++it)
                step.vars.insert(it.key(), it.value().toVariant().toString());
            if (s.contains(u"end"))
                step.end = s.value(u"end").toBool();
            if (s.contains(u"maxChars"))
                step.maxChars = s.value(u"maxChars").toInt();
            if (s.contains(u"before")) {
                const QJsonObject before = s.value(u"before").toObject();
                Call call;
                call.method = before.value(u"method").toString(QStringLiteral("POST")).toLatin1();
                QString problem;
                call.url = TextTemplate::parse(before.value(u"url").toString(), &problem);
                if (!problem.isEmpty() || call.url.isEmpty())
                    error(at + QStringLiteral(".before.url"),
                          problem.isEmpty() ? QStringLiteral("is required") : problem);
                call.body = before.value(u"body").toObject();
                step.before = call;
            }
            conversation.steps.append(step);
        }
        script.sessions.append(conversation);
    }
    if (!problems.isEmpty())
        return problems;
    return script;
}

QJsonObject
FlowScript::record(const QString& name, const Session& session, const QList<std::pair<QString, Reply>>& hops)
{
    QJsonArray steps;
    for (qsizetype i = 0; i < hops.size(); ++i) {
        QJsonObject step;
        if (i > 0)
            step.insert(QStringLiteral("input"), hops.at(i).first);
        // The screen's first line is what identifies it; the whole text would break on every wording change.
        step.insert(QStringLiteral("expect"), hops.at(i).second.text.section(u'\n', 0, 0));
        if (hops.at(i).second.end)
            step.insert(QStringLiteral("end"), true);
        steps.append(step);
    }
    return {{QStringLiteral("format"), FormatName},
            {QStringLiteral("version"), 1},
            {QStringLiteral("sessions"), QJsonArray{QJsonObject{{QStringLiteral("name"), name},
                                                                {QStringLiteral("phone"), session.phone},
                                                                {QStringLiteral("dial"), session.dialled},
                                                                {QStringLiteral("steps"), steps}}}}};
}

bool ScriptReport::passed() const
{
    return std::all_of(sessions.begin(), sessions.end(), [](const SessionResult& r) { return r.passed; });
}

QString ScriptReport::text() const
{
    QString out;
    int passedCount = 0;
    for (const SessionResult& result : sessions) {
        out += (result.passed ? QStringLiteral("PASS  ") : QStringLiteral("FAIL  ")) + result.name + u'\n';
        if (!result.passed) {
            out += QStringLiteral("      ") + result.failure + u'\n';
            for (const QString& line : result.transcript)
                out +=
                    QStringLiteral("      | ") + QString(line).replace(u'\n', QStringLiteral("\n      |   ")) + u'\n';
        } else {
            ++passedCount;
        }
    }
    out += QStringLiteral("%1 of %2 sessions passed\n").arg(passedCount).arg(sessions.size());
    return out;
}

struct ScriptRunner::State
{
    FlowScript script;
    std::function<void(const ScriptReport&)> done;
    ScriptReport report;
    qsizetype conversation = -1;
    qsizetype step = 0;
    Session session;
    int effectsInStep = 0;
};

ScriptRunner::ScriptRunner(const Flow& flow, EffectRunner& effects, QNetworkAccessManager& network, QObject* parent)
    : QObject(parent), m_flow(flow), m_effects(effects), m_network(network)
{}

void ScriptRunner::run(const FlowScript& script, std::function<void(const ScriptReport&)> done)
{
    auto state = std::make_shared<State>();
    state->script = script;
    state->done = std::move(done);
    for (auto it = script.settings.cbegin(); it != script.settings.cend(); ++it)
        m_flow.settings.insert(it.key(), it.value());
    QTimer::singleShot(0, this, [this, state] { nextSession(state); });
}

void ScriptRunner::nextSession(const std::shared_ptr<State>& state)
{
    ++state->conversation;
    if (state->conversation >= state->script.sessions.size()) {
        state->done(state->report);
        return;
    }
    const auto& conversation = state->script.sessions.at(state->conversation);
    state->report.sessions.append({conversation.name, true, {}, {}});
    state->step = 0;
    state->session = Session{};
    state->session.id =
        QStringLiteral("script-%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(state->conversation);
    state->session.phone = conversation.phone;
    state->session.dialled = conversation.dial.isEmpty() ? m_flow.code : conversation.dial;
    state->session.language = conversation.language;
    nextStep(state);
}

void ScriptRunner::nextStep(const std::shared_ptr<State>& state)
{
    const auto& conversation = state->script.sessions.at(state->conversation);
    auto& result = state->report.sessions.last();
    if (!result.passed || state->step >= conversation.steps.size()) {
        nextSession(state);
        return;
    }
    const FlowScript::Step step = conversation.steps.at(state->step);
    if (!step.before) {
        handle(state, step);
        return;
    }
    const QString url = step.before->url.render(
        [this, state](const QString& variable) { return FlowEngine::valueOf(m_flow, state->session, variable); },
        m_flow.currency);
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(10000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_network.sendCustomRequest(request, step.before->method,
                                                       QJsonDocument(step.before->body).toJson(QJsonDocument::Compact));
    result.transcript.append(QStringLiteral("(before) %1 %2").arg(QString::fromLatin1(step.before->method), url));
    connect(reply, &QNetworkReply::finished, this, [this, state, reply, step] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        auto& current = state->report.sessions.last();
        if (status < 200 || status >= 300) {
            current.passed = false;
            current.failure = QStringLiteral("%1.before: HTTP %2 %3")
                                  .arg(step.path)
                                  .arg(status)
                                  .arg(QString::fromUtf8(reply->readAll().left(300)));
            nextSession(state);
            return;
        }
        handle(state, step);
    });
}

void ScriptRunner::handle(const std::shared_ptr<State>& state, const FlowScript::Step& step)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto& result = state->report.sessions.last();
    if (step.input) {
        // An input may use the session's values ("{{vars.loan_id}}"): what the phone user would read and type.
        QString problem;
        const QString typed =
            TextTemplate::parse(*step.input, &problem)
                .render([this, state](
                            const QString& variable) { return FlowEngine::valueOf(m_flow, state->session, variable); },
                        m_flow.currency);
        result.transcript.append(QStringLiteral("> ") + typed);
        drive(state, FlowEngine::answer(m_flow, state->session, typed, now));
        return;
    }
    const auto extension = m_flow.extensionOf(state->session.dialled);
    result.transcript.append(QStringLiteral("> dial ") + state->session.dialled);
    if (!extension) {
        result.passed = false;
        result.failure = QStringLiteral("%1: the script dials %2 but the flow's code is %3")
                             .arg(step.path, state->session.dialled, m_flow.code);
        nextSession(state);
        return;
    }
    drive(state, FlowEngine::begin(m_flow, state->session, *extension, now));
}

void ScriptRunner::drive(const std::shared_ptr<State>& state, const Step& step)
{
    if (step.reply) {
        check(state, *step.reply);
        return;
    }
    state->report.sessions.last().transcript.append(QStringLiteral("(effect) ") + step.effect->screenId);
    m_effects.run(*step.effect, state->session, this, [this, state](const EffectResult& outcome) {
        drive(state, FlowEngine::resume(m_flow, state->session, outcome, QDateTime::currentDateTimeUtc()));
    });
}

void ScriptRunner::check(const std::shared_ptr<State>& state, const Reply& reply)
{
    const FlowScript::Step& step = state->script.sessions.at(state->conversation).steps.at(state->step);
    auto& result = state->report.sessions.last();
    result.transcript.append(QStringLiteral("< ") + reply.text + (reply.end ? QStringLiteral(" [end]") : QString()));
    QStringList problems;
    if (!step.expect.isEmpty() && !reply.text.contains(step.expect))
        problems.append(QStringLiteral("expected the screen to contain \"%1\"").arg(step.expect));
    if (step.match && !step.match->match(reply.text).hasMatch())
        problems.append(QStringLiteral("expected the screen to match /%1/").arg(step.match->pattern()));
    if (step.end && *step.end != reply.end)
        problems.append(*step.end ? QStringLiteral("expected the session to end")
                                  : QStringLiteral("expected the session to continue"));
    if (step.maxChars && reply.fullText.size() > *step.maxChars)
        problems.append(
            QStringLiteral("expected at most %1 characters, got %2").arg(*step.maxChars).arg(reply.fullText.size()));
    for (auto it = step.vars.cbegin(); it != step.vars.cend(); ++it) {
        const QString actual = FlowEngine::valueOf(m_flow, state->session, it.key());
        if (actual != it.value())
            problems.append(QStringLiteral("expected %1 = \"%2\", got \"%3\"").arg(it.key(), it.value(), actual));
    }
    if (!problems.isEmpty()) {
        result.passed = false;
        result.failure = step.path + QStringLiteral(": ") + problems.join(QStringLiteral("; ")) +
                         QStringLiteral("; the screen was \"") + reply.text + u'"';
    }
    ++state->step;
    nextStep(state);
}

} // namespace paydesk::ussd
