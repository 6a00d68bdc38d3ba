#pragma once

#include <QJsonObject>

namespace panorama::routing {

// How ticket text becomes a feature vector. Stored inside every model so that the client that classifies
// computes exactly the features the server trained on.
struct FeatureConfig
{
    int wordMinN = 1; // word n-grams (Latin words; each Han character is a word)
    int wordMaxN = 2;
    int charMinN = 2; // character n-grams inside word boundaries, padded with a space
    int charMaxN = 5;
    bool charAcrossWords = true; // also character n-grams across word boundaries ("where is my" → "e is m")
    bool stemWords = true;       // Snowball English stems instead of Latin words in word n-grams
    bool sublinearTf = false;    // 1 + ln(tf) instead of raw counts (raw measured better on CLINC150)
    int minDf = 1;               // drop terms seen in fewer training texts (smaller model)
    double wordWeight = 1.0;     // each block is L2-normalised on its own, then scaled
    double charWeight = 1.0;
    bool traditionalToSimplified = true;

    QJsonObject toJson() const;
    // Throws RoutingError(BadModel) naming the field when a value is out of range.
    static FeatureConfig fromJson(const QJsonObject &obj);
};

} // namespace panorama::routing
