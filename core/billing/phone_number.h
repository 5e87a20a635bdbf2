#pragma once

#include "util/result.h"

#include <QString>

namespace paydesk {

// Phone numbers as people type them ("0803 123 4567", "+234-803-123-4567", "234803...", "0712 345678") turned
// into E.164 ("+2348031234567"). Nigeria and Kenya are checked digit by digit (national significant number of
// 10 and 9 digits, mobile and landline leading digits); other countries are accepted in international form only.
struct PhoneNumberError
{
    QString message;
};

struct PhoneNumber
{
    // The error is a sentence for the form ("A Nigerian number has 11 digits starting with 0, ...").
    static Result<QString, PhoneNumberError> normalize(const QString& text,
                                                       const QString& defaultCountry = QStringLiteral("NG"));
    // "+234 803 123 4567": E.164 grouped for reading aloud at a desk.
    static QString display(const QString& e164);
};

} // namespace paydesk
