#include "core/sync/SyncError.h"

namespace panorama {

SyncError::SyncError(Kind kind, QString message)
    : m_kind(kind), m_message(std::move(message)), m_utf8(m_message.toUtf8())
{}

} // namespace panorama
