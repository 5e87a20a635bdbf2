#include "util/clock.h"

namespace paydesk {

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock& Clock::system()
{
    static const Clock instance;
    return instance;
}

} // namespace paydesk
