#include "ussd/flow_engine.h"
#include "ussd/flow_linter.h"
#include "ussd/gateway.h"
#include "ussd/gsm7.h"
#include "ussd/handset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace paydesk;
using namespace paydesk::ussd;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);

QJsonObject service(const QJsonObject& extra = {})
{
    QJsonObject s{{QStringLiteral("code"), QStringLiteral("*384#")}, {QStringLiteral("name"), QStringLiteral("Test")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        s.insert(it.key(), it.value());
    return s;
}

QJsonObject document(const QJsonArray& screens, const QJsonObject& extra = {})
{
    return {{QStringLiteral("format"), QStringLiteral("paydesk-ussd-flow")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("service"), service(extra)},
            {QStringLiteral("screens"), screens}};
}

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonArray jsonArray(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).array();
}

Flow mustParse(const QJsonObject& doc)
{
    auto flow = parseFlow(doc);
    if (!flow) {
        for (const auto& p : flow.error())
            qWarning() << p.toString();
        return {};
    }
    return *flow;
}

bool mentions(const FlowProblems& problems, const QString& path, const QString& words)
{
    for (const auto& p : problems) {
        if (p.path == path && p.message.contains(words))
            return true;
    }
    qWarning() << "problems were:";
    for (const auto& p : problems)
        qWarning() << "  " << p.toString();
    return false;
}

Session fresh()
{
    Session s;
    s.id = QStringLiteral("at:ATUid_1");
    s.phone = QStringLiteral("+2348031234567");
    return s;
}

QString text(const Step& step)
{
    return step.reply ? step.reply->text : QStringLiteral("<effect %1>").arg(step.effect->screenId);
}

} // namespace

class TestUssdEngine : public QObject
{
    Q_OBJECT

  private slots:
    void screenSizes()
    {
        QCOMPARE(measureScreen(QString(182, u'a')).units, 182);
        QVERIFY(measureScreen(QString(182, u'a')).fits());
        QVERIFY(!measureScreen(QString(183, u'a')).fits());
        // Extension characters take two septets; the euro sign too.
        QCOMPARE(measureScreen(u"[x]").units, 5);
        QCOMPARE(measureScreen(u"€1").units, 3);
        // One naira sign makes the whole screen UCS-2: 80 characters.
        const ScreenSize naira = measureScreen(u"Pay ₦500");
        QVERIFY(!naira.gsm7);
        QCOMPARE(naira.limit(), 80);
        QCOMPARE(naira.firstOutside, 4);
        QCOMPARE(visiblePart(QString(90, u'₦')).size(), 80);
        QCOMPARE(visiblePart(QString(200, u'a')).size(), 182);
        QCOMPARE(visiblePart(QString(100, u'{')).size(), 91);
    }

    // The simulator's phone: the text's own breaks kept, lines wrapped at a space, a long word cut.
    void handsetLayout()
    {
        QCOMPARE(handsetLines(u"Buy airtime\n1. For my number", 24),
                 QStringList({QStringLiteral("Buy airtime"), QStringLiteral("1. For my number")}));
        QCOMPARE(handsetLines(u"Buy NGN 200.00 MTN airtime for 0803 123 4567?", 24),
                 QStringList({QStringLiteral("Buy NGN 200.00 MTN"), QStringLiteral("airtime for 0803 123"),
                              QStringLiteral("4567?")}));
        QCOMPARE(handsetLines(QString(30, u'x'), 24), QStringList({QString(24, u'x'), QString(6, u'x')}));
        QCOMPARE(handsetLines(u"a\n\nb", 24), QStringList({QStringLiteral("a"), QString(), QStringLiteral("b")}));
        for (const QString& line : handsetLines(QString(QString(500, u'y') + QStringLiteral(" z")), 24))
            QVERIFY(line.size() <= 24);
    }

