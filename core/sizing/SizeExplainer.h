#pragma once

#include "core/sizing/Body.h"
#include "core/sizing/ChartPlacement.h"
#include "core/sizing/PurchaseRecord.h"
#include "core/sizing/Recommendation.h"
#include "core/sizing/SizeOffsets.h"

#include <QStringList>

namespace panorama::sizing {

// One fact from the customer's own history worth saying out loud ("you kept M twice in this brand").
struct HistoryFact
{
    enum class Scope
    {
        Product,
        Brand,
        Category,
        Anywhere
    };
    PurchaseOutcome outcome = PurchaseOutcome::Kept;
    QString size;
    int count = 0;
    Scope scope = Scope::Anywhere;
};

// Renders the engine's reasons and warnings as short clauses an agent can read out, in English, Simplified or
// Traditional Chinese. Wording lives here only, so the UI can show `data` its own way and still quote these.
class SizeExplainer
{
public:
    explicit SizeExplainer(Language language);

    QString chart(const Placement &p, const SizeChart &chart, Gender gender) const;
    QString similarCustomers(const QString &size, double share) const;
    QString brandOffset(const QString &brand, double steps) const;
    QString productOffset(double steps, const OutcomeCounts &counts) const;
    QString fit(FitPreference fit) const;
    QString history(const HistoryFact &fact) const;
    // "clause; clause, so L" / "……；……，所以推荐 L 码。"
    QString sentence(const QStringList &clauses, const QString &size) const;

    QString betweenSizes(const QString &a, const QString &b) const;
    QString outsideChart(bool above, const QString &endSize) const;
    QString littleEvidence() const;
    QString estimatedMeasurements(Measurement lead, Gender gender) const;
    QString chartFlagged(const ChartFlag &flag) const;
    QString conflictingHistory() const;

    QString measurementName(Measurement m, Gender gender) const;
    QString sizeName(const QString &label) const; // "L", "L 码", "L 號"

private:
    QString pick(const char16_t *en, const char16_t *zhCN, const char16_t *zhTW) const;
    static QString range(const SizeChart &chart, int row, Measurement m);
    static QString cm(double v);

    Language m_language;
};

} // namespace panorama::sizing
