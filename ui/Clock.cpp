#include "ui/Clock.h"

#include <QDateTime>

#include <atomic>

namespace panorama::Clock {

namespace {
std::atomic<qint64> g_offset{0};
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch() + g_offset.load();
}

void setOffset(qint64 ms)
{
    g_offset = ms;
}

qint64 offset()
{
    return g_offset.load();
}

void pretendNowIs(qint64 ms)
{
    g_offset = ms - QDateTime::currentMSecsSinceEpoch();
}

} // namespace panorama::Clock
