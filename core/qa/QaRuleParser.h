#pragma once

#include "core/qa/QaRuleSet.h"

// Turns a rule file into a QaRuleSet, validating every field: unknown kinds, invalid regexes, duplicate ids,
// missing messages. Each problem is reported as "rules[3] 'id': what is wrong" so a supervisor can fix the file.
namespace panorama::qa {

class QaRuleParser
{
public:
    QaRuleSet::ParseResult parse(const QByteArray &json);

private:
    bool parseRule(const QJsonObject &obj, const QString &where, QaRule *rule);
    void error(const QString &where, const QString &what);

    QStringList m_errors;
};

} // namespace panorama::qa
