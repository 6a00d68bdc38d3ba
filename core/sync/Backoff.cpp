#include "core/sync/Backoff.h"

#include <algorithm>

namespace panorama {

Backoff::Backoff(int baseMs, int maxMs, quint32 seed)
    : m_baseMs(std::max(1, baseMs)), m_maxMs(std::max(baseMs, maxMs)),
      m_random(seed ? seed : QRandomGenerator::system()->generate())
{}

int Backoff::next()
{
    const qint64 cap = std::min<qint64>(m_maxMs, qint64(m_baseMs) << std::min(m_attempt, 20));
    ++m_attempt;
    return int(cap / 2 + qint64(m_random.bounded(quint32(cap / 2 + 1))));
}

} // namespace panorama
