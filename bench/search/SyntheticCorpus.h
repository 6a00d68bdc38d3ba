#pragma once

#include "core/search/SearchDocument.h"

#include <QList>
#include <QStringList>

// Deterministic synthetic bilingual KB articles and resolved cases for the speed benchmark: topic words,
// products, colours and numbers drawn from a seeded generator, Chinese and English half and half.
namespace panorama::bench {

QList<search::SearchDocument> syntheticArticles(int count, quint64 seed);
QList<search::SearchDocument> syntheticCases(int count, quint64 seed);
QStringList syntheticQueries(int count, quint64 seed);

} // namespace panorama::bench
