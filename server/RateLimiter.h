#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace panorama::server {

// A token bucket per client key (user id, or address before login): `rate` requests per second with bursts up
// to `burst`. Used on the accepting thread before any work is queued.
class RateLimiter final
{
public:
    RateLimiter(double rate, double burst);
    // True if the request may proceed; otherwise sets the seconds to wait.
    bool allow(const QString &key, int *retryAfterSeconds);

private:
    struct Bucket
    {
        double tokens;
        qint64 lastMs;
    };
    double m_rate;
    double m_burst;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace panorama::server
