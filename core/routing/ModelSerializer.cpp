#include "core/routing/ModelSerializer.h"

#include "core/routing/RoutingError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFloat16>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtEndian>

#include <cstring>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace panorama::routing {

namespace {

constexpr char Magic[8] = {'P', 'N', 'R', 'M', 'O', 'D', 'E', 'L'};

// Values travel little-endian whatever the host; T is 4 or 8 bytes (floats are swapped as their bit pattern).
template <typename T>
using BitsOf = std::conditional_t<sizeof(T) == 8, quint64, std::conditional_t<sizeof(T) == 4, quint32, quint16>>;

template <typename T> void appendLittleEndian(QByteArray &out, const std::vector<T> &values)
{
    const qsizetype start = out.size();
    out.resize(start + qsizetype(values.size() * sizeof(T)));
    qToLittleEndian<BitsOf<T>>(values.data(), qsizetype(values.size()), out.data() + start);
}

template <typename T> std::vector<T> readLittleEndian(const char *&src, size_t count)
{
    std::vector<T> values(count);
    qFromLittleEndian<BitsOf<T>>(src, qsizetype(count), values.data());
    src += count * sizeof(T);
    return values;
}

[[noreturn]] void badModel(const QString &source, const QString &cause)
{
    throw RoutingError(RoutingErrorKind::BadModel, u"%1: %2"_s.arg(source, cause));
}

} // namespace

QJsonObject ModelSerializer::behaviourHeader(const TextClassifier &c)
{
    return {{u"labels"_s, QJsonArray::fromStringList(c.labels())},
            {u"outOfScopeLabel"_s, c.outOfScopeLabel()},
            {u"temperature"_s, c.temperature()},
            {u"operatingPoint"_s, c.operatingPoint().toJson()},
            {u"features"_s, c.featureConfig().toJson()},
            {u"dimension"_s, qint64(c.vectorizer().dimension())},
            {u"classes"_s, qint64(c.model().classes())}};
}

QByteArray ModelSerializer::rawPayload(const TextClassifier &c)
{
    QByteArray raw;
    raw.reserve(qsizetype(c.vectorizer().dimension()) * (12 + 2 * qsizetype(c.model().classes())));
    appendLittleEndian(raw, c.vectorizer().terms());
    appendLittleEndian(raw, c.vectorizer().idf());
    const std::vector<float> &w = c.model().weights();
    std::vector<qfloat16> half(w.size());
    qFloatToFloat16(half.data(), w.data(), qsizetype(w.size()));
    std::vector<quint16> bits(w.size());
    std::memcpy(bits.data(), static_cast<const void *>(half.data()), bits.size() * 2);
    appendLittleEndian(raw, bits);
    appendLittleEndian(raw, c.model().biases());
    return raw;
}

QString ModelSerializer::contentHash(const TextClassifier &c)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QJsonDocument(behaviourHeader(c)).toJson(QJsonDocument::Compact));
    h.addData(rawPayload(c));
    return QString::fromLatin1(h.result().toHex().left(16));
}

QByteArray ModelSerializer::serialize(const TextClassifier &c)
{
    if (!c.isTrained())
        throw RoutingError(RoutingErrorKind::Misuse, u"cannot serialise an untrained classifier"_s);
    const QByteArray raw = rawPayload(c);
    const QByteArray payload = qCompress(raw, 6);
    QJsonObject header = behaviourHeader(c);
    header.insert(u"format"_s, qint64(FormatVersion));
    header.insert(u"info"_s, c.info().toJson());
    header.insert(u"payloadSha256"_s,
                  QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex()));
    header.insert(u"payloadBytes"_s, qint64(payload.size()));
    const QByteArray headerJson = QJsonDocument(header).toJson(QJsonDocument::Compact);

    QByteArray blob(Magic, 8);
    const quint32 format = qToLittleEndian(FormatVersion);
    const quint32 headerLength = qToLittleEndian(quint32(headerJson.size()));
    blob.append(reinterpret_cast<const char *>(&format), 4);
    blob.append(reinterpret_cast<const char *>(&headerLength), 4);
    blob.append(headerJson);
    blob.append(payload);
    return blob;
}

