#include "core/qa/QaResult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace panorama::qa {

QJsonObject QaFinding::toJson() const
{
    QJsonObject o{{u"rule"_s, ruleId},
                  {u"kind"_s, toString(kind)},
                  {u"severity"_s, toString(severity)},
                  {u"message"_s, message},
                  {u"policy"_s, policy},
                  {u"suggestion"_s, suggestion},
                  {u"message_index"_s, messageIndex}};
    if (!reason.isEmpty())
        o.insert(u"reason"_s, reason);
    if (start >= 0) {
        o.insert(u"start"_s, qint64(start));
        o.insert(u"length"_s, qint64(length));
        o.insert(u"excerpt"_s, excerpt);
    }
    return o;
}

bool QaCheckResult::hasKind(RuleKind k) const
{
    for (const QaFinding &f : findings) {
        if (f.kind == k)
            return true;
    }
    return false;
}

QJsonObject QaCheckResult::toJson() const
{
    QJsonArray arr;
    for (const QaFinding &f : findings)
        arr.append(f.toJson());
    return QJsonObject{{u"rules_version"_s, rulesVersion},
                       {u"blocked"_s, blocked},
                       {u"masked_text"_s, maskedText},
                       {u"findings"_s, arr}};
}

} // namespace panorama::qa
