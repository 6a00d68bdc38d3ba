#include "core/sizing/SizeRecommender.h"

#include "core/sizing/ChartPlacement.h"
#include "core/sizing/Gaussian.h"
#include "core/sizing/HistoryEvidence.h"
#include "core/sizing/SizeExplainer.h"
#include "core/sizing/SizingError.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace panorama::sizing {

namespace {

// Weight of the similar-customers model against the chart in the pooled body evidence. With a measured
// circumference the chart is the better witness; with estimated ones, what similar customers kept is.
constexpr double ModelWeightMeasured = 0.25;
constexpr double ModelWeightEstimated = 0.65;
constexpr double ModelBoxEdge = 0.15; // rows: softens the edges of each size's slot on the axis
constexpr double ConflictRows = 1.5;
constexpr double NotableShift = 0.15;

// The similar-customers model on this chart's axis: each size's probability spread over its slot.
struct ModelOnChart
{
    std::vector<double> position; // per model size, on the chart axis
    std::vector<double> probability;

    double density(double z) const
    {
        double d = 0;
        for (size_t j = 0; j < position.size(); ++j)
            d += probability[j] * (normalCdf((z - position[j] + 0.5) / ModelBoxEdge) -
                                   normalCdf((z - position[j] - 0.5) / ModelBoxEdge));
        return d;
    }
};

double r3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

} // namespace

SizeRecommender::SizeRecommender(RecommenderSettings settings) : m_settings(settings) {}

void SizeRecommender::addModel(BodySizeModel model)
{
    m_models.push_back(std::move(model));
}

void SizeRecommender::setOffsets(SizeOffsets offsets)
{
    m_offsets = std::move(offsets);
    m_brandShift.clear();
    m_productShift.clear();
    for (const QString &b : m_offsets.brands())
        m_brandShift.insert(SizeOffsets::brandKey(b), m_offsets.brandOffset(b).steps);
    for (const QString &p : m_offsets.products())
        m_productShift.insert(p, m_offsets.productOffset(p).steps);
}

double SizeRecommender::shiftFor(const QString &brand, const QString &productId) const
{
    if (!productId.isEmpty()) {
        const auto it = m_productShift.constFind(productId);
        if (it != m_productShift.cend())
            return *it;
    }
    return m_brandShift.value(SizeOffsets::brandKey(brand), 0.0);
}

const BodySizeModel *SizeRecommender::modelFor(const SizeChart &chart) const
{
    const BodySizeModel *best = nullptr;
    int bestOverlap = 1; // at least two shared sizes
    for (const BodySizeModel &m : m_models) {
        bool placeable = true;
        for (const QString &l : m.scale().labels())
            placeable = placeable && chart.position(l).has_value();
        int overlap = 0;
        for (const QString &l : chart.labels())
            overlap += m.scale().indexOf(l) >= 0;
        if (placeable && overlap > bestOverlap) {
            best = &m;
            bestOverlap = overlap;
        }
    }
    return best;
}

