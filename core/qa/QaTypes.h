#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The small vocabularies every part of quality inspection shares: severities, rule kinds, languages.
namespace panorama::qa {

enum class Severity
{
    Info,
    Warning,
    Critical
};
enum class RuleKind
{
    Promise,
    Phrase,
    Sensitive,
    Conversation,
    Offensive
};

QString toString(Severity s);
QString toString(RuleKind k);
std::optional<Severity> severityFromString(QStringView s);
std::optional<RuleKind> ruleKindFromString(QStringView s);
// All rule kinds in a stable order (for evaluation tables).
const QList<RuleKind> &allRuleKinds();

// Languages a rule applies to. Chinese covers Simplified and Traditional: text is folded before matching.
enum Language : unsigned
{
    Chinese = 1,
    English = 2
};
using LanguageMask = unsigned;
// Which languages a text contains (CJK ideographs → Chinese, Latin letters → English).
LanguageMask detectLanguages(QStringView text);

} // namespace panorama::qa
