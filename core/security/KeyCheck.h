#pragma once

#include <QByteArray>
#include <QString>

namespace panorama {

// A key check value: keyed BLAKE2b-256 (libsodium crypto_generichash) of a fixed context string under the
// cache key. Stored in profile.json, it tells "wrong key" apart from "damaged file" before SQLCipher reads a
// byte of the cache, and reveals nothing about the key beyond what the cache's own page MACs already do.
class KeyCheck final
{
public:
    static QString algorithm(); // "blake2b-256-keyed"
    static QByteArray context();
    static QByteArray compute(const QByteArray &key32);
    // Constant-time comparison of compute(key32) with the stored value.
    static bool matches(const QByteArray &key32, const QByteArray &stored);
};

} // namespace panorama
