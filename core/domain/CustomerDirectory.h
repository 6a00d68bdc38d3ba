#pragma once

#include <QList>
#include <QString>

namespace panorama {

class Database;

// Finds customers in the cache by what an agent has at hand: phone, member ID, order number, tracking
// number, email, device ID, WeChat open ID or a name prefix. Exact identifiers go through the blind
// index (identities.value_hash) so masked caches can still be searched by the full value.
class CustomerDirectory final
{
public:
    enum class MatchKind
    {
        Phone,
        MemberId,
        Email,
        DeviceId,
        OpenId,
        OrderNumber,
        TrackingNumber,
        Name
    };

    struct Match
    {
        QString customerId;
        QString displayName;
        MatchKind kind;
        QString matchedValue; // as stored (possibly masked), e.g. the order number or identity value
        QString tier;         // membership tier, empty if none
    };

    explicit CustomerDirectory(Database &db);
    // Most precise matches first (identifiers before names); at most `limit` customers, each once.
    QList<Match> find(const QString &query, int limit = 20);

    static QString kindName(MatchKind kind);

private:
    void addIdentityMatches(const QString &kind, const QString &query, QList<Match> &out);
    void addOrderMatches(const QString &query, QList<Match> &out);
    void addTrackingMatches(const QString &query, QList<Match> &out);
    void addNameMatches(const QString &query, int limit, QList<Match> &out);
    QString tierOf(const QString &customerId);

    Database &m_db;
    QByteArray m_lookupKey;
};

} // namespace panorama
