#include "models/ConversationModel.h"

#include "models/Display.h"
#include "models/ModelRoles.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace panorama {

ConversationModel::ConversationModel(QObject *parent) : QAbstractListModel(parent) {}

void ConversationModel::setMessages(QList<TicketMessageRecord> messages, const QSet<QString> &pendingIds)
{
    beginResetModel();
    m_messages = std::move(messages);
    m_pending = pendingIds;
    endResetModel();
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketMessageRecord &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3: %4")
            .arg(data(index, AuthorNameRole).toString(), Display::vocabulary(m.visibility),
                 Display::dateTime(m.createdAt), m.body);
    case IdRole:
        return m.id;
    case RawRole:
        return m.createdAt;
    case AuthorKindRole:
        return m.authorKind;
    case AuthorNameRole:
        // System messages carry a technical author; the reader sees "System" in their language.
        return m.authorName.isEmpty() || m.authorKind == u"system"_s ? Display::vocabulary(m.authorKind) : m.authorName;
    case VisibilityRole:
        return m.visibility;
    case CreatedAtRole:
        return m.createdAt;
    case PendingRole:
        return m_pending.contains(m.id);
    default:
        return {};
    }
}

} // namespace panorama
