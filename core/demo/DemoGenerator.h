#pragma once

#include "core/demo/DemoOptions.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <functional>

namespace panorama::demo {

// What a run produced: rows, bytes and SHA-256 per table, the knowledge-base count and the time it took.
struct DemoSummary
{
    std::array<int64_t, kTableCount> rows{};
    std::array<int64_t, kTableCount> bytes{};
    std::array<QByteArray, kTableCount> sha256;
    int kbEntries = 0;
    QString kbSource; // "embedded", a directory, or "none"
    int partitions = 0;
    double seconds = 0;
    int64_t totalRows() const;
};

// `panoramactl demo-data`: generates the demo retailer's data as JSON Lines (docs/demo-data.md). The customers
// are cut into partitions that threads generate independently from their own random streams; partitions are
// written in order, so the same seed gives byte-identical files whatever the thread count.
class DemoGenerator
{
public:
    static constexpr int kVersion = 1;

    explicit DemoGenerator(const DemoOptions &options);
    // Writes every table file and manifest.json into `dir`. Throws DemoError or KbError with a clear message.
    DemoSummary run(const QString &dir, bool force);
    // Partition count for a customer count (depends on the counts only, never on threads).
    static int partitionCount(int64_t customers);
    static QString validate(const DemoOptions &options); // empty if fine, else why not

private:
    QByteArray manifest(const DemoSummary &summary) const;

    DemoOptions m_options;
};

} // namespace panorama::demo
