#include "ussd/session.h"

#include <QJsonArray>

namespace paydesk::ussd {

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStrings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out.append(item.toString());
    return out;
}

constexpr std::pair<Session::State, const char16_t*> stateNames[] = {
    {Session::State::Active, u"active"},
    {Session::State::Waiting, u"waiting"},
    {Session::State::Confirming, u"confirming"},
    {Session::State::Ended, u"ended"},
};

} // namespace

QString Session::stateName(State state)
{
    for (const auto& [candidate, name] : stateNames) {
        if (candidate == state)
            return QString::fromUtf16(name);
    }
    return {};
}

QJsonObject Session::toJson() const
{
    QJsonObject vals;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        vals.insert(it.key(), it.value());
    QJsonArray back;
    for (int screenIndex : history)
        back.append(screenIndex);
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("serviceCode"), serviceCode},
        {QStringLiteral("dialled"), dialled},
        {QStringLiteral("network"), network},
        {QStringLiteral("language"), language},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("screen"), screen},
        {QStringLiteral("page"), page},
        {QStringLiteral("retries"), retries},
        {QStringLiteral("history"), back},
        {QStringLiteral("values"), vals},
        {QStringLiteral("inputs"), toArray(inputs)},
        {QStringLiteral("queued"), toArray(queued)},
        {QStringLiteral("trail"), toArray(trail)},
        {QStringLiteral("effects"), effects},
        {QStringLiteral("hops"), hops},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("lastText"), lastText},
        {QStringLiteral("lastEnd"), lastEnd},
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("lastActiveAt"), lastActiveAt.toString(Qt::ISODateWithMs)},
    };
}

Session Session::fromJson(const QJsonObject& json)
{
    Session s;
    s.id = json.value(u"id").toString();
    s.phone = json.value(u"phone").toString();
    s.serviceCode = json.value(u"serviceCode").toString();
    s.dialled = json.value(u"dialled").toString();
    s.network = json.value(u"network").toString();
    s.language = json.value(u"language").toString();
    const QString state = json.value(u"state").toString();
    s.state = State::Ended;
    for (const auto& [candidate, name] : stateNames) {
        if (state == QStringView(name))
            s.state = candidate;
    }
    s.screen = json.value(u"screen").toInt(-1);
    s.page = json.value(u"page").toInt();
    s.retries = json.value(u"retries").toInt();
    for (const QJsonValue& item : json.value(u"history").toArray())
        s.history.append(item.toInt());
    const QJsonObject vals = json.value(u"values").toObject();
    for (auto it = vals.begin(); it != vals.end(); ++it)
        s.values.insert(it.key(), it.value().toString());
    s.inputs = toStrings(json.value(u"inputs"));
    s.queued = toStrings(json.value(u"queued"));
    s.trail = toStrings(json.value(u"trail"));
    s.effects = json.value(u"effects").toInt();
    s.hops = json.value(u"hops").toInt();
    s.outcome = json.value(u"outcome").toString();
    s.lastText = json.value(u"lastText").toString();
    s.lastEnd = json.value(u"lastEnd").toBool();
    s.startedAt = QDateTime::fromString(json.value(u"startedAt").toString(), Qt::ISODateWithMs);
    s.lastActiveAt = QDateTime::fromString(json.value(u"lastActiveAt").toString(), Qt::ISODateWithMs);
    return s;
}

} // namespace paydesk::ussd
