#include "core/demo/DemoRandom.h"

#include <cmath>

namespace panorama::demo {

uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

Rng::Rng(uint64_t seed, uint64_t stream)
{
    uint64_t z = mix64(seed * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL) ^ mix64(stream + 0x2545f4914f6cdd1dULL);
    for (uint64_t &s : m_s) {
        z += 0x9e3779b97f4a7c15ULL;
        s = mix64(z);
    }
}

int64_t Rng::range64(int64_t lo, int64_t hi)
{
    const uint64_t span = uint64_t(hi - lo) + 1;
    return lo + int64_t(span == 0 ? next() : next() % span);
}

double Rng::normal(double mean, double sd)
{
    // Box-Muller without caching the second value, so every draw consumes the same amount of the stream.
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

double Rng::logNormal(double mu, double sigma)
{
    return std::exp(normal(mu, sigma));
}

int Rng::weighted(std::initializer_list<double> weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double x = uniform() * total;
    int i = 0;
    for (double w : weights) {
        if (x < w)
            return i;
        x -= w;
        ++i;
    }
    return int(weights.size()) - 1;
}

WeightedIndex::WeightedIndex(const std::vector<double> &weights)
{
    double total = 0;
    m_cumulative.reserve(weights.size());
    for (double w : weights) {
        total += w > 0 ? w : 0;
        m_cumulative.push_back(total);
    }
}

int WeightedIndex::draw(Rng &rng) const
{
    const double x = rng.uniform() * m_cumulative.back();
    size_t lo = 0;
    size_t hi = m_cumulative.size() - 1;
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (x < m_cumulative[mid])
            hi = mid;
        else
            lo = mid + 1;
    }
    return int(lo);
}

DigitPermutation::DigitPermutation(uint64_t key, int halfDigits) : m_half(1)
{
    for (int i = 0; i < halfDigits; ++i)
        m_half *= 10;
    for (int i = 0; i < 4; ++i)
        m_keys[i] = mix64(key + uint64_t(i) * 0x9e3779b97f4a7c15ULL);
}

uint64_t DigitPermutation::map(uint64_t x) const
{
    uint64_t left = x / m_half;
    uint64_t right = x % m_half;
    for (uint64_t k : m_keys) {
        const uint64_t next = (left + mix64(right ^ k) % m_half) % m_half;
        left = right;
        right = next;
    }
    return left * m_half + right;
}

} // namespace panorama::demo
