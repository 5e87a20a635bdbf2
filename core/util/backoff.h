#pragma once

#include <QtGlobal>

#include <algorithm>

namespace paydesk {

// How long to wait before try number `tries` + 1: `firstMs`, grown by `growthPercent` per earlier try, never more
// than `maxMs`. The one schedule for every retry and poll in the money path (payments, refunds, the inbox).
inline qint64 backoffMs(qint64 firstMs, qint64 maxMs, int tries, int growthPercent = 150)
{
    qint64 delay = firstMs;
    for (int i = 0; i < tries && delay < maxMs; ++i)
        delay = delay * growthPercent / 100;
    return std::min(delay, maxMs);
}

} // namespace paydesk