QJsonObject ModelSerializer::peekHeader(const QByteArray &blob, const QString &source)
{
    if (blob.size() < 16 || std::memcmp(blob.constData(), Magic, 8) != 0)
        badModel(source, u"not a Panorama routing model (bad magic)"_s);
    const quint32 format = qFromLittleEndian<quint32>(blob.constData() + 8);
    if (format > FormatVersion)
        badModel(source,
                 u"model format %1 is newer than this Panorama understands (%2); update Panorama"_s.arg(format).arg(
                     FormatVersion));
    if (format == 0)
        badModel(source, u"model format 0 is invalid"_s);
    const quint32 headerLength = qFromLittleEndian<quint32>(blob.constData() + 12);
    if (qsizetype(headerLength) > blob.size() - 16)
        badModel(source, u"truncated header"_s);
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(blob.mid(16, headerLength), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        badModel(source, u"unreadable header (%1)"_s.arg(err.errorString()));
    return doc.object();
}

TextClassifier ModelSerializer::deserialize(const QByteArray &blob, const QString &source)
{
    const QJsonObject header = peekHeader(blob, source);
    const quint32 headerLength = qFromLittleEndian<quint32>(blob.constData() + 12);
    const QByteArray payload = blob.mid(16 + qsizetype(headerLength));
    if (payload.size() != header.value(u"payloadBytes"_s).toInteger(-1))
        badModel(source, u"truncated payload (%1 of %2 bytes)"_s.arg(payload.size())
                             .arg(header.value(u"payloadBytes"_s).toInteger()));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
    if (sha != header.value(u"payloadSha256"_s).toString())
        badModel(source, u"payload checksum mismatch (corrupted in transfer or on disk)"_s);

    QStringList labels;
    for (const QJsonValue &v : header.value(u"labels"_s).toArray())
        labels.append(v.toString());
    const qint64 dimension = header.value(u"dimension"_s).toInteger(-1);
    const qint64 classes = header.value(u"classes"_s).toInteger(-1);
    if (dimension < 0 || classes != labels.size() || classes < 2)
        badModel(source, u"header sizes are inconsistent"_s);
    const QByteArray raw = qUncompress(payload);
    const size_t d = size_t(dimension);
    const size_t k = size_t(classes);
    if (size_t(raw.size()) != d * 12 + d * k * 2 + k * 4)
        badModel(source, u"payload size does not match the header"_s);

    const char *p = raw.constData();
    std::vector<uint64_t> terms = readLittleEndian<uint64_t>(p, d);
    std::vector<float> idf = readLittleEndian<float>(p, d);
    const std::vector<quint16> bits = readLittleEndian<quint16>(p, d * k);
    std::vector<qfloat16> half(bits.size());
    std::memcpy(static_cast<void *>(half.data()), bits.data(), bits.size() * 2); // qfloat16 is 16 plain bits
    std::vector<float> weights(half.size());
    qFloatFromFloat16(weights.data(), half.data(), qsizetype(half.size()));
    std::vector<float> bias = readLittleEndian<float>(p, k);

    const FeatureConfig config = FeatureConfig::fromJson(header.value(u"features"_s).toObject());
    TfidfVectorizer vectorizer;
    vectorizer.restore(config, std::move(terms), std::move(idf));
    LinearModel model;
    model.restore(uint32_t(d), uint32_t(k), std::move(weights), std::move(bias));

    TextClassifier c;
    c.assemble(std::move(vectorizer), std::move(model), labels, header.value(u"temperature"_s).toDouble(),
               OperatingPoint::fromJson(header.value(u"operatingPoint"_s).toObject()),
               header.value(u"outOfScopeLabel"_s).toString(), ModelInfo::fromJson(header.value(u"info"_s).toObject()));
    const QString recorded = c.info().versionId;
    if (!recorded.isEmpty() && recorded != contentHash(c))
        badModel(source, u"version id %1 does not match the model's content"_s.arg(recorded));
    return c;
}

void ModelSerializer::save(const TextClassifier &classifier, const QString &path)
{
    const QByteArray blob = serialize(classifier);
    QSaveFile f(path); // written beside and renamed: a failed save never leaves half a model
    if (!f.open(QIODevice::WriteOnly) || f.write(blob) != blob.size() || !f.commit())
        throw RoutingError(RoutingErrorKind::Io, u"cannot write model %1: %2"_s.arg(path, f.errorString()));
}

TextClassifier ModelSerializer::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw RoutingError(RoutingErrorKind::Io, u"cannot read model %1: %2"_s.arg(path, f.errorString()));
    return deserialize(f.readAll(), path);
}

} // namespace panorama::routing
