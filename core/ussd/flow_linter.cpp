#include "ussd/flow_linter.h"

#include "ussd/flow_engine.h"
#include "ussd/gsm7.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace paydesk::ussd {

namespace {

const QStringList sessionFields{QStringLiteral("session.phone"),   QStringLiteral("session.id"),
                                QStringLiteral("session.code"),    QStringLiteral("session.dialled"),
                                QStringLiteral("session.network"), QStringLiteral("session.language")};

class Linter
{
  public:
    explicit Linter(const Flow& flow) : f(flow) {}

    FlowProblems run()
    {
        collectDefined();
        reachability();
        for (const Screen& screen : f.screens) {
            const QString path = QStringLiteral("screens.") + screen.id;
            translations(screen, path);
            variables(screen, path);
            if (reachable.contains(screen.id))
                lengths(screen, path);
        }
        std::stable_sort(problems.begin(), problems.end(), [](const FlowProblem& a, const FlowProblem& b) {
            return a.severity == FlowProblem::Severity::Error && b.severity != FlowProblem::Severity::Error;
        });
        return problems;
    }

  private:
    void error(const QString& path, const QString& message)
    {
        problems.append({FlowProblem::Severity::Error, path, message});
    }
    void warning(const QString& path, const QString& message)
    {
        problems.append({FlowProblem::Severity::Warning, path, message});
    }

    void collectDefined()
    {
        for (const QString& field : sessionFields)
            defined.insert(field);
        defined.insert(QStringLiteral("vars.error"));
        for (const Screen& screen : f.screens) {
            if (screen.kind == ScreenKind::Input)
                defined.insert(QStringLiteral("input.") + screen.inputName);
            for (const Mapping& mapping : screen.mappings)
                defined.insert(mapping.variable);
            for (const Screen::Option& option : screen.options) {
                for (const auto& set : option.set)
                    defined.insert(set.first);
            }
        }
        for (auto it = f.settings.cbegin(); it != f.settings.cend(); ++it)
            defined.insert(QStringLiteral("settings.") + it.key());
    }

    void reachability()
    {
        QList<int> queue{f.start};
        for (const auto& dial : f.directDials)
            queue.append(dial.start);
        QSet<int> seen;
        while (!queue.isEmpty()) {
            const int at = queue.takeFirst();
            if (at < 0 || seen.contains(at))
                continue;
            seen.insert(at);
            queue.append(f.screens.at(at).successors());
        }
        for (int i = 0; i < f.screens.size(); ++i) {
            if (seen.contains(i))
                reachable.insert(f.screens.at(i).id);
            else
                warning(QStringLiteral("screens.") + f.screens.at(i).id,
                        QStringLiteral("unreachable: no screen leads here"));
        }

        // Screens from which some path reaches an end: walk backwards from every end.
        QHash<int, QList<int>> predecessors;
        QList<int> ends;
        for (int i = 0; i < f.screens.size(); ++i) {
            const Screen& screen = f.screens.at(i);
            if (screen.kind == ScreenKind::End || (screen.kind == ScreenKind::Message && screen.end))
                ends.append(i);
            for (int next : screen.successors())
                predecessors[next].append(i);
        }
        QSet<int> canEnd;
        while (!ends.isEmpty()) {
            const int at = ends.takeFirst();
            if (canEnd.contains(at))
                continue;
            canEnd.insert(at);
            ends.append(predecessors.value(at));
        }
        for (int i : seen) {
            if (!canEnd.contains(i))
                error(QStringLiteral("screens.") + f.screens.at(i).id,
                      QStringLiteral("dead end: no path from this screen reaches an end screen"));
        }
    }

    void translated(const LocalText& text, const QString& path)
    {
        if (text.isEmpty())
            return;
        for (const QString& language : f.languages) {
            if (!text.byLanguage.contains(language))
                error(path, QStringLiteral("no text in \"%1\"").arg(language));
        }
    }

