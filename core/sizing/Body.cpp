#include "core/sizing/Body.h"

#include "core/sizing/SizingError.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace panorama::sizing {

namespace {

// Limits wide enough for every adult and child customer and narrow enough to catch unit mistakes
// (metres for centimetres, pounds for kilograms are caught only when far out).
struct Limit
{
    const char16_t *field;
    double min;
    double max;
};

void check(const Limit &l, double value)
{
    const QString field = QString::fromUtf16(l.field);
    if (!std::isfinite(value))
        throw SizingError(SizingErrorKind::InvalidBody, u"%1 is not a number"_s.arg(field));
    if (value <= 0)
        throw SizingError(SizingErrorKind::InvalidBody,
                          u"%1 must be positive, got %2"_s.arg(field, QString::number(value)));
    if (value < l.min || value > l.max)
        throw SizingError(SizingErrorKind::InvalidBody,
                          u"%1 %2 is outside the plausible range %3–%4"_s.arg(
                              field, QString::number(value), QString::number(l.min), QString::number(l.max)));
}

} // namespace

void validateBody(const Body &body)
{
    check({u"height_cm", 50, 250}, body.heightCm);
    check({u"weight_kg", 10, 300}, body.weightKg);
    if (body.chestCm)
        check({u"chest_cm", 40, 200}, *body.chestCm);
    if (body.waistCm)
        check({u"waist_cm", 35, 200}, *body.waistCm);
    if (body.hipsCm)
        check({u"hips_cm", 40, 200}, *body.hipsCm);
    if (body.ageYears) {
        const double a = *body.ageYears;
        if (!std::isfinite(a) || a < 0 || a > 120)
            throw SizingError(SizingErrorKind::InvalidBody,
                              u"age_years %1 is outside the plausible range 0–120"_s.arg(QString::number(a)));
    }
}

QString genderKey(Gender g)
{
    switch (g) {
    case Gender::Female:
        return u"female"_s;
    case Gender::Male:
        return u"male"_s;
    case Gender::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString fitKey(FitPreference f)
{
    switch (f) {
    case FitPreference::Slim:
        return u"slim"_s;
    case FitPreference::Loose:
        return u"loose"_s;
    case FitPreference::Regular:
        break;
    }
    return u"regular"_s;
}

std::optional<Gender> parseGender(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"unknown"_s)
        return Gender::Unknown;
    if (t == u"female"_s || t == u"f"_s || t == u"woman"_s || t == u"女"_s)
        return Gender::Female;
    if (t == u"male"_s || t == u"m"_s || t == u"man"_s || t == u"男"_s)
        return Gender::Male;
    return std::nullopt;
}

std::optional<FitPreference> parseFit(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"regular"_s || t == u"常规"_s || t == u"標準"_s || t == u"标准"_s)
        return FitPreference::Regular;
    if (t == u"slim"_s || t == u"修身"_s)
        return FitPreference::Slim;
    if (t == u"loose"_s || t == u"宽松"_s || t == u"寬鬆"_s)
        return FitPreference::Loose;
    return std::nullopt;
}

} // namespace panorama::sizing
