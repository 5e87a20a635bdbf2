#include "ussd/flow_engine.h"

#include "airtime/airtime_catalog.h"
#include "airtime/mobile_number.h"
#include "money/money.h"
#include "ussd/gsm7.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace paydesk::ussd::FlowEngine {

namespace {

// A chain of routers and effects longer than this is a loop in the flow, not a service.
constexpr int MaxAutomaticSteps = 64;

class Run
{
  public:
    Run(const Flow& flow, Session& session, const QDateTime& now) : f(flow), s(session), m_now(now) {}

    QString value(const QString& variable) const
    {
        if (variable.startsWith(u"session.")) {
            const QStringView field = QStringView(variable).sliced(8);
            if (field == u"phone")
                return s.phone;
            if (field == u"id")
                return s.id;
            if (field == u"code")
                return s.serviceCode;
            if (field == u"dialled")
                return s.dialled;
            if (field == u"network")
                return s.network;
            if (field == u"language")
                return s.language;
            return {};
        }
        if (variable.startsWith(u"settings."))
            return f.settings.value(variable.mid(9));
        return s.values.value(variable);
    }

    QString render(const LocalText& text) const
    {
        return text.in(s.language, f.defaultLanguage())
            .render([this](const QString& variable) { return value(variable); }, f.currency);
    }
    QString render(const TextTemplate& text) const
    {
        return text.render([this](const QString& variable) { return value(variable); }, f.currency);
    }

    bool holds(const Condition& condition) const
    {
        const QString v = value(condition.variable);
        return condition.test(v, !v.isNull());
    }

    Step reply(const QString& text, bool end, const QString& outcome = QString())
    {
        Reply r;
        r.fullText = text;
        const QStringView visible = visiblePart(text);
        r.text = visible.size() == text.size() ? text : visible.toString();
        r.end = end;
        s.lastText = r.text;
        s.lastEnd = end;
        s.lastActiveAt = m_now;
        if (end) {
            s.state = Session::State::Ended;
            s.queued.clear();
            if (s.outcome.isEmpty())
                s.outcome = outcome.isEmpty() ? QStringLiteral("completed") : outcome;
        }
        return {r, std::nullopt};
    }

    Step fail()
    {
        s.outcome = QStringLiteral("failed");
        return reply(render(f.texts.failure), true);
    }

    // The visible options of a menu, with their numbers (1, 2, ...) as shown.
    QList<int> visibleOptions(const Screen& screen) const
    {
        QList<int> out;
        for (qsizetype i = 0; i < screen.options.size(); ++i) {
            const auto& when = screen.options.at(i).when;
            if (!when || holds(*when))
                out.append(int(i));
        }
        return out;
    }

    QStringList pages(const Screen& screen) const
    {
        const QString title = render(screen.text);
        const QList<int> visible = visibleOptions(screen);
        QStringList lines;
        lines.reserve(visible.size());
        for (qsizetype n = 0; n < visible.size(); ++n)
            lines.append(QString::number(n + 1) + QStringLiteral(". ") +
                         render(screen.options.at(visible.at(n)).label));
        QString whole = title;
        for (const QString& line : lines)
            whole += u'\n' + line;
        // Pages are filled to 160 GSM-7 characters, not 182: several gateways cut there.
        const auto fitsPage = [](const QString& page) {
            const ScreenSize size = measureScreen(page);
            return size.units <= (size.gsm7 ? ScreenSize::Gsm7Warning : ScreenSize::Ucs2Limit);
        };
        if (fitsPage(whole))
            return {whole};

        // Fill each page greedily, keeping room for "More" (when options remain) and "Back" (after the first page);
        // an option is never split across pages.
        const QString more = f.keys.more + QStringLiteral(". ") + render(f.texts.more);
        const QString back = f.keys.back + QStringLiteral(". ") + render(f.texts.back);
        QStringList out;
        qsizetype next = 0;
        while (next < lines.size()) {
            QString page = title;
            qsizetype taken = 0;
            while (next + taken < lines.size()) {
                QString candidate = page + u'\n' + lines.at(next + taken);
                const bool last = next + taken + 1 == lines.size();
                QString withNav = candidate;
                if (!last)
                    withNav += u'\n' + more;
                if (!out.isEmpty())
                    withNav += u'\n' + back;
                if (!fitsPage(withNav) && taken > 0)
                    break;
                page = candidate;
                ++taken;
                if (!fitsPage(withNav))
                    break; // one option alone overflows: it gets a page of its own, cut by the network
            }
            next += taken;
            if (next < lines.size())
                page += u'\n' + more;
            if (!out.isEmpty())
                page += u'\n' + back;
            out.append(page);
        }
        return out;
    }

