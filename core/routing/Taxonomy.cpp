#include "core/routing/Taxonomy.h"

#include "core/routing/JsonCursor.h"
#include "core/routing/Priority.h"
#include "core/routing/RoutingError.h"
#include "core/routing/RoutingResources.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace panorama::routing {

QStringList Taxonomy::ids() const
{
    QStringList out;
    for (const Category &c : m_categories)
        out.append(c.id);
    return out;
}

bool Taxonomy::contains(const QString &id) const
{
    for (const Category &c : m_categories) {
        if (c.id == id)
            return true;
    }
    return false;
}

const Category &Taxonomy::category(const QString &id) const
{
    for (const Category &c : m_categories) {
        if (c.id == id)
            return c;
    }
    throw RoutingError(RoutingErrorKind::Misuse, u"category '%1' is not in taxonomy %2"_s.arg(id, m_id));
}

QJsonObject Taxonomy::toJson() const
{
    QJsonArray cats;
    for (const Category &c : m_categories)
        cats.append(QJsonObject{{u"id"_s, c.id},
                                {u"name"_s, c.name.toJson()},
                                {u"description"_s, c.description.toJson()},
                                {u"defaultPriority"_s, c.defaultPriority}});
    return {{u"id"_s, m_id}, {u"version"_s, m_version}, {u"fallback"_s, m_fallback}, {u"categories"_s, cats}};
}

Taxonomy Taxonomy::fromJson(const JsonCursor &root)
{
    root.allowOnly({u"id"_s, u"version"_s, u"fallback"_s, u"categories"_s, u"comment"_s});
    Taxonomy t;
    t.m_id = root.at(u"id"_s).identifier();
    t.m_version = root.at(u"version"_s).string();
    QSet<QString> seen;
    const QList<JsonCursor> cats = root.at(u"categories"_s).elements();
    if (cats.size() < 2)
        root.at(u"categories"_s).fail(u"a taxonomy needs at least two categories"_s);
    for (const JsonCursor &c : cats) {
        c.allowOnly({u"id"_s, u"name"_s, u"description"_s, u"defaultPriority"_s});
        Category cat;
        cat.id = c.at(u"id"_s).identifier();
        if (seen.contains(cat.id))
            c.at(u"id"_s).fail(u"duplicate category id '%1'"_s.arg(cat.id));
        seen.insert(cat.id);
        cat.name = LocalizedText::fromJson(c.at(u"name"_s));
        if (const auto d = c.find(u"description"_s))
            cat.description = LocalizedText::fromJson(*d);
        if (const auto p = c.find(u"defaultPriority"_s)) {
            cat.defaultPriority = p->string();
            if (!priorityFromName(cat.defaultPriority))
                p->fail(u"unknown priority '%1' (low, normal, high, urgent)"_s.arg(cat.defaultPriority));
        }
        t.m_categories.append(cat);
    }
    const JsonCursor fallback = root.at(u"fallback"_s);
    t.m_fallback = fallback.identifier();
    if (!seen.contains(t.m_fallback))
        fallback.fail(u"fallback '%1' is not one of the categories"_s.arg(t.m_fallback));
    return t;
}

Taxonomy Taxonomy::parse(const QByteArray &json, const QString &source)
{
    return fromJson(JsonCursor::parse(json, source));
}

Taxonomy Taxonomy::load(const QString &path)
{
    return fromJson(JsonCursor::load(path));
}

Taxonomy Taxonomy::defaults()
{
    return parse(RoutingResources::read(u"taxonomy.json"_s), RoutingResources::path(u"taxonomy.json"_s));
}

} // namespace panorama::routing
