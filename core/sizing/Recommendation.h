#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace panorama::sizing {

enum class Language
{
    English,
    SimplifiedChinese,
    TraditionalChinese
};
QString languageKey(Language l); // "en", "zh-CN", "zh-TW"
// "en", "zh", "zh-CN", "zh-Hans", "zh-SG" -> Simplified; "zh-TW", "zh-HK", "zh-Hant" -> Traditional.
std::optional<Language> parseLanguage(const QString &text);

// Why the engine chose a size, one source of evidence each, with how far it moved the answer.
enum class ReasonKind
{
    Chart,
    SimilarCustomers,
    BrandOffset,
    ProductOffset,
    History,
    Fit
};
// What an agent should know before quoting the size.
enum class WarningKind
{
    BetweenSizes,          // the two most likely sizes are neighbours and nearly as likely
    OutsideChart,          // the body is bigger or smaller than every size on the chart
    LittleEvidence,        // few similar customers, no history, estimated measurements
    EstimatedMeasurements, // no circumference given: estimated from height and weight
    ChartFlagged,          // returns of this product cluster on one side: its chart is probably off
    ConflictingHistory,    // what the customer kept disagrees with their measurements by more than a size
};
QString reasonKey(ReasonKind k);
QString warningKey(WarningKind k);

struct SizeReason
{
    ReasonKind kind = ReasonKind::Chart;
    double shiftSteps = 0; // how far this evidence moved the expected size (0 for the chart, the starting point)
    QJsonObject data;      // the figures behind the sentence (measurement, value, range, counts...)
    QString text;          // one clause in the request's language
};

struct SizeWarning
{
    WarningKind kind = WarningKind::BetweenSizes;
    QJsonObject data;
    QString text;
};

struct SizeProbability
{
    QString size;
    double probability = 0;
};

// What the engine answers: plain values for the agent panel, the server API and the CLI alike.
struct Recommendation
{
    QString size;
    QString runnerUp;
    double confidence = 0;                     // calibrated probability that `size` is the one the customer keeps
    double probability = 0;                    // the engine's raw posterior probability of `size`
    double expectedPosition = 0;               // posterior mean on the chart in rows (0 = first size)
    std::vector<SizeProbability> distribution; // per chart size, in chart order
    QList<SizeReason> reasons;
    QList<SizeWarning> warnings;
    QString explanation; // the reasons as one sentence an agent can read out
    Language language = Language::English;

    bool hasWarning(WarningKind k) const;
    QJsonObject toJson() const;
};

} // namespace panorama::sizing
