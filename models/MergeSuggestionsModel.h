#pragma once

#include "core/domain/CustomerRecords.h"
#include "models/RecordListModel.h"

namespace panorama {

// Other customer records that are probably the same person, strongest evidence first, with the evidence spelled
// out (which phone, member ID or device ID they share, on which channels).
class MergeSuggestionsModel final : public RecordListModel<MergeSuggestion>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeSuggestionsModel)
public:
    enum Column
    {
        Customer,
        Evidence,
        ColumnCount
    };

    explicit MergeSuggestionsModel(QObject *parent = nullptr);
    void setSuggestions(QList<MergeSuggestion> suggestions) { setRows(std::move(suggestions)); }
    // "phone 138****8000 (web, store)" in the user's words: "Phone 138****8000 (Web shop, Store)".
    static QString evidenceText(const QString &evidence);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace panorama
