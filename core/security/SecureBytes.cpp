#include "core/security/SecureBytes.h"

#include <sodium.h>

#include <stdexcept>

namespace panorama {

void SecureBytes::ensureSodium()
{
    // sodium_init() is thread-safe and idempotent; 1 means "already initialised".
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

void SecureBytes::wipe(QByteArray &bytes)
{
    if (bytes.isEmpty() || !bytes.isDetached())
        return;
    sodium_memzero(bytes.data(), size_t(bytes.size()));
}

bool SecureBytes::equal(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QByteArray SecureBytes::random(int size)
{
    ensureSodium();
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(size));
    return bytes;
}

} // namespace panorama
