#include "core/search/TextEncoder.h"

#include <QtEndian>

#include <cmath>

namespace panorama::search {

float dot(const std::vector<float> &a, const std::vector<float> &b)
{
    const size_t n = std::min(a.size(), b.size());
    float s = 0;
    for (size_t i = 0; i < n; ++i)
        s += a[i] * b[i];
    return s;
}

void normalizeInPlace(std::vector<float> &v)
{
    double s = 0;
    for (float x : v)
        s += double(x) * x;
    if (s <= 0)
        return;
    const float inv = float(1.0 / std::sqrt(s));
    for (float &x : v)
        x *= inv;
}

QString vectorToBase64(const std::vector<float> &v)
{
    QByteArray bytes(qsizetype(v.size() * 4), Qt::Uninitialized);
    for (size_t i = 0; i < v.size(); ++i)
        qToLittleEndian<float>(v[i], bytes.data() + i * 4);
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<std::vector<float>> vectorFromBase64(const QString &text)
{
    const auto result = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray &decoded = result.decoded;
    if (!result || decoded.size() % 4 != 0 || decoded.isEmpty())
        return std::nullopt;
    std::vector<float> v(size_t(decoded.size() / 4));
    for (size_t i = 0; i < v.size(); ++i) {
        v[i] = qFromLittleEndian<float>(decoded.constData() + i * 4);
        if (!std::isfinite(v[i]))
            return std::nullopt;
    }
    return v;
}

} // namespace panorama::search
