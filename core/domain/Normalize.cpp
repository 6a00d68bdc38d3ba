#include "core/domain/Normalize.h"

#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace panorama::Normalize {

QString phone(QStringView raw)
{
    QString digits;
    digits.reserve(raw.size());
    for (QChar c : raw) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue())); // also folds full-width digits
    }
    if (digits.size() == 13 && digits.startsWith(u"86"_s))
        digits.remove(0, 2);
    else if (digits.size() == 15 && digits.startsWith(u"0086"_s))
        digits.remove(0, 4);
    return digits;
}

QString nameKey(QStringView name)
{
    const QString folded = name.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString key;
    key.reserve(folded.size());
    for (QChar c : folded) {
        if (!c.isSpace() && c != u'·' && c != u'.')
            key.append(c);
    }
    return key;
}

QString identity(QStringView kind, QStringView raw)
{
    if (kind == u"phone")
        return phone(raw);
    return raw.trimmed().toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QString identityHash(QStringView kind, QStringView raw, const QByteArray &lookupKey)
{
    const QByteArray message = kind.toUtf8() + '\x1f' + identity(kind, raw).toUtf8();
    const QByteArray mac = QMessageAuthenticationCode::hash(message, lookupKey, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.left(16).toHex());
}

QString prefixUpperBound(const QString &prefix)
{
    return prefix + QChar(0xDBFF) + QChar(0xDFFF);
}

} // namespace panorama::Normalize
