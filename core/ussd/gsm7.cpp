#include "ussd/gsm7.h"

#include <array>

namespace paydesk::ussd {

namespace {

// 0: not in GSM 03.38; 1: basic table; 2: extension table (escape + character).
constexpr std::array<unsigned char, 128> asciiCost = [] {
    std::array<unsigned char, 128> cost{};
    for (char c = ' '; c <= '~'; ++c)
        cost[size_t(c)] = 1;
    cost['\n'] = 1;
    cost['\r'] = 1;
    cost['`'] = 0; // not in the basic table
    for (char c : {'^', '{', '}', '\\', '[', ']', '~', '|'})
        cost[size_t(c)] = 2;
    cost['\f'] = 2;
    return cost;
}();

// The basic table's characters above ASCII.
int latinCost(char16_t c)
{
    switch (c) {
    case u'£':
    case u'¥':
    case u'è':
    case u'é':
    case u'ù':
    case u'ì':
    case u'ò':
    case u'Ç':
    case u'Ø':
    case u'ø':
    case u'Å':
    case u'å':
    case u'Δ':
    case u'Φ':
    case u'Γ':
    case u'Λ':
    case u'Ω':
    case u'Π':
    case u'Ψ':
    case u'Σ':
    case u'Θ':
    case u'Ξ':
    case u'Æ':
    case u'æ':
    case u'ß':
    case u'É':
    case u'¤':
    case u'¡':
    case u'Ä':
    case u'Ö':
    case u'Ñ':
    case u'Ü':
    case u'§':
    case u'¿':
    case u'ä':
    case u'ö':
    case u'ñ':
    case u'ü':
    case u'à':
        return 1;
    case u'€':
        return 2;
    default:
        return 0;
    }
}

int cost(char16_t c)
{
    return c < 128 ? asciiCost[c] : latinCost(c);
}

} // namespace

ScreenSize measureScreen(QStringView text)
{
    ScreenSize size;
    int septets = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int c = cost(text[i].unicode());
        if (c == 0 && size.gsm7) {
            size.gsm7 = false;
            size.firstOutside = int(i);
        }
        septets += c;
    }
    size.units = size.gsm7 ? septets : int(text.size());
    return size;
}

QStringView visiblePart(QStringView text)
{
    const ScreenSize size = measureScreen(text);
    if (size.fits())
        return text;
    if (!size.gsm7) {
        qsizetype end = ScreenSize::Ucs2Limit;
        if (text[end - 1].isHighSurrogate())
            --end;
        return text.first(end);
    }
    int septets = 0;
    qsizetype end = 0;
    while (end < text.size() && septets + cost(text[end].unicode()) <= ScreenSize::Gsm7Limit)
        septets += cost(text[end++].unicode());
    return text.first(end);
}

} // namespace paydesk::ussd
