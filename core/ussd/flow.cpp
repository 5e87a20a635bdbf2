#include "ussd/flow.h"

#include "money/money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace paydesk::ussd {

QString FlowProblem::toString() const
{
    return (severity == Severity::Error ? QStringLiteral("error: ") : QStringLiteral("warning: ")) + path +
           QStringLiteral(": ") + message;
}

const TextTemplate& LocalText::in(const QString& language, const QString& fallback) const
{
    auto found = byLanguage.constFind(language);
    if (found == byLanguage.cend())
        found = byLanguage.constFind(fallback);
    static const TextTemplate empty;
    return found == byLanguage.cend() ? empty : *found;
}

bool Condition::test(const QString& value, bool present) const
{
    switch (op) {
    case Op::Exists:
        return present && !value.isEmpty();
    case Op::Missing:
        return !present || value.isEmpty();
    case Op::Equals:
        return present && value == values.value(0);
    case Op::NotEquals:
        return !present || value != values.value(0);
    case Op::In:
        return present && values.contains(value);
    case Op::Matches:
        return present && pattern.match(value).hasMatch();
    case Op::Less:
    case Op::Greater: {
        bool ok = false;
        bool limitOk = false;
        const double number = value.toDouble(&ok);
        const double limit = values.value(0).toDouble(&limitOk);
        return present && ok && limitOk && (op == Op::Less ? number < limit : number > limit);
    }
    }
    return false;
}

QList<int> Screen::successors() const
{
    QList<int> out;
    auto add = [&out](int target) {
        if (target >= 0 && !out.contains(target))
            out.append(target);
    };
    for (const Option& option : options)
        add(option.next);
    add(next);
    add(onInvalid);
    add(onSuccess);
    add(onFailure);
    add(onTimeout);
    for (const auto& route : routes)
        add(route.second);
    add(fallback);
    return out;
}

std::pair<QString, QStringList> splitDialString(const QString& dialled)
{
    const QString code = dialled.trimmed();
    if (!code.startsWith(u'*') || !code.endsWith(u'#') || code.size() < 3)
        return {};
    QStringList parts = code.mid(1, code.size() - 2).split(u'*');
    const QString base = u'*' + parts.takeFirst() + u'#';
    return {base, parts};
}

std::optional<QStringList> Flow::extensionOf(const QString& dialled) const
{
    auto [base, segments] = splitDialString(dialled);
    if (base != code)
        return std::nullopt;
    return segments;
}

QStringList builtInActions()
{
    return {QStringLiteral("paystack.create_customer"), QStringLiteral("paystack.ussd_charge"),
            QStringLiteral("paystack.verify_transaction"), QStringLiteral("paystack.dedicated_account"),
            QStringLiteral("airtime.vend")};
}

namespace {

// Reads one document, collecting every problem rather than stopping at the first.
class Reader
{
  public:
    FlowProblems problems;
    Flow flow;

    void error(const QString& path, const QString& message)
    {
        problems.append({FlowProblem::Severity::Error, path, message});
    }

    QString string(const QJsonObject& object, const QString& key, const QString& path, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                error(path + u'.' + key, QStringLiteral("is required"));
            return {};
        }
        if (!value.isString()) {
            error(path + u'.' + key, QStringLiteral("must be a string"));
            return {};
        }
        return value.toString();
    }

