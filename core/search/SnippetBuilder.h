#pragma once

#include "core/search/Analyzer.h"
#include "core/search/SearchTypes.h"

#include <QSet>

namespace panorama::search {

// Picks the part of a document that best shows why it matched, and the spans to highlight: words whose
// analyser terms are among the query's terms — so a query for 码数 also highlights 尺码 (same concept) and a
// Traditional query highlights the Simplified text. Markdown markup is removed first.
class SnippetBuilder final
{
public:
    SnippetBuilder(const Analyzer &analyzer, const QSet<QString> &queryTerms, int width = 160);

    // The best window of `text`, with "…" where it was cut, and the highlights inside it.
    QString snippet(const QString &text, QList<HighlightSpan> *highlights) const;
    // Highlights over the whole of a short text (a title).
    QList<HighlightSpan> highlight(const QString &text) const;

    static QString plainText(const QString &markdown);

private:
    QList<HighlightSpan> matches(const QString &text, QList<QString> *terms) const;

    const Analyzer &m_analyzer;
    QSet<QString> m_terms;
    int m_width;
};

} // namespace panorama::search
