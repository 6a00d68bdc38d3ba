#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace panorama {

// Argon2id parameters stored with a passphrase profile, so a cache made with one cost setting still opens
// after the defaults change.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes
    QByteArray salt;      // 16 random bytes

    // libsodium's MODERATE (3 passes, 256 MiB): the default for real profiles.
    static KdfParams moderate();
    // libsodium's INTERACTIVE (2 passes, 64 MiB): tests and constrained machines.
    static KdfParams interactive();
    // The same cost with a fresh random salt.
    KdfParams withNewSalt() const;

    QJsonObject toJson() const;
    // Validates the algorithm name, the bounds and the salt; on failure returns nullopt and says why.
    static std::optional<KdfParams> fromJson(const QJsonObject &json, QString *error);
};

// Turns a passphrase into the 32-byte raw cache key with Argon2id (libsodium crypto_pwhash, ALG_ARGON2ID13).
// The passphrase is NFC-normalised first, so the same Chinese or accented text typed through different input
// methods gives the same key. Slow by design: call it off the GUI thread.
class PassphraseKey final
{
public:
    static constexpr int KeyBytes = 32;
    static constexpr int MinimumLength = 8; // characters (code points), after trimming nothing

    // The 32-byte key, or an empty array with *error set (out of memory, or parameters out of range).
    static QByteArray derive(const QString &passphrase, const KdfParams &params, QString *error);
    // Empty if acceptable, else why not.
    static QString weakness(const QString &passphrase);
};

} // namespace panorama
