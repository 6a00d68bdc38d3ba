#pragma once

#include "core/routing/LocalizedText.h"

#include <QString>

#include <optional>

namespace panorama::routing {

// Ticket priority, ordered: a higher value is more urgent.
enum class Priority
{
    Low = 0,
    Normal = 1,
    High = 2,
    Urgent = 3
};

std::optional<Priority> priorityFromName(const QString &name); // "low" | "normal" | "high" | "urgent"
QString priorityName(Priority p);
QString priorityLabel(Priority p, Language language); // "high" / "高"

} // namespace panorama::routing
