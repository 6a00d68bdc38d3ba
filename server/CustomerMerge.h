#pragma once

namespace panorama::server {

class AuditLog;
class MutationApplier;

// The mutation kinds customer.merge and customer.unmerge (docs/sync-protocol.md §4): a merge sets the losing
// customer's merged_into to the survivor (its identities, orders and tickets keep pointing at it and stay reachable
// through it), an un-merge clears it. Both go through the per-field merge (a concurrent merge of the same customer
// is a conflict) and each applied one is an audit record, written in the push transaction.
void registerCustomerMerge(MutationApplier &mutations, AuditLog &audit);

} // namespace panorama::server
