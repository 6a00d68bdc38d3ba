#include "core/sync/SyncTypes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace panorama {

QJsonObject OutboxEntry::toJson() const
{
    QJsonObject o{{u"seq"_s, seq},      {u"id"_s, id},
                  {u"kind"_s, kind},    {u"table"_s, table},
                  {u"row_id"_s, rowId}, {u"base"_s, base},
                  {u"set"_s, set},      {u"created_at"_s, createdAt},
                  {u"state"_s, state},  {u"attempts"_s, attempts}};
    if (!errorCode.isEmpty()) {
        o.insert(u"error_code"_s, errorCode);
        o.insert(u"error_message"_s, errorMessage);
    }
    return o;
}

QJsonObject OutboxEntry::toMutation() const
{
    return {{u"id"_s, id},     {u"kind"_s, kind}, {u"table"_s, table},         {u"row_id"_s, rowId},
            {u"base"_s, base}, {u"set"_s, set},   {u"created_at"_s, createdAt}};
}

QJsonObject SyncConflict::toJson() const
{
    return {{u"id"_s, id},
            {u"mutation_id"_s, mutationId},
            {u"table"_s, table},
            {u"row_id"_s, rowId},
            {u"field"_s, field},
            {u"base"_s, base},
            {u"mine"_s, mine},
            {u"theirs"_s, theirs},
            {u"created_at"_s, createdAt}};
}

QJsonObject SyncReport::toJson() const
{
    return {{u"pushed"_s, pushed},       {u"applied"_s, applied},   {u"duplicates"_s, duplicates},
            {u"conflicts"_s, conflicts}, {u"rejected"_s, rejected}, {u"pulled_rows"_s, pulledRows},
            {u"pages"_s, pages},         {u"reset"_s, reset},       {u"milliseconds"_s, milliseconds}};
}

} // namespace panorama
