#include "core/search/SafeTensors.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <cstring>

using namespace Qt::StringLiterals;

namespace panorama::search {

namespace {

constexpr qint64 kMaxHeader = 100LL * 1024 * 1024;

float halfToFloat(quint16 h)
{
    const quint32 sign = quint32(h & 0x8000) << 16;
    quint32 exp = (h >> 10) & 0x1F;
    quint32 mant = h & 0x3FF;
    quint32 bits;
    if (exp == 0) {
        if (mant == 0) {
            bits = sign;
        } else { // subnormal: normalise
            exp = 127 - 15 + 1;
            while (!(mant & 0x400)) {
                mant <<= 1;
                --exp;
            }
            mant &= 0x3FF;
            bits = sign | (exp << 23) | (mant << 13);
        }
    } else if (exp == 31) {
        bits = sign | 0x7F800000 | (mant << 13);
    } else {
        bits = sign | ((exp + 127 - 15) << 23) | (mant << 13);
    }
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

int dtypeSize(const QString &dtype)
{
    if (dtype == u"F32"_s || dtype == u"I32"_s)
        return 4;
    if (dtype == u"F16"_s || dtype == u"BF16"_s)
        return 2;
    if (dtype == u"F64"_s || dtype == u"I64"_s)
        return 8;
    if (dtype == u"I8"_s || dtype == u"U8"_s)
        return 1;
    return 0;
}

float readValue(const char *p, const QString &dtype)
{
    if (dtype == u"F32"_s)
        return qFromLittleEndian<float>(p);
    if (dtype == u"F16"_s)
        return halfToFloat(qFromLittleEndian<quint16>(p));
    if (dtype == u"BF16"_s) {
        const quint32 bits = quint32(qFromLittleEndian<quint16>(p)) << 16;
        float f;
        std::memcpy(&f, &bits, 4);
        return f;
    }
    if (dtype == u"F64"_s)
        return float(qFromLittleEndian<double>(p));
    if (dtype == u"I64"_s)
        return float(qFromLittleEndian<qint64>(p));
    if (dtype == u"I32"_s)
        return float(qFromLittleEndian<qint32>(p));
    if (dtype == u"I8"_s)
        return float(*reinterpret_cast<const qint8 *>(p));
    return float(*reinterpret_cast<const quint8 *>(p));
}

} // namespace

const Tensor *SafeTensors::tensor(const QString &name) const
{
    const auto it = m_tensors.constFind(name);
    return it == m_tensors.constEnd() ? nullptr : &*it;
}

std::optional<SafeTensors> SafeTensors::load(const QString &path, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<SafeTensors> {
        if (error)
            *error = u"%1: %2"_s.arg(path, message);
        return std::nullopt;
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(u"cannot open (%1)"_s.arg(f.errorString()));
    const QByteArray bytes = f.readAll();
    if (bytes.size() < 8)
        return fail(u"too short to be a safetensors file"_s);
    const qint64 headerLen = qFromLittleEndian<qint64>(bytes.constData());
    if (headerLen <= 0 || headerLen > kMaxHeader || 8 + headerLen > bytes.size())
        return fail(u"header length %1 does not fit the file (%2 bytes)"_s.arg(headerLen).arg(bytes.size()));
    QJsonParseError pe;
    const QJsonDocument header = QJsonDocument::fromJson(bytes.mid(8, headerLen), &pe);
    if (pe.error != QJsonParseError::NoError || !header.isObject())
        return fail(u"header is not a JSON object (%1)"_s.arg(pe.errorString()));
    const char *data = bytes.constData() + 8 + headerLen;
    const qint64 dataLen = bytes.size() - 8 - headerLen;
    SafeTensors st;
    const QJsonObject obj = header.object();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (it.key() == u"__metadata__"_s)
            continue;
        const QJsonObject t = it.value().toObject();
        const QString dtype = t.value(u"dtype"_s).toString();
        const int size = dtypeSize(dtype);
        if (size == 0)
            return fail(u"tensor '%1' has unsupported dtype '%2'"_s.arg(it.key(), dtype));
        Tensor tensor;
        qint64 count = 1;
        for (const QJsonValue &d : t.value(u"shape"_s).toArray()) {
            const qint64 n = qint64(d.toDouble(-1));
            if (n < 0 || n > (qint64(1) << 32))
                return fail(u"tensor '%1' has an invalid shape"_s.arg(it.key()));
            tensor.shape.push_back(n);
            count *= n;
        }
        const QJsonArray offsets = t.value(u"data_offsets"_s).toArray();
        const qint64 begin = qint64(offsets.at(0).toDouble(-1)), end = qint64(offsets.at(1).toDouble(-1));
        if (offsets.size() != 2 || begin < 0 || end < begin || end > dataLen)
            return fail(u"tensor '%1' has data offsets outside the file"_s.arg(it.key()));
        if (end - begin != count * size)
            return fail(u"tensor '%1': %2 bytes for shape of %3 values of %4"_s.arg(it.key())
                            .arg(end - begin)
                            .arg(count)
                            .arg(dtype));
        tensor.values.resize(size_t(count));
        for (qint64 i = 0; i < count; ++i)
            tensor.values[size_t(i)] = readValue(data + begin + i * size, dtype);
        st.m_tensors.insert(it.key(), std::move(tensor));
    }
    return st;
}

} // namespace panorama::search
