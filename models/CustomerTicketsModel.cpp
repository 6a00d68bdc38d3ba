#include "models/CustomerTicketsModel.h"

#include "models/Display.h"
#include "models/ModelRoles.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panorama {

CustomerTicketsModel::CustomerTicketsModel(QObject *parent) : RecordListModel(parent) {}

void CustomerTicketsModel::setTickets(QList<TicketRecord> tickets)
{
    const auto done = [](const TicketRecord &t) { return t.status == u"solved"_s || t.status == u"closed"_s; };
    std::stable_sort(tickets.begin(), tickets.end(), [&](const TicketRecord &a, const TicketRecord &b) {
        if (done(a) != done(b))
            return !done(a);
        return a.createdAt > b.createdAt;
    });
    setRows(std::move(tickets));
}

int CustomerTicketsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTicketsModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(index))
        return {};
    const TicketRecord &t = m_rows.at(index.row());
    if (role == IdRole)
        return t.id;
    const bool raw = role == RawRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case TicketNo:
        return t.ticketNo;
    case Subject:
        return t.subject;
    case Status:
        return raw ? t.status : Display::vocabulary(t.status);
    case Priority:
        return raw ? t.priority : Display::vocabulary(t.priority);
    case Category:
        return raw ? t.category : Display::vocabulary(t.category);
    case Created:
        return raw ? QVariant(t.createdAt) : QVariant(Display::dateTime(t.createdAt));
    default:
        return {};
    }
}

QVariant CustomerTicketsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TicketNo:
        return tr("Ticket");
    case Subject:
        return tr("Subject");
    case Status:
        return tr("Status");
    case Priority:
        return tr("Priority");
    case Category:
        return tr("Category");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace panorama
