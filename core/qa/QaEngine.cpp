#include "core/qa/QaEngine.h"

#include "core/qa/ConversationChecker.h"
#include "core/qa/SensitiveDataScanner.h"
#include "core/qa/TextScan.h"

#include <algorithm>

using namespace Qt::StringLiterals;

static void initQaResources()
{
    Q_INIT_RESOURCE(qa_resources);
}

namespace panorama::qa {

namespace {

QaFinding makeFinding(const QaRule &rule, LanguageMask lang, const TextScan &scan, qsizetype start, qsizetype end)
{
    QaFinding f;
    f.ruleId = rule.id;
    f.kind = rule.kind;
    f.severity = rule.severity;
    f.message = rule.messageFor(lang);
    f.suggestion = rule.suggestionFor(lang);
    f.policy = rule.policy;
    f.start = start;
    f.length = end - start;
    f.excerpt = scan.original().mid(start, end - start).toString();
    return f;
}

// Keeps the longest of overlapping hits of one rule, so "保证明天到" and "保证明天一定到" give one finding.
QList<PhraseHit> distinctHits(QList<PhraseHit> hits)
{
    QList<PhraseHit> out;
    for (const PhraseHit &h : hits) {
        if (!out.isEmpty() && h.start < out.last().end) {
            if (h.end - h.start > out.last().end - out.last().start)
                out.last() = h;
            continue;
        }
        out << h;
    }
    return out;
}

void checkPhrases(int r, const QaRule &rule, const QaRuleSet &rules, const TextScan &scan, const QaContext &ctx,
                  QList<QaFinding> &out)
{
    for (const PhraseHit &h : distinctHits(scan.hitsFor(r))) {
        if (h.positive || !scan.saidAsOwn(rule, h))
            continue;
        QString reason;
        if (rule.kind == RuleKind::Promise) {
            if (scan.isConditional(rule, h))
                continue;
            const bool breaks =
                std::any_of(rule.violatesWhen.begin(), rule.violatesWhen.end(),
                            [&](const PolicyCondition &c) { return c.holds(ctx, rules.facts(), &reason); });
            if (!breaks)
                continue;
        }
        QaFinding f = makeFinding(rule, scan.hitLanguage(h), scan, h.start, h.end);
        f.reason = reason;
        out << f;
    }
}

void checkOffensiveModel(const QaRule &rule, const OffensiveClassifier &model, const TextScan &scan,
                         const QList<QaFinding> &lexiconFindings, QList<QaFinding> &out)
{
    // Sentence by sentence: one rude sentence in a long polite reply must not be averaged away.
    const QString &folded = scan.folded();
    qsizetype start = 0;
    while (start < folded.size()) {
        const qsizetype end = scan.analyzer().sentenceEnd(start);
        const qsizetype stop = std::min(end + 1, folded.size());
        const QStringView sentence = scan.original().mid(start, stop - start);
        if (sentence.trimmed().size() >= 2) {
            const bool covered = std::any_of(lexiconFindings.begin(), lexiconFindings.end(), [&](const QaFinding &f) {
                return f.ruleId == rule.id && f.start >= start && f.start < stop;
            });
            const double p = model.probability(sentence);
            if (!covered && p >= rule.threshold) {
                QaFinding f = makeFinding(rule, detectLanguages(sentence), scan, start, stop);
                f.reason =
                    u"offensive-language classifier: p = %1 (threshold %2)"_s.arg(p, 0, 'f', 2).arg(rule.threshold);
                out << f;
            }
        }
        start = stop;
    }
}

} // namespace

QaCheckResult checkDraft(const QaRuleSet &rules, const OffensiveClassifier *model, const QString &draft,
                         const QaContext &ctx)
{
    QaCheckResult result;
    result.rulesVersion = rules.version();
    result.maskedText = draft;
    const TextScan scan(draft, rules,
                        {RuleKind::Promise, RuleKind::Phrase, RuleKind::Offensive, RuleKind::Conversation});
    const QList<SensitiveDataScanner::Hit> sensitive = SensitiveDataScanner::scan(draft, ctx.knownIdentifiers());
    const LanguageMask langs = scan.languages();

    const QList<QaRule> &all = rules.rules();
    for (int r = 0; r < all.size(); ++r) {
        const QaRule &rule = all[r];
        if (!rule.enabled)
            continue;
        switch (rule.kind) {
        case RuleKind::Promise:
        case RuleKind::Phrase:
            if (rule.appliesTo(langs))
                checkPhrases(r, rule, rules, scan, ctx, result.findings);
            break;
        case RuleKind::Offensive: {
            QList<QaFinding> lexicon;
            if (rule.appliesTo(langs))
                checkPhrases(r, rule, rules, scan, ctx, lexicon);
            if (model && !model->isEmpty())
                checkOffensiveModel(rule, *model, scan, lexicon, result.findings);
            result.findings << lexicon;
            break;
        }
        case RuleKind::Sensitive:
            for (const SensitiveDataScanner::Hit &h : sensitive) {
                if (!rule.detectors.contains(h.detector))
                    continue;
                QaFinding f = makeFinding(rule, langs, scan, h.start, h.start + h.length);
                f.excerpt = h.masked; // never the clear number
                f.reason = u"full %1 number in the reply"_s.arg(h.detector);
                result.findings << f;
            }
            break;
        case RuleKind::Conversation:
            break; // below, all conversation rules at once
        }
    }
    result.findings << ConversationChecker(rules, ctx).checkDraft(scan);
    SensitiveDataScanner::applyMasks(result.maskedText, sensitive);
    std::stable_sort(result.findings.begin(), result.findings.end(), [](const QaFinding &a, const QaFinding &b) {
        return a.messageIndex != b.messageIndex ? a.messageIndex < b.messageIndex : a.start < b.start;
    });
    result.blocked = std::any_of(result.findings.begin(), result.findings.end(),
                                 [](const QaFinding &f) { return f.severity == Severity::Critical; });
    return result;
}

QaCheckResult reviewConversation(const QaRuleSet &rules, const OffensiveClassifier *model, const QaContext &ctx)
{
    QaCheckResult result;
    result.rulesVersion = rules.version();
    for (int i = 0; i < ctx.messages.size(); ++i) {
        const QaMessage &m = ctx.messages[i];
        if (m.role != QaMessage::Role::Agent)
            continue;
        // The reply as it was written: the conversation up to it, the clock at its time.
        QaContext at = ctx;
        at.messages = ctx.messages.mid(0, i);
        if (m.at.isValid())
            at.now = m.at;
        at.conversationClosed = false;
        const QaCheckResult one = checkDraft(rules, model, m.text, at);
        for (QaFinding f : one.findings) {
            if (f.kind == RuleKind::Conversation)
                continue; // judged once on the whole conversation below
            f.messageIndex = i;
            result.findings << f;
        }
    }
    result.findings << ConversationChecker(rules, ctx).checkConversation();
    std::stable_sort(result.findings.begin(), result.findings.end(), [](const QaFinding &a, const QaFinding &b) {
        return a.messageIndex != b.messageIndex ? a.messageIndex < b.messageIndex : a.start < b.start;
    });
    result.blocked = std::any_of(result.findings.begin(), result.findings.end(),
                                 [](const QaFinding &f) { return f.severity == Severity::Critical; });
    return result;
}

QaEngine::QaEngine()
{
    initQaResources();
    m_rules = QaRuleSet::parse(R"({"version":"empty","rules":[]})").rules;
}

QaEngine::LoadResult QaEngine::install(QaRuleSet::ParseResult parsed)
{
    QMutexLocker lock(&m_mutex);
    LoadResult r;
    r.errors = parsed.errors;
    r.ok = parsed.rules != nullptr;
    if (r.ok)
        m_rules = std::move(parsed.rules);
    r.version = m_rules->version();
    return r;
}

QaEngine::LoadResult QaEngine::loadRules(const QByteArray &json)
{
    return install(QaRuleSet::parse(json));
}

QaEngine::LoadResult QaEngine::loadRulesFile(const QString &path)
{
    return install(QaRuleSet::parseFile(path));
}

QaEngine::LoadResult QaEngine::loadDefaultRules()
{
    return loadRulesFile(defaultRulesResource());
}

std::shared_ptr<const QaRuleSet> QaEngine::rules() const
{
    QMutexLocker lock(&m_mutex);
    return m_rules;
}

void QaEngine::setOffensiveModel(std::shared_ptr<const OffensiveClassifier> model)
{
    QMutexLocker lock(&m_mutex);
    m_model = std::move(model);
}

bool QaEngine::loadDefaultOffensiveModel(QString *error)
{
    auto model = OffensiveClassifier::load(defaultModelResource(), error);
    if (!model)
        return false;
    setOffensiveModel(std::make_shared<const OffensiveClassifier>(std::move(*model)));
    return true;
}

std::shared_ptr<const OffensiveClassifier> QaEngine::offensiveModel() const
{
    QMutexLocker lock(&m_mutex);
    return m_model;
}

QaCheckResult QaEngine::check(const QString &draft, const QaContext &ctx) const
{
    const auto rules = this->rules();
    const auto model = offensiveModel();
    return checkDraft(*rules, model.get(), draft, ctx);
}

QaCheckResult QaEngine::review(const QaContext &ctx) const
{
    const auto rules = this->rules();
    const auto model = offensiveModel();
    return reviewConversation(*rules, model.get(), ctx);
}

QString QaEngine::defaultRulesResource()
{
    return u":/panorama/qa/default_rules.json"_s;
}

QString QaEngine::defaultModelResource()
{
    return u":/panorama/qa/offensive_seed.model"_s;
}

} // namespace panorama::qa
