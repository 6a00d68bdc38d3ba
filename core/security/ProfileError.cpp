#include "core/security/ProfileError.h"

using namespace Qt::StringLiterals;

namespace panorama {

ProfileError::ProfileError(ProfileErrorKind kind, QString message)
    : m_kind(kind), m_message(std::move(message)), m_utf8(m_message.toUtf8())
{}

QString ProfileError::kindName(ProfileErrorKind kind)
{
    switch (kind) {
    case ProfileErrorKind::None:
        return u"none"_s;
    case ProfileErrorKind::InvalidArgument:
        return u"invalid-argument"_s;
    case ProfileErrorKind::AlreadyExists:
        return u"already-exists"_s;
    case ProfileErrorKind::NotFound:
        return u"not-found"_s;
    case ProfileErrorKind::InvalidProfile:
        return u"invalid-profile"_s;
    case ProfileErrorKind::PassphraseRequired:
        return u"passphrase-required"_s;
    case ProfileErrorKind::KeychainUnavailable:
        return u"keychain-unavailable"_s;
    case ProfileErrorKind::KeychainDenied:
        return u"keychain-denied"_s;
    case ProfileErrorKind::KeychainEntryMissing:
        return u"keychain-entry-missing"_s;
    case ProfileErrorKind::KeychainTimeout:
        return u"keychain-timeout"_s;
    case ProfileErrorKind::KeychainFailed:
        return u"keychain-failed"_s;
    case ProfileErrorKind::WrongKey:
        return u"wrong-key"_s;
    case ProfileErrorKind::Damaged:
        return u"damaged"_s;
    case ProfileErrorKind::Busy:
        return u"busy"_s;
    case ProfileErrorKind::Io:
        return u"io"_s;
    case ProfileErrorKind::Failed:
        return u"failed"_s;
    }
    return u"unknown"_s;
}

} // namespace panorama
