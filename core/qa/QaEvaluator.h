#pragma once

#include "core/qa/QaEngine.h"

#include <QHash>
#include <QJsonObject>

// Scores the engine on a labelled set of replies (JSON Lines: text, context, expected rule kinds) and reports
// precision, recall and F1 per rule kind, so a rule change can be judged by numbers, not by anecdotes.
namespace panorama::qa {

class QaEvaluator
{
public:
    struct Counts
    {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        double precision() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
        double recall() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
        double f1() const;
    };
    struct Mismatch
    {
        QString id;
        QString text;
        QStringList expected;
        QStringList predicted;
        QStringList rules; // ids that fired
    };
    struct Report
    {
        int items = 0;
        int exact = 0; // predicted kind set == expected kind set
        QHash<RuleKind, Counts> byKind;
        QHash<QString, Counts> byLanguage; // zh-Hans / zh-Hant / en: all kinds together
        Counts micro;
        QList<Mismatch> mismatches;
        QJsonObject toJson(bool withMismatches) const;
    };

    // Each line: {"id", "lang", "split", "text", "context": {...}, "expected": ["promise", ...]}.
    // split: only lines whose "split" equals it (empty: all lines).
    static std::optional<Report> evaluate(const QaEngine &engine, const QString &path, QString *error,
                                          const QString &split = {});
};

} // namespace panorama::qa