    // What the designer's counter shows is what the linter measures: each page, each language, the retry screen.
    void renderedScreensAreWhatTheLinterMeasures()
    {
        QFile file(QStringLiteral(":/paydesk/ussd/airtime-999.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Flow flow = *parseFlow(file.readAll());
        const Screen& confirm = flow.screens.at(flow.index.value(QStringLiteral("confirm")));
        const QList<RenderedScreen> shown = renderScreen(flow, confirm);
        QCOMPARE(shown.size(), 2); // en and pcm, one page each
        QCOMPARE(shown.at(0).language, QStringLiteral("en"));
        // Rendered with the longest plausible values: the top amount, the longest network name.
        QVERIFY2(shown.at(0).text.startsWith(QStringLiteral("Buy NGN 50,000.00 9mobile airtime for")),
                 qPrintable(shown.at(0).text));
        QCOMPARE(shown.at(0).size.units, measureScreen(shown.at(0).text).units);
        const Screen& custom = flow.screens.at(flow.index.value(QStringLiteral("custom")));
        const QList<RenderedScreen> input = renderScreen(flow, custom);
        QCOMPARE(input.size(), 4); // the prompt and the retry (error + prompt), in two languages
        QVERIFY(input.at(1).retry);
        QVERIFY(input.at(1).text.startsWith(QStringLiteral("The amount must be")));
        // Screens a phone never sees have nothing to count.
        QVERIFY(renderScreen(flow, flow.screens.at(flow.index.value(QStringLiteral("vend")))).isEmpty());
    }

    void templates()
    {
        QString error;
        const TextTemplate t = TextTemplate::parse(
            QStringLiteral("Pay {{input.amount | money}} to {{vars.to|phone}} on {{vars.d | date}}"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QHash<QString, QString> values{{QStringLiteral("input.amount"), QStringLiteral("150000000")},
                                             {QStringLiteral("vars.to"), QStringLiteral("+2348031234567")},
                                             {QStringLiteral("vars.d"), QStringLiteral("2026-12-22T10:00:00Z")}};
        QCOMPARE(t.render([&](const QString& v) { return values.value(v); }, QStringLiteral("NGN")),
                 QStringLiteral("Pay NGN 1,500,000.00 to 0803 123 4567 on 22 Dec 2026"));
        QCOMPARE(TextTemplate::format(TextTemplate::Helper::Money, QStringLiteral("-5050"), QStringLiteral("NGN")),
                 QStringLiteral("NGN -50.50"));
        QCOMPARE(TextTemplate::format(TextTemplate::Helper::Major, QStringLiteral("5050"), QStringLiteral("NGN")),
                 QStringLiteral("50.50"));
        QCOMPARE(TextTemplate::format(TextTemplate::Helper::Url, QStringLiteral("+234 80"), QStringLiteral("NGN")),
                 QStringLiteral("%2B234%2080"));

        TextTemplate::parse(QStringLiteral("Hi {{vars.name"), &error);
        QVERIFY(error.contains(QStringLiteral("never closed")));
        error.clear();
        TextTemplate::parse(QStringLiteral("{{vars.x | shout}}"), &error);
        QVERIFY(error.contains(QStringLiteral("unknown helper \"shout\"")));
        error.clear();
        TextTemplate::parse(QStringLiteral("{{name}}"), &error);
        QVERIFY(error.contains(QStringLiteral("not a variable")));
    }

    void malformedDocumentsNameTheField()
    {
        auto notJson = parseFlow(QByteArray("{\n  \"format\": \"paydesk-ussd-flow\",\n  \"version\": 1,,\n}"));
        QVERIFY(!notJson);
        QVERIFY(notJson.error().first().path.startsWith(QStringLiteral("line 3, column ")));
        QVERIFY(notJson.error().first().message.startsWith(QStringLiteral("not valid JSON")));

        const auto broken =
            parseFlow(document(jsonArray("[\n"
                                         "            {\"id\": \"home\", \"type\": \"menu\", \"text\": \"Hi\", "
                                         "\"options\": [{\"label\": \"Go\", \"next\": \"nowhere\"}]},\n"
                                         "            {\"id\": \"home\", \"type\": \"end\", \"text\": \"Bye\"},\n"
                                         "            {\"id\": \"ask\", \"type\": \"input\", \"name\": \"n\", "
                                         "\"text\": \"N?\", \"validate\": {\"type\": \"regex\", \"pattern\": \"(\"},\n"
                                         "             \"error\": \"No\", \"next\": \"home\"},\n"
                                         "            {\"id\": \"odd\", \"type\": \"dance\"},\n"
                                         "            {\"id\": \"amt\", \"type\": \"input\", \"name\": \"a\", "
                                         "\"text\": \"A?\", \"validate\": {\"type\": \"amount\", \"min\": \"1O0\"},\n"
                                         "             \"error\": \"No\", \"next\": \"home\"}\n"
                                         "        ]")));
        QVERIFY(!broken);
        const FlowProblems& problems = broken.error();
        QVERIFY(mentions(problems, QStringLiteral("screens.home.options[0].next"), QStringLiteral("\"nowhere\"")));
        QVERIFY(mentions(problems, QStringLiteral("screens.home.id"), QStringLiteral("used by two screens")));
        QVERIFY(
            mentions(problems, QStringLiteral("screens.ask.validate.pattern"), QStringLiteral("regular expression")));
        QVERIFY(
            mentions(problems, QStringLiteral("screens.odd.type"), QStringLiteral("unknown screen type \"dance\"")));
        QVERIFY(
            mentions(problems, QStringLiteral("screens.amt.validate.min"), QStringLiteral("\"1O0\" is not an amount")));

        QJsonObject wrongFormat = document(jsonArray("[{\"id\": \"e\", \"type\": \"end\", \"text\": \"x\"}]"));
        wrongFormat.insert(QStringLiteral("version"), 2);
        QVERIFY(mentions(parseFlow(wrongFormat).error(), QStringLiteral("version"), QStringLiteral("version 1")));
    }

    void linterFindsWhatHurtsPhoneUsers()
    {
        const Flow flow = mustParse(document(
            jsonArray(
                "[\n"
                "            {\"id\": \"home\", \"type\": \"menu\", \"text\": {\"en\": \"Hi\", \"sw\": \"Habari\"},\n"
                "             \"options\": [{\"label\": {\"en\": \"Loop\"}, \"next\": \"loop\"}, {\"label\": \"Pay\", "
                "\"next\": \"pay\"}]},\n"
                "            {\"id\": \"loop\", \"type\": \"message\", \"text\": {\"en\": \"Again {{vars.never}}\", "
                "\"sw\": \"Tena\"}, \"next\": \"loop\"},\n"
                "            {\"id\": \"pay\", \"type\": \"end\", \"text\": {\"en\": \"Pay ₦{{input.amount}} now, then "
                "wait for the confirmation SMS from your bank and keep it until the goods are delivered to you\", "
                "\"sw\": \"Lipa\"}},\n"
                "            {\"id\": \"orphan\", \"type\": \"end\", \"text\": {\"en\": \"Nobody\", \"sw\": "
                "\"Hakuna\"}}\n"
                "        ]"),
            json("{\"languages\": [\"en\", \"sw\"]}")));
        const FlowProblems problems = lintFlow(flow);
        QVERIFY(mentions(problems, QStringLiteral("screens.orphan"), QStringLiteral("unreachable")));
        QVERIFY(mentions(problems, QStringLiteral("screens.loop"), QStringLiteral("dead end")));
        QVERIFY(
            mentions(problems, QStringLiteral("screens.home.options[0].label"), QStringLiteral("no text in \"sw\"")));
        QVERIFY(
            mentions(problems, QStringLiteral("screens.loop.text.en"), QStringLiteral("{{vars.never}} is never set")));
        QVERIFY(
            mentions(problems, QStringLiteral("screens.pay.text.en"), QStringLiteral("{{input.amount}} is never set")));
        QVERIFY(mentions(problems, QStringLiteral("screens.pay.text.en"), QStringLiteral("not in GSM-7")));
        QVERIFY(hasErrors(problems));
        // Errors come before warnings.
        QCOMPARE(problems.last().severity, FlowProblem::Severity::Warning);

        for (const char* sample : {"airtime-999", "paystack-666", "loans-383"}) {
            QFile file(QStringLiteral(":/paydesk/ussd/%1.json").arg(QLatin1String(sample)));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const FlowProblems sampleProblems = checkFlowDocument(file.readAll());
            QVERIFY2(sampleProblems.isEmpty(), qPrintable(sampleProblems.value(0).toString()));
        }
    }

    void longMenusArePagedWithoutSplittingAnOption()
    {
        QJsonArray options;
        for (int i = 0; i < 14; ++i)
            options.append(QJsonObject{
                {QStringLiteral("label"), QStringLiteral("Option number %1 with a long descriptive label").arg(i + 1)},
                {QStringLiteral("next"), QStringLiteral("done")}});
        QJsonArray screens{QJsonObject{{QStringLiteral("id"), QStringLiteral("home")},
                                       {QStringLiteral("type"), QStringLiteral("menu")},
                                       {QStringLiteral("text"), QStringLiteral("Choose")},
                                       {QStringLiteral("options"), options}},
                           json("{\"id\": \"done\", \"type\": \"end\", \"text\": \"Chosen\"}")};
        const Flow flow = mustParse(document(screens));
        QVERIFY(lintFlow(flow).isEmpty());
        Session s = fresh();
        const QStringList pages = FlowEngine::menuPages(flow, s, flow.screens.first());
        QVERIFY(pages.size() >= 3);
        int shown = 0;
        for (qsizetype p = 0; p < pages.size(); ++p) {
            QVERIFY2(measureScreen(pages.at(p)).fits(), qPrintable(pages.at(p)));
            QCOMPARE(pages.at(p).contains(QStringLiteral("98. More")), p + 1 < pages.size());
            QCOMPARE(pages.at(p).contains(QStringLiteral("0. Back")), p > 0);
            shown += int(pages.at(p).count(QStringLiteral(" with a long descriptive label")));
        }
        QCOMPARE(shown, 14);

        QCOMPARE(text(FlowEngine::begin(flow, s, {}, kNow)), pages.at(0));
        QCOMPARE(text(FlowEngine::answer(flow, s, QStringLiteral("98"), kNow)), pages.at(1));
        QCOMPARE(text(FlowEngine::answer(flow, s, QStringLiteral("0"), kNow)), pages.at(0));
        QCOMPARE(text(FlowEngine::answer(flow, s, QStringLiteral("98"), kNow)), pages.at(1));
        // Numbers run on across pages: option 14 is chosen from whatever page is shown.
        const Step chosen = FlowEngine::answer(flow, s, QStringLiteral("14"), kNow);
        QCOMPARE(text(chosen), QStringLiteral("Chosen"));
        QVERIFY(chosen.reply->end);
        QCOMPARE(s.outcome, QStringLiteral("completed"));
    }

    void inputsValidateRetryAndGiveUp()
    {
        const Flow flow = mustParse(document(jsonArray(
            "[\n"
            "            {\"id\": \"amount\", \"type\": \"input\", \"name\": \"amount\", \"text\": \"Amount?\",\n"
            "             \"validate\": {\"type\": \"amount\", \"min\": \"50\", \"max\": \"50000\"}, \"error\": \"50 "
            "to 50,000.\", \"retries\": 2,\n"
            "             \"next\": \"phone\"},\n"
            "            {\"id\": \"phone\", \"type\": \"input\", \"name\": \"phone\", \"text\": \"Phone?\", "
            "\"validate\": {\"type\": \"phone\"},\n"
            "             \"error\": \"Bad number.\", \"next\": \"done\"},\n"
            "            {\"id\": \"done\", \"type\": \"end\", \"text\": \"{{input.amount | money}} for {{input.phone "
            "| phone}}\"}\n"
            "        ]")));
        Session s = fresh();
        QCOMPARE(text(FlowEngine::begin(flow, s, {}, kNow)), QStringLiteral("Amount?"));
        QCOMPARE(text(FlowEngine::answer(flow, s, QStringLiteral("abc"), kNow)),
                 QStringLiteral("50 to 50,000.\nAmount?"));
        QCOMPARE(text(FlowEngine::answer(flow, s, QStringLiteral("1,000.50"), kNow)), QStringLiteral("Phone?"));
        QCOMPARE(s.values.value(QStringLiteral("input.amount")), QStringLiteral("100050"));
        QCOMPARE(text(FlowEngine::answer(flow, s, QStringLiteral("+234 803 123 4567"), kNow)),
                 QStringLiteral("NGN 1,000.50 for 0803 123 4567"));

        Session t = fresh();
        FlowEngine::begin(flow, t, {}, kNow);
        FlowEngine::answer(flow, t, QStringLiteral("10"), kNow);
        const Step last = FlowEngine::answer(flow, t, QStringLiteral("99999999"), kNow);
        QVERIFY(last.reply->end);
        QCOMPARE(text(last), QStringLiteral("50 to 50,000."));
        QCOMPARE(t.outcome, QStringLiteral("invalid"));
        // An ended session answers with its last screen, whatever comes.
        QCOMPARE(text(FlowEngine::answer(flow, t, QStringLiteral("1"), kNow)), QStringLiteral("50 to 50,000."));

        // A direct dial types its segments into the flow.
        Session d = fresh();
        QCOMPARE(text(FlowEngine::begin(flow, d, {QStringLiteral("2000")}, kNow)), QStringLiteral("Phone?"));
    }

    void effectsAreDeclaredAndTheirAnswersMapped()
    {
        const Flow flow = mustParse(document(
            jsonArray(
                "[\n"
                "            {\"id\": \"ask\", \"type\": \"input\", \"name\": \"id\", \"text\": \"Id?\", \"next\": "
                "\"call\"},\n"
                "            {\"id\": \"call\", \"type\": \"api\", \"timeoutMs\": 3000,\n"
                "             \"request\": {\"method\": \"POST\", \"url\": \"{{settings.api}}/x/{{input.id | url}}\",\n"
                "                         \"auth\": {\"secret\": \"x/key\"}, \"body\": {\"phone\": "
                "\"{{session.phone}}\", \"n\": [\"{{input.id}}\"]}},\n"
                "             \"map\": {\"vars.name\": \"$.data.items[0].name\", \"vars.count\": \"$.meta.total\"},\n"
                "             \"success\": {\"path\": \"$.status\", \"equals\": true},\n"
                "             \"onSuccess\": \"route\", \"onFailure\": \"bad\", \"onTimeout\": \"slow\"},\n"
                "            {\"id\": \"route\", \"type\": \"router\", \"routes\": [{\"when\": {\"var\": "
                "\"vars.count\", \"greaterThan\": 1}, \"next\": \"many\"}],\n"
                "             \"default\": \"one\"},\n"
                "            {\"id\": \"many\", \"type\": \"end\", \"text\": \"{{vars.name}} and {{vars.count}}\"},\n"
                "            {\"id\": \"one\", \"type\": \"end\", \"text\": \"Only {{vars.name}}\"},\n"
                "            {\"id\": \"bad\", \"type\": \"end\", \"text\": \"Failed: {{vars.error}}\"},\n"
                "            {\"id\": \"slow\", \"type\": \"end\", \"text\": \"Too slow\"}\n"
                "        ]"),
            json("{\"settings\": {\"api\": \"http://127.0.0.1:1\"}}")));
        Session s = fresh();
        s.startedAt = kNow;
        FlowEngine::begin(flow, s, {}, kNow);
        const Step step = FlowEngine::answer(flow, s, QStringLiteral("a/b"), kNow);
        QVERIFY(step.effect);
        QCOMPARE(s.state, Session::State::Waiting);
        QCOMPARE(step.effect->url, QStringLiteral("http://127.0.0.1:1/x/a%2Fb"));
        QCOMPARE(step.effect->timeoutMs, 3000);
        QCOMPARE(step.effect->authSecret, QStringLiteral("x/key"));
        QCOMPARE(QJsonDocument::fromJson(step.effect->body).object(),
                 json("{\"phone\": \"+2348031234567\", \"n\": [\"a/b\"]}"));
        QVERIFY(!step.effect->idempotencyKey.contains(u':'));

        Session copy = s;
        const QJsonObject answer =
            json("{\"status\": true, \"data\": {\"items\": [{\"name\": \"Ada\"}]}, \"meta\": {\"total\": 3}}");
        QCOMPARE(text(FlowEngine::resume(flow, s, {EffectResult::Outcome::Success, answer, {}, 200}, kNow)),
                 QStringLiteral("Ada and 3"));
        Session falseStatus = copy;
        QCOMPARE(text(FlowEngine::resume(flow, falseStatus,
                                         {EffectResult::Outcome::Success, json("{\"status\": false}"), {}, 200}, kNow)),
                 QStringLiteral("Failed: failed"));
        Session failed = copy;
        QCOMPARE(text(FlowEngine::resume(flow, failed,
                                         {EffectResult::Outcome::Failure, {}, QStringLiteral("HTTP 500"), 500}, kNow)),
                 QStringLiteral("Failed: HTTP 500"));
        Session slow = copy;
        QCOMPARE(text(FlowEngine::resume(flow, slow, {EffectResult::Outcome::Timeout, {}, {}, 0}, kNow)),
                 QStringLiteral("Too slow"));
        // A late second answer changes nothing.
        QCOMPARE(text(FlowEngine::resume(flow, slow, {EffectResult::Outcome::Success, answer, {}, 200}, kNow)),
                 QStringLiteral("Too slow"));
    }

    void timedOutSessionsAreOfferedBack()
    {
        const Flow flow = mustParse(
            document(jsonArray("[\n"
                               "            {\"id\": \"a\", \"type\": \"input\", \"name\": \"a\", \"text\": "
                               "\"First?\", \"next\": \"b\"},\n"
                               "            {\"id\": \"b\", \"type\": \"input\", \"name\": \"b\", \"text\": "
                               "\"Second?\", \"next\": \"c\"},\n"
                               "            {\"id\": \"c\", \"type\": \"end\", \"text\": \"{{input.a}} {{input.b}}\"}\n"
                               "        ]"),
                     json("{\"resume\": \"confirm\", \"resumeWindowSeconds\": 120}")));
        Session s = fresh();
        FlowEngine::begin(flow, s, {}, kNow);
        FlowEngine::answer(flow, s, QStringLiteral("x"), kNow);
        Session again = s;
        QCOMPARE(text(FlowEngine::offerResume(flow, again, kNow)),
                 QStringLiteral("Continue where you left off?\n1. Yes\n2. No"));
        Session yes = again;
        QCOMPARE(text(FlowEngine::answer(flow, yes, QStringLiteral("1"), kNow)), QStringLiteral("Second?"));
        QCOMPARE(text(FlowEngine::answer(flow, yes, QStringLiteral("y"), kNow)), QStringLiteral("x y"));
        Session no = again;
        QCOMPARE(text(FlowEngine::answer(flow, no, QStringLiteral("2"), kNow)), QStringLiteral("First?"));
        QVERIFY(no.values.isEmpty());

        // Persisted and read back, a session carries on where it was.
        Session restored = Session::fromJson(QJsonDocument::fromJson(s.toJsonText().toUtf8()).object());
        QCOMPARE(text(FlowEngine::answer(flow, restored, QStringLiteral("z"), kNow)), QStringLiteral("x z"));
    }

    void sessionsReadBackAsWritten()
    {
        Session s;
        s.id = QStringLiteral("at:\"quoted\"\\id");
        s.phone = QStringLiteral("+2348031234567");
        s.serviceCode = QStringLiteral("*999#");
        s.dialled = QStringLiteral("*999*1#");
        s.network = QStringLiteral("MTN\tNG");
        s.language = QStringLiteral("yo");
        s.state = Session::State::Confirming;
        s.screen = 7;
        s.page = 2;
        s.retries = 1;
        s.history = {0, 3, 5};
        s.values = {{QStringLiteral("input.name"), QStringLiteral("Adé \"Tolu\"\n₦ \U0001F4B3")},
                    {QStringLiteral("vars.reference"), QString()}};
        s.inputs = {QStringLiteral("1"), QString(QChar(0x01)), QStringLiteral("\\")};
        s.queued = {QStringLiteral("100")};
        s.trail = {QStringLiteral("menu"), QStringLiteral("amount")};
        s.effects = 3;
        s.hops = 9;
        s.outcome = QStringLiteral("timeout");
        s.lastText = QStringLiteral("Buy NGN 100.00?\n1. Yes\n2. No");
        s.lastEnd = true;
        s.startedAt = QDateTime(QDate(2026, 11, 22), QTime(8, 59, 58, 7), Qt::UTC);
        s.lastActiveAt = kNow;

        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(s.toJsonText().toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const Session r = Session::fromJson(document.object());
        QCOMPARE(r.id, s.id);
        QCOMPARE(r.phone, s.phone);
        QCOMPARE(r.serviceCode, s.serviceCode);
        QCOMPARE(r.dialled, s.dialled);
        QCOMPARE(r.network, s.network);
        QCOMPARE(r.language, s.language);
        QCOMPARE(r.state, s.state);
        QCOMPARE(r.screen, s.screen);
        QCOMPARE(r.page, s.page);
        QCOMPARE(r.retries, s.retries);
        QCOMPARE(r.history, s.history);
        QCOMPARE(r.values, s.values);
        QCOMPARE(r.inputs, s.inputs);
        QCOMPARE(r.queued, s.queued);
        QCOMPARE(r.trail, s.trail);
        QCOMPARE(r.effects, s.effects);
        QCOMPARE(r.hops, s.hops);
        QCOMPARE(r.outcome, s.outcome);
        QCOMPARE(r.lastText, s.lastText);
        QCOMPARE(r.lastEnd, s.lastEnd);
        QCOMPARE(r.startedAt, s.startedAt);
        QCOMPARE(r.lastActiveAt, s.lastActiveAt);
    }

    void gatewaysReadTheirOwnShapes()
    {
        HttpRequest at;
        at.headers.insert("content-type", "application/x-www-form-urlencoded");
        at.body =
            "sessionId=ATUid_9&serviceCode=%2A384%2A12%23&phoneNumber=%2B254711000111&networkCode=63902&text=1%2A2";
        auto hop = gateway::parseAfricasTalking(at);
        QVERIFY(hop);
        QCOMPARE(hop->key(), QStringLiteral("at:ATUid_9"));
        QCOMPARE(hop->phone, QStringLiteral("+254711000111"));
        QCOMPARE(hop->dialled, QStringLiteral("*384*12#"));
        QCOMPARE(hop->answers, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(gateway::africasTalking({QStringLiteral("Hi"), false, {}}).body, QByteArray("CON Hi"));
        QCOMPARE(gateway::africasTalking({QStringLiteral("Bye"), true, {}}).body, QByteArray("END Bye"));
        // '+' is a space, percent-escapes are UTF-8, an escaped field name still counts, the first of two wins.
        at.body = "session%49d=ATUid_10&sessionId=other&serviceCode=*384%2312%23&phoneNumber=+254711000111&"
                  "networkCode=Safari+com&text=1%2A%E2%82%A6+5&unknown";
        hop = gateway::parseAfricasTalking(at);
        QVERIFY(hop);
        QCOMPARE(hop->key(), QStringLiteral("at:ATUid_10"));
        QCOMPARE(hop->phone, QStringLiteral("+254711000111"));
        QCOMPARE(hop->network, QStringLiteral("Safari com"));
        QCOMPARE(hop->answers, (QStringList{QStringLiteral("1"), QStringLiteral("₦ 5")}));
        at.body = "serviceCode=%2A384%23&phoneNumber=%2B254711000111";
        QVERIFY(!gateway::parseAfricasTalking(at));
        // E.164 digits are ASCII: Arabic-Indic digits are not a phone number here.
        at.body = "sessionId=x&serviceCode=%2A384%23&phoneNumber=%D9%A1%D9%A2%D9%A3%D9%A4%D9%A5%D9%A6%D9%A7";
        QVERIFY(gateway::parseAfricasTalking(at).error().contains(QStringLiteral("phoneNumber")));
        at.body = "sessionId=x&serviceCode=hello&phoneNumber=%2B254711000111";
        QVERIFY(gateway::parseAfricasTalking(at).error().contains(QStringLiteral("serviceCode")));

        HttpRequest hubtel;
        hubtel.body = "{\"Type\":\"Initiation\",\"Message\":\"*714*5*100#\",\"Mobile\":\"233246912184\",\"SessionId\":"
                      "\"s1\",\"Operator\":\"mtn\",\"Sequence\":1}";
        auto start = gateway::parseHubtel(hubtel);
        QVERIFY(start);
        QCOMPARE(start->kind, Hop::Kind::Dial);
        QCOMPARE(start->phone, QStringLiteral("+233246912184"));
        QCOMPARE(start->dialled, QStringLiteral("*714*5*100#"));
        hubtel.body = "{\"Type\":\"Response\",\"Message\":\"2\",\"Mobile\":\"233246912184\",\"SessionId\":\"s1\"}";
        QCOMPARE(gateway::parseHubtel(hubtel)->input, QStringLiteral("2"));
        hubtel.body = "{\"Type\":\"Release\",\"Mobile\":\"233246912184\",\"SessionId\":\"s1\"}";
        QCOMPARE(gateway::parseHubtel(hubtel)->kind, Hop::Kind::Release);
        hubtel.body = "{\"Type\":\"Dance\",\"Mobile\":\"233246912184\",\"SessionId\":\"s1\"}";
        QVERIFY(!gateway::parseHubtel(hubtel));
        hubtel.body = "\xff\xfe garbage";
        QVERIFY(!gateway::parseHubtel(hubtel));
        QCOMPARE(
            QJsonDocument::fromJson(gateway::hubtel({QStringLiteral("Bye"), true, {}}).body).object().value(u"Type"),
            QStringLiteral("Release"));

        HttpRequest generic;
        generic.body =
            "{\"sessionId\":\"j1\",\"phoneNumber\":\"+2348031234567\",\"text\":\"\",\"serviceCode\":\"*999#\"}";
        auto first = gateway::parseJson(generic);
        QVERIFY(first);
        QVERIFY(first->answers.isEmpty());
        generic.body = "{\"sessionId\":\"j1\",\"phoneNumber\":12,\"serviceCode\":\"*999#\"}";
        QVERIFY(gateway::parseJson(generic).error().contains(QStringLiteral("phoneNumber")));
        const auto reply = QJsonDocument::fromJson(gateway::json({QStringLiteral("Enter"), false, {}}).body).object();
        QCOMPARE(reply.value(u"responseType"), QStringLiteral("input"));
        QCOMPARE(gateway::jsonError(QStringLiteral("x")).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestUssdEngine)
#include "test_ussd_engine.moc"
