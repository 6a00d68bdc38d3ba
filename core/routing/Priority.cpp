#include "core/routing/Priority.h"

using namespace Qt::StringLiterals;

namespace panorama::routing {

std::optional<Priority> priorityFromName(const QString &name)
{
    if (name == u"low"_s)
        return Priority::Low;
    if (name == u"normal"_s)
        return Priority::Normal;
    if (name == u"high"_s)
        return Priority::High;
    if (name == u"urgent"_s)
        return Priority::Urgent;
    return std::nullopt;
}

QString priorityName(Priority p)
{
    switch (p) {
    case Priority::Low:
        return u"low"_s;
    case Priority::Normal:
        return u"normal"_s;
    case Priority::High:
        return u"high"_s;
    case Priority::Urgent:
        return u"urgent"_s;
    }
    return u"normal"_s;
}

QString priorityLabel(Priority p, Language language)
{
    if (language == Language::English)
        return priorityName(p);
    switch (p) {
    case Priority::Low:
        return u"低"_s;
    case Priority::Normal:
        return u"普通"_s;
    case Priority::High:
        return u"高"_s;
    case Priority::Urgent:
        return u"紧急"_s;
    }
    return u"普通"_s;
}

} // namespace panorama::routing