    Step show(const QString& prefix = QString())
    {
        const Screen& screen = f.screens.at(s.screen);
        s.state = Session::State::Active;
        if (screen.kind == ScreenKind::Menu) {
            const QStringList all = pages(screen);
            s.page = std::clamp(s.page, 0, int(all.size()) - 1);
            return reply(prefix.isEmpty() ? all.at(s.page) : prefix + u'\n' + all.at(s.page), false);
        }
        const QString text = render(screen.text);
        if (screen.kind == ScreenKind::Message && screen.end)
            return reply(text, true);
        return reply(prefix.isEmpty() ? text : prefix + u'\n' + text, false);
    }

    // Goes to a screen, running routers and stopping at the first screen to show or effect to run.
    Step enter(int target)
    {
        for (int guard = 0; guard < MaxAutomaticSteps; ++guard) {
            if (target < 0 || target >= f.screens.size())
                return fail();
            const Screen& screen = f.screens.at(target);
            s.trail.append(screen.id);
            switch (screen.kind) {
            case ScreenKind::Router: {
                int chosen = screen.fallback;
                for (const auto& [condition, next] : screen.routes) {
                    if (holds(condition)) {
                        chosen = next;
                        break;
                    }
                }
                target = chosen;
                continue;
            }
            case ScreenKind::Api:
            case ScreenKind::Action:
                s.screen = target;
                s.state = Session::State::Waiting;
                s.lastActiveAt = m_now;
                return {std::nullopt, effectFor(screen)};
            case ScreenKind::End:
                s.screen = target;
                return reply(render(screen.text), true);
            case ScreenKind::Menu:
            case ScreenKind::Input:
            case ScreenKind::Message:
                s.screen = target;
                s.page = 0;
                s.retries = 0;
                if (!s.queued.isEmpty())
                    return take(s.queued.takeFirst());
                return show();
            }
        }
        return fail();
    }

    void leaveForward() { s.history.append(s.screen); }

    Step take(const QString& input)
    {
        const Screen& screen = f.screens.at(s.screen);
        const bool navigable = screen.kind != ScreenKind::Input || screen.navigation;
        if (navigable && input == f.keys.home) {
            s.history.clear();
            s.queued.clear();
            return enter(f.start);
        }
        if (navigable && input == f.keys.back) {
            if (screen.kind == ScreenKind::Menu && s.page > 0) {
                --s.page;
                return show();
            }
            if (!s.history.isEmpty()) {
                const int previous = s.history.takeLast();
                return enter(previous);
            }
            return show();
        }
        switch (screen.kind) {
        case ScreenKind::Menu: {
            if (input == f.keys.more) {
                if (s.page + 1 < pages(screen).size()) {
                    ++s.page;
                    return show();
                }
            }
            bool ok = false;
            const int number = input.toInt(&ok);
            const QList<int> visible = visibleOptions(screen);
            if (!ok || number < 1 || number > visible.size()) {
                s.queued.clear();
                return show(render(f.texts.invalidChoice));
            }
            const Screen::Option& option = screen.options.at(visible.at(number - 1));
            for (const auto& [key, text] : option.set) {
                const QString chosen = render(text);
                if (key == u"session.language")
                    s.language = chosen;
                else
                    s.values.insert(key, chosen);
            }
            leaveForward();
            return enter(option.next);
        }
        case ScreenKind::Input: {
            const auto accepted = validate(f, screen.rule, input);
            if (!accepted) {
                s.queued.clear();
                if (++s.retries >= screen.retries) {
                    if (screen.onInvalid >= 0)
                        return enter(screen.onInvalid);
                    s.outcome = QStringLiteral("invalid");
                    return reply(render(screen.error), true);
                }
                return show(render(screen.error));
            }
            s.values.insert(QStringLiteral("input.") + screen.inputName, *accepted);
            if (screen.inputName == u"language" && f.languages.contains(*accepted))
                s.language = *accepted;
            leaveForward();
            return enter(screen.next);
        }
        case ScreenKind::Message:
            leaveForward();
            return enter(screen.next);
        default:
            return fail();
        }
    }

    QJsonValue renderBody(const QJsonValue& value) const
    {
        if (value.isString()) {
            QString problem;
            return render(TextTemplate::parse(value.toString(), &problem));
        }
        if (value.isObject()) {
            QJsonObject out;
            const QJsonObject in = value.toObject();
            for (auto it = in.begin(); it != in.end(); ++it)
                out.insert(it.key(), renderBody(it.value()));
            return out;
        }
        if (value.isArray()) {
            QJsonArray out;
            for (const QJsonValue& item : value.toArray())
                out.append(renderBody(item));
            return out;
        }
        return value;
    }

