#include "core/qa/ClauseAnalyzer.h"

#include "core/qa/TextNormalizer.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panorama::qa {

namespace {

bool isSentenceEnd(QStringView text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    if (c == u'.') // a decimal point ("3.5 days") does not end a sentence
        return !(i > 0 && i + 1 < text.size() && text[i - 1].isDigit() && text[i + 1].isDigit());
    return c == u'!' || c == u'?' || c == u'\n' || c == 0x3002 /*。*/ || c == 0xFF61 || c == 0x2026 /*…*/;
}

bool isClauseEnd(QStringView text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    return isSentenceEnd(text, i) || c == u',' || c == u';' || c == u':' || c == 0x3001 /*、*/ || c == u'~';
}

bool isCjk(char16_t c)
{
    return c >= 0x3400 && c <= 0x9FFF;
}

} // namespace

bool LinguisticCues::load(const QJsonObject &obj, QString *error)
{
    const QList<QPair<QString, Type>> groups = {{u"negation"_s, Negation},
                                                {u"reported_speech"_s, ReportedSpeech},
                                                {u"condition_markers"_s, ConditionMarker},
                                                {u"policy_conditions"_s, PolicyCondition}};
    for (const auto &[key, type] : groups) {
        const QJsonValue v = obj.value(key);
        if (!v.isUndefined() && !v.isArray()) {
            *error = u"language.%1: expected an array of phrases"_s.arg(key);
            return false;
        }
        for (const QJsonValue &p : v.toArray()) {
            if (!p.isString() || p.toString().isEmpty()) {
                *error = u"language.%1: every entry must be a non-empty string"_s.arg(key);
                return false;
            }
            m_automaton.add(TextNormalizer::fold(p.toString()), int(type));
        }
    }
    m_windowZh = obj.value(u"negation_window_zh").toInt(m_windowZh);
    m_windowEn = obj.value(u"negation_window_en").toInt(m_windowEn);
    m_automaton.build();
    return true;
}

ClauseAnalyzer::ClauseAnalyzer(QStringView original, QStringView folded, const LinguisticCues &cues)
    : m_folded(folded), m_cues(cues)
{
    // Quotation regions. Straight double quotes toggle; curly and CJK quotes pair with their closer.
    // An opener not yet closed (the agent is still typing) quotes up to the end.
    char16_t closer = 0;
    qsizetype open = -1;
    for (qsizetype i = 0; i < original.size(); ++i) {
        const char16_t c = original[i].unicode();
        if (open >= 0) {
            if (c == closer) {
                m_quotes.append({open, i});
                open = -1;
            }
            continue;
        }
        switch (c) {
        case u'"':
        case 0xFF02:
            closer = c;
            break;
        case 0x201C: // “
            closer = 0x201D;
            break;
        case 0x2018: // ‘
            closer = 0x2019;
            break;
        case 0x300C: // 「
            closer = 0x300D;
            break;
        case 0x300E: // 『
            closer = 0x300F;
            break;
        case 0xFE41: // ﹁
            closer = 0xFE42;
            break;
        default:
            continue;
        }
        open = i + 1;
    }
    if (open >= 0)
        m_quotes.append({open, original.size()});

    for (const AhoCorasick::Match &m : cues.automaton().findAll(folded))
        m_found.append({m.start, m.end, LinguisticCues::Type(m.id)});
}

bool ClauseAnalyzer::isQuoted(qsizetype start, qsizetype end) const
{
    for (const Region &r : m_quotes) {
        if (start >= r.start && end <= r.end)
            return true;
    }
    return false;
}

qsizetype ClauseAnalyzer::clauseStart(qsizetype pos) const
{
    for (qsizetype i = pos - 1; i >= 0; --i) {
        if (isClauseEnd(m_folded, i))
            return i + 1;
    }
    return 0;
}

qsizetype ClauseAnalyzer::sentenceStart(qsizetype pos) const
{
    for (qsizetype i = pos - 1; i >= 0; --i) {
        if (isSentenceEnd(m_folded, i))
            return i + 1;
    }
    return 0;
}

qsizetype ClauseAnalyzer::sentenceEnd(qsizetype pos) const
{
    for (qsizetype i = pos; i < m_folded.size(); ++i) {
        if (isSentenceEnd(m_folded, i))
            return i;
    }
    return m_folded.size();
}

bool ClauseAnalyzer::hasCueBefore(LinguisticCues::Type type, qsizetype from, qsizetype pos, qsizetype window) const
{
    for (const Cue &c : m_found) {
        // A cue may overlap the hit's start ("不支持" in "不支持退货" negates "支持退货"), never begin inside it.
        if (c.type == type && c.start >= from && c.start < pos && pos - c.end <= window)
            return true;
    }
    return false;
}

bool ClauseAnalyzer::isNegated(qsizetype start) const
{
    const bool cjk = start < m_folded.size() && isCjk(m_folded[start].unicode());
    return hasCueBefore(LinguisticCues::Negation, clauseStart(start), start, m_cues.negationWindow(cjk));
}

bool ClauseAnalyzer::isReportedSpeech(qsizetype start) const
{
    return hasCueBefore(LinguisticCues::ReportedSpeech, clauseStart(start), start, m_folded.size());
}

bool ClauseAnalyzer::hasCue(LinguisticCues::Type type, qsizetype from, qsizetype to) const
{
    return std::any_of(m_found.begin(), m_found.end(),
                       [&](const Cue &c) { return c.type == type && c.start >= from && c.end <= to; });
}

bool ClauseAnalyzer::isConditional(qsizetype start, qsizetype end) const
{
    const qsizetype from = sentenceStart(start);
    const qsizetype to = sentenceEnd(end);
    return hasCue(LinguisticCues::ConditionMarker, from, to) && hasCue(LinguisticCues::PolicyCondition, from, to);
}

} // namespace panorama::qa
