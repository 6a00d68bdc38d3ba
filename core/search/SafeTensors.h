#pragma once

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace panorama::search {

// One tensor of a .safetensors file, converted to float (F32, F16, BF16, F64, I64, I32, I8 are read).
struct Tensor
{
    std::vector<qint64> shape;
    std::vector<float> values; // row-major
    qint64 rows() const { return shape.empty() ? 0 : shape.front(); }
    qint64 columns() const { return shape.size() < 2 ? 1 : shape.back(); }
};

// Reads the safetensors format (8-byte little-endian header length, a JSON header of dtype/shape/offsets,
// then the raw data), checking every offset against the file so a damaged file is an error, never a crash.
class SafeTensors final
{
public:
    static std::optional<SafeTensors> load(const QString &path, QString *error);
    bool contains(const QString &name) const { return m_tensors.contains(name); }
    const Tensor *tensor(const QString &name) const;
    QStringList names() const { return m_tensors.keys(); }

private:
    QHash<QString, Tensor> m_tensors;
};

} // namespace panorama::search
