#include "models/TagsModel.h"

#include "models/Display.h"
#include "models/ModelRoles.h"

#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panorama {

// Group rows carry internal id 0; a tag row carries its group's position + 1, so parent() needs no lookup.
TagsModel::TagsModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_groups.resize(dimensions().size());
}

const QStringList &TagsModel::dimensions()
{
    static const QStringList d{u"basic"_s, u"behavior"_s, u"scenario"_s};
    return d;
}

void TagsModel::setTags(const QList<TagRecord> &tags)
{
    beginResetModel();
    for (auto &g : m_groups)
        g.clear();
    for (const TagRecord &t : tags) {
        const qsizetype g = dimensions().indexOf(t.dimension);
        if (g >= 0)
            m_groups[g] << t;
    }
    for (auto &g : m_groups) // strongest first
        std::stable_sort(g.begin(), g.end(),
                         [](const TagRecord &a, const TagRecord &b) { return a.weight > b.weight; });
    endResetModel();
}

int TagsModel::tagCount() const
{
    int n = 0;
    for (const auto &g : m_groups)
        n += int(g.size());
    return n;
}

const TagRecord *TagsModel::tagAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const auto &g = m_groups.at(int(index.internalId()) - 1);
    return index.row() < g.size() ? &g.at(index.row()) : nullptr;
}

QModelIndex TagsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TagsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int TagsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).size());
}

int TagsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TagsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const QString &dim = dimensions().at(index.row());
        if (role == RawRole && index.column() == Tag)
            return dim;
        if (role == Qt::DisplayRole && index.column() == Tag)
            return u"%1 (%2)"_s.arg(Display::vocabulary(dim)).arg(m_groups.at(index.row()).size());
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    const TagRecord *t = tagAt(index);
    if (!t)
        return {};
    if (role == IdRole)
        return t->id;
    if (role == Qt::ToolTipRole)
        return tr("%1 = %2, weight %3, from %4").arg(t->key, t->value).arg(t->weight, 0, 'f', 2).arg(t->source);
    const bool raw = role == RawRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case Tag:
        return t->key;
    case Value:
        return t->value;
    case Weight:
        return raw ? QVariant(t->weight) : QVariant(QString::number(t->weight, 'f', 2));
    case Source:
        return raw ? t->source : Display::vocabulary(t->source);
    default:
        return {};
    }
}

QVariant TagsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Tag:
        return tr("Tag");
    case Value:
        return tr("Value");
    case Weight:
        return tr("Weight");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace panorama