    void translations(const Screen& screen, const QString& path)
    {
        translated(screen.text, path + QStringLiteral(".text"));
        translated(screen.error, path + QStringLiteral(".error"));
        for (qsizetype i = 0; i < screen.options.size(); ++i)
            translated(screen.options.at(i).label, path + QStringLiteral(".options[%1].label").arg(i));
    }

    void used(const TextTemplate& text, const QString& path)
    {
        for (const QString& variable : text.variables()) {
            if (!defined.contains(variable))
                error(
                    path,
                    QStringLiteral("{{%1}} is never set: no input screen or answer mapping defines it").arg(variable));
        }
    }
    void used(const LocalText& text, const QString& path)
    {
        for (auto it = text.byLanguage.cbegin(); it != text.byLanguage.cend(); ++it)
            used(it.value(), path + u'.' + it.key());
    }
    void usedVariable(const QString& variable, const QString& path)
    {
        if (!variable.isEmpty() && !defined.contains(variable))
            error(path, QStringLiteral("%1 is never set: no input screen or answer mapping defines it").arg(variable));
    }
    void usedInBody(const QJsonValue& value, const QString& path)
    {
        if (value.isString()) {
            QString problem;
            used(TextTemplate::parse(value.toString(), &problem), path);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                usedInBody(it.value(), path + u'.' + it.key());
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                usedInBody(array.at(i), path + QStringLiteral("[%1]").arg(i));
        }
    }

    void variables(const Screen& screen, const QString& path)
    {
        used(screen.text, path + QStringLiteral(".text"));
        used(screen.error, path + QStringLiteral(".error"));
        for (qsizetype i = 0; i < screen.options.size(); ++i) {
            const QString option = path + QStringLiteral(".options[%1]").arg(i);
            used(screen.options.at(i).label, option + QStringLiteral(".label"));
            for (const auto& [key, text] : screen.options.at(i).set)
                used(text, option + QStringLiteral(".set.") + key);
            if (screen.options.at(i).when)
                usedVariable(screen.options.at(i).when->variable, option + QStringLiteral(".when.var"));
        }
        for (qsizetype i = 0; i < screen.routes.size(); ++i)
            usedVariable(screen.routes.at(i).first.variable, path + QStringLiteral(".routes[%1].when.var").arg(i));
        used(screen.http.url, path + QStringLiteral(".request.url"));
        for (const auto& [name, text] : screen.http.headers)
            used(text, path + QStringLiteral(".request.headers.") + name);
        usedInBody(screen.http.body, path + QStringLiteral(".request.body"));
        for (const auto& [name, text] : screen.params)
            used(text, path + QStringLiteral(".params.") + name);
    }

    // The longest plausible value of each variable, as the session would hold it (helpers then format it).
    Session sampleSession() const
    {
        Session session;
        session.id = QStringLiteral("ATUid_0123456789abcdef");
        session.phone = QStringLiteral("+2348031234567");
        session.serviceCode = f.code;
        session.dialled = f.code;
        session.network = QStringLiteral("62130");
        for (const QString& variable : defined) {
            if (variable.startsWith(u"session."))
                continue;
            session.values.insert(variable, QStringLiteral("xxxxxxxxxxxx"));
        }
        for (const Screen& screen : f.screens) {
            if (screen.kind != ScreenKind::Input)
                continue;
            const QString name = QStringLiteral("input.") + screen.inputName;
            if (screen.rule.kind == InputRule::Kind::Amount)
                session.values.insert(name, QString::number(screen.rule.max));
            else if (screen.rule.kind == InputRule::Kind::Phone)
                session.values.insert(name, QStringLiteral("08031234567"));
            else if (screen.rule.kind == InputRule::Kind::Range)
                session.values.insert(name, QString::number(screen.rule.max));
        }
        for (auto it = f.samples.cbegin(); it != f.samples.cend(); ++it)
            session.values.insert(it.key(), it.value());
        return session;
    }

