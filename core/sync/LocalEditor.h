#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace panorama {

class Database;

// Changes that work offline: each writes the local row and its outbox mutation (client UUID, base values of the
// changed fields, new values) in ONE cache transaction, so a saved change always reaches the server later and
// is applied there exactly once. Validates like the server does; throws SyncError naming the problem.
class LocalEditor final
{
public:
    explicit LocalEditor(Database &db);

    struct NewTicket
    {
        QString subject;
        QString customerId;
        QString orderId;
        QString category = QStringLiteral("other");
        QString priority = QStringLiteral("normal");
        QString channel = QStringLiteral("phone");
        QString language = QStringLiteral("zh-CN");
        QString team;
    };
    // Each returns the id of the row it created or changed.
    QString createTicket(const NewTicket &ticket);
    QString addNote(const QString &ticketId, const QString &body,
                    const QString &visibility = QStringLiteral("internal"));
    QString setTicketStatus(const QString &ticketId, const QString &status);
    QString assignTicket(const QString &ticketId, const QString &assigneeId, const QString &team = {});
    QString setCustomerTag(const QString &customerId, const QString &dimension, const QString &key,
                           const QString &value, std::optional<double> weight = {});
    // fields: any of height_cm, weight_kg, chest_cm, waist_cm, hips_cm (numbers or null), fit_preference.
    QString setCustomerMeasurements(const QString &customerId, const QJsonObject &fields);
    // Merges the duplicate `loserId` into `survivorId` (docs/sync-protocol.md §4): the loser's merged_into points at
    // the survivor, its identities, orders and tickets stay reachable through it. Works offline; the server audits
    // it. Throws SyncError (NotFound, Validation: same customer, already merged, survivor itself merged).
    QString mergeCustomers(const QString &survivorId, const QString &loserId);
    // Undoes a merge: clears the customer's merged_into (Validation if it is not merged).
    QString unmergeCustomer(const QString &customerId);
    // A mutation that sets `field` back to `value` on top of the server's current value (conflict "keep mine").
    QString reapply(const QString &kind, const QString &table, const QString &rowId, const QString &field,
                    const QJsonValue &value);

    // Resolves a ticket given by id or ticket number ("T00001234") to its id; throws SyncError(NotFound).
    QString ticketId(const QString &idOrNumber);

private:
    QJsonObject current(const QString &table, const QString &rowId, const QStringList &fields, bool *exists);
    QString update(const QString &kind, const QString &table, const QString &rowId, const QJsonObject &set,
                   const QJsonObject &extraLocal = {});
    void enqueue(const QString &kind, const QString &table, const QString &rowId, const QJsonObject &base,
                 const QJsonObject &set);

    Database &m_db;
};

} // namespace panorama
