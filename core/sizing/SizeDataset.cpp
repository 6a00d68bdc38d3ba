#include "core/sizing/SizeDataset.h"

#include "core/sizing/SizingError.h"

#include <QFile>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panorama::sizing {

namespace {

SizingError dataError(const QString &path, const QString &why)
{
    return SizingError(SizingErrorKind::InvalidData, path + u": "_s + why);
}

SizeScale scaleFor(const QStringList &seen)
{
    bool numeric = !seen.isEmpty();
    for (const QString &l : seen) {
        bool ok = false;
        l.toDouble(&ok);
        numeric = numeric && ok;
    }
    if (numeric) {
        QStringList sorted = seen;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.toDouble() < b.toDouble(); });
        return {u"numeric"_s, sorted};
    }
    return SizeScale::lettersRestrictedTo(seen);
}

} // namespace

SizeDataset SizeDataset::loadCsv(const QString &path, const SizeScale *scale)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw dataError(path, u"cannot be read (%1)"_s.arg(file.errorString()));
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.isEmpty() || lines.first().trimmed().isEmpty())
        throw dataError(path, u"is empty"_s);

    const QList<QByteArray> header = lines.first().trimmed().toLower().split(',');
    const auto column = [&](const char *name) { return int(header.indexOf(QByteArray(name))); };
    const int cHeight = column("height"), cWeight = column("weight"), cSize = column("size");
    const int cAge = column("age"), cGender = column("gender");
    if (cHeight < 0 || cWeight < 0 || cSize < 0)
        throw dataError(path, u"the header needs columns height, weight and size; it has: %1"_s.arg(
                                  QString::fromUtf8(lines.first().trimmed())));

    struct Raw
    {
        Body body;
        QString label;
    };
    std::vector<Raw> raws;
    SizeDataset ds;
    ds.hasAge = cAge >= 0;
    ds.hasGender = cGender >= 0;
    QSet<QString> seen;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.split(',');
        const auto number = [&](int c, double &out) {
            if (c < 0 || c >= f.size())
                return false;
            bool ok = false;
            out = f.at(c).trimmed().toDouble(&ok);
            return ok;
        };
        Raw r;
        double age = 0;
        if (!number(cHeight, r.body.heightCm) || !number(cWeight, r.body.weightKg) ||
            (cAge >= 0 && !number(cAge, age)) || cSize >= f.size() || f.at(cSize).trimmed().isEmpty()) {
            ++ds.droppedMissing;
            continue;
        }
        if (cAge >= 0)
            r.body.ageYears = age;
        if (cGender >= 0 && cGender < f.size())
            r.body.gender = parseGender(QString::fromUtf8(f.at(cGender))).value_or(Gender::Unknown);
        r.label = SizeScale::normalise(QString::fromUtf8(f.at(cSize)));
        seen.insert(r.label);
        raws.push_back(std::move(r));
    }
    ds.scale = scale ? *scale : scaleFor(QStringList(seen.begin(), seen.end()));
    for (Raw &r : raws) {
        const int idx = ds.scale.indexOf(r.label);
        if (idx < 0) {
            ++ds.droppedUnknownSize;
            continue;
        }
        ds.rows.push_back({r.body, idx, 1.0f});
    }
    if (ds.rows.empty())
        throw dataError(path, u"has no usable rows (%1 with missing values, %2 with sizes not on the scale)"_s
                                  .arg(ds.droppedMissing)
                                  .arg(ds.droppedUnknownSize));
    return ds;
}

} // namespace panorama::sizing
