#pragma once

#include <QString>
#include <QStringList>

namespace panorama::sizing {

// An ordered list of size labels (XXS < XS < ... or 28 < 29 < 30 for trouser waists), so that sizes can be
// compared, averaged and called "one apart". Labels are matched after normalisation ("2xl" == "XXL").
class SizeScale
{
public:
    SizeScale() = default;
    SizeScale(QString id, QStringList labels);

    // The catalogue's letter sizes for tops and dresses: XXS XS S M L XL XXL XXXL.
    static SizeScale letters();
    // Numeric waist sizes for trousers (inches): 24 .. 44.
    static SizeScale waistInches();
    // The letter scale restricted to the labels given, in letter order (for data that never uses some sizes).
    static SizeScale lettersRestrictedTo(const QStringList &labels);

    // Upper-case, trimmed, "2XL" -> "XXL", "3XL" -> "XXXL", 4XL and larger kept as written.
    static QString normalise(const QString &label);

    const QString &id() const { return m_id; }
    const QStringList &labels() const { return m_labels; }
    int size() const { return int(m_labels.size()); }
    bool isEmpty() const { return m_labels.isEmpty(); }
    // Index of a label after normalisation, or -1.
    int indexOf(const QString &label) const;
    QString label(int index) const;
    bool operator==(const SizeScale &other) const { return m_id == other.m_id && m_labels == other.m_labels; }

private:
    QString m_id;
    QStringList m_labels;
};

} // namespace panorama::sizing
