#pragma once

#include "core/qa/OffensiveClassifier.h"
#include "core/qa/QaContext.h"
#include "core/qa/QaResult.h"
#include "core/qa/QaRuleSet.h"

#include <QMutex>

#include <memory>

// Checks agent replies against the rule set in force. check() is a pure function of (rules, model, draft,
// context), cheap enough for every keystroke and safe to call from several threads at once; loading rules
// swaps the whole set atomically, and a bad rule file leaves the rules in force untouched.
namespace panorama::qa {

// The pure function behind QaEngine::check(); model may be null.
QaCheckResult checkDraft(const QaRuleSet &rules, const OffensiveClassifier *model, const QString &draft,
                         const QaContext &ctx);
// Scores a finished conversation: every agent message with the context it was written in, plus the
// conversation-level rules.
QaCheckResult reviewConversation(const QaRuleSet &rules, const OffensiveClassifier *model, const QaContext &ctx);

class QaEngine
{
public:
    struct LoadResult
    {
        bool ok = false;
        QStringList errors; // each names the rule and the cause
        QString version;    // the version in force afterwards
    };

    QaEngine();
    // Replaces the rule set when the file is valid; otherwise keeps the current one and reports why.
    LoadResult loadRules(const QByteArray &json);
    LoadResult loadRulesFile(const QString &path);
    // The rules shipped with Panorama (resources/qa/default_rules.json, compiled in).
    LoadResult loadDefaultRules();
    std::shared_ptr<const QaRuleSet> rules() const;

    void setOffensiveModel(std::shared_ptr<const OffensiveClassifier> model);
    // The model shipped with Panorama, trained on the team-written examples (resources/qa/).
    bool loadDefaultOffensiveModel(QString *error);
    std::shared_ptr<const OffensiveClassifier> offensiveModel() const;

    QaCheckResult check(const QString &draft, const QaContext &ctx) const;
    QaCheckResult review(const QaContext &ctx) const;

    static QString defaultRulesResource();
    static QString defaultModelResource();

private:
    LoadResult install(QaRuleSet::ParseResult parsed);

    mutable QMutex m_mutex; // guards the two pointers only; checks run on a snapshot
    std::shared_ptr<const QaRuleSet> m_rules;
    std::shared_ptr<const OffensiveClassifier> m_model;
};

} // namespace panorama::qa
