#pragma once

#include "money/cash_count.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace paydesk::shifts {

enum class ShiftState { Open, Closed, Signed };
QString shiftStateName(ShiftState state); // stored: "open", "closed", "signed"
std::optional<ShiftState> shiftStateFromName(const QString& name);
QString shiftStateLabel(ShiftState state); // shown: "Open", "Closed, waiting for sign-off", "Signed"

// A number of things and what they add up to, in the shift's currency's minor units.
struct Tally
{
    int count = 0;
    qint64 amount = 0;
    friend bool operator==(const Tally&, const Tally&) = default;
};

// What a shift took, by the rows that carry the cashier's name at the shift's desk between opening and closing:
// payments (by paid time), refunds they requested, airtime they sold, invoices they issued. Only amounts in the
// shift's currency count. Frozen into the shift at close; an open shift's figures are read live (an X report).
struct ShiftFigures
{
    Currency currency;
    qint64 openingFloat = 0;
    Tally cashPayments;
    Tally cashRefunds;       // handed back from the drawer
    Tally cashAirtime;       // airtime paid in cash and not failed (a failed sale's cash goes back to the customer)
    qint64 expectedCash = 0; // float + cash payments - cash refunds + cash airtime
    QMap<QString, Tally> byMethod;   // "terminal", "link", "ussd", "cash"
    QMap<QString, Tally> byTerminal; // Paystack terminal id
    Tally airtimeDelivered;
    Tally airtimeOpen; // sent, pending or unknown: the provider has not said
    Tally airtimeFailed;
    Tally airtimeByPaystack; // paid by the customer's bank USSD code rather than cash
    Tally refundsProcessed;
    Tally refundsInFlight;
    Tally refundsFailed;
    Tally waivers;         // lines given free
    Tally discounts;       // lines given cheaper
    Tally attemptsWaiting; // payment requests still waiting when the figures were read
    Tally attemptsUnknown; // outcomes Paystack has not confirmed yet

    QJsonObject toJson() const;
    static Result<ShiftFigures, QString> fromJson(const QJsonObject& json);
    friend bool operator==(const ShiftFigures&, const ShiftFigures&) = default;
};

struct Shift
{
    qint64 id = 0;
    QString desk;
    QString cashier;
    Currency currency;
    ShiftState state = ShiftState::Open;
    QDateTime openedAt;
    CashCount openingCount;
    Money openingFloat;
    // From the close on:
    QDateTime closedAt;
    QString closedBy;
    CashCount closingCount;
    Money countedCash;
    Money expectedCash;
    Money variance; // counted - expected: negative is a shortage, positive an excess
    QString varianceReason;
    std::optional<ShiftFigures> figures; // frozen at close
    // From the sign-off on:
    qint64 zNumber = 0;
    QString signedBy;
    QDateTime signedAt;
    QString signOffNote;
    QString reportHash; // SHA-256 of the signed report's canonical JSON, also in the audit log

    QString zLabel() const; // "Z-000012", empty before sign-off
};

} // namespace paydesk::shifts
