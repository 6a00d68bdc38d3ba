#pragma once

#include "core/domain/CustomerRecords.h"

#include <QAbstractListModel>
#include <QSet>

namespace panorama {

// The messages of one ticket, oldest first: customer messages, agent replies and internal notes. A delegate paints
// them as bubbles; the roles below carry what it needs.
class ConversationModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationModel)
public:
    enum Role
    {
        AuthorKindRole = Qt::UserRole + 20, // customer, agent, system
        AuthorNameRole,
        VisibilityRole, // public, internal
        CreatedAtRole,  // qint64 ms
        BodyRole,
        PendingRole, // bool: written here, not yet confirmed by the server
    };

    explicit ConversationModel(QObject *parent = nullptr);
    void setMessages(QList<TicketMessageRecord> messages, const QSet<QString> &pendingIds = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<TicketMessageRecord> m_messages;
    QSet<QString> m_pending;
};

} // namespace panorama
