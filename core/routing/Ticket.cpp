#include "core/routing/Ticket.h"

#include "core/routing/RoutingError.h"
#include "core/routing/TextNormalizer.h"

using namespace Qt::StringLiterals;

namespace panorama::routing {

QString TicketInput::text() const
{
    if (subject.isEmpty())
        return body;
    if (body.isEmpty())
        return subject;
    return subject + u'\n' + body;
}

QString TicketInput::effectiveLanguage() const
{
    if (!language.isEmpty())
        return language;
    return TextNormalizer::containsHan(text()) ? u"zh"_s : u"en"_s;
}

QJsonObject TicketInput::toJson() const
{
    QJsonObject o{{u"id"_s, id},           {u"subject"_s, subject},           {u"body"_s, body},
                  {u"channel"_s, channel}, {u"customerTier"_s, customerTier}, {u"highValue"_s, highValue}};
    if (!language.isEmpty())
        o.insert(u"language"_s, language);
    if (!dedicatedAdvisorId.isEmpty())
        o.insert(u"dedicatedAdvisor"_s, dedicatedAdvisorId);
    if (!createdByAgentId.isEmpty())
        o.insert(u"createdByAgent"_s, createdByAgentId);
    if (!presetCategory.isEmpty())
        o.insert(u"category"_s, presetCategory);
    if (createdAt.isValid())
        o.insert(u"createdAt"_s, createdAt.toUTC().toString(Qt::ISODate));
    return o;
}

TicketInput TicketInput::fromJson(const QJsonObject &o)
{
    static const QStringList tiers{u"regular"_s, u"silver"_s, u"gold"_s, u"platinum"_s};
    static const QStringList channels{u"web"_s,   u"app"_s,   u"wechat"_s, u"email"_s,
                                      u"phone"_s, u"store"_s, u"agent"_s,  u"chat"_s};
    auto bad = [](const QString &field, const QString &cause) {
        throw RoutingError(RoutingErrorKind::BadData, u"ticket field '%1': %2"_s.arg(field, cause));
    };
    TicketInput t;
    t.id = o.value(u"id"_s).toString();
    t.subject = o.value(u"subject"_s).toString();
    t.body = o.value(u"body"_s).toString(o.value(u"text"_s).toString());
    if (t.text().trimmed().isEmpty())
        bad(u"body"_s, u"a ticket needs a subject or a body"_s);
    t.channel = o.value(u"channel"_s).toString(t.channel);
    if (!channels.contains(t.channel))
        bad(u"channel"_s, u"unknown channel '%1' (%2)"_s.arg(t.channel, channels.join(u", "_s)));
    t.language = o.value(u"language"_s).toString();
    if (!t.language.isEmpty() && t.language != u"en"_s && t.language != u"zh"_s)
        bad(u"language"_s, u"unknown language '%1' (en or zh)"_s.arg(t.language));
    t.customerTier = o.value(u"customerTier"_s).toString(t.customerTier);
    if (!tiers.contains(t.customerTier))
        bad(u"customerTier"_s, u"unknown tier '%1' (%2)"_s.arg(t.customerTier, tiers.join(u", "_s)));
    t.highValue = o.value(u"highValue"_s).toBool();
    t.dedicatedAdvisorId = o.value(u"dedicatedAdvisor"_s).toString();
    t.createdByAgentId = o.value(u"createdByAgent"_s).toString();
    t.presetCategory = o.value(u"category"_s).toString();
    if (o.contains(u"createdAt"_s)) {
        t.createdAt = QDateTime::fromString(o.value(u"createdAt"_s).toString(), Qt::ISODate);
        if (!t.createdAt.isValid())
            bad(u"createdAt"_s, u"not an ISO 8601 date-time"_s);
    }
    return t;
}

} // namespace panorama::routing