    Effect effectFor(const Screen& screen)
    {
        Effect effect;
        effect.screenId = screen.id;
        effect.timeoutMs = screen.timeoutMs;
        ++s.effects;
        // Letters, digits and '-' only: it becomes a Paystack reference. The session's start time keeps it unique
        // when a gateway reuses its session ids.
        QString key = s.id + u'-' + QString::number(s.startedAt.toMSecsSinceEpoch(), 36) + u'-' + screen.id + u'-' +
                      QString::number(s.effects);
        for (QChar& c : key) {
            if (!c.isLetterOrNumber() && c != u'-')
                c = u'-';
        }
        effect.idempotencyKey = key;
        if (screen.kind == ScreenKind::Action) {
            effect.kind = Effect::Kind::Action;
            effect.action = screen.action;
            for (const auto& [name, text] : screen.params)
                effect.params.insert(name, render(text));
            return effect;
        }
        effect.kind = Effect::Kind::Http;
        effect.method = screen.http.method.toLatin1();
        effect.url = render(screen.http.url);
        for (const auto& [name, text] : screen.http.headers)
            effect.headers.append({name, render(text)});
        effect.authSecret = screen.http.authSecret;
        effect.authScheme = screen.http.authScheme;
        if (effect.method != "GET" && !screen.http.body.isUndefined()) {
            const QJsonValue body = renderBody(screen.http.body);
            if (screen.http.formBody) {
                QUrlQuery form;
                const QJsonObject fields = body.toObject();
                for (auto it = fields.begin(); it != fields.end(); ++it)
                    form.addQueryItem(it.key(), jsonScalar(it.value()));
                effect.body = form.toString(QUrl::FullyEncoded).toUtf8();
                effect.contentType = "application/x-www-form-urlencoded";
            } else {
                effect.body = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                              : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
                effect.contentType = "application/json";
            }
        }
        return effect;
    }

    Step settle(const EffectResult& result)
    {
        const Screen& screen = f.screens.at(s.screen);
        for (const Mapping& mapping : screen.mappings) {
            const QJsonValue found = jsonAt(result.response, mapping.path);
            if (!found.isUndefined() && !found.isNull())
                s.values.insert(mapping.variable, jsonScalar(found));
        }
        bool ok = result.outcome == EffectResult::Outcome::Success;
        if (ok && screen.success) {
            const QJsonValue found = jsonAt(result.response, screen.success->variable);
            const QString text = jsonScalar(found);
            ok = screen.success->test(text, !found.isUndefined() && !found.isNull());
        }
        if (ok)
            s.values.remove(QStringLiteral("vars.error"));
        else
            s.values.insert(QStringLiteral("vars.error"),
                            result.message.isEmpty() ? QStringLiteral("failed") : result.message);
        s.state = Session::State::Active;
        if (result.outcome == EffectResult::Outcome::Timeout)
            return enter(screen.onTimeout >= 0 ? screen.onTimeout : screen.onFailure);
        return enter(ok ? screen.onSuccess : screen.onFailure);
    }

    const Flow& f;
    Session& s;

  private:
    QDateTime m_now;
};

} // namespace

Step begin(const Flow& flow, Session& session, const QStringList& extension, const QDateTime& now)
{
    Run run(flow, session, now);
    session.state = Session::State::Active;
    session.serviceCode = flow.code;
    if (session.language.isEmpty() || !flow.languages.contains(session.language))
        session.language = flow.defaultLanguage();
    if (!session.startedAt.isValid())
        session.startedAt = now;
    session.hops = 1;
    int start = flow.start;
    QStringList queued = extension;
    queued.removeAll(QString());
    if (!queued.isEmpty()) {
        for (const auto& dial : flow.directDials) {
            if (dial.segments == queued.size()) {
                start = dial.start;
                break;
            }
        }
    }
    session.queued = queued;
    session.inputs.clear();
    return run.enter(start);
}

Step answer(const Flow& flow, Session& session, const QString& input, const QDateTime& now)
{
    Run run(flow, session, now);
    ++session.hops;
    session.lastActiveAt = now;
    switch (session.state) {
    case Session::State::Ended:
        return {Reply{session.lastText, true, session.lastText}, std::nullopt};
    case Session::State::Waiting:
        // A gateway retried while an effect is still running: the same screen is not known yet.
        return {Reply{session.lastText, false, session.lastText}, std::nullopt};
    case Session::State::Confirming:
        session.inputs.append(input);
        if (input == u"1")
            return run.show();
        if (input == u"2") {
            session.history.clear();
            session.values.clear();
            return run.enter(flow.start);
        }
        return {Reply{session.lastText, false, session.lastText}, std::nullopt};
    case Session::State::Active:
        break;
    }
    session.inputs.append(input);
    if (session.screen < 0 || session.screen >= flow.screens.size())
        return run.fail();
    return run.take(input);
}

