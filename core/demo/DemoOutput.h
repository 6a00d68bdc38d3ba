#pragma once

#include "core/demo/DemoOptions.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <array>
#include <memory>
#include <stdexcept>

namespace panorama::demo {

class DemoError : public std::runtime_error
{
public:
    explicit DemoError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// The output directory of a demo run. Each table is written to a hidden ".<table>.jsonl.part" file while its
// SHA-256 is computed on the fly; finish() renames them to "<table>.jsonl" and writes manifest.json last, so an
// interrupted run never leaves files that look complete (and the destructor removes the partial ones).
class DemoOutput
{
public:
    // Refuses a directory that is not empty unless `force` (then a stale manifest.json is removed first).
    DemoOutput(const QString &dir, bool force);
    ~DemoOutput();
    DemoOutput(const DemoOutput &) = delete;
    DemoOutput &operator=(const DemoOutput &) = delete;

    void append(Table table, const QByteArray &bytes, int64_t rows);
    // Renames the parts into place and writes the manifest (built from the per-table figures by the caller).
    void finish(const QByteArray &manifestJson);

    int64_t rows(Table t) const { return m_rows[size_t(t)]; }
    int64_t bytes(Table t) const { return m_bytes[size_t(t)]; }
    QByteArray sha256Hex(Table t) const { return m_sha[size_t(t)]; }
    QString fileName(Table t) const;
    const QString &dir() const { return m_dir; }
    // Closes the parts and fixes their digests; call before reading sha256Hex().
    void seal();

private:
    QString partPath(Table t) const;

    QString m_dir;
    std::array<std::unique_ptr<QFile>, kTableCount> m_files;
    std::array<void *, kTableCount> m_hash{}; // EVP_MD_CTX*
    std::array<int64_t, kTableCount> m_rows{};
    std::array<int64_t, kTableCount> m_bytes{};
    std::array<QByteArray, kTableCount> m_sha;
    bool m_finished = false;
};

} // namespace panorama::demo
