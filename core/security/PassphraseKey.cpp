#include "core/security/PassphraseKey.h"

#include "core/security/SecureBytes.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

constexpr auto kAlgorithmName = "argon2id13";
// A stored profile may ask for at most this much memory: a tampered profile.json must not be able to make
// the workstation try to allocate terabytes.
constexpr quint64 kMaxMemLimit = quint64(4) << 30;
constexpr quint64 kMaxOpsLimit = 64;

} // namespace

KdfParams KdfParams::moderate()
{
    return KdfParams{crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE, {}}
        .withNewSalt();
}

KdfParams KdfParams::interactive()
{
    return KdfParams{crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE, {}}
        .withNewSalt();
}

KdfParams KdfParams::withNewSalt() const
{
    KdfParams copy = *this;
    copy.salt = SecureBytes::random(crypto_pwhash_argon2id_SALTBYTES);
    return copy;
}

QJsonObject KdfParams::toJson() const
{
    return QJsonObject{
        {u"algorithm"_s, QLatin1StringView(kAlgorithmName)},
        {u"opslimit"_s, double(opsLimit)},
        {u"memlimit"_s, double(memLimit)},
        {u"salt"_s, QString::fromLatin1(salt.toBase64())},
    };
}

std::optional<KdfParams> KdfParams::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.value(u"algorithm"_s).toString() != QLatin1StringView(kAlgorithmName))
        return fail(u"kdf.algorithm is \"%1\", expected \"%2\""_s.arg(json.value(u"algorithm"_s).toString(),
                                                                      QLatin1StringView(kAlgorithmName)));
    const double ops = json.value(u"opslimit"_s).toDouble(-1);
    const double mem = json.value(u"memlimit"_s).toDouble(-1);
    if (ops < crypto_pwhash_argon2id_OPSLIMIT_MIN || ops > double(kMaxOpsLimit) || ops != double(quint64(ops)))
        return fail(
            u"kdf.opslimit %1 is outside %2..%3"_s.arg(ops).arg(crypto_pwhash_argon2id_OPSLIMIT_MIN).arg(kMaxOpsLimit));
    if (mem < crypto_pwhash_argon2id_MEMLIMIT_MIN || mem > double(kMaxMemLimit) || mem != double(quint64(mem)))
        return fail(u"kdf.memlimit %1 is outside %2..%3 bytes"_s.arg(mem)
                        .arg(crypto_pwhash_argon2id_MEMLIMIT_MIN)
                        .arg(kMaxMemLimit));
    const QByteArray salt =
        QByteArray::fromBase64(json.value(u"salt"_s).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (salt.size() != int(crypto_pwhash_argon2id_SALTBYTES))
        return fail(u"kdf.salt must be %1 bytes of base64"_s.arg(crypto_pwhash_argon2id_SALTBYTES));
    return KdfParams{quint64(ops), quint64(mem), salt};
}

QByteArray PassphraseKey::derive(const QString &passphrase, const KdfParams &params, QString *error)
{
    SecureBytes::ensureSodium();
    if (params.salt.size() != int(crypto_pwhash_argon2id_SALTBYTES)) {
        if (error)
            *error = u"the Argon2id salt must be %1 bytes"_s.arg(crypto_pwhash_argon2id_SALTBYTES);
        return {};
    }
    QByteArray secret = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    QByteArray key(KeyBytes, Qt::Uninitialized);
    const int rc =
        crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()), secret.constData(),
                      size_t(secret.size()), reinterpret_cast<const unsigned char *>(params.salt.constData()),
                      params.opsLimit, size_t(params.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    SecureBytes::wipe(secret);
    if (rc != 0) {
        SecureBytes::wipe(key);
        if (error)
            *error = u"Argon2id could not run with %1 MiB of memory and %2 passes (out of memory?)"_s
                         .arg(params.memLimit >> 20)
                         .arg(params.opsLimit);
        return {};
    }
    return key;
}

QString PassphraseKey::weakness(const QString &passphrase)
{
    const qsizetype length = passphrase.toUcs4().size();
    if (length < MinimumLength)
        return u"the passphrase has %1 characters; use at least %2"_s.arg(length).arg(MinimumLength);
    return {};
}

} // namespace panorama
