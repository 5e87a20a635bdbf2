#pragma once

#include <QStringView>

namespace paydesk::ussd {

// What a USSD screen costs on the air. GSM 04.80 carries 160 octets: 182 characters of the GSM 03.38 7-bit
// alphabet (the extension characters ^ { } \ [ ] ~ | and the euro sign take two), or 80 UCS-2 characters as soon
// as one character is outside that alphabet (the naira sign is).
struct ScreenSize
{
    static constexpr int Gsm7Limit = 182;
    static constexpr int Gsm7Warning = 160; // what several gateways document as their own limit
    static constexpr int Ucs2Limit = 80;

    int units = 0;         // septets in GSM-7, UTF-16 code units in UCS-2
    bool gsm7 = true;      // every character is in the GSM 7-bit alphabet
    int firstOutside = -1; // index of the first character that is not, for the error message

    int limit() const { return gsm7 ? Gsm7Limit : Ucs2Limit; }
    bool fits() const { return units <= limit(); }
};

ScreenSize measureScreen(QStringView text);

// The longest prefix of `text` a handset shows (the rest is cut by the network), never splitting a surrogate pair
// or a two-septet character.
QStringView visiblePart(QStringView text);

} // namespace paydesk::ussd
