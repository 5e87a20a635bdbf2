#include "util/utc_text.h"

namespace paydesk {

namespace {

constexpr qint64 MsPerDay = 86'400'000;
// 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z: four-digit years after Qt's 1 BC, the ones written directly.
constexpr qint64 FirstMs = -62'135'596'800'000;
constexpr qint64 LastMs = 253'402'300'799'999;

struct CivilDate
{
    int year;
    int month;
    int day;
};

// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's civil_from_days).
CivilDate civilFromDays(qint64 days)
{
    days += 719'468;
    const qint64 era = (days >= 0 ? days : days - 146'096) / 146'097;
    const qint64 dayOfEra = days - era * 146'097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shifted = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * shifted + 2) / 5 + 1);
    const int month = int(shifted < 10 ? shifted + 3 : shifted - 9);
    return {int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

char16_t* digits(char16_t* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    return out + width;
}

} // namespace

QString utcText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const qint64 ms = time.toMSecsSinceEpoch();
    if (ms < FirstMs || ms > LastMs)
        return time.toUTC().toString(Qt::ISODateWithMs);
    const qint64 days = ms >= 0 ? ms / MsPerDay : (ms - MsPerDay + 1) / MsPerDay;
    const qint64 ofDay = ms - days * MsPerDay;
    const CivilDate date = civilFromDays(days);
    char16_t text[24];
    char16_t* out = digits(text, date.year, 4);
    *out++ = u'-';
    out = digits(out, date.month, 2);
    *out++ = u'-';
    out = digits(out, date.day, 2);
    *out++ = u'T';
    out = digits(out, int(ofDay / 3'600'000), 2);
    *out++ = u':';
    out = digits(out, int(ofDay / 60'000 % 60), 2);
    *out++ = u':';
    out = digits(out, int(ofDay / 1000 % 60), 2);
    *out++ = u'.';
    out = digits(out, int(ofDay % 1000), 3);
    *out++ = u'Z';
    return QString(reinterpret_cast<const QChar*>(text), out - text);
}

} // namespace paydesk
