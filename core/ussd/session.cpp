#include "ussd/session.h"

#include "util/json_text.h"
#include "util/utc_text.h"

#include <QJsonArray>

namespace paydesk::ussd {

namespace {

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

QString Session::toJsonText() const
{
    // Written by hand, not through QJsonObject: this runs for every session the write-behind saves, and
    // QJsonObject's inserts and serialisation cost several times the database write. fromJson reads it back.
    QString out;
    out.reserve(512 + lastText.size());
    bool first = true;
    auto key = [&out, &first](QStringView name) {
        out.append(first ? u'{' : u',');
        first = false;
        appendJsonString(out, name);
        out.append(u':');
    };
    auto text = [&](QStringView name, QStringView value) {
        key(name);
        appendJsonString(out, value);
    };
    auto number = [&](QStringView name, int value) {
        key(name);
        out.append(QString::number(value));
    };
    auto array = [&](QStringView name, const auto& list, auto writeItem) {
        key(name);
        out.append(u'[');
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0)
                out.append(u',');
            writeItem(list.at(i));
        }
        out.append(u']');
    };
    auto string = [&out](const QString& item) { appendJsonString(out, item); };
    text(u"id", id);
    text(u"phone", phone);
    text(u"serviceCode", serviceCode);
    text(u"dialled", dialled);
    text(u"network", network);
    text(u"language", language);
    text(u"state", stateName(state));
    number(u"screen", screen);
    number(u"page", page);
    number(u"retries", retries);
    array(u"history", history, [&out](int screenIndex) { out.append(QString::number(screenIndex)); });
    key(u"values");
    out.append(u'{');
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it != values.cbegin())
            out.append(u',');
        appendJsonString(out, it.key());
        out.append(u':');
        appendJsonString(out, it.value());
    }
    out.append(u'}');
    array(u"inputs", inputs, string);
    array(u"queued", queued, string);
    array(u"trail", trail, string);
    number(u"effects", effects);
    number(u"hops", hops);
    text(u"outcome", outcome);
    text(u"lastText", lastText);
    key(u"lastEnd");
    out.append(lastEnd ? u"true" : u"false");
    text(u"startedAt", utcText(startedAt));
    text(u"lastActiveAt", utcText(lastActiveAt));
    out.append(u'}');
    return out;
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
