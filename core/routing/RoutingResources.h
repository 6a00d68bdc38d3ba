#pragma once

#include <QByteArray>
#include <QString>

namespace panorama::routing {

// The defaults shipped inside the library (resources/routing/: taxonomy, rules, roster example, SLA policy,
// quick replies, seed training set), embedded as Qt resources under :/panorama/routing/.
class RoutingResources final
{
public:
    static QString path(const QString &name); // ":/panorama/routing/<name>"
    // Throws RoutingError(Io) when the resource is missing (a packaging error).
    static QByteArray read(const QString &name);
};

} // namespace panorama::routing