    int integer(const QJsonObject& object, const QString& key, const QString& path, int fallback, int min, int max)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        const double number = value.toDouble(-1e18);
        if (!value.isDouble() || number != double(qint64(number)) || number < min || number > max) {
            error(path + u'.' + key, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return int(number);
    }

    TextTemplate templ(const QString& text, const QString& path)
    {
        QString problem;
        TextTemplate parsed = TextTemplate::parse(text, &problem);
        if (!problem.isEmpty())
            error(path, problem);
        return parsed;
    }

    LocalText localText(const QJsonObject& object, const QString& key, const QString& path, bool required)
    {
        LocalText text;
        const QJsonValue value = object.value(key);
        const QString where = path + u'.' + key;
        if (value.isUndefined() || value.isNull()) {
            if (required)
                error(where, QStringLiteral("is required"));
            return text;
        }
        if (value.isString()) {
            // A plain string reads the same in every language ("MTN", "NGN 100").
            const TextTemplate parsed = templ(value.toString(), where);
            for (const QString& language : flow.languages)
                text.byLanguage.insert(language, parsed);
            return text;
        }
        if (!value.isObject()) {
            error(where, QStringLiteral("must be a string or an object of texts by language"));
            return text;
        }
        const QJsonObject languages = value.toObject();
        for (auto it = languages.begin(); it != languages.end(); ++it) {
            if (!flow.languages.contains(it.key()))
                error(where + u'.' + it.key(),
                      QStringLiteral("language \"%1\" is not in service.languages").arg(it.key()));
            else if (!it.value().isString())
                error(where + u'.' + it.key(), QStringLiteral("must be a string"));
            else
                text.byLanguage.insert(it.key(), templ(it.value().toString(), where + u'.' + it.key()));
        }
        return text;
    }

    // A reference to another screen, resolved once every screen id is known.
    struct PendingRef
    {
        int* target;
        QString id;
        QString path;
    };
    QList<PendingRef> refs;
    // Screens live in a QList that is fully sized before any reference is taken, so the pointers stay valid.
    void reference(const QJsonObject& object, const QString& key, const QString& path, int* target, bool required)
    {
        const QString id = string(object, key, path, required);
        if (!id.isEmpty())
            refs.append({target, id, path + u'.' + key});
    }

    std::optional<Condition> condition(const QJsonValue& value, const QString& path, bool jsonPath)
    {
        if (!value.isObject()) {
            error(path, QStringLiteral("must be an object such as {\"var\": \"vars.status\", \"equals\": \"ok\"}"));
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        Condition condition;
        const QString subjectKey = jsonPath ? QStringLiteral("path") : QStringLiteral("var");
        condition.variable = string(object, subjectKey, path, true);
        if (!jsonPath && !condition.variable.isEmpty()) {
            QString problem;
            TextTemplate::parse(QStringLiteral("{{") + condition.variable + QStringLiteral("}}"), &problem);
            if (!problem.isEmpty())
                error(path + u'.' + subjectKey, problem);
        }
        auto scalar = [](const QJsonValue& v) -> QString {
            if (v.isBool())
                return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            if (v.isDouble())
                return QString::number(v.toDouble(), 'g', 17);
            return v.toString();
        };
        int ops = 0;
        if (object.contains(u"equals")) {
            condition.op = Condition::Op::Equals;
            condition.values = {scalar(object.value(u"equals"))};
            ++ops;
        }
        if (object.contains(u"notEquals")) {
            condition.op = Condition::Op::NotEquals;
            condition.values = {scalar(object.value(u"notEquals"))};
            ++ops;
        }
        if (object.contains(u"in")) {
            condition.op = Condition::Op::In;
            const QJsonArray list = object.value(u"in").toArray();
            if (list.isEmpty())
                error(path + QStringLiteral(".in"), QStringLiteral("must be a non-empty list"));
            for (const QJsonValue& item : list)
                condition.values.append(scalar(item));
            ++ops;
        }
        if (object.contains(u"matches")) {
            condition.op = Condition::Op::Matches;
            condition.pattern =
                QRegularExpression(QStringLiteral("\\A(?:%1)\\z").arg(object.value(u"matches").toString()));
            if (!condition.pattern.isValid())
                error(path + QStringLiteral(".matches"),
                      QStringLiteral("not a valid regular expression: %1").arg(condition.pattern.errorString()));
            ++ops;
        }
        if (object.contains(u"exists")) {
            condition.op = object.value(u"exists").toBool(true) ? Condition::Op::Exists : Condition::Op::Missing;
            ++ops;
        }
        if (object.contains(u"lessThan") || object.contains(u"greaterThan")) {
            const bool less = object.contains(u"lessThan");
            condition.op = less ? Condition::Op::Less : Condition::Op::Greater;
            const QJsonValue limit = object.value(less ? u"lessThan" : u"greaterThan");
            if (!limit.isDouble())
                error(path + (less ? QStringLiteral(".lessThan") : QStringLiteral(".greaterThan")),
                      QStringLiteral("must be a number"));
            condition.values = {scalar(limit)};
            ++ops;
        }
        if (ops != 1) {
            error(path, QStringLiteral("needs exactly one of equals, notEquals, in, matches, exists, lessThan, "
                                       "greaterThan"));
            return std::nullopt;
        }
        return condition;
    }

    InputRule rule(const QJsonValue& value, const QString& path)
    {
        InputRule rule;
        if (value.isUndefined())
            return rule;
        if (!value.isObject()) {
            error(path, QStringLiteral("must be an object such as {\"type\": \"amount\", \"min\": \"50\"}"));
            return rule;
        }
        const QJsonObject object = value.toObject();
        const QString type = string(object, QStringLiteral("type"), path, true);
        if (type == u"regex") {
            rule.kind = InputRule::Kind::Regex;
            rule.pattern = QRegularExpression(
                QStringLiteral("\\A(?:%1)\\z").arg(string(object, QStringLiteral("pattern"), path, true)));
            if (!rule.pattern.isValid())
                error(path + QStringLiteral(".pattern"),
                      QStringLiteral("not a valid regular expression: %1").arg(rule.pattern.errorString()));
        } else if (type == u"range") {
            rule.kind = InputRule::Kind::Range;
            rule.min = integer(object, QStringLiteral("min"), path, 0, -1000000000, 1000000000);
            rule.max = integer(object, QStringLiteral("max"), path, 0, -1000000000, 1000000000);
            if (rule.min > rule.max)
                error(path, QStringLiteral("min is larger than max"));
        } else if (type == u"phone") {
            rule.kind = InputRule::Kind::Phone;
            rule.country = object.value(u"country").toString(QStringLiteral("NG"));
            if (rule.country != u"NG" && rule.country != u"KE")
                error(path + QStringLiteral(".country"), QStringLiteral("must be NG or KE"));
        } else if (type == u"email") {
            rule.kind = InputRule::Kind::Email;
        } else if (type == u"amount") {
            rule.kind = InputRule::Kind::Amount;
            const auto currency = Currency::fromCode(flow.currency);
            auto bound = [&](const QString& key, qint64 fallback) -> qint64 {
                const QString text = object.value(key).toString();
                if (text.isEmpty() || !currency)
                    return fallback;
                auto parsed = Money::parse(text, *currency, QLocale::c());
                if (!parsed) {
                    error(path + u'.' + key,
                          QStringLiteral("\"%1\" is not an amount in %2 (write it as \"50\" or \"50000.00\")")
                              .arg(text, flow.currency));
                    return fallback;
                }
                return parsed->minorUnits();
            };
            rule.min = bound(QStringLiteral("min"), 1);
            rule.max = bound(QStringLiteral("max"), std::numeric_limits<qint64>::max() / 2);
            if (rule.min > rule.max)
                error(path, QStringLiteral("min is larger than max"));
        } else if (type == u"oneOf") {
            rule.kind = InputRule::Kind::OneOf;
            for (const QJsonValue& item : object.value(u"values").toArray())
                rule.values.append(item.toString());
            if (rule.values.isEmpty())
                error(path + QStringLiteral(".values"), QStringLiteral("must list the accepted answers"));
        } else if (!type.isEmpty()) {
            error(path + QStringLiteral(".type"),
                  QStringLiteral("unknown validation \"%1\" (regex, range, phone, email, amount, oneOf)").arg(type));
        }
        return rule;
    }

    QList<Mapping> mappings(const QJsonObject& object, const QString& path)
    {
        QList<Mapping> out;
        const QJsonObject map = object.value(u"map").toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString where = path + QStringLiteral(".map.") + it.key();
            if (!it.key().startsWith(u"vars.") || it.key().size() < 6)
                error(where, QStringLiteral("answers are stored in vars.NAME"));
            else if (!it.value().isString() || !it.value().toString().startsWith(u'$'))
                error(where, QStringLiteral("must be a JSON path such as \"$.data.id\""));
            else
                out.append({it.key(), it.value().toString()});
        }
        return out;
    }

    void screen(const QJsonObject& object, Screen& screen, const QString& path)
    {
        const QString type = string(object, QStringLiteral("type"), path, true);
        if (type == u"menu") {
            screen.kind = ScreenKind::Menu;
            screen.text = localText(object, QStringLiteral("text"), path, true);
            const QJsonArray options = object.value(u"options").toArray();
            if (options.isEmpty())
                error(path + QStringLiteral(".options"), QStringLiteral("a menu needs at least one option"));
            screen.options.resize(options.size());
            for (qsizetype i = 0; i < options.size(); ++i) {
                const QString where = path + QStringLiteral(".options[%1]").arg(i);
                const QJsonObject option = options.at(i).toObject();
                screen.options[i].label = localText(option, QStringLiteral("label"), where, true);
                reference(option, QStringLiteral("next"), where, &screen.options[i].next, true);
                const QJsonObject set = option.value(u"set").toObject();
                for (auto it = set.begin(); it != set.end(); ++it) {
                    const QString key = it.key();
                    const QString at = where + QStringLiteral(".set.") + key;
                    if (key != u"session.language" && !(key.startsWith(u"vars.") && key.size() > 5) &&
                        !(key.startsWith(u"input.") && key.size() > 6))
                        error(at, QStringLiteral("only vars.NAME, input.NAME and session.language can be set"));
                    else if (key == u"session.language" && !flow.languages.contains(it.value().toString()))
                        error(at, QStringLiteral("\"%1\" is not in service.languages").arg(it.value().toString()));
                    else
                        screen.options[i].set.append({key, templ(it.value().toString(), at)});
                }
                if (option.contains(u"when"))
                    screen.options[i].when = condition(option.value(u"when"), where + QStringLiteral(".when"), false);
            }
        } else if (type == u"input") {
            screen.kind = ScreenKind::Input;
            screen.text = localText(object, QStringLiteral("text"), path, true);
            screen.inputName = string(object, QStringLiteral("name"), path, true);
            if (!screen.inputName.isEmpty() &&
                !QRegularExpression(QStringLiteral("\\A\\w+\\z")).match(screen.inputName).hasMatch())
                error(path + QStringLiteral(".name"), QStringLiteral("letters, digits and _ only"));
            screen.rule = rule(object.value(u"validate"), path + QStringLiteral(".validate"));
            screen.error = localText(object, QStringLiteral("error"), path, screen.rule.kind != InputRule::Kind::Any);
            screen.retries = integer(object, QStringLiteral("retries"), path, 3, 1, 10);
            screen.navigation = object.value(u"navigation").toBool(true);
            reference(object, QStringLiteral("next"), path, &screen.next, true);
            reference(object, QStringLiteral("onInvalid"), path, &screen.onInvalid, false);
        } else if (type == u"message") {
            screen.kind = ScreenKind::Message;
            screen.text = localText(object, QStringLiteral("text"), path, true);
            screen.end = object.value(u"end").toBool(false);
            if (!screen.end)
                reference(object, QStringLiteral("next"), path, &screen.next, true);
        } else if (type == u"api") {
            screen.kind = ScreenKind::Api;
            const QJsonObject request = object.value(u"request").toObject();
            const QString where = path + QStringLiteral(".request");
            if (request.isEmpty())
                error(where, QStringLiteral("is required"));
            screen.http.method = request.value(u"method").toString(QStringLiteral("POST")).toUpper();
            if (!QStringList{QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT")}.contains(
                    screen.http.method))
                error(where + QStringLiteral(".method"), QStringLiteral("must be GET, POST or PUT"));
            const QString url = string(request, QStringLiteral("url"), where, true);
            screen.http.url = templ(url, where + QStringLiteral(".url"));
            if (!url.isEmpty() && !url.startsWith(u"http://") && !url.startsWith(u"https://") &&
                !url.startsWith(u"{{settings."))
                error(where + QStringLiteral(".url"),
                      QStringLiteral("must start with http://, https:// or a setting ({{settings.api}}/…)"));
            const QJsonObject headers = request.value(u"headers").toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it)
                screen.http.headers.append(
                    {it.key(), templ(it.value().toString(), where + QStringLiteral(".headers.") + it.key())});
            const QJsonObject auth = request.value(u"auth").toObject();
            if (!auth.isEmpty()) {
                screen.http.authSecret = string(auth, QStringLiteral("secret"), where + QStringLiteral(".auth"), true);
                screen.http.authScheme = auth.value(u"scheme").toString(QStringLiteral("Bearer"));
            }
            screen.http.body = request.value(u"body");
            screen.http.formBody = request.value(u"form").toBool(false);
            checkBodyTemplates(screen.http.body, where + QStringLiteral(".body"));
            if (object.contains(u"success"))
                screen.success = condition(object.value(u"success"), path + QStringLiteral(".success"), true);
            effectCommon(object, screen, path);
        } else if (type == u"action") {
            screen.kind = ScreenKind::Action;
            screen.action = string(object, QStringLiteral("action"), path, true);
            if (!screen.action.isEmpty() && !builtInActions().contains(screen.action))
                error(path + QStringLiteral(".action"), QStringLiteral("unknown action \"%1\" (known: %2)")
                                                            .arg(screen.action, builtInActions().join(u", ")));
            const QJsonObject params = object.value(u"params").toObject();
            for (auto it = params.begin(); it != params.end(); ++it)
                screen.params.append(
                    {it.key(), templ(it.value().toString(), path + QStringLiteral(".params.") + it.key())});
            effectCommon(object, screen, path);
        } else if (type == u"router") {
            screen.kind = ScreenKind::Router;
            const QJsonArray routes = object.value(u"routes").toArray();
            screen.routes.resize(routes.size());
            for (qsizetype i = 0; i < routes.size(); ++i) {
                const QString where = path + QStringLiteral(".routes[%1]").arg(i);
                const QJsonObject route = routes.at(i).toObject();
                if (auto parsed = condition(route.value(u"when"), where + QStringLiteral(".when"), false))
                    screen.routes[i].first = *parsed;
                reference(route, QStringLiteral("next"), where, &screen.routes[i].second, true);
            }
            reference(object, QStringLiteral("default"), path, &screen.fallback, true);
        } else if (type == u"end") {
            screen.kind = ScreenKind::End;
            screen.text = localText(object, QStringLiteral("text"), path, true);
        } else if (!type.isEmpty()) {
            error(path + QStringLiteral(".type"),
                  QStringLiteral("unknown screen type \"%1\" (menu, input, message, api, action, router, end)")
                      .arg(type));
        }
    }

