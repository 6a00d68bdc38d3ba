#pragma once

#include <cstdint>
#include <initializer_list>
#include <vector>

namespace panorama::demo {

// splitmix64's finaliser: a bijection on 64-bit integers, so distinct inputs always give distinct outputs.
uint64_t mix64(uint64_t x);

// The demo generator's only source of randomness: xoshiro256** seeded through splitmix64 from (seed, stream).
// Each partition and purpose has its own stream, so output does not depend on thread count or scheduling.
// The hot calls are defined inline because they run tens of millions of times per demo run.
class Rng
{
public:
    Rng(uint64_t seed, uint64_t stream);

    uint64_t next()
    {
        const uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // Uniform in [0, n) (Lemire's multiply-shift; the tiny bias is irrelevant for demo data).
    uint32_t below(uint32_t n) { return uint32_t((uint64_t(uint32_t(next() >> 32)) * n) >> 32); }
    // Uniform in [lo, hi], both included.
    int range(int lo, int hi) { return lo + int(below(uint32_t(hi - lo + 1))); }
    int64_t range64(int64_t lo, int64_t hi);
    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return uniform() < p; }
    double normal(double mean, double sd);
    double logNormal(double mu, double sigma);
    // Index drawn with the given relative weights.
    int weighted(std::initializer_list<double> weights);

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t m_s[4];
};

// A table of relative weights for repeated draws (binary search over cumulative sums).
class WeightedIndex
{
public:
    WeightedIndex() = default;
    explicit WeightedIndex(const std::vector<double> &weights);
    int draw(Rng &rng) const;
    bool isEmpty() const { return m_cumulative.empty(); }

private:
    std::vector<double> m_cumulative;
};

// A keyed bijection on [0, 10^(2*halfDigits)): a balanced Feistel network over decimal halves. It turns a
// running index into a unique, random-looking number (phone suffixes, order numbers, tracking numbers).
class DigitPermutation
{
public:
    DigitPermutation(uint64_t key, int halfDigits);
    uint64_t map(uint64_t x) const;
    uint64_t domain() const { return m_half * m_half; }

private:
    uint64_t m_keys[4];
    uint64_t m_half;
};

} // namespace panorama::demo
