#pragma once

#include "core/search/SearchDocument.h"

#include <QStringList>

#include <memory>

// Xapian BM25 over the same documents: the comparison baseline of the benchmarks (never in the product).
namespace panorama::bench {

class XapianBaseline final
{
public:
    XapianBaseline();
    ~XapianBaseline();
    // English stemming; Chinese through Xapian's CJK n-gram mode (FLAG_CJK_NGRAM), as a Xapian user would.
    void index(const QList<search::SearchDocument> &documents);
    QStringList search(const QString &query, int limit) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace panorama::bench
