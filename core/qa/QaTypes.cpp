#include "core/qa/QaTypes.h"

using namespace Qt::StringLiterals;

namespace panorama::qa {

QString toString(Severity s)
{
    switch (s) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Critical:
        return u"critical"_s;
    }
    return {};
}

QString toString(RuleKind k)
{
    switch (k) {
    case RuleKind::Promise:
        return u"promise"_s;
    case RuleKind::Phrase:
        return u"phrase"_s;
    case RuleKind::Sensitive:
        return u"sensitive"_s;
    case RuleKind::Conversation:
        return u"conversation"_s;
    case RuleKind::Offensive:
        return u"offensive"_s;
    }
    return {};
}

std::optional<Severity> severityFromString(QStringView s)
{
    for (Severity v : {Severity::Info, Severity::Warning, Severity::Critical}) {
        if (s == toString(v))
            return v;
    }
    return std::nullopt;
}

const QList<RuleKind> &allRuleKinds()
{
    static const QList<RuleKind> kinds = {RuleKind::Promise, RuleKind::Phrase, RuleKind::Sensitive,
                                          RuleKind::Conversation, RuleKind::Offensive};
    return kinds;
}

std::optional<RuleKind> ruleKindFromString(QStringView s)
{
    for (RuleKind k : allRuleKinds()) {
        if (s == toString(k))
            return k;
    }
    return std::nullopt;
}

LanguageMask detectLanguages(QStringView text)
{
    LanguageMask mask = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF))
            mask |= Chinese;
        else if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= 0xFF21 && u <= 0xFF5A))
            mask |= English;
        if (mask == (Chinese | English))
            break;
    }
    return mask;
}

} // namespace panorama::qa
