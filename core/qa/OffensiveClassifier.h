#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <vector>

// A small offensive-language classifier: hashed character 1–3-grams (plus English word uni/bigrams) of the folded
// text, Naive-Bayes-scaled (NB-LR, after Wang & Manning 2012) and fed to a logistic regression trained with
// AdaGrad. Pure C++ so it runs on every keystroke in microseconds and trains in seconds.
namespace panorama::qa {

class OffensiveClassifier
{
public:
    struct Example
    {
        QString text;
        bool offensive = false;
    };
    struct TrainOptions
    {
        int epochs = 6;
        double learningRate = 0.1;
        double l2 = 1e-7;
        int ngramMax = 3;
        int bucketsLog2 = 20;
        bool nbScaling = true;
        double nbAlpha = 1.0; // Laplace smoothing of the NB log-count ratios
        quint32 seed = 7;
    };

    static OffensiveClassifier train(const QList<Example> &examples, const TrainOptions &options);
    // Probability that the text is offensive; 0 for an empty model.
    double probability(QStringView text) const;
    bool isEmpty() const { return m_weights.empty(); }
    int ngramMax() const { return m_ngramMax; }

    // A text file: one JSON header line, then "bucket weight" lines for the non-zero weights.
    bool save(const QString &path, QString *error) const;
    static std::optional<OffensiveClassifier> load(const QString &path, QString *error);

    // Reads labelled texts: COLD's CSV (label column 0/1, TEXT column), JSON Lines {"text", "offensive"|"label"}
    // or .txt/.tsv lines "label<TAB>text".
    static std::optional<QList<Example>> readExamples(const QString &path, QString *error);

private:
    std::vector<quint32> features(QStringView text) const;

    int m_ngramMax = 4;
    int m_bucketsLog2 = 20;
    float m_bias = 0.0f;
    std::vector<float> m_weights; // effective weights (NB ratios folded in)
};

} // namespace panorama::qa
