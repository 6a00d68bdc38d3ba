#include "core/sizing/SizeScale.h"

using namespace Qt::StringLiterals;

namespace panorama::sizing {

SizeScale::SizeScale(QString id, QStringList labels) : m_id(std::move(id))
{
    m_labels.reserve(labels.size());
    for (const QString &l : labels)
        m_labels.append(normalise(l));
}

SizeScale SizeScale::letters()
{
    return {u"letters"_s, {u"XXS"_s, u"XS"_s, u"S"_s, u"M"_s, u"L"_s, u"XL"_s, u"XXL"_s, u"XXXL"_s}};
}

SizeScale SizeScale::waistInches()
{
    QStringList labels;
    for (int w = 24; w <= 44; ++w)
        labels.append(QString::number(w));
    return {u"waist"_s, labels};
}

SizeScale SizeScale::lettersRestrictedTo(const QStringList &labels)
{
    const SizeScale all = letters();
    QStringList kept;
    for (const QString &l : all.labels()) {
        for (const QString &wanted : labels) {
            if (normalise(wanted) == l) {
                kept.append(l);
                break;
            }
        }
    }
    return {u"letters"_s, kept};
}

QString SizeScale::normalise(const QString &label)
{
    QString s = label.trimmed().toUpper();
    // Shops write the big sizes both ways; the catalogue uses repeated X.
    if (s.size() == 3 && s[0].isDigit() && s.endsWith(u"XL"_s)) {
        const int n = s[0].digitValue();
        if (n >= 2 && n <= 3)
            s = QString(n - 1, u'X') + u"XL"_s; // 2XL = XXL
    } else if (s.size() == 3 && s[0].isDigit() && s.endsWith(u"XS"_s)) {
        const int n = s[0].digitValue();
        if (n == 2)
            s = u"XXS"_s;
    }
    return s;
}

int SizeScale::indexOf(const QString &label) const
{
    return int(m_labels.indexOf(normalise(label)));
}

QString SizeScale::label(int index) const
{
    return index >= 0 && index < m_labels.size() ? m_labels.at(index) : QString();
}

} // namespace panorama::sizing
