#pragma once

#include "util/result.h"

#include <QString>
#include <QStringView>

namespace paydesk::airtime {

class AirtimeCatalog;

// A mobile number as a kiosk customer gives it ("0803 123 4567", "+234-803-123-4567", "234803…", "0712 345678"),
// checked against the numbering plan of a country the catalog knows (length, mobile ranges) and kept as E.164.
// Digit work happens in a fixed buffer: normalising and detecting the network is on the path of every keypress.
struct MobileNumber
{
    QString e164;     // "+2348031234567"
    QString country;  // "NG"
    QString national; // "08031234567": the trunk 0 and the national significant number, as providers want it

    // "+234 803 123 4567"
    QString display() const;
};

struct NumberError
{
    enum class Kind {
        Empty,
        NotDigits,      // letters or symbols
        WrongLength,    // too few or too many digits for the country
        UnknownCountry, // a country code the catalog has no plan for
        NotMobile,      // a landline or an unallocated range
    };
    Kind kind = Kind::Empty;
    QString message; // a sentence for the customer
};

// `defaultCountry` is the kiosk's own country, used when the number has no country code.
Result<MobileNumber, NumberError> parseMobileNumber(QStringView text,
                                                    const AirtimeCatalog& catalog,
                                                    const QString& defaultCountry = QStringLiteral("NG"));

} // namespace paydesk::airtime
