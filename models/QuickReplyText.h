#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace panorama {

// Fills a quick reply's {{variables}} (customer.name, order.number, agent.name, ticket.number, ...) from what the
// agent has open. Variables nobody knows stay in place, visibly, so the agent completes them before sending.
class QuickReplyText final
{
public:
    using Values = QHash<QString, QString>;

    static QString expand(const QString &body, const Values &values);
    // The variables of `body` that `values` leaves unfilled, in order of appearance, each once.
    static QStringList missing(const QString &body, const Values &values);
    static QStringList variables(const QString &body);
};

} // namespace panorama
