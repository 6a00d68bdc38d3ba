#include "server/ServerCore.h"

#include "server/CustomerMerge.h"

namespace panorama::server {

Accounts::Options ServerCore::accountOptions(const ServerOptions &o)
{
    Accounts::Options a;
    a.accessTtlSeconds = o.accessTtl;
    a.refreshTtlSeconds = o.refreshTtl;
    a.refreshGraceSeconds = o.refreshGrace;
    return a;
}

ServerCore::ServerCore(const ServerOptions &options)
    : m_options(options), m_db(options.db), m_audit(m_db), m_accounts(m_db, m_audit, accountOptions(options)),
      m_policy(options.agentScope), m_feed(m_db, m_policy), m_mutations(m_db, m_policy, m_feed),
      m_reveal(m_db, m_audit, m_policy, options.revealTtl)
{
    registerCustomerMerge(m_mutations, m_audit);
}

} // namespace panorama::server
