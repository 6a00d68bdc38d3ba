#include "core/routing/RoutingResources.h"

#include "core/routing/RoutingError.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace panorama::routing {

QString RoutingResources::path(const QString &name)
{
    return u":/panorama/routing/"_s + name;
}

QByteArray RoutingResources::read(const QString &name)
{
    QFile f(path(name));
    if (!f.open(QIODevice::ReadOnly))
        throw RoutingError(RoutingErrorKind::Io, u"built-in routing resource %1 is missing"_s.arg(path(name)));
    return f.readAll();
}

} // namespace panorama::routing