Step resume(const Flow& flow, Session& session, const EffectResult& result, const QDateTime& now)
{
    Run run(flow, session, now);
    if (session.state != Session::State::Waiting || session.screen < 0 || session.screen >= flow.screens.size())
        return {Reply{session.lastText, session.lastEnd, session.lastText}, std::nullopt};
    return run.settle(result);
}

Step offerResume(const Flow& flow, Session& session, const QDateTime& now)
{
    Run run(flow, session, now);
    session.outcome.clear();
    session.hops = 1;
    if (session.screen < 0 || session.screen >= flow.screens.size() ||
        !flow.screens.at(session.screen).isInteractive()) {
        session.history.clear();
        return run.enter(flow.start);
    }
    if (flow.resume == Flow::Resume::Continue)
        return run.show();
    session.state = Session::State::Confirming;
    return run.reply(run.render(flow.texts.resume), false);
}

std::optional<QString> validate(const Flow& flow, const InputRule& rule, const QString& input)
{
    const QString text = input.trimmed();
    switch (rule.kind) {
    case InputRule::Kind::Any:
        return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
    case InputRule::Kind::Regex:
        return rule.pattern.match(text).hasMatch() ? std::optional<QString>(text) : std::nullopt;
    case InputRule::Kind::Range: {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (!ok || number < rule.min || number > rule.max)
            return std::nullopt;
        return QString::number(number);
    }
    case InputRule::Kind::Phone: {
        auto number = airtime::parseMobileNumber(text, *airtime::AirtimeCatalog::current(), rule.country);
        if (!number || number->country != rule.country)
            return std::nullopt;
        return number->national;
    }
    case InputRule::Kind::Email: {
        static const QRegularExpression email(QStringLiteral("\\A[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+\\z"));
        return email.match(text).hasMatch() ? std::optional<QString>(text.toLower()) : std::nullopt;
    }
    case InputRule::Kind::Amount: {
        const auto currency = Currency::fromCode(flow.currency);
        if (!currency)
            return std::nullopt;
        auto money = Money::parse(text, *currency, QLocale::c());
        if (!money || money->minorUnits() < rule.min || money->minorUnits() > rule.max)
            return std::nullopt;
        return QString::number(money->minorUnits());
    }
    case InputRule::Kind::OneOf:
        for (const QString& accepted : rule.values) {
            if (text.compare(accepted, Qt::CaseInsensitive) == 0)
                return accepted;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

QJsonValue jsonAt(const QJsonValue& root, QStringView path)
{
    if (!path.startsWith(u'$'))
        return QJsonValue::Undefined;
    QJsonValue here = root;
    qsizetype at = 1;
    while (at < path.size()) {
        if (path[at] == u'.') {
            qsizetype end = at + 1;
            while (end < path.size() && path[end] != u'.' && path[end] != u'[')
                ++end;
            const QStringView key = path.sliced(at + 1, end - at - 1);
            if (!here.isObject())
                return QJsonValue::Undefined;
            here = here.toObject().value(key);
            at = end;
        } else if (path[at] == u'[') {
            const qsizetype close = path.indexOf(u']', at);
            if (close < 0)
                return QJsonValue::Undefined;
            QStringView inside = path.sliced(at + 1, close - at - 1);
            if (inside.size() >= 2 && (inside.front() == u'\'' || inside.front() == u'"')) {
                if (!here.isObject())
                    return QJsonValue::Undefined;
                here = here.toObject().value(inside.sliced(1, inside.size() - 2));
            } else {
                bool ok = false;
                const int index = inside.toInt(&ok);
                if (!ok || !here.isArray() || index < 0 || index >= here.toArray().size())
                    return QJsonValue::Undefined;
                here = here.toArray().at(index);
            }
            at = close + 1;
        } else {
            return QJsonValue::Undefined;
        }
        if (here.isUndefined())
            return here;
    }
    return here;
}

QString jsonScalar(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QString valueOf(const Flow& flow, const Session& session, const QString& variable)
{
    Session copy = session;
    return Run(flow, copy, QDateTime()).value(variable);
}

QStringList menuPages(const Flow& flow, const Session& session, const Screen& screen)
{
    Session copy = session;
    Run run(flow, copy, QDateTime());
    return run.pages(screen);
}

} // namespace paydesk::ussd::FlowEngine
