#include "core/routing/ClassifierTrainer.h"

#include "core/routing/FeatureExtractor.h"
#include "core/routing/ModelSerializer.h"
#include "core/routing/RoutingError.h"
#include "core/routing/TextNormalizer.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <ctime>
#include <random>
#include <thread>

using namespace Qt::StringLiterals;

namespace panorama::routing {

namespace {

std::vector<std::vector<uint64_t>> extractAll(const std::vector<const LabelledExample *> &examples,
                                              const FeatureConfig &config, int threads)
{
    std::vector<std::vector<uint64_t>> terms(examples.size());
    std::atomic<size_t> next{0};
    auto worker = [&] {
        const FeatureExtractor extractor(config);
        for (size_t i = next++; i < examples.size(); i = next++) {
            const QString n = TextNormalizer::normalize(examples[i]->text, {config.traditionalToSimplified});
            extractor.extract(n, terms[i]);
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::max(threads, 1); ++t)
        pool.emplace_back(worker);
    worker();
    for (auto &t : pool)
        t.join();
    return terms;
}

SparseMatrix rowsOf(const TfidfVectorizer &v, const std::vector<std::vector<uint64_t>> &terms,
                    const std::vector<size_t> &which)
{
    SparseMatrix m;
    m.columns = v.dimension();
    for (size_t i : which)
        m.append(v.transform(terms[i]));
    return m;
}

} // namespace

QJsonObject TrainReport::toJson() const
{
    return {{u"examples"_s, examples},
            {u"classes"_s, classes},
            {u"vocabulary"_s, qint64(dimension)},
            {u"featureSeconds"_s, featureSeconds},
            {u"svmSeconds"_s, svmSeconds},
            {u"totalSeconds"_s, totalSeconds},
            {u"cpuSeconds"_s, cpuSeconds},
            {u"temperature"_s, temperature},
            {u"validationNll"_s, validationNll},
            {u"validationEce"_s, validationEce},
            {u"calibrationSource"_s, calibrationSource},
            {u"operatingPoint"_s, operatingPoint.toJson()}};
}

TextClassifier ClassifierTrainer::train(const LabelledDataset &train, const LabelledDataset *validation,
                                        TrainReport *reportOut) const
{
    QElapsedTimer total;
    total.start();
    const std::clock_t cpuStart = std::clock();
    TrainReport report;
    const QString &oos = m_options.outOfScopeLabel;

    // Labels in first-seen order; the out-of-scope label only when it is trained as a class.
    QStringList labels;
    QHash<QString, int> labelIndex;
    std::vector<const LabelledExample *> trainExamples;
    std::vector<const LabelledExample *> heldOutOfScope; // out-of-scope training examples, for the threshold
    for (const LabelledExample &e : train.examples) {
        if (e.label == oos && !m_options.trainOutOfScopeClass) {
            heldOutOfScope.push_back(&e);
            continue;
        }
        if (!labelIndex.contains(e.label)) {
            labelIndex.insert(e.label, int(labels.size()));
            labels.append(e.label);
        }
        trainExamples.push_back(&e);
    }
    if (labels.size() < 2)
        throw RoutingError(
            RoutingErrorKind::BadData,
            u"%1: training needs at least two categories, found %2"_s.arg(train.source).arg(labels.size()));
    std::vector<int> y(trainExamples.size());
    for (size_t i = 0; i < trainExamples.size(); ++i)
        y[i] = labelIndex.value(trainExamples[i]->label);

    // Validation: the given set; else out-of-fold scores from a stratified K-fold split of the training data
    // (small data: every example helps calibrate), or from a stratified holdout (large data: one extra fit).
    const int folds = validation ? 0
                                 : (m_options.calibrationFolds > 0
                                        ? m_options.calibrationFolds
                                        : (trainExamples.size() <= size_t(m_options.crossValidateUpTo) ? 5 : 1));
    std::vector<int> foldOf(trainExamples.size(), -1);
    if (!validation) {
        std::vector<std::vector<size_t>> byClass(size_t(labels.size()));
        for (size_t i = 0; i < trainExamples.size(); ++i)
            byClass[size_t(y[i])].push_back(i);
        std::mt19937 rng(m_options.svm.seed);
        for (auto &rows : byClass) {
            std::shuffle(rows.begin(), rows.end(), rng);
            if (folds > 1) {
                for (size_t j = 0; j < rows.size(); ++j)
                    foldOf[rows[j]] = int(j % size_t(folds));
            } else if (rows.size() >= 3) {
                // A class needs examples left to learn from: hold out only from classes with at least 3.
                const size_t take = size_t(std::lround(double(rows.size()) * m_options.holdoutFraction));
                for (size_t j = 0; j < std::min(take, rows.size() - 1); ++j)
                    foldOf[rows[j]] = 0;
            }
        }
        report.calibrationSource =
            folds > 1 ? u"%1-fold cross-validation on the training data"_s.arg(folds)
                      : u"stratified holdout %1% of the training data"_s.arg(m_options.holdoutFraction * 100);
    } else {
        for (const LabelledExample &e : validation->examples) {
            if (e.label != oos && !labelIndex.contains(e.label))
                throw RoutingError(RoutingErrorKind::BadData,
                                   u"%1: validation category '%2' does not occur in the training data"_s.arg(
                                       validation->source, e.label));
        }
        report.calibrationSource = u"validation set (%1)"_s.arg(validation->source);
    }

    // Features. The vocabulary comes from all training texts (held-out ones included: their labels, not their
    // words, are what calibration must not see).
    QElapsedTimer phase;
    phase.start();
    const std::vector<std::vector<uint64_t>> trainTerms =
        extractAll(trainExamples, m_options.features, m_options.svm.threads);
    TfidfVectorizer vectorizer(m_options.features);
    vectorizer.fit(trainTerms);
    std::vector<size_t> allRows(trainExamples.size());
    for (size_t i = 0; i < allRows.size(); ++i)
        allRows[i] = i;
    const SparseMatrix full = rowsOf(vectorizer, trainTerms, allRows);
    std::vector<const LabelledExample *> extraExamples; // validation set, or out-of-scope training examples
    if (validation) {
        for (const LabelledExample &e : validation->examples)
            extraExamples.push_back(&e);
    } else {
        extraExamples = heldOutOfScope;
    }
    const std::vector<std::vector<uint64_t>> extraTerms =
        extractAll(extraExamples, m_options.features, m_options.svm.threads);
    report.featureSeconds = double(phase.nsecsElapsed()) / 1e9;

    const LinearSvmTrainer svm(m_options.svm);
    phase.restart();
    LinearModel finalModel = svm.train(full, y, uint32_t(labels.size()));
    finalModel.roundWeightsToHalf(); // as stored in the blob: the server's answers equal the clients'

    std::vector<const LabelledExample *> valExamples;
    std::vector<std::vector<float>> allScores;
    for (int f = 0; f < std::max(folds, 1) && !validation; ++f) {
        SparseMatrix part;
        part.columns = full.columns;
        std::vector<int> partY;
        for (size_t i = 0; i < trainExamples.size(); ++i) {
            if (foldOf[i] == f)
                continue;
            part.indices.insert(part.indices.end(), full.indices.begin() + std::ptrdiff_t(full.rowStart[i]),
                                full.indices.begin() + std::ptrdiff_t(full.rowStart[i + 1]));
            part.values.insert(part.values.end(), full.values.begin() + std::ptrdiff_t(full.rowStart[i]),
                               full.values.begin() + std::ptrdiff_t(full.rowStart[i + 1]));
            part.rowStart.push_back(part.indices.size());
            partY.push_back(y[i]);
        }
        const LinearModel foldModel = svm.train(part, partY, uint32_t(labels.size()));
        for (size_t i = 0; i < trainExamples.size(); ++i) {
            if (foldOf[i] != f)
                continue;
            valExamples.push_back(trainExamples[i]);
            allScores.push_back(foldModel.scores(vectorizer.transform(trainTerms[i])));
        }
    }
    // The validation set, or the out-of-scope training examples, which no model has learnt from.
    for (size_t i = 0; i < extraExamples.size(); ++i) {
        valExamples.push_back(extraExamples[i]);
        allScores.push_back(finalModel.scores(vectorizer.transform(extraTerms[i])));
    }
    report.svmSeconds = double(phase.nsecsElapsed()) / 1e9;

    // Temperature on the in-scope validation examples, then the threshold on all of them.
    std::vector<std::vector<float>> inScores;
    std::vector<int> inLabels;
    for (size_t i = 0; i < valExamples.size(); ++i) {
        const auto it = labelIndex.constFind(valExamples[i]->label);
        if (it != labelIndex.constEnd()) {
            inScores.push_back(allScores[i]);
            inLabels.push_back(it.value());
        }
    }
    const QString modelOos = m_options.trainOutOfScopeClass && labelIndex.contains(oos) ? oos : QString();
    report.temperature = inScores.empty() ? 1.0 : Calibration::fitTemperature(inScores, inLabels);
    report.validationNll = Calibration::negativeLogLikelihood(inScores, inLabels, report.temperature);
    std::vector<ValidationOutcome> outcomes;
    std::vector<double> conf;
    std::vector<bool> correct;
    for (size_t i = 0; i < valExamples.size(); ++i) {
        const std::vector<double> p = Calibration::probabilities(allScores[i], report.temperature);
        const size_t best = size_t(std::max_element(p.begin(), p.end()) - p.begin());
        const bool isOos = valExamples[i]->label == oos;
        ValidationOutcome o;
        // A prediction of the model's own out-of-scope class counts as "sent to triage": confidence 0.
        o.confidence = (!modelOos.isEmpty() && labels.at(qsizetype(best)) == modelOos) ? 0.0 : p[best];
        o.inScope = !isOos;
        o.correct = !isOos && labels.at(qsizetype(best)) == valExamples[i]->label;
        outcomes.push_back(o);
        if (o.inScope) {
            conf.push_back(p[best]);
            correct.push_back(o.correct);
        }
    }
    report.validationEce = Calibration::expectedCalibrationError(conf, correct);
    report.operatingPoint = outcomes.empty()
                                ? OperatingPoint{}
                                : OperatingPoint::choose(outcomes, m_options.criterion, m_options.targetPrecision,
                                                         m_options.accuracyBudget);

    report.examples = int(trainExamples.size());
    report.classes = int(labels.size());
    report.dimension = vectorizer.dimension();
    report.totalSeconds = double(total.nsecsElapsed()) / 1e9;
    report.cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;

    ModelInfo info;
    info.createdAt = QDateTime::currentDateTimeUtc();
    info.taxonomyId = m_options.taxonomyId;
    info.taxonomyVersion = m_options.taxonomyVersion;
    info.trainedOn = train.source;
    info.trainingExamples = report.examples;
    info.trainingSeconds = report.totalSeconds;
    info.calibrationSource = report.calibrationSource;
    info.calibrationEce = report.validationEce;
    info.svm = m_options.svm;

    TextClassifier classifier;
    classifier.assemble(std::move(vectorizer), std::move(finalModel), labels, report.temperature, report.operatingPoint,
                        modelOos, info);
    classifier.info().versionId = ModelSerializer::contentHash(classifier);
    if (reportOut)
        *reportOut = report;
    return classifier;
}

} // namespace panorama::routing
