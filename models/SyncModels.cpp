#include "models/SyncModels.h"

#include "models/Display.h"
#include "models/ModelRoles.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace panorama {

ConflictsModel::ConflictsModel(QObject *parent) : RecordListModel(parent) {}

QString ConflictsModel::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("(empty)");
    case QJsonValue::String:
        return Display::vocabulary(value.toString());
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    default:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
}

int ConflictsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictsModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(index))
        return {};
    const SyncConflict &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    const bool raw = role == RawRole;
    if (role != Qt::DisplayRole && !raw && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return raw ? QVariant(c.createdAt) : QVariant(Display::dateTime(c.createdAt));
    case Record:
        return raw ? QVariant(c.rowId) : QVariant(Display::vocabulary(c.table) + u' ' + c.rowId.right(8));
    case Field:
        return raw ? c.field : Display::vocabulary(c.field);
    case Base:
        return raw ? c.base.toVariant() : QVariant(valueText(c.base));
    case Mine:
        return raw ? c.mine.toVariant() : QVariant(valueText(c.mine));
    case Theirs:
        return raw ? c.theirs.toVariant() : QVariant(valueText(c.theirs));
    default:
        return {};
    }
}

QVariant ConflictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Base:
        return tr("Before");
    case Mine:
        return tr("Mine");
    case Theirs:
        return tr("Server's (kept)");
    default:
        return {};
    }
}

OutboxModel::OutboxModel(QObject *parent) : RecordListModel(parent) {}

QString OutboxModel::kindText(const QString &kind)
{
    if (kind == u"ticket.create"_s)
        return tr("New ticket");
    if (kind == u"ticket.note"_s)
        return tr("Reply or note");
    if (kind == u"ticket.set_status"_s)
        return tr("Ticket status");
    if (kind == u"ticket.assign"_s)
        return tr("Assignment");
    if (kind == u"customer.set_tag"_s)
        return tr("Customer tag");
    if (kind == u"customer.set_measurements"_s)
        return tr("Body measurements");
    return kind;
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(index))
        return {};
    const OutboxEntry &e = m_rows.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == Qt::ToolTipRole)
        return QString::fromUtf8(QJsonDocument(e.set).toJson(QJsonDocument::Compact));
    const bool raw = role == RawRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case When:
        return raw ? QVariant(e.createdAt) : QVariant(Display::dateTime(e.createdAt));
    case Change:
        return raw ? e.kind : kindText(e.kind);
    case Record:
        return raw ? e.rowId : QString(Display::vocabulary(e.table) + u' ' + e.rowId.right(8));
    case State:
        return raw ? e.state : Display::vocabulary(e.state);
    case Reason:
        return raw ? e.errorCode : e.errorMessage;
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Change:
        return tr("Change");
    case Record:
        return tr("Record");
    case State:
        return tr("State");
    case Reason:
        return tr("Server's reason");
    default:
        return {};
    }
}

} // namespace panorama
