#include "server/RateLimiter.h"

#include <QDateTime>

#include <cmath>

namespace panorama::server {

RateLimiter::RateLimiter(double rate, double burst) : m_rate(rate), m_burst(burst) {}

bool RateLimiter::allow(const QString &key, int *retryAfterSeconds)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_burst, now});
    it->tokens = std::min(m_burst, it->tokens + double(now - it->lastMs) / 1000.0 * m_rate);
    it->lastMs = now;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return true;
    }
    *retryAfterSeconds = int(std::ceil((1.0 - it->tokens) / m_rate));
    if (m_buckets.size() > 100000) // forget idle clients rather than grow without bound
        m_buckets.removeIf([now](const auto &b) { return now - b.value().lastMs > 60000; });
    return false;
}

} // namespace panorama::server