    void measure(const RenderedScreen& shown, const QString& path, const QString& what)
    {
        const QString& text = shown.text;
        const ScreenSize& size = shown.size;
        if (!size.fits()) {
            if (size.gsm7)
                error(path, QStringLiteral("%1 is %2 characters with the longest values; a handset shows 182")
                                .arg(what)
                                .arg(size.units));
            else
                error(path, QStringLiteral("%1 is %2 characters, and \"%3\" is not in GSM-7, which limits the "
                                           "screen to 80 (write NGN for the naira sign)")
                                .arg(what)
                                .arg(size.units)
                                .arg(text.at(size.firstOutside)));
        } else if (size.gsm7 && size.units > ScreenSize::Gsm7Warning) {
            warning(path, QStringLiteral("%1 is %2 characters with the longest values; some gateways cut at 160")
                              .arg(what)
                              .arg(size.units));
        }
    }

  public:
    // Each page of the screen in each language, rendered with the longest plausible values.
    QList<RenderedScreen> render(const Screen& screen)
    {
        if (defined.isEmpty())
            collectDefined();
        QList<RenderedScreen> rendered;
        if (screen.kind != ScreenKind::Menu && screen.kind != ScreenKind::Input && screen.kind != ScreenKind::Message &&
            screen.kind != ScreenKind::End)
            return rendered;
        Session session = sampleSession();
        const auto lookup = [&session](const QString& variable) {
            return variable.startsWith(u"session.") ? QStringLiteral("+2348031234567") : session.values.value(variable);
        };
        for (const QString& language : f.languages) {
            session.language = language;
            if (screen.kind == ScreenKind::Menu) {
                const QStringList pages = FlowEngine::menuPages(f, session, screen);
                for (qsizetype p = 0; p < pages.size(); ++p)
                    rendered.append(
                        {language, int(p), int(pages.size()), false, pages.at(p), measureScreen(pages.at(p))});
                continue;
            }
            const QString text = screen.text.in(language, f.defaultLanguage()).render(lookup, f.currency);
            rendered.append({language, 0, 1, false, text, measureScreen(text)});
            if (screen.kind == ScreenKind::Input && !screen.error.isEmpty()) {
                const QString retry =
                    screen.error.in(language, f.defaultLanguage()).render(lookup, f.currency) + u'\n' + text;
                rendered.append({language, 0, 1, true, retry, measureScreen(retry)});
            }
        }
        return rendered;
    }

  private:
    void lengths(const Screen& screen, const QString& path)
    {
        for (const RenderedScreen& shown : render(screen)) {
            if (shown.retry) {
                measure(shown, path + QStringLiteral(".error.") + shown.language,
                        QStringLiteral("the screen after a wrong answer (error and prompt)"));
                continue;
            }
            measure(shown, path + QStringLiteral(".text.") + shown.language,
                    shown.pages == 1
                        ? (screen.kind == ScreenKind::Menu ? QStringLiteral("the menu") : QStringLiteral("the screen"))
                        : QStringLiteral("page %1 of the menu").arg(shown.page + 1));
        }
    }

    const Flow& f;
    FlowProblems problems;
    QSet<QString> defined;
    QSet<QString> reachable;
};

} // namespace

FlowProblems lintFlow(const Flow& flow)
{
    return Linter(flow).run();
}

QList<RenderedScreen> renderScreen(const Flow& flow, const Screen& screen)
{
    return Linter(flow).render(screen);
}

FlowProblems checkFlowDocument(const QByteArray& json)
{
    auto flow = parseFlow(json);
    if (!flow)
        return flow.error();
    return lintFlow(*flow);
}

bool hasErrors(const FlowProblems& problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const FlowProblem& p) { return p.severity == FlowProblem::Severity::Error; });
}

} // namespace paydesk::ussd
