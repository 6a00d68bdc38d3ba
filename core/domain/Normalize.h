#pragma once

#include <QByteArray>
#include <QString>

namespace panorama::Normalize {

// Canonical forms used for lookups, so "+86 138-0013-8000", "8613800138000" and "13800138000" are one phone.
QString phone(QStringView raw);
// Lower-cased, NFKC, no white space: the key for name prefix search ("Zhang Wei" -> "zhangwei", "张 伟" -> "张伟").
QString nameKey(QStringView name);
// Trimmed and lower-cased; identities are matched on this (member IDs, device IDs, emails, open IDs).
QString identity(QStringView kind, QStringView raw);
// Blind index of an identity value: keyed HMAC-SHA-256 of kind + normalised value, 32 hex chars. Lets a
// profile find a customer by full phone number without holding the number in clear where the role sees it masked.
QString identityHash(QStringView kind, QStringView raw, const QByteArray &lookupKey);
// The upper bound for a prefix range scan on an index (prefix .. prefix + U+10FFFF).
QString prefixUpperBound(const QString &prefix);

} // namespace panorama::Normalize
