#pragma once

#include <Qt>

namespace panorama {

// Roles shared by every Panorama item model: data() formats for display, proxies sort and filter on RawRole.
enum ModelRole : int
{
    RawRole = Qt::UserRole + 1, // the unformatted value (qint64 cents, QDateTime, enum as int, ...)
    IdRole,                     // the row's UUID
};

} // namespace panorama
