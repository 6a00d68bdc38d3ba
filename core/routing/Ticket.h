#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace panorama::routing {

// What routing needs to know about a new ticket and its customer. The text may be Simplified or Traditional
// Chinese or English.
struct TicketInput
{
    QString id;
    QString subject;
    QString body;
    QString channel = QStringLiteral("web");          // web, app, wechat, email, phone, store, agent, chat
    QString language;                                 // en or zh; detected from the text when empty
    QString customerTier = QStringLiteral("regular"); // regular, silver, gold, platinum
    bool highValue = false;                           // flagged by the business (spend, influence) even below platinum
    QString dedicatedAdvisorId;                       // the customer's own advisor (platinum), if any
    QString createdByAgentId;                         // set when an agent opened the ticket on the customer's behalf
    QString presetCategory;                           // an agent's explicit choice: the classifier is not consulted
    QDateTime createdAt;                              // now when invalid

    QString text() const; // subject and body, as classified
    bool isVip() const { return customerTier == QStringLiteral("platinum") || highValue; }
    // en or zh: the given language, else zh when the text holds Han characters.
    QString effectiveLanguage() const;

    QJsonObject toJson() const;
    // Throws RoutingError(BadData) naming the field on unknown tiers, channels or languages.
    static TicketInput fromJson(const QJsonObject &obj);
};

} // namespace panorama::routing
