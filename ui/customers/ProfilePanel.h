#pragma once

#include "core/domain/CustomerRecords.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace panorama {

class IdentitiesModel;
class MergeSuggestionsModel;
class TagsModel;

// The left column of the 360° view: who the customer is across channels (identities), which other records are
// probably the same person (with the evidence), the profile tags by dimension, and body measurements for sizing.
class ProfilePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilePanel)
public:
    explicit ProfilePanel(QWidget *parent = nullptr);

    IdentitiesModel *identities() const { return m_identities; }
    void setData(const CustomerSummary &summary, QList<IdentityRecord> identities, QList<MergeSuggestion> merges,
                 const QList<TagRecord> &tags);
    // The selected identity's id, or "".
    QString selectedIdentityId() const;
    QString selectedDuplicateId() const;
    QTableView *identitiesView() const { return m_identitiesView; }
    QTableView *duplicatesView() const { return m_mergeView; }
    QTreeView *tagsView() const { return m_tagsView; }
    void setMergeAvailable(bool available, const QString &why);

Q_SIGNALS:
    void revealRequested(const QString &identityId);
    void openCustomerRequested(const QString &customerId);
    void mergeRequested(const QString &otherCustomerId);
    void addTagRequested();
    void selectionChanged();

private:
    IdentitiesModel *m_identities;
    MergeSuggestionsModel *m_merges;
    TagsModel *m_tags;
    QTableView *m_identitiesView;
    QTableView *m_mergeView;
    QTreeView *m_tagsView;
    QLabel *m_mergeHeading;
    QLabel *m_noDuplicates;
    QPushButton *m_merge;
    QPushButton *m_openDuplicate;
    QLabel *m_body;
};

} // namespace panorama
