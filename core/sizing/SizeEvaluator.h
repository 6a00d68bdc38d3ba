#pragma once

#include "core/sizing/BodySizeModel.h"
#include "core/sizing/SizeDataset.h"
#include "core/sizing/SizeMetrics.h"

#include <QJsonObject>

namespace panorama::sizing {

struct EvaluationOptions
{
    quint64 seed = 0;
    int folds = 0;             // 0: one seeded split; >= 2: k-fold cross-validation
    double testFraction = 0.2; // for the split
    BodyModelOptions model;    // model.seed is derived from `seed` for each fold
};

// What `panoramactl size eval` prints: the learned model and the 5 cm x 5 kg cell baseline measured on the same
// held-out rows in the same run, so the comparison is like for like.
struct EvaluationReport
{
    QString scheme; // "split" or "kfold"
    quint64 seed = 0;
    int folds = 0;
    int rows = 0;
    int droppedMissing = 0;
    int droppedUnknownSize = 0;
    QStringList labels;
    SizeMetrics model;
    SizeMetrics modelUncalibrated; // the same answers with the raw tree probability as confidence
    SizeMetrics baseline;
    double meanRounds = 0;
    double trainSeconds = 0;

    QJsonObject toJson() const;
};

class SizeEvaluator
{
public:
    // Throws SizingError(InvalidData) when there are too few rows for the requested scheme.
    static EvaluationReport run(const SizeDataset &data, const EvaluationOptions &options);
};

} // namespace panorama::sizing
