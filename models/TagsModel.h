#pragma once

#include "core/domain/CustomerRecords.h"

#include <QAbstractItemModel>

namespace panorama {

// A customer's profile tags grouped by dimension: basic attributes, behaviour preferences, scenario needs (the
// three groups are always there, so an agent sees at a glance which dimension is still empty).
class TagsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagsModel)
public:
    enum Column
    {
        Tag,
        Value,
        Weight,
        Source,
        ColumnCount
    };

    explicit TagsModel(QObject *parent = nullptr);

    void setTags(const QList<TagRecord> &tags);
    static const QStringList &dimensions(); // basic, behavior, scenario
    // The tag behind an index, or nullptr for a group row.
    const TagRecord *tagAt(const QModelIndex &index) const;
    int tagCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QList<TagRecord>> m_groups; // parallel to dimensions()
};

} // namespace panorama
