#include "core/qa/QaRuleParser.h"

#include "core/qa/TextNormalizer.h"

#include <QJsonArray>
#include <QJsonParseError>
#include <QSet>

using namespace Qt::StringLiterals;

namespace panorama::qa {

namespace {

const QStringList &knownRuleFields()
{
    static const QStringList fields = {u"id"_s,
                                       u"kind"_s,
                                       u"severity"_s,
                                       u"languages"_s,
                                       u"enabled"_s,
                                       u"message"_s,
                                       u"suggestion"_s,
                                       u"policy"_s,
                                       u"phrases"_s,
                                       u"exceptions"_s,
                                       u"patterns"_s,
                                       u"negatable"_s,
                                       u"quotable"_s,
                                       u"conditional_exempt"_s,
                                       u"violates_when"_s,
                                       u"detectors"_s,
                                       u"check"_s,
                                       u"positive_phrases"_s,
                                       u"params"_s,
                                       u"threshold"_s,
                                       u"description"_s};
    return fields;
}

// Regex patterns run on folded text, so their CJK and full-width literals are folded too; ASCII (and with it
// every regex metacharacter) is left alone.
QString foldPattern(const QString &pattern)
{
    QString out = pattern;
    for (QChar &c : out) {
        if (c.unicode() >= 0x3000)
            c = QChar(TextNormalizer::foldChar(c.unicode()));
    }
    return out;
}

} // namespace

void QaRuleParser::error(const QString &where, const QString &what)
{
    m_errors << (where.isEmpty() ? what : where + u": "_s + what);
}

bool QaRuleParser::parseRule(const QJsonObject &obj, const QString &where, QaRule *rule)
{
    const qsizetype before = m_errors.size();
    rule->source = obj;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (!knownRuleFields().contains(it.key()))
            error(where, u"unknown field '%1'"_s.arg(it.key()));
    }
    rule->id = obj.value(u"id").toString();
    if (rule->id.isEmpty())
        error(where, u"missing 'id'"_s);

    const QString kind = obj.value(u"kind").toString();
    if (const auto k = ruleKindFromString(kind))
        rule->kind = *k;
    else
        error(where, u"unknown kind '%1' (expected promise, phrase, sensitive, conversation or offensive)"_s.arg(kind));

    const QString severity = obj.value(u"severity").toString();
    if (const auto s = severityFromString(severity))
        rule->severity = *s;
    else
        error(where, u"unknown severity '%1' (expected info, warning or critical)"_s.arg(severity));

    rule->languages = 0;
    for (const QJsonValue &v : obj.value(u"languages").toArray()) {
        if (v.toString() == u"zh")
            rule->languages |= Chinese;
        else if (v.toString() == u"en")
            rule->languages |= English;
        else
            error(where, u"unknown language '%1' (expected zh or en)"_s.arg(v.toString()));
    }
    if (rule->languages == 0)
        error(where, u"'languages' must list zh and/or en"_s);
    rule->enabled = obj.value(u"enabled").toBool(true);

    auto localized = [&](const QString &field, QHash<QString, QString> *out) {
        const QJsonValue v = obj.value(field);
        if (v.isString() && !v.toString().isEmpty()) {
            out->insert(u"en"_s, v.toString());
            out->insert(u"zh"_s, v.toString());
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (const QString &lang : {u"en"_s, u"zh"_s}) {
                if (o.value(lang).isString() && !o.value(lang).toString().isEmpty())
                    out->insert(lang, o.value(lang).toString());
            }
        }
        if (out->isEmpty())
            error(where, u"missing '%1' (a string or {\"en\": ..., \"zh\": ...})"_s.arg(field));
    };
    localized(u"message"_s, &rule->message);
    localized(u"suggestion"_s, &rule->suggestion);
    rule->policy = obj.value(u"policy").toString();
    if (rule->policy.isEmpty())
        error(where, u"missing 'policy' (the policy text the rule enforces)"_s);

    auto phraseList = [&](const QString &field, QStringList *out) {
        const QJsonValue v = obj.value(field);
        if (v.isUndefined())
            return;
        if (!v.isArray()) {
            error(where, u"'%1' must be an array of strings"_s.arg(field));
            return;
        }
        for (const QJsonValue &p : v.toArray()) {
            if (!p.isString() || p.toString().trimmed().isEmpty())
                error(where, u"'%1' entries must be non-empty strings"_s.arg(field));
            else
                *out << TextNormalizer::fold(p.toString());
        }
    };
    phraseList(u"phrases"_s, &rule->phrases);
    phraseList(u"exceptions"_s, &rule->exceptions);
    phraseList(u"positive_phrases"_s, &rule->positivePhrases);

