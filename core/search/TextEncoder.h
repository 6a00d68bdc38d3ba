#pragma once

#include "core/search/Analyzer.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace panorama::search {

// Turns text into a dense, L2-normalised vector for meaning-based retrieval. Implementations: the built-in
// LsaEncoder (trained on the local corpus, no downloaded weights) and Model2VecEncoder (static embeddings
// from model.safetensors + tokenizer.json). The remote /v1/embeddings encoder is asynchronous and lives in
// RemoteEmbeddingClient; its vectors reach the index through sync. encode() is const and thread-safe.
class TextEncoder
{
public:
    virtual ~TextEncoder() = default;
    // Identifies the vector space: vectors of different names never mix ("lsa", "model2vec:potion-base-8M").
    virtual QString name() const = 0;
    virtual int dimension() const = 0;
    // A unit vector, or all zeros when the encoder knows nothing of the text.
    virtual std::vector<float> encode(QStringView text) const = 0;
    // Same, reusing tokens the caller already has (tokens from Analyzer::analyze with allHanUnigrams).
    virtual std::vector<float> encodeTokens(QStringView text, const QList<Token> &tokens) const
    {
        Q_UNUSED(tokens);
        return encode(text);
    }
    // Whether encodeTokens() uses the tokens (so the caller should analyse with allHanUnigrams).
    virtual bool usesAnalyzerTokens() const { return false; }
};

float dot(const std::vector<float> &a, const std::vector<float> &b);
void normalizeInPlace(std::vector<float> &v);
// Vectors in sync payloads: little-endian float32, Base64. nullopt when the text is not such a vector.
QString vectorToBase64(const std::vector<float> &v);
std::optional<std::vector<float>> vectorFromBase64(const QString &text);

} // namespace panorama::search