Recommendation SizeRecommender::recommend(const SizeRequest &req) const
{
    validateBody(req.body);
    req.chart.validate();
    const SizeChart &chart = req.chart;
    const Body &body = req.body;
    const SizeExplainer say(req.language);
    const int rows = int(chart.rows.size());

    // 1. The chart: the leading measurement that needs the largest size binds (a garment must close around it).
    const QList<Placement> placements = Placement::placeAll(chart, body);
    const Placement &bind = *std::max_element(placements.begin(), placements.end(),
                                              [](const auto &a, const auto &b) { return a.position < b.position; });
    bool anyMeasured = false;
    for (const Placement &p : placements)
        anyMeasured = anyMeasured || !p.value.estimated;

    // 2. Similar customers.
    const BodySizeModel *model = modelFor(chart);
    ModelOnChart onChart;
    double evidence = 0, modelWeight = 0;
    if (model) {
        onChart.probability = model->distribution(body);
        for (const QString &l : model->scale().labels())
            onChart.position.push_back(*chart.position(l));
        evidence = model->evidenceNear(body);
        modelWeight = (anyMeasured ? ModelWeightMeasured : ModelWeightEstimated) *
                      std::min(1.0, evidence / m_settings.littleEvidenceCount);
    }
    const double chartWeight = 1.0 - modelWeight;

    // 3. Learned offsets and fit preference shift the body evidence along the axis.
    const OffsetEstimate offset = m_offsets.offsetFor(chart.brand, chart.productId);
    const double fitShift = body.fit == FitPreference::Slim    ? -m_settings.fitShift
                            : body.fit == FitPreference::Loose ? m_settings.fitShift
                                                               : 0.0;
    const double shift = offset.steps + fitShift;

    // 4. The customer's own history.
    const HistoryEvidence history(
        req.history, chart, [this](const QString &b, const QString &p) { return shiftFor(b, p); }, offset.steps,
        req.today);

    // Posterior on a grid along the axis, with room beyond both ends of the chart.
    const double lo = -2.5, hi = rows + 1.5, step = m_settings.gridStep;
    const int points = int((hi - lo) / step) + 1;
    std::vector<double> logBody(static_cast<size_t>(points)), logPost(static_cast<size_t>(points));
    std::vector<double> logHist(static_cast<size_t>(points), 0.0);
    history.addToGrid(logHist, lo, step);
    double maxBody = -1e300, maxPost = -1e300, maxHist = -1e300;
    for (int i = 0; i < points; ++i) {
        const double z = lo + i * step;
        const double u = z - shift; // the body's position before offsets
        const double zc = (u - bind.position) / bind.sdRows;
        double lb = chartWeight * (-0.5 * zc * zc);
        if (modelWeight > 0)
            lb += modelWeight * std::log(onChart.density(u) + 1e-6);
        const double lh = logHist[size_t(i)];
        logBody[size_t(i)] = lb;
        logPost[size_t(i)] = lb + lh;
        maxBody = std::max(maxBody, lb);
        maxHist = std::max(maxHist, lh);
        maxPost = std::max(maxPost, lb + lh);
    }
    const auto meanOf = [&](const std::vector<double> &logp, double maxv, std::vector<double> *rowMass) {
        double total = 0, mean = 0;
        if (rowMass)
            rowMass->assign(size_t(rows) + 2, 0.0); // [below, rows..., above]
        for (int i = 0; i < points; ++i) {
            const double z = lo + i * step;
            const double w = std::exp(logp[size_t(i)] - maxv);
            total += w;
            mean += w * z;
            if (rowMass) {
                const int r = int(std::floor(z + 0.5));
                (*rowMass)[size_t(std::clamp(r, -1, rows) + 1)] += w;
            }
        }
        if (rowMass) {
            for (double &m : *rowMass)
                m /= total;
        }
        return mean / total;
    };
    std::vector<double> mass;
    const double meanPost = meanOf(logPost, maxPost, &mass);
    const double meanBody = meanOf(logBody, maxBody, nullptr); // includes the shift
    const double meanHist = history.isEmpty() ? meanBody : meanOf(logHist, maxHist, nullptr);

    // Sizes beyond the chart end in its first or last size; the mass there also feeds the outside-chart warning.
    std::vector<double> probs(static_cast<size_t>(rows));
    for (int r = 0; r < rows; ++r)
        probs[size_t(r)] = mass[size_t(r) + 1];
    const double below = mass.front(), above = mass.back();
    probs.front() += below;
    probs.back() += above;

    const SizeDecision decision = model ? model->decision() : SizeDecision(1.0);
    const SizeDecision::Choice choice = decision.choose(probs);

    Recommendation rec;
    rec.language = req.language;
    rec.size = chart.rows.at(choice.best).label;
    rec.runnerUp = choice.runnerUp >= 0 ? chart.rows.at(choice.runnerUp).label : QString();
    rec.probability = choice.probability;
    rec.confidence = model ? model->calibrator().calibrate(choice.probability) : choice.probability;
    rec.expectedPosition = meanPost;
    for (int r = 0; r < rows; ++r)
        rec.distribution.push_back({chart.rows.at(r).label, probs[size_t(r)]});

    // Reasons, each with how far it moved the expected size.
    SizeReason chartReason{ReasonKind::Chart, 0.0,
                           QJsonObject{{u"measurement"_s, BodyEstimator::key(bind.measurement)},
                                       {u"cm"_s, r3(bind.value.cm)},
                                       {u"estimated"_s, bind.value.estimated},
                                       {u"sdCm"_s, r3(bind.value.sdCm)},
                                       {u"position"_s, r3(bind.position)}},
                           say.chart(bind, chart, body.gender)};
    rec.reasons.append(chartReason);
    QStringList clauses{chartReason.text};
    if (modelWeight > 0) {
        const auto top = std::max_element(onChart.probability.begin(), onChart.probability.end());
        const QString label = model->scale().label(int(top - onChart.probability.begin()));
        const double moved = (meanBody - shift) - bind.position;
        rec.reasons.append({ReasonKind::SimilarCustomers, moved,
                            QJsonObject{{u"size"_s, label},
                                        {u"share"_s, r3(*top)},
                                        {u"keptNearby"_s, evidence},
                                        {u"weight"_s, r3(modelWeight)}},
                            say.similarCustomers(label, *top)});
        if (std::abs(moved) >= NotableShift || bind.value.estimated)
            clauses.append(rec.reasons.last().text);
    }
    if (!history.isEmpty()) {
        QStringList facts;
        QJsonArray factData;
        for (const HistoryFact &f : history.facts()) {
            facts.append(say.history(f));
            factData.append(
                QJsonObject{{u"outcome"_s, outcomeKey(f.outcome)}, {u"size"_s, f.size}, {u"count"_s, f.count}});
        }
        const QString text = facts.join(req.language == Language::English ? u", "_s : u"，"_s);
        rec.reasons.append({ReasonKind::History, meanPost - meanBody,
                            QJsonObject{{u"facts"_s, factData}, {u"weight"_s, r3(history.totalWeight())}}, text});
        clauses.append(text);
    }
    const bool productLearned = !chart.productId.isEmpty() && m_offsets.productOffset(chart.productId).learned;
    if (offset.learned && std::abs(offset.steps) >= NotableShift) {
        const ReasonKind kind = productLearned ? ReasonKind::ProductOffset : ReasonKind::BrandOffset;
        const QString text = productLearned ? say.productOffset(offset.steps, offset.counts)
                                            : say.brandOffset(chart.brand, offset.steps);
        rec.reasons.append({kind, offset.steps,
                            QJsonObject{{u"steps"_s, r3(offset.steps)},
                                        {u"sd"_s, r3(offset.sd)},
                                        {u"kept"_s, offset.counts.kept},
                                        {u"tooSmall"_s, offset.counts.tooSmall},
                                        {u"tooLarge"_s, offset.counts.tooLarge}},
                            text});
        clauses.append(text);
    }
    if (body.fit != FitPreference::Regular) {
        rec.reasons.append({ReasonKind::Fit, fitShift, QJsonObject{{u"fit"_s, fitKey(body.fit)}}, say.fit(body.fit)});
        clauses.append(rec.reasons.last().text);
    }
    rec.explanation = say.sentence(clauses, rec.size);

    // Warnings.
    const auto warn = [&](WarningKind k, const QString &text, QJsonObject data = {}) {
        rec.warnings.append({k, std::move(data), text});
    };
    if (bind.aboveChart || bind.belowChart || above > 0.3 || below > 0.3) {
        const bool isAbove = bind.aboveChart || (!bind.belowChart && above >= below);
        const QString end = isAbove ? chart.rows.last().label : chart.rows.first().label;
        warn(WarningKind::OutsideChart, say.outsideChart(isAbove, end),
             {{u"side"_s, isAbove ? u"above"_s : u"below"_s}, {u"mass"_s, r3(isAbove ? above : below)}});
    }
    if (choice.runnerUp >= 0 && std::abs(choice.runnerUp - choice.best) == 1 &&
        probs[size_t(choice.best)] - probs[size_t(choice.runnerUp)] < m_settings.betweenSizesMargin) {
        const int a = std::min(choice.best, choice.runnerUp), b = std::max(choice.best, choice.runnerUp);
        warn(WarningKind::BetweenSizes, say.betweenSizes(chart.rows.at(a).label, chart.rows.at(b).label),
             {{u"sizes"_s, QJsonArray{chart.rows.at(a).label, chart.rows.at(b).label}}});
    }
    if (!anyMeasured)
        warn(WarningKind::EstimatedMeasurements, say.estimatedMeasurements(bind.measurement, body.gender));
    if ((!model || evidence < m_settings.littleEvidenceCount) && history.isEmpty() && !anyMeasured)
        warn(WarningKind::LittleEvidence, say.littleEvidence(), {{u"keptNearby"_s, evidence}});
    if (const auto flag = m_offsets.flagFor(chart.productId, &chart))
        warn(WarningKind::ChartFlagged, say.chartFlagged(*flag), flag->toJson());
    if (!history.isEmpty() && history.totalWeight() >= 1.0 && std::abs(meanHist - meanBody) > ConflictRows)
        warn(WarningKind::ConflictingHistory, say.conflictingHistory(),
             {{u"historyPosition"_s, r3(meanHist)}, {u"bodyPosition"_s, r3(meanBody)}});
    return rec;
}

} // namespace panorama::sizing
