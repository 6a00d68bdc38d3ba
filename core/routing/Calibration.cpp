#include "core/routing/Calibration.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace panorama::routing {

std::vector<double> Calibration::probabilities(const std::vector<float> &scores, double temperature)
{
    std::vector<double> p(scores.size());
    if (scores.empty())
        return p;
    const double inv = 1.0 / temperature;
    const double top = double(*std::max_element(scores.begin(), scores.end())) * inv;
    double sum = 0.0;
    for (size_t k = 0; k < scores.size(); ++k) {
        p[k] = std::exp(double(scores[k]) * inv - top);
        sum += p[k];
    }
    for (double &v : p)
        v /= sum;
    return p;
}

double Calibration::negativeLogLikelihood(const std::vector<std::vector<float>> &scores, const std::vector<int> &labels,
                                          double temperature)
{
    double total = 0.0;
    const double inv = 1.0 / temperature;
    for (size_t i = 0; i < scores.size(); ++i) {
        const auto &s = scores[i];
        const double top = double(*std::max_element(s.begin(), s.end())) * inv;
        double sum = 0.0;
        for (float v : s)
            sum += std::exp(double(v) * inv - top);
        total += -(double(s[size_t(labels[i])]) * inv - top - std::log(sum));
    }
    return scores.empty() ? 0.0 : total / double(scores.size());
}

double Calibration::smoothedNegativeLogLikelihood(const std::vector<std::vector<float>> &scores,
                                                  const std::vector<int> &labels, double temperature, double epsilon)
{
    double total = 0.0;
    const double inv = 1.0 / temperature;
    for (size_t i = 0; i < scores.size(); ++i) {
        const auto &s = scores[i];
        const double top = double(*std::max_element(s.begin(), s.end())) * inv;
        double sum = 0.0;
        for (float v : s)
            sum += std::exp(double(v) * inv - top);
        const double logZ = top + std::log(sum);
        const double other = s.size() > 1 ? epsilon / double(s.size() - 1) : 0.0;
        for (size_t k = 0; k < s.size(); ++k) {
            const double target = int(k) == labels[i] ? 1.0 - epsilon : other;
            if (target > 0.0)
                total -= target * (double(s[k]) * inv - logZ);
        }
    }
    return scores.empty() ? 0.0 : total / double(scores.size());
}

double Calibration::fitTemperature(const std::vector<std::vector<float>> &scores, const std::vector<int> &labels)
{
    // Golden-section search on ln(1/T) over [1e-2, 1e4]; unimodal because the loss is convex in 1/T.
    // The targets are smoothed by 1/(n+2) (Laplace's rule of succession): when the validation set happens to
    // be perfectly separable, plain NLL drives T to 0 and every ticket, out-of-scope ones included, would get
    // confidence 1; n examples never justify more than about n/(n+1).
    const double epsilon = 1.0 / (double(scores.size()) + 2.0);
    double lo = std::log(1e-2);
    double hi = std::log(1e4);
    const double ratio = (std::sqrt(5.0) - 1.0) / 2.0;
    auto nll = [&](double logInv) { return smoothedNegativeLogLikelihood(scores, labels, std::exp(-logInv), epsilon); };
    double a = hi - ratio * (hi - lo);
    double b = lo + ratio * (hi - lo);
    double fa = nll(a);
    double fb = nll(b);
    for (int i = 0; i < 60 && hi - lo > 1e-4; ++i) {
        if (fa < fb) {
            hi = b;
            b = a;
            fb = fa;
            a = hi - ratio * (hi - lo);
            fa = nll(a);
        } else {
            lo = a;
            a = b;
            fa = fb;
            b = lo + ratio * (hi - lo);
            fb = nll(b);
        }
    }
    return std::exp(-(lo + hi) / 2.0);
}

double Calibration::expectedCalibrationError(const std::vector<double> &confidence, const std::vector<bool> &correct)
{
    constexpr int Bins = 10;
    double conf[Bins] = {};
    double acc[Bins] = {};
    int count[Bins] = {};
    for (size_t i = 0; i < confidence.size(); ++i) {
        const int b = std::clamp(int(confidence[i] * Bins), 0, Bins - 1);
        conf[b] += confidence[i];
        acc[b] += correct[i] ? 1.0 : 0.0;
        ++count[b];
    }
    double ece = 0.0;
    for (int b = 0; b < Bins; ++b) {
        if (count[b] > 0)
            ece += std::fabs(acc[b] - conf[b]) / double(confidence.size());
    }
    return ece;
}