    const QJsonArray patterns = obj.value(u"patterns").toArray();
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        const QString src = patterns.at(i).toString();
        QRegularExpression re(foldPattern(src), QRegularExpression::CaseInsensitiveOption |
                                                    QRegularExpression::UseUnicodePropertiesOption);
        if (src.isEmpty() || !re.isValid()) {
            error(where, u"invalid regex in patterns[%1] '%2': %3 at offset %4"_s.arg(i)
                             .arg(src, src.isEmpty() ? u"empty pattern"_s : re.errorString())
                             .arg(re.patternErrorOffset()));
            continue;
        }
        re.optimize(); // compile (and JIT) now, so checks on several threads only read it
        rule->patterns << re;
    }
    rule->negatable = obj.value(u"negatable").toBool(true);
    rule->quotable = obj.value(u"quotable").toBool(true);
    const QJsonValue exempt = obj.value(u"conditional_exempt");
    if (exempt.isArray()) {
        rule->conditionalExempt = true;
        phraseList(u"conditional_exempt"_s, &rule->exemptConditions);
    } else if (!exempt.isUndefined() && !exempt.isBool()) {
        error(where, u"'conditional_exempt' must be true/false or an array of condition phrases"_s);
    } else {
        rule->conditionalExempt = exempt.toBool(false);
    }
    rule->params = obj.value(u"params").toObject();
    for (const QJsonValue &v : obj.value(u"violates_when").toArray()) {
        QString err;
        if (const auto c = PolicyCondition::fromJson(v, &err))
            rule->violatesWhen << *c;
        else
            error(where, u"violates_when: "_s + err);
    }
    for (const QJsonValue &v : obj.value(u"detectors").toArray())
        rule->detectors << v.toString();
    rule->check = obj.value(u"check").toString();
    rule->threshold = obj.value(u"threshold").toDouble(0.5);

    switch (rule->kind) {
    case RuleKind::Promise:
        if (rule->violatesWhen.isEmpty() && !obj.contains(u"violates_when"))
            error(where, u"a promise rule needs 'violates_when' (e.g. [\"outside_return_window\"])"_s);
        [[fallthrough]];
    case RuleKind::Phrase:
        if (rule->phrases.isEmpty() && patterns.isEmpty())
            error(where, u"needs 'phrases' or 'patterns'"_s);
        break;
    case RuleKind::Sensitive: {
        static const QStringList known = {u"phone"_s, u"id_card"_s, u"bank_card"_s};
        if (rule->detectors.isEmpty())
            error(where, u"a sensitive rule needs 'detectors' (phone, id_card, bank_card)"_s);
        for (const QString &d : std::as_const(rule->detectors)) {
            if (!known.contains(d))
                error(where, u"unknown detector '%1' (expected phone, id_card or bank_card)"_s.arg(d));
        }
        break;
    }
    case RuleKind::Conversation: {
        static const QStringList known = {u"greeting"_s,   u"closing"_s,   u"first_response_sla"_s,
                                          u"escalation"_s, u"sentiment"_s, u"repeat_contact"_s};
        if (!known.contains(rule->check))
            error(where, u"unknown check '%1' (expected %2)"_s.arg(rule->check, known.join(u", ")));
        else if ((rule->check == u"greeting" || rule->check == u"closing" || rule->check == u"escalation" ||
                  rule->check == u"sentiment") &&
                 rule->phrases.isEmpty())
            error(where, u"the %1 check needs 'phrases'"_s.arg(rule->check));
        break;
    }
    case RuleKind::Offensive:
        if (rule->threshold <= 0.0 || rule->threshold >= 1.0)
            error(where, u"'threshold' must be between 0 and 1 (exclusive)"_s);
        break;
    }
    return m_errors.size() == before;
}

QaRuleSet::ParseResult QaRuleParser::parse(const QByteArray &json)
{
    m_errors.clear();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        error({}, u"not valid JSON: %1 at offset %2"_s.arg(pe.errorString()).arg(pe.offset));
        return {nullptr, m_errors};
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !root.value(u"rules").isArray()) {
        error({}, u"expected an object with a 'rules' array"_s);
        return {nullptr, m_errors};
    }
    const int format = root.value(u"format").toInt(QaRuleSet::FormatVersion);
    if (format != QaRuleSet::FormatVersion) {
        error({}, u"unsupported rule file format %1 (this build reads format %2)"_s.arg(format).arg(
                      QaRuleSet::FormatVersion));
        return {nullptr, m_errors};
    }
    std::shared_ptr<QaRuleSet> set(new QaRuleSet);
    set->m_source = root;
    set->m_version = root.value(u"version").toString();
    if (set->m_version.isEmpty())
        error({}, u"missing 'version' (rules are versioned so the server and clients agree which set is in force)"_s);
    QString err;
    if (!set->m_facts.load(root.value(u"policy").toObject(), &err))
        error({}, err);
    if (!set->m_cues.load(root.value(u"language").toObject(), &err))
        error({}, err);

    QSet<QString> ids;
    const QJsonArray arr = root.value(u"rules").toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QJsonObject obj = arr.at(i).toObject();
        const QString where = u"rules[%1] '%2'"_s.arg(i).arg(obj.value(u"id").toString());
        if (!arr.at(i).isObject()) {
            error(where, u"expected an object"_s);
            continue;
        }
        QaRule rule;
        if (!parseRule(obj, where, &rule))
            continue;
        if (ids.contains(rule.id)) {
            error(where, u"duplicate id"_s);
            continue;
        }
        ids.insert(rule.id);
        set->m_rules << rule;
    }
    if (!m_errors.isEmpty())
        return {nullptr, m_errors};

    for (qsizetype r = 0; r < set->m_rules.size(); ++r) {
        const QaRule &rule = set->m_rules.at(r);
        const int base = int(r) << 2;
        for (const QString &p : rule.phrases)
            set->m_phrases.add(p, base);
        for (const QString &p : rule.exceptions)
            set->m_phrases.add(p, base | 1);
        for (const QString &p : rule.positivePhrases)
            set->m_phrases.add(p, base | 2);
        for (const QString &p : rule.exemptConditions)
            set->m_phrases.add(p, base | 3);
    }
    set->m_phrases.build();
    return {set, {}};
}

} // namespace panorama::qa
