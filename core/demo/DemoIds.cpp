#include "core/demo/DemoIds.h"

#include "core/demo/DemoRandom.h"

#include <cstring>

namespace panorama::demo {

bool Uuid::operator==(const Uuid &other) const
{
    return std::memcmp(text, other.text, sizeof text) == 0;
}

Uuid IdFactory::make(IdSpace space, uint32_t partition, uint64_t sequence, int64_t timestampMs) const
{
    // 6 bits of table, 22 bits of partition, 36 bits of sequence: unique keys, then a bijective scramble.
    const uint64_t key = (uint64_t(space) << 58) | (uint64_t(partition & 0x3fffff) << 36) | (sequence & 0xfffffffffULL);
    const uint64_t scrambled = mix64(key ^ m_salt);
    const uint64_t ms = uint64_t(timestampMs < 0 ? 0 : timestampMs) & 0xffffffffffffULL;
    // rand_a: 2 bits of the scrambled key + 10 bits of noise; rand_b: the other 62 bits of the scrambled key.
    const uint64_t randA = ((mix64(scrambled + m_salt) & 0x3ff) << 2) | (scrambled >> 62);
    const uint64_t hi = (ms << 16) | (0x7ULL << 12) | randA;
    const uint64_t lo = (0x2ULL << 62) | (scrambled & 0x3fffffffffffffffULL);

    static const char hex[] = "0123456789abcdef";
    Uuid out;
    char *p = out.text;
    auto put = [&p](uint64_t v, int fromNibble, int nibbles) {
        for (int i = 0; i < nibbles; ++i)
            *p++ = hex[(v >> (4 * (fromNibble - i))) & 15];
    };
    put(hi, 15, 8);
    *p++ = '-';
    put(hi, 7, 4);
    *p++ = '-';
    put(hi, 3, 4);
    *p++ = '-';
    put(lo, 15, 4);
    *p++ = '-';
    put(lo, 11, 12);
    return out;
}

} // namespace panorama::demo
