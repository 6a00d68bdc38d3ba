#pragma once

#include <QRandomGenerator>

namespace panorama {

// Exponential backoff with jitter for reconnect attempts: the n-th delay is uniform in [cap/2, cap] with
// cap = min(max, base * 2^n), so many clients coming back after an outage do not retry in lockstep.
class Backoff final
{
public:
    Backoff(int baseMs, int maxMs, quint32 seed = 0);
    int next(); // the delay before the next attempt, in ms
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    int m_baseMs;
    int m_maxMs;
    int m_attempt = 0;
    QRandomGenerator m_random;
};

} // namespace panorama
