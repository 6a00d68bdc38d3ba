#include "core/search/SearchDocument.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace panorama::search {

namespace {

bool readString(const QJsonObject &json, const QString &key, QString &out, QString *error)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        if (error)
            *error = u"field '%1' must be a string"_s.arg(key);
        return false;
    }
    out = v.toString();
    return true;
}

} // namespace

QString SearchDocument::typeName(DocType type)
{
    switch (type) {
    case DocType::Article:
        return u"article"_s;
    case DocType::QuickReply:
        return u"quick_reply"_s;
    case DocType::Case:
        return u"case"_s;
    }
    return u"article"_s;
}

std::optional<DocType> SearchDocument::typeFromName(const QString &name)
{
    for (DocType t : {DocType::Article, DocType::QuickReply, DocType::Case}) {
        if (typeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QString SearchDocument::outcomeName(CaseOutcome outcome)
{
    switch (outcome) {
    case CaseOutcome::Unknown:
        return u"unknown"_s;
    case CaseOutcome::ResolvedFirstContact:
        return u"resolved_first_contact"_s;
    case CaseOutcome::Resolved:
        return u"resolved"_s;
    case CaseOutcome::Escalated:
        return u"escalated"_s;
    case CaseOutcome::Returned:
        return u"returned"_s;
    }
    return u"unknown"_s;
}

std::optional<CaseOutcome> SearchDocument::outcomeFromName(const QString &name)
{
    for (CaseOutcome o : {CaseOutcome::Unknown, CaseOutcome::ResolvedFirstContact, CaseOutcome::Resolved,
                          CaseOutcome::Escalated, CaseOutcome::Returned}) {
        if (outcomeName(o) == name)
            return o;
    }
    return std::nullopt;
}

std::optional<SearchDocument> SearchDocument::fromJson(const QJsonObject &json, QString *error)
{
    SearchDocument d;
    if (!readString(json, u"id"_s, d.id, error) || !readString(json, u"title"_s, d.title, error) ||
        !readString(json, u"body"_s, d.body, error) || !readString(json, u"lang"_s, d.lang, error) ||
        !readString(json, u"category"_s, d.category, error) || !readString(json, u"problem"_s, d.problem, error))
        return std::nullopt;
    if (d.body.isEmpty())
        readString(json, u"resolution"_s, d.body, nullptr);
    d.id = d.id.trimmed();
    if (d.id.isEmpty()) {
        if (error)
            *error = u"field 'id' is missing or empty"_s;
        return std::nullopt;
    }
    if (d.id.size() > 256) {
        if (error)
            *error = u"field 'id' is longer than 256 characters"_s;
        return std::nullopt;
    }
    QString type;
    if (!readString(json, u"type"_s, type, error))
        return std::nullopt;
    if (!type.isEmpty()) {
        const auto t = typeFromName(type);
        if (!t) {
            if (error)
                *error = u"field 'type' is '%1'; expected article, quick_reply or case"_s.arg(type);
            return std::nullopt;
        }
        d.type = *t;
    }
    const QJsonValue tags = json.value(u"tags"_s);
    if (tags.isArray()) {
        const QJsonArray arr = tags.toArray();
        for (const QJsonValue &t : arr) {
            if (!t.isString()) {
                if (error)
                    *error = u"field 'tags' must be an array of strings"_s;
                return std::nullopt;
            }
            d.tags.append(t.toString());
        }
    } else if (tags.isString()) {
        for (const QString &t : tags.toString().split(u',', Qt::SkipEmptyParts))
            d.tags.append(t.trimmed());
    } else if (!tags.isUndefined() && !tags.isNull()) {
        if (error)
            *error = u"field 'tags' must be an array of strings"_s;
        return std::nullopt;
    }
    const QJsonValue version = json.value(u"version"_s);
    if (version.isDouble()) {
        d.version = version.toInt();
    } else if (version.isString()) {
        bool ok = false;
        d.version = version.toString().toInt(&ok);
        if (!ok) {
            if (error)
                *error = u"field 'version' must be an integer"_s;
            return std::nullopt;
        }
    }
    QString outcome;
    if (!readString(json, u"outcome"_s, outcome, error))
        return std::nullopt;
    if (!outcome.isEmpty()) {
        const auto o = outcomeFromName(outcome);
        if (!o) {
            if (error)
                *error = u"field 'outcome' is '%1'; expected resolved_first_contact, resolved, escalated, returned or "
                         u"unknown"_s.arg(outcome);
            return std::nullopt;
        }
        d.outcome = *o;
    }
    const QJsonValue sat = json.value(u"satisfaction"_s);
    if (sat.isDouble())
        d.satisfaction = sat.toDouble();
    if (d.satisfaction != -1 && (d.satisfaction < 1 || d.satisfaction > 5)) {
        if (error)
            *error = u"field 'satisfaction' must be between 1 and 5"_s;
        return std::nullopt;
    }
    if (d.title.isEmpty() && d.body.isEmpty() && d.problem.isEmpty()) {
        if (error)
            *error = u"document '%1' has no title, body or problem: nothing to search"_s.arg(d.id);
        return std::nullopt;
    }
    return d;
}

QJsonObject SearchDocument::toJson() const
{
    QJsonObject o{{u"id"_s, id},           {u"type"_s, typeName(type)},
                  {u"title"_s, title},     {u"body"_s, body},
                  {u"lang"_s, lang},       {u"category"_s, category},
                  {u"version"_s, version}, {u"tags"_s, QJsonArray::fromStringList(tags)}};
    if (type == DocType::Case) {
        o.insert(u"problem"_s, problem);
        o.insert(u"outcome"_s, outcomeName(outcome));
        if (satisfaction >= 0)
            o.insert(u"satisfaction"_s, satisfaction);
    }
    return o;
}

} // namespace panorama::search