    void effectCommon(const QJsonObject& object, Screen& screen, const QString& path)
    {
        screen.mappings = mappings(object, path);
        screen.timeoutMs = integer(object, QStringLiteral("timeoutMs"), path, 8000, 100, 15000);
        reference(object, QStringLiteral("onSuccess"), path, &screen.onSuccess, true);
        reference(object, QStringLiteral("onFailure"), path, &screen.onFailure, true);
        reference(object, QStringLiteral("onTimeout"), path, &screen.onTimeout, false);
    }

    void checkBodyTemplates(const QJsonValue& value, const QString& path)
    {
        if (value.isString()) {
            templ(value.toString(), path);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                checkBodyTemplates(it.value(), path + u'.' + it.key());
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                checkBodyTemplates(array.at(i), path + QStringLiteral("[%1]").arg(i));
        }
    }

    void read(const QJsonObject& document)
    {
        flow.document = document;
        if (document.value(u"format").toString() != Flow::FormatName)
            error(QStringLiteral("format"), QStringLiteral("must be \"%1\"").arg(Flow::FormatName));
        const QJsonValue version = document.value(u"version");
        if (version.toInt(-1) != Flow::FormatVersion)
            error(QStringLiteral("version"),
                  QStringLiteral("this Paydesk reads flow format version %1").arg(Flow::FormatVersion));

        const QJsonObject service = document.value(u"service").toObject();
        const QString s = QStringLiteral("service");
        if (service.isEmpty())
            error(s, QStringLiteral("is required"));
        flow.code = string(service, QStringLiteral("code"), s, true);
        if (!flow.code.isEmpty() &&
            !QRegularExpression(QStringLiteral("\\A\\*\\d+(\\*\\d+)*#\\z")).match(flow.code).hasMatch())
            error(s + QStringLiteral(".code"), QStringLiteral("must look like *666# or *384*12#"));
        flow.name = string(service, QStringLiteral("name"), s, true);
        flow.currency = service.value(u"currency").toString(QStringLiteral("NGN"));
        if (!Currency::fromCode(flow.currency))
            error(s + QStringLiteral(".currency"), QStringLiteral("unknown currency \"%1\"").arg(flow.currency));
        if (service.contains(u"languages")) {
            flow.languages.clear();
            for (const QJsonValue& language : service.value(u"languages").toArray())
                flow.languages.append(language.toString());
            flow.languages.removeAll(QString());
            if (flow.languages.isEmpty()) {
                error(s + QStringLiteral(".languages"), QStringLiteral("must list at least one language code"));
                flow.languages = {QStringLiteral("en")};
            }
        }
        flow.sessionTimeoutSeconds = integer(service, QStringLiteral("sessionTimeoutSeconds"), s, 180, 20, 600);
        flow.resumeWindowSeconds = integer(service, QStringLiteral("resumeWindowSeconds"), s, 0, 0, 3600);
        const QString resume = service.value(u"resume").toString(QStringLiteral("start"));
        if (resume == u"continue")
            flow.resume = Flow::Resume::Continue;
        else if (resume == u"confirm")
            flow.resume = Flow::Resume::Confirm;
        else if (resume != u"start")
            error(s + QStringLiteral(".resume"), QStringLiteral("must be start, continue or confirm"));
        const QJsonObject keys = service.value(u"keys").toObject();
        flow.keys.back = keys.value(u"back").toString(flow.keys.back);
        flow.keys.home = keys.value(u"home").toString(flow.keys.home);
        flow.keys.more = keys.value(u"more").toString(flow.keys.more);
        if (flow.keys.back == flow.keys.home || flow.keys.back == flow.keys.more || flow.keys.home == flow.keys.more)
            error(s + QStringLiteral(".keys"), QStringLiteral("back, home and more must be different keys"));
        const QJsonObject texts = service.value(u"texts").toObject();
        auto systemText = [&](const QString& key, const QString& english) {
            LocalText text = localText(texts, key, s + QStringLiteral(".texts"), false);
            if (!text.byLanguage.contains(flow.defaultLanguage()))
                text.byLanguage.insert(flow.defaultLanguage(), templ(english, s + QStringLiteral(".texts.") + key));
            return text;
        };
        flow.texts.more = systemText(QStringLiteral("more"), QStringLiteral("More"));
        flow.texts.back = systemText(QStringLiteral("back"), QStringLiteral("Back"));
        flow.texts.invalidChoice = systemText(QStringLiteral("invalidChoice"), QStringLiteral("Invalid choice."));
        flow.texts.resume =
            systemText(QStringLiteral("resume"), QStringLiteral("Continue where you left off?\n1. Yes\n2. No"));
        flow.texts.failure =
            systemText(QStringLiteral("failure"), QStringLiteral("Sorry, the service is not available now."));
        const QJsonObject settings = service.value(u"settings").toObject();
        for (auto it = settings.begin(); it != settings.end(); ++it)
            flow.settings.insert(it.key(), it.value().toString());
        const QJsonObject samples = service.value(u"samples").toObject();
        for (auto it = samples.begin(); it != samples.end(); ++it)
            flow.samples.insert(it.key(), it.value().toString());

        const QJsonValue screensValue = document.value(u"screens");
        if (!screensValue.isArray() || screensValue.toArray().isEmpty()) {
            error(QStringLiteral("screens"), QStringLiteral("must be a non-empty list of screens"));
            return;
        }
        const QJsonArray screens = screensValue.toArray();
        flow.screens.resize(screens.size());
        for (qsizetype i = 0; i < screens.size(); ++i) {
            const QJsonObject object = screens.at(i).toObject();
            const QString id = object.value(u"id").toString();
            const QString path = QStringLiteral("screens.") + (id.isEmpty() ? QStringLiteral("[%1]").arg(i) : id);
            if (id.isEmpty())
                error(path + QStringLiteral(".id"), QStringLiteral("is required"));
            else if (flow.index.contains(id))
                error(path + QStringLiteral(".id"), QStringLiteral("\"%1\" is used by two screens").arg(id));
            else
                flow.index.insert(id, int(i));
            flow.screens[i].id = id;
            screen(object, flow.screens[i], path);
        }

        int startTarget = 0;
        if (service.contains(u"start"))
            reference(service, QStringLiteral("start"), s, &startTarget, true);
        const QJsonArray dials = service.value(u"directDial").toArray();
        flow.directDials.resize(dials.size());
        for (qsizetype i = 0; i < dials.size(); ++i) {
            const QString where = s + QStringLiteral(".directDial[%1]").arg(i);
            const QJsonObject dial = dials.at(i).toObject();
            flow.directDials[i].segments = integer(dial, QStringLiteral("segments"), where, 1, 1, 8);
            reference(dial, QStringLiteral("start"), where, &flow.directDials[i].start, true);
        }

        for (const PendingRef& ref : refs) {
            const auto found = flow.index.constFind(ref.id);
            if (found == flow.index.cend())
                error(ref.path, QStringLiteral("no screen has the id \"%1\"").arg(ref.id));
            else
                *ref.target = *found;
        }
        flow.start = startTarget;
        for (const auto& dial : flow.directDials) {
            if (dial.start >= 0 && flow.screens.at(dial.start).kind != ScreenKind::Input &&
                flow.screens.at(dial.start).kind != ScreenKind::Menu)
                error(s + QStringLiteral(".directDial"),
                      QStringLiteral("a direct dial starts at a menu or an input screen"));
        }
    }
};

} // namespace

Result<Flow, FlowProblems> parseFlow(const QJsonObject& document)
{
    Reader reader;
    reader.read(document);
    if (!reader.problems.isEmpty())
        return reader.problems;
    return std::move(reader.flow);
}

Result<Flow, FlowProblems> parseFlow(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column of the offset, so the author finds it in an editor.
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - before.lastIndexOf('\n'));
        return FlowProblems{{FlowProblem::Severity::Error, QStringLiteral("line %1, column %2").arg(line).arg(column),
                             QStringLiteral("not valid JSON: %1").arg(parseError.errorString())}};
    }
    if (!document.isObject())
        return FlowProblems{
            {FlowProblem::Severity::Error, QStringLiteral("(document)"), QStringLiteral("a flow is a JSON object")}};
    return parseFlow(document.object());
}

} // namespace paydesk::ussd
