#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Finds full mainland mobile numbers, 18-digit resident ID numbers (checksum and birth date verified) and bank
// card numbers (13–19 digits, Luhn-checked) in a reply, allowing spaces and hyphens between digit groups, and
// masks them in place (same length, so spans stay valid): 138****5678, **************123X, ************1234.
// Digit runs glued to letters (tracking numbers such as SF1234…) and the order's own numbers are not reported.
namespace panorama::qa {

class SensitiveDataScanner
{
public:
    struct Hit
    {
        QString detector; // phone | id_card | bank_card
        qsizetype start = 0;
        qsizetype length = 0;
        QString masked; // the span as it must be shown
    };

    // Finds numbers in the folded text (full-width digits count) and masks the original's characters.
    static QList<Hit> scan(QStringView text, const QStringList &knownIdentifiers = {});
    // Writes each hit's mask into text (same offsets).
    static void applyMasks(QString &text, const QList<Hit> &hits);

    static bool luhnValid(QStringView digits);
    static bool idCardValid(QStringView id18);
};

} // namespace panorama::qa
