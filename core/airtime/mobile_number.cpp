#include "airtime/mobile_number.h"

#include "airtime/airtime_catalog.h"

#include <QCoreApplication>

namespace paydesk::airtime {

namespace {

NumberError error(NumberError::Kind kind, const QString& message)
{
    return NumberError{kind, message};
}

NumberError wrongLength(const CountryPlan& plan)
{
    return error(
        NumberError::Kind::WrongLength,
        QCoreApplication::translate("MobileNumber", "A %1 mobile number has %2 digits after the 0 (or after +%3).")
            .arg(plan.name)
            .arg(plan.nationalDigits)
            .arg(plan.callingCode));
}

} // namespace

Result<MobileNumber, NumberError>
parseMobileNumber(QStringView text, const AirtimeCatalog& catalog, const QString& defaultCountry)
{
    // Up to 16 digits fit any E.164 number with a stray trunk 0; more is a typo.
    char16_t digits[20];
    int count = 0;
    bool plus = false;
    bool sawDigit = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            if (count == 16)
                return error(NumberError::Kind::WrongLength,
                             QCoreApplication::translate("MobileNumber", "That number has too many digits."));
            digits[count++] = u;
            sawDigit = true;
        } else if (u == u'+' && !sawDigit && !plus) {
            plus = true;
        } else if (u != u' ' && u != u'-' && u != u'.' && u != u'(' && u != u')') {
            return error(NumberError::Kind::NotDigits,
                         QCoreApplication::translate("MobileNumber",
                                                     "A phone number has only digits (spaces and dashes are fine)."));
        }
    }
    if (count == 0)
        return error(NumberError::Kind::Empty, QCoreApplication::translate("MobileNumber", "Enter the phone number."));

    QStringView all(digits, count);
    if (all.startsWith(u"00") && !plus) { // 00234…: the international prefix typed out
        plus = true;
        all = all.mid(2);
    }
    const CountryPlan* plan = nullptr;
    QStringView nsn;
    const CountryPlan* home = catalog.country(defaultCountry);
    if (plus) {
        plan = catalog.countryByCallingCode(all);
        if (!plan)
            return error(
                NumberError::Kind::UnknownCountry,
                QCoreApplication::translate("MobileNumber", "Airtime is sold here for %1 numbers only.")
                    .arg(defaultCountry == u"KE" ? QStringLiteral("+254 and +234") : QStringLiteral("+234 and +254")));
        nsn = all.mid(plan->callingCode.size());
        if (nsn.startsWith(u'0') && nsn.size() == plan->nationalDigits + 1) // "+234 0803…", often written
            nsn = nsn.mid(1);
    } else if (home && all.startsWith(u'0')) {
        plan = home;
        nsn = all.mid(1);
    } else if (const CountryPlan* byCode = catalog.countryByCallingCode(all);
               byCode && all.size() >= byCode->callingCode.size() + byCode->nationalDigits) {
        plan = byCode; // "234803…" without the plus
        nsn = all.mid(plan->callingCode.size());
        if (nsn.startsWith(u'0') && nsn.size() == plan->nationalDigits + 1)
            nsn = nsn.mid(1);
    } else if (home) {
        plan = home; // "803 123 4567": the trunk 0 left out
        nsn = all;
    } else {
        return error(NumberError::Kind::UnknownCountry,
                     QCoreApplication::translate("MobileNumber", "Type the number with its country code."));
    }
    if (nsn.size() != plan->nationalDigits)
        return wrongLength(*plan);
    bool mobile = false;
    for (const QString& prefix : plan->mobilePrefixes) {
        if (nsn.startsWith(prefix)) {
            mobile = true;
            break;
        }
    }
    if (!mobile)
        return error(NumberError::Kind::NotMobile,
                     QCoreApplication::translate("MobileNumber", "0%1 is not a %2 mobile number.")
                         .arg(nsn.toString(), plan->name));

    MobileNumber number;
    number.country = plan->code;
    number.e164.reserve(1 + plan->callingCode.size() + nsn.size());
    number.e164 += u'+';
    number.e164 += plan->callingCode;
    number.e164 += nsn;
    number.national.reserve(1 + nsn.size());
    number.national += u'0';
    number.national += nsn;
    return number;
}

QString MobileNumber::display() const
{
    // "+234 803 123 4567" / "+254 712 345 678": the calling code, then the national number in threes.
    const qsizetype codeLength = e164.size() - (national.size() - 1) - 1;
    const QString nsn = national.mid(1);
    return QStringLiteral("%1 %2 %3 %4").arg(e164.left(1 + codeLength), nsn.left(3), nsn.mid(3, 3), nsn.mid(6));
}

} // namespace paydesk::airtime
