#include "core/routing/RoutingError.h"

namespace panorama::routing {

RoutingError::RoutingError(RoutingErrorKind kind, QString message)
    : m_kind(kind), m_message(std::move(message)), m_utf8(m_message.toUtf8())
{}

} // namespace panorama::routing
