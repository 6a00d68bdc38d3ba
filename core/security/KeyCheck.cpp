#include "core/security/KeyCheck.h"

#include "core/security/SecureBytes.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace panorama {

QString KeyCheck::algorithm()
{
    return u"blake2b-256-keyed"_s;
}

QByteArray KeyCheck::context()
{
    return QByteArrayLiteral("Panorama local cache key check v1");
}

QByteArray KeyCheck::compute(const QByteArray &key32)
{
    SecureBytes::ensureSodium();
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    const QByteArray message = context();
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
                       reinterpret_cast<const unsigned char *>(key32.constData()), size_t(key32.size()));
    return out;
}

bool KeyCheck::matches(const QByteArray &key32, const QByteArray &stored)
{
    return SecureBytes::equal(compute(key32), stored);
}

} // namespace panorama
