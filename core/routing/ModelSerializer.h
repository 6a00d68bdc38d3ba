#pragma once

#include "core/routing/TextClassifier.h"

#include <QByteArray>

namespace panorama::routing {

// Reads and writes the versioned model blob the server trains and syncs to clients:
//   "PNRMODEL" | u32 format | u32 header length | header JSON (labels, taxonomy, calibration, feature config,
//   provenance, payload SHA-256) | zlib payload (sorted term hashes u64, IDF f32, weights f16 feature-major,
//   biases f32; little-endian).
// A reader refuses truncated, corrupted or newer-format blobs with a RoutingError(BadModel) naming the cause.
class ModelSerializer final
{
public:
    static constexpr quint32 FormatVersion = 1;

    static QByteArray serialize(const TextClassifier &classifier);
    static TextClassifier deserialize(const QByteArray &blob, const QString &source = QStringLiteral("model"));

    static void save(const TextClassifier &classifier, const QString &path);
    static TextClassifier load(const QString &path);

    // Only the header (no weights): what a sync client needs to decide whether to download a model.
    static QJsonObject peekHeader(const QByteArray &blob, const QString &source = QStringLiteral("model"));

    // The model's version id: a hash of everything that changes its answers (not of its creation time).
    static QString contentHash(const TextClassifier &classifier);

private:
    static QByteArray rawPayload(const TextClassifier &classifier);
    static QJsonObject behaviourHeader(const TextClassifier &classifier);
};

} // namespace panorama::routing