OperatingPoint OperatingPoint::choose(const std::vector<ValidationOutcome> &outcomes, Criterion criterion,
                                      double targetPrecision, double accuracyBudget)
{
    OperatingPoint best;
    best.criterion = criterion;
    best.targetPrecision = targetPrecision;
    best.accuracyBudget = accuracyBudget;
    for (const auto &o : outcomes)
        (o.inScope ? best.validationInScope : best.validationOutOfScope)++;
    if (criterion != Criterion::TargetPrecision && best.validationOutOfScope == 0)
        criterion = best.criterion = Criterion::TargetPrecision;

    // Candidate thresholds: 0 and every observed confidence (a ticket is accepted when confidence >= threshold).
    std::vector<double> candidates{0.0};
    for (const auto &o : outcomes)
        candidates.push_back(o.confidence);
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    auto evaluate = [&](double t) {
        OperatingPoint p = best;
        p.threshold = t;
        int accepted = 0;
        int acceptedCorrect = 0;
        int oosRejected = 0;
        for (const auto &o : outcomes) {
            const bool accept = o.confidence >= t;
            if (o.inScope) {
                accepted += accept ? 1 : 0;
                acceptedCorrect += (accept && o.correct) ? 1 : 0;
            } else {
                oosRejected += accept ? 0 : 1;
            }
        }
        p.inScopeAccuracy = p.validationInScope ? double(acceptedCorrect) / p.validationInScope : 0.0;
        p.acceptedPrecision = accepted ? double(acceptedCorrect) / accepted : 1.0;
        p.triageRate = p.validationInScope ? 1.0 - double(accepted) / p.validationInScope : 0.0;
        p.outOfScopeRecall = p.validationOutOfScope ? double(oosRejected) / p.validationOutOfScope : 0.0;
        return p;
    };

    bool found = false;
    double bestScore = -1.0;
    const double fullAccuracy = evaluate(0.0).inScopeAccuracy;
    best.top1Accuracy = fullAccuracy;
    for (double t : candidates) {
        const OperatingPoint p = evaluate(t);
        if (criterion == Criterion::AccuracyBudget) {
            if (p.inScopeAccuracy >= fullAccuracy - accuracyBudget - 1e-12 && p.outOfScopeRecall > bestScore) {
                bestScore = p.outOfScopeRecall;
                best = p;
                found = true;
            }
        } else if (criterion == Criterion::Balanced) {
            const double score = (p.inScopeAccuracy + p.outOfScopeRecall) / 2.0;
            if (score > bestScore + 1e-12) {
                bestScore = score;
                best = p;
                found = true;
            }
        } else if (p.acceptedPrecision >= targetPrecision) {
            best = p; // candidates ascend: the first that reaches the target keeps the most tickets automatic
            found = true;
            break;
        }
    }
    if (!found)
        best = evaluate(candidates.back()); // the target is unreachable: keep only the most confident
    return best;
}

QString OperatingPoint::criterionName(Criterion c)
{
    switch (c) {
    case Criterion::AccuracyBudget:
        return u"accuracy-budget"_s;
    case Criterion::Balanced:
        return u"balanced"_s;
    case Criterion::TargetPrecision:
        break;
    }
    return u"target-precision"_s;
}

std::optional<OperatingPoint::Criterion> OperatingPoint::criterionFromName(const QString &name)
{
    if (name == u"accuracy-budget"_s || name == u"budget"_s)
        return Criterion::AccuracyBudget;
    if (name == u"balanced"_s)
        return Criterion::Balanced;
    if (name == u"target-precision"_s || name == u"precision"_s)
        return Criterion::TargetPrecision;
    return std::nullopt;
}

QJsonObject OperatingPoint::toJson() const
{
    return {{u"threshold"_s, threshold},
            {u"criterion"_s, criterionName(criterion)},
            {u"targetPrecision"_s, targetPrecision},
            {u"accuracyBudget"_s, accuracyBudget},
            {u"validationTop1Accuracy"_s, top1Accuracy},
            {u"validationInScopeAccuracy"_s, inScopeAccuracy},
            {u"validationAcceptedPrecision"_s, acceptedPrecision},
            {u"validationTriageRate"_s, triageRate},
            {u"validationOutOfScopeRecall"_s, outOfScopeRecall},
            {u"validationInScope"_s, validationInScope},
            {u"validationOutOfScope"_s, validationOutOfScope}};
}

OperatingPoint OperatingPoint::fromJson(const QJsonObject &obj)
{
    OperatingPoint p;
    p.threshold = obj.value(u"threshold"_s).toDouble();
    p.criterion = criterionFromName(obj.value(u"criterion"_s).toString()).value_or(Criterion::TargetPrecision);
    p.targetPrecision = obj.value(u"targetPrecision"_s).toDouble(0.9);
    p.accuracyBudget = obj.value(u"accuracyBudget"_s).toDouble(0.01);
    p.top1Accuracy = obj.value(u"validationTop1Accuracy"_s).toDouble();
    p.inScopeAccuracy = obj.value(u"validationInScopeAccuracy"_s).toDouble();
    p.acceptedPrecision = obj.value(u"validationAcceptedPrecision"_s).toDouble();
    p.triageRate = obj.value(u"validationTriageRate"_s).toDouble();
    p.outOfScopeRecall = obj.value(u"validationOutOfScopeRecall"_s).toDouble();
    p.validationInScope = obj.value(u"validationInScope"_s).toInt();
    p.validationOutOfScope = obj.value(u"validationOutOfScope"_s).toInt();
    return p;
}

} // namespace panorama::routing
