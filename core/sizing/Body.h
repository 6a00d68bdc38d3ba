#pragma once

#include <QString>

#include <optional>

namespace panorama::sizing {

enum class Gender
{
    Unknown,
    Female,
    Male
};
enum class FitPreference
{
    Slim,
    Regular,
    Loose
};

// What an agent learns about a customer's body on the phone. Height and weight are required; everything else
// is optional and estimated when missing. Lengths in centimetres, weight in kilograms.
struct Body
{
    double heightCm = 0;
    double weightKg = 0;
    std::optional<double> chestCm; // chest for men, bust for women
    std::optional<double> waistCm;
    std::optional<double> hipsCm;
    std::optional<double> ageYears;
    Gender gender = Gender::Unknown;
    FitPreference fit = FitPreference::Regular;
};

// Throws SizingError(InvalidBody) naming the field when a value is not a plausible human measurement
// (negative, zero, a height of 3 m, a chest of 400 cm).
void validateBody(const Body &body);

QString genderKey(Gender g);
QString fitKey(FitPreference f);
// Parse "female"/"f"/"女", "male"/"m"/"男", "" -> Unknown; nullopt for anything else.
std::optional<Gender> parseGender(const QString &text);
std::optional<FitPreference> parseFit(const QString &text);

} // namespace panorama::sizing
