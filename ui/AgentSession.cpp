#include "ui/AgentSession.h"

namespace panorama {

AgentSession::AgentSession(QObject *parent) : QObject(parent) {}

AgentSession::~AgentSession() = default;

} // namespace panorama
