#include "models/TimelineModel.h"

#include "models/Display.h"
#include "models/ModelRoles.h"

using namespace Qt::StringLiterals;

namespace panorama {

TimelineModel::TimelineModel(QObject *parent) : RecordListModel(parent) {}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!validIndex(index))
        return {};
    const TimelineEntry &e = m_rows.at(index.row());
    if (role == RefRole || role == IdRole)
        return e.refId;
    const bool raw = role == RawRole;
    if (role != Qt::DisplayRole && !raw && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return raw ? QVariant(e.at) : QVariant(Display::dateTime(e.at));
    case Kind:
        return raw ? e.kind : Display::vocabulary(e.kind);
    case Title:
        return e.title;
    case Detail:
        // Returns arrive as "exchange size_too_small requested": translate word by word; subjects stay as typed.
        return raw || e.kind == u"ticket"_s || e.kind == u"message"_s ? e.detail : Display::vocabularyWords(e.detail);
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Kind:
        return tr("What");
    case Title:
        return tr("Reference");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace panorama
