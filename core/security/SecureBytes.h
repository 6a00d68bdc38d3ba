#pragma once

#include <QByteArray>

namespace panorama {

// libsodium bootstrap and the wiping of secret buffers, shared by the key classes.
class SecureBytes final
{
public:
    // sodium_init() once per process; throws std::runtime_error if libsodium cannot initialise.
    static void ensureSodium();
    // Zeroes the bytes if this is their only owner; a still-shared buffer is left for its last owner.
    static void wipe(QByteArray &bytes);
    // Constant-time comparison (false if the sizes differ).
    static bool equal(const QByteArray &a, const QByteArray &b);
    static QByteArray random(int size);
};

} // namespace panorama
