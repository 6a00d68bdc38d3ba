#include "core/routing/ClassifierEvaluator.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace panorama::routing {

QJsonObject Evaluation::toJson() const
{
    return {{u"examples"_s, examples},
            {u"inScope"_s, inScope},
            {u"outOfScope"_s, outOfScope},
            {u"unknownLabels"_s, unknownLabels},
            {u"accuracy"_s, top1Accuracy},
            {u"macroF1"_s, top1MacroF1},
            {u"outOfScopeRecall"_s, outOfScopeRecall},
            {u"operatingPoint"_s, QJsonObject{{u"threshold"_s, threshold},
                                              {u"inScopeAccuracy"_s, inScopeAccuracy},
                                              {u"macroF1"_s, macroF1},
                                              {u"triageRate"_s, triageRate},
                                              {u"acceptedPrecision"_s, acceptedPrecision},
                                              {u"outOfScopeRecall"_s, outOfScopeRecall}}},
            {u"expectedCalibrationError"_s, expectedCalibrationError}};
}

double ClassifierEvaluator::macroF1(const std::vector<QString> &truth, const std::vector<QString> &predicted,
                                    const QStringList &classes)
{
    QHash<QString, int> tp, fp, fn;
    for (size_t i = 0; i < truth.size(); ++i) {
        if (truth[i] == predicted[i]) {
            ++tp[truth[i]];
        } else {
            ++fn[truth[i]];
            ++fp[predicted[i]];
        }
    }
    if (classes.isEmpty())
        return 0.0;
    double sum = 0.0;
    for (const QString &c : classes) {
        const double t = tp.value(c);
        const double denom = 2 * t + fp.value(c) + fn.value(c);
        sum += denom > 0 ? 2 * t / denom : 0.0;
    }
    return sum / double(classes.size());
}

Evaluation ClassifierEvaluator::evaluate(const TextClassifier &classifier, const LabelledDataset &test,
                                         const QString &outOfScopeLabel)
{
    static const QString triage = u"\x1f(triage)"_s; // cannot collide with a real label
    Evaluation ev;
    const QSet<QString> known(classifier.labels().cbegin(), classifier.labels().cend());
    std::vector<QString> truth, top1, atPoint;
    QStringList inScopeClasses;
    QSet<QString> seenClasses;
    std::vector<double> conf;
    std::vector<bool> correct;
    int top1Correct = 0, pointCorrect = 0, triaged = 0, accepted = 0, oosTriaged = 0;
    for (const LabelledExample &e : test.examples) {
        ++ev.examples;
        const Prediction p = classifier.classify(e.text, 1);
        if (e.label == outOfScopeLabel) {
            ++ev.outOfScope;
            oosTriaged += p.needsTriage() ? 1 : 0;
            continue;
        }
        ++ev.inScope;
        if (!known.contains(e.label))
            ++ev.unknownLabels;
        if (!seenClasses.contains(e.label)) {
            seenClasses.insert(e.label);
            inScopeClasses.append(e.label);
        }
        truth.push_back(e.label);
        top1.push_back(p.label);
        atPoint.push_back(p.needsTriage() ? triage : p.label);
        top1Correct += p.label == e.label ? 1 : 0;
        if (p.needsTriage()) {
            ++triaged;
        } else {
            ++accepted;
            pointCorrect += p.label == e.label ? 1 : 0;
        }
        conf.push_back(p.confidence);
        correct.push_back(p.label == e.label);
    }
    if (ev.inScope > 0) {
        ev.top1Accuracy = double(top1Correct) / ev.inScope;
        ev.inScopeAccuracy = double(pointCorrect) / ev.inScope;
        ev.triageRate = ev.falseTriageRate = double(triaged) / ev.inScope;
    }
    ev.acceptedPrecision = accepted > 0 ? double(pointCorrect) / accepted : 0.0;
    ev.outOfScopeRecall = ev.outOfScope > 0 ? double(oosTriaged) / ev.outOfScope : 0.0;
    ev.top1MacroF1 = macroF1(truth, top1, inScopeClasses);
    ev.macroF1 = macroF1(truth, atPoint, inScopeClasses);
    ev.threshold = classifier.threshold();
    ev.expectedCalibrationError = Calibration::expectedCalibrationError(conf, correct);
    return ev;
}

} // namespace panorama::routing
