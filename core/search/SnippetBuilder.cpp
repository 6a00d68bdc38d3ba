#include "core/search/SnippetBuilder.h"

#include <QRegularExpression>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace panorama::search {

SnippetBuilder::SnippetBuilder(const Analyzer &analyzer, const QSet<QString> &queryTerms, int width)
    : m_analyzer(analyzer), m_terms(queryTerms), m_width(width)
{}

QString SnippetBuilder::plainText(const QString &markdown)
{
    static const QRegularExpression link(u"!?\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression heading(u"(?m)^\\s{0,3}#{1,6}\\s*"_s);
    static const QRegularExpression bullet(u"(?m)^\\s*(?:[-*+]|\\d+[.)])\\s+"_s);
    static const QRegularExpression emphasis(u"[*_`~]{1,3}"_s);
    static const QRegularExpression table(u"(?m)^\\s*\\|?[-:| ]{3,}\\|?\\s*$"_s);
    static const QRegularExpression spaces(u"\\s+"_s);
    QString t = markdown;
    t.replace(link, u"\\1"_s);
    t.replace(table, u" "_s);
    t.replace(heading, QString());
    t.replace(bullet, QString());
    t.replace(emphasis, QString());
    t.replace(u'|', u' ');
    t.replace(spaces, u" "_s);
    return t.trimmed();
}

QList<HighlightSpan> SnippetBuilder::matches(const QString &text, QList<QString> *terms) const
{
    QList<HighlightSpan> spans;
    const QList<Token> tokens = m_analyzer.analyze(text);
    for (const Token &t : tokens) {
        if (!m_terms.contains(t.term))
            continue;
        spans.append({t.start, t.end - t.start});
        if (terms)
            terms->append(t.term);
    }
    // Sort and merge overlapping spans (bigrams overlap by one character).
    QList<int> order(spans.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return spans[a].start < spans[b].start; });
    QList<HighlightSpan> merged;
    QList<QString> mergedTerms;
    for (int i : order) {
        const HighlightSpan s = spans[i];
        if (!merged.isEmpty() && s.start <= merged.last().start + merged.last().length) {
            HighlightSpan &m = merged.last();
            m.length = std::max(m.start + m.length, s.start + s.length) - m.start;
            if (terms)
                mergedTerms.last() += u' ' + (*terms)[i];
        } else {
            merged.append(s);
            if (terms)
                mergedTerms.append((*terms)[i]);
        }
    }
    if (terms)
        *terms = mergedTerms;
    return merged;
}

QList<HighlightSpan> SnippetBuilder::highlight(const QString &text) const
{
    return matches(text, nullptr);
}

QString SnippetBuilder::snippet(const QString &textIn, QList<HighlightSpan> *highlights) const
{
    // The snippet comes from the beginning of long documents: analysing 100 kB per hit would cost more than
    // the search itself, and the answer to a question is rarely in the tail of a long article.
    constexpr int kMaxAnalysed = 4000;
    QString text = plainText(textIn.size() > kMaxAnalysed * 2 ? textIn.left(kMaxAnalysed * 2) : textIn);
    if (text.size() > kMaxAnalysed)
        text.truncate(kMaxAnalysed);
    QList<QString> terms;
    const QList<HighlightSpan> spans = matches(text, &terms);
    int bestStart = 0, bestScore = -1;
    // The window starting near each match that covers the most distinct query terms.
    for (int i = 0; i < spans.size(); ++i) {
        QSet<QString> distinct;
        for (int j = i; j < spans.size() && spans[j].start + spans[j].length <= spans[i].start + m_width; ++j)
            for (const QString &t : terms[j].split(u' '))
                distinct.insert(t);
        if (int(distinct.size()) > bestScore) {
            bestScore = int(distinct.size());
            bestStart = spans[i].start;
        }
    }
    int start = std::max(0, bestStart - m_width / 5);
    if (start > 0) {
        // Prefer to begin at a sentence or word boundary close before the match.
        for (int k = bestStart - 1; k >= start; --k) {
            const QChar c = text.at(k);
            if (c == u'。' || c == u'.' || c == u'!' || c == u'?' || c == u'！' || c == u'？' || c == u'\n') {
                start = k + 1;
                break;
            }
        }
    }
    if (text.size() - start < m_width)
        start = std::max(0, int(text.size()) - m_width);
    while (start > 0 && start < text.size() && text.at(start).isLowSurrogate())
        --start;
    int end = std::min(int(text.size()), start + m_width);
    if (end < text.size() && text.at(end).isLowSurrogate())
        ++end;
    const QString prefix = start > 0 ? u"…"_s : QString();
    const QString suffix = end < text.size() ? u"…"_s : QString();
    QString out = prefix + text.mid(start, end - start).trimmed() + suffix;
    if (highlights) {
        highlights->clear();
        // trimmed() may drop leading spaces: measure them to keep offsets right.
        int leadingSpaces = 0;
        while (start + leadingSpaces < end && text.at(start + leadingSpaces).isSpace())
            ++leadingSpaces;
        for (const HighlightSpan &s : spans) {
            if (s.start >= start + leadingSpaces && s.start + s.length <= end)
                highlights->append({int(prefix.size()) + s.start - start - leadingSpaces, s.length});
        }
    }
    return out;
}

} // namespace panorama::search
