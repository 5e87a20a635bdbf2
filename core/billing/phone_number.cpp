#include "billing/phone_number.h"

#include <QCoreApplication>

namespace paydesk {

namespace {

struct CountryPlan
{
    const char* country;
    const char* callingCode;
    int nationalDigits; // after the trunk 0
};

constexpr CountryPlan kPlans[] = {
    {"NG", "234", 10},
    {"KE", "254", 9},
};

const CountryPlan* planForCountry(const QString& country)
{
    for (const CountryPlan& plan : kPlans) {
        if (country.compare(QLatin1String(plan.country), Qt::CaseInsensitive) == 0)
            return &plan;
    }
    return nullptr;
}

const CountryPlan* planForDigits(const QString& digits)
{
    for (const CountryPlan& plan : kPlans) {
        if (digits.startsWith(QLatin1String(plan.callingCode)))
            return &plan;
    }
    return nullptr;
}

Result<QString, PhoneNumberError> checkNational(const CountryPlan& plan, const QString& national)
{
    if (national.size() != plan.nationalDigits || national.startsWith(u'0')) {
        if (QLatin1String(plan.country) == QLatin1String("NG"))
            return PhoneNumberError{QCoreApplication::translate(
                "PhoneNumber",
                "A Nigerian number has 11 digits starting with 0 (0803 123 4567) or +234 and 10 digits.")};
        return PhoneNumberError{QCoreApplication::translate(
            "PhoneNumber", "A Kenyan number has 10 digits starting with 0 (0712 345 678) or +254 and 9 digits.")};
    }
    return QString(QStringLiteral("+") + QLatin1String(plan.callingCode) + national);
}

} // namespace

Result<QString, PhoneNumberError> PhoneNumber::normalize(const QString& text, const QString& defaultCountry)
{
    QString digits;
    bool international = false;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return PhoneNumberError{QCoreApplication::translate("PhoneNumber", "Enter a phone number.")};
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c == u'+' && i == 0)
            international = true;
        else if (c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'.')
            continue;
        else
            return PhoneNumberError{QCoreApplication::translate(
                "PhoneNumber", "A phone number has only digits, spaces, dashes and a leading +.")};
    }
    if (digits.startsWith(QLatin1String("00"))) {
        international = true;
        digits.remove(0, 2);
    }
    if (!international) {
        const CountryPlan* home = planForCountry(defaultCountry);
        if (home && digits.startsWith(u'0'))
            return checkNational(*home, digits.mid(1));
        // "234803..." typed without the plus.
        if (const CountryPlan* plan = planForDigits(digits); plan && digits.size() > 3 + plan->nationalDigits - 1)
            return checkNational(*plan, digits.mid(3));
        if (home)
            return checkNational(*home, digits);
        return PhoneNumberError{
            QCoreApplication::translate("PhoneNumber", "Type the number with its country code, starting with +.")};
    }
    if (const CountryPlan* plan = planForDigits(digits)) {
        QString national = digits.mid(3);
        if (national.startsWith(u'0')) // "+234 0803...": a common way of writing it
            national.remove(0, 1);
        return checkNational(*plan, national);
    }
    // E.164 allows at most 15 digits; country codes do not start with 0.
    if (digits.size() < 8 || digits.size() > 15 || digits.startsWith(u'0'))
        return PhoneNumberError{
            QCoreApplication::translate("PhoneNumber", "An international number has 8 to 15 digits after the +.")};
    return QString(QStringLiteral("+") + digits);
}

QString PhoneNumber::display(const QString& e164)
{
    for (const CountryPlan& plan : kPlans) {
        const QString prefix = QStringLiteral("+") + QLatin1String(plan.callingCode);
        if (e164.startsWith(prefix) && e164.size() == prefix.size() + plan.nationalDigits) {
            const QString national = e164.mid(prefix.size());
            return QStringLiteral("%1 %2 %3 %4").arg(prefix, national.left(3), national.mid(3, 3), national.mid(6));
        }
    }
    return e164;
}

} // namespace paydesk
