#include "shifts/shift.h"

#include <QCoreApplication>

namespace paydesk::shifts {

namespace {

QJsonObject tallyJson(const Tally& tally)
{
    return {{QStringLiteral("count"), tally.count}, {QStringLiteral("amount"), QString::number(tally.amount)}};
}

// Amounts travel as text: a JSON number is a double and would round above 2^53 minor units.
bool readTally(const QJsonValue& value, Tally& tally)
{
    const QJsonObject object = value.toObject();
    bool ok = false;
    tally.count = object.value(QStringLiteral("count")).toInt(-1);
    tally.amount = object.value(QStringLiteral("amount")).toString().toLongLong(&ok);
    return ok && tally.count >= 0;
}

QJsonObject tallyMapJson(const QMap<QString, Tally>& map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), tallyJson(it.value()));
    return object;
}

bool readTallyMap(const QJsonValue& value, QMap<QString, Tally>& map)
{
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        Tally tally;
        if (!readTally(it.value(), tally))
            return false;
        map.insert(it.key(), tally);
    }
    return true;
}

// Every single tally of the figures with its name in the JSON, so that writing and reading list them once.
template <typename Figures, typename Visit> void eachTally(Figures& f, Visit visit)
{
    visit(QStringLiteral("cash_payments"), f.cashPayments);
    visit(QStringLiteral("cash_refunds"), f.cashRefunds);
    visit(QStringLiteral("cash_airtime"), f.cashAirtime);
    visit(QStringLiteral("airtime_delivered"), f.airtimeDelivered);
    visit(QStringLiteral("airtime_open"), f.airtimeOpen);
    visit(QStringLiteral("airtime_failed"), f.airtimeFailed);
    visit(QStringLiteral("airtime_by_paystack"), f.airtimeByPaystack);
    visit(QStringLiteral("refunds_processed"), f.refundsProcessed);
    visit(QStringLiteral("refunds_in_flight"), f.refundsInFlight);
    visit(QStringLiteral("refunds_failed"), f.refundsFailed);
    visit(QStringLiteral("waivers"), f.waivers);
    visit(QStringLiteral("discounts"), f.discounts);
    visit(QStringLiteral("attempts_waiting"), f.attemptsWaiting);
    visit(QStringLiteral("attempts_unknown"), f.attemptsUnknown);
}

} // namespace

QString shiftStateName(ShiftState state)
{
    switch (state) {
    case ShiftState::Open:
        return QStringLiteral("open");
    case ShiftState::Closed:
        return QStringLiteral("closed");
    case ShiftState::Signed:
        return QStringLiteral("signed");
    }
    return {};
}

std::optional<ShiftState> shiftStateFromName(const QString& name)
{
    for (ShiftState state : {ShiftState::Open, ShiftState::Closed, ShiftState::Signed})
        if (shiftStateName(state) == name)
            return state;
    return std::nullopt;
}

QString shiftStateLabel(ShiftState state)
{
    switch (state) {
    case ShiftState::Open:
        return QCoreApplication::translate("Shifts", "Open");
    case ShiftState::Closed:
        return QCoreApplication::translate("Shifts", "Closed, waiting for sign-off");
    case ShiftState::Signed:
        return QCoreApplication::translate("Shifts", "Signed off");
    }
    return {};
}

QJsonObject ShiftFigures::toJson() const
{
    QJsonObject json{{QStringLiteral("currency"), currency.code()},
                     {QStringLiteral("opening_float"), QString::number(openingFloat)},
                     {QStringLiteral("expected_cash"), QString::number(expectedCash)},
                     {QStringLiteral("by_method"), tallyMapJson(byMethod)},
                     {QStringLiteral("by_terminal"), tallyMapJson(byTerminal)}};
    eachTally(*this, [&json](const QString& name, const Tally& tally) { json.insert(name, tallyJson(tally)); });
    return json;
}

Result<ShiftFigures, QString> ShiftFigures::fromJson(const QJsonObject& json)
{
    ShiftFigures figures;
    const auto currency = Currency::fromCode(json.value(QStringLiteral("currency")).toString());
    bool ok = currency.has_value();
    if (currency)
        figures.currency = *currency;
    bool floatOk = false;
    bool expectedOk = false;
    figures.openingFloat = json.value(QStringLiteral("opening_float")).toString().toLongLong(&floatOk);
    figures.expectedCash = json.value(QStringLiteral("expected_cash")).toString().toLongLong(&expectedOk);
    ok = ok && floatOk && expectedOk && readTallyMap(json.value(QStringLiteral("by_method")), figures.byMethod) &&
         readTallyMap(json.value(QStringLiteral("by_terminal")), figures.byTerminal);
    eachTally(figures, [&](const QString& name, Tally& tally) { ok = ok && readTally(json.value(name), tally); });
    if (!ok)
        return QCoreApplication::translate("Shifts", "The shift's stored report is unreadable.");
    return figures;
}

QString Shift::zLabel() const
{
    return zNumber > 0 ? QStringLiteral("Z-%1").arg(zNumber, 6, 10, QLatin1Char('0')) : QString();
}

} // namespace paydesk::shifts
