#include "core/qa/TextScan.h"

#include "core/qa/TextNormalizer.h"

#include <algorithm>

namespace panorama::qa {

TextScan::TextScan(QStringView original, const QaRuleSet &rules, const QList<RuleKind> &patternKinds)
    : m_original(original), m_folded(TextNormalizer::fold(original)), m_languages(detectLanguages(original)),
      m_analyzer(original, m_folded, rules.cues())
{
    struct Span
    {
        int rule;
        qsizetype start;
        qsizetype end;
    };
    QList<Span> exceptions;
    const QList<QaRule> &all = rules.rules();
    for (const AhoCorasick::Match &m : rules.phraseAutomaton().findAll(m_folded)) {
        const int rule = QaRuleSet::decodeRule(m.id);
        if (!all[rule].enabled)
            continue;
        switch (QaRuleSet::decodeEntry(m.id)) {
        case 0:
            m_hits.append({rule, m.start, m.end, false});
            break;
        case 1:
            exceptions.append({rule, m.start, m.end});
            break;
        case 3:
            m_conditions.append({rule, m.start, m.end, false});
            break;
        default:
            m_hits.append({rule, m.start, m.end, true});
            break;
        }
    }
    for (qsizetype r = 0; r < all.size(); ++r) {
        const QaRule &rule = all[r];
        if (rule.patterns.isEmpty() || !rule.enabled || !patternKinds.contains(rule.kind) ||
            !rule.appliesTo(m_languages))
            continue;
        for (const QRegularExpression &re : rule.patterns) {
            QRegularExpressionMatchIterator it = re.globalMatch(m_folded);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                if (match.capturedLength() > 0)
                    m_hits.append({int(r), match.capturedStart(), match.capturedEnd(), false});
            }
        }
    }
    if (!exceptions.isEmpty()) {
        m_hits.removeIf([&](const PhraseHit &h) {
            return std::any_of(exceptions.begin(), exceptions.end(),
                               [&](const Span &e) { return e.rule == h.rule && e.start <= h.start && e.end >= h.end; });
        });
    }
    std::sort(m_hits.begin(), m_hits.end(), [](const PhraseHit &a, const PhraseHit &b) {
        return a.rule != b.rule ? a.rule < b.rule : a.start != b.start ? a.start < b.start : a.end > b.end;
    });
}

QList<PhraseHit> TextScan::hitsFor(int rule) const
{
    QList<PhraseHit> out;
    for (const PhraseHit &h : m_hits) {
        if (h.rule == rule)
            out << h;
    }
    return out;
}

bool TextScan::saidAsOwn(const QaRule &rule, const PhraseHit &hit) const
{
    if (rule.quotable && (m_analyzer.isQuoted(hit.start, hit.end) || m_analyzer.isReportedSpeech(hit.start)))
        return false;
    if (rule.negatable && m_analyzer.isNegated(hit.start))
        return false;
    return true;
}

bool TextScan::isConditional(const QaRule &rule, const PhraseHit &hit) const
{
    if (!rule.conditionalExempt)
        return false;
    if (rule.exemptConditions.isEmpty())
        return m_analyzer.isConditional(hit.start, hit.end);
    const qsizetype from = m_analyzer.sentenceStart(hit.start);
    const qsizetype to = m_analyzer.sentenceEnd(hit.end);
    const bool condition = std::any_of(m_conditions.begin(), m_conditions.end(), [&](const PhraseHit &c) {
        return c.rule == hit.rule && c.start >= from && c.end <= to;
    });
    // A rule's own condition words ("faulty", "质量问题") are specific enough on their own.
    return condition;
}

LanguageMask TextScan::hitLanguage(const PhraseHit &hit) const
{
    const LanguageMask l = detectLanguages(m_original.mid(hit.start, hit.end - hit.start));
    return l ? l : m_languages;
}

} // namespace panorama::qa
