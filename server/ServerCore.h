#pragma once

#include "server/AccessPolicy.h"
#include "server/Accounts.h"
#include "server/AuditLog.h"
#include "server/ChangeFeed.h"
#include "server/MutationApplier.h"
#include "server/RevealService.h"
#include "server/ServerDb.h"
#include "server/ServerOptions.h"

namespace panorama::server {

// The server's services wired together over one database; shared by the HTTP API and the admin commands.
class ServerCore final
{
public:
    explicit ServerCore(const ServerOptions &options);

    const ServerOptions &options() const { return m_options; }
    ServerDb &db() { return m_db; }
    AuditLog &audit() { return m_audit; }
    Accounts &accounts() { return m_accounts; }
    const AccessPolicy &policy() const { return m_policy; }
    ChangeFeed &feed() { return m_feed; }
    MutationApplier &mutations() { return m_mutations; }
    RevealService &reveal() { return m_reveal; }

private:
    static Accounts::Options accountOptions(const ServerOptions &o);

    ServerOptions m_options;
    ServerDb m_db;
    AuditLog m_audit;
    Accounts m_accounts;
    AccessPolicy m_policy;
    ChangeFeed m_feed;
    MutationApplier m_mutations;
    RevealService m_reveal;
};

} // namespace panorama::server
