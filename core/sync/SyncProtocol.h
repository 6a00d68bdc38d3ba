#pragma once

#include <QString>
#include <QStringList>

// Names and identifiers shared by the server and the client engine (docs/sync-protocol.md), so both sides derive
// the same ids and spell the same mutation kinds.
namespace panorama::SyncProtocol {

inline constexpr int kMaxPushBatch = 100;
inline constexpr int kMaxPageRows = 20000; // rows per page of the change feed

// Mutation kinds.
inline constexpr QLatin1StringView kTicketCreate{"ticket.create"};
inline constexpr QLatin1StringView kTicketNote{"ticket.note"};
inline constexpr QLatin1StringView kTicketSetStatus{"ticket.set_status"};
inline constexpr QLatin1StringView kTicketAssign{"ticket.assign"};
inline constexpr QLatin1StringView kCustomerSetTag{"customer.set_tag"};
inline constexpr QLatin1StringView kCustomerSetMeasurements{"customer.set_measurements"};
// Merge: the losing customer's merged_into points at the survivor (its rows stay where they are, reachable through
// it); un-merge clears merged_into again. Both are audited on the server.
inline constexpr QLatin1StringView kCustomerMerge{"customer.merge"};
inline constexpr QLatin1StringView kCustomerUnmerge{"customer.unmerge"};
QStringList mutationKinds();

// A new UUID version 7 (48-bit Unix milliseconds, then random bits): ids that sort by creation time.
QString uuidV7();
// True for the canonical 36-character textual form of a UUID.
bool isUuid(const QString &text);
// The id of a customer's tag: the same on every client and on the server (UUID version 8 from SHA-256 of the
// customer, dimension and key), so two offline clients setting one tag meet on one row instead of duplicating it.
QString tagId(const QString &customerId, const QString &dimension, const QString &key);

// Allowed values, shared by the CLI's validation and the server's.
QStringList ticketStatuses();
QStringList ticketPriorities();
QStringList ticketCategories();
QStringList ticketChannels();
QStringList languages();
QStringList tagDimensions();
QStringList measurementFields(); // height_cm, weight_kg, chest_cm, waist_cm, hips_cm, fit_preference
QStringList fitPreferences();
// The allowed range of a body measurement (cm or kg); false for an unknown field.
bool measurementRange(const QString &field, double *low, double *high);

} // namespace panorama::SyncProtocol
