#include "ui/customers/ProfilePanel.h"

#include "models/Display.h"
#include "models/IdentitiesModel.h"
#include "models/MergeSuggestionsModel.h"
#include "models/ModelRoles.h"
#include "models/TagsModel.h"
#include "ui/common/Views.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

QString measure(const std::optional<double> &v, const QString &unit)
{
    return v ? QString(QString::number(*v, 'f', v.value() == int(*v) ? 0 : 1) + u' ' + unit) : QStringLiteral("–");
}

} // namespace

ProfilePanel::ProfilePanel(QWidget *parent)
    : QWidget(parent), m_identities(new IdentitiesModel(this)), m_merges(new MergeSuggestionsModel(this)),
      m_tags(new TagsModel(this)), m_identitiesView(new QTableView(this)), m_mergeView(new QTableView(this)),
      m_tagsView(new QTreeView(this)), m_mergeHeading(Views::heading(tr("Possible duplicates"), this)),
      m_noDuplicates(Views::muted(tr("No other record shares a phone, member ID or device ID."), this)),
      m_merge(new QPushButton(tr("&Merge…"), this)), m_openDuplicate(new QPushButton(tr("Open"), this)),
      m_body(new QLabel(this))
{
    setObjectName(u"profilePanel"_s);
    Views::setupTable(m_identitiesView, u"identitiesView"_s, tr("Identities"));
    m_identitiesView->setModel(m_identities);
    m_identitiesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_identitiesView->horizontalHeader()->setSectionResizeMode(IdentitiesModel::Value, QHeaderView::Stretch);
    m_identitiesView->horizontalHeader()->setStretchLastSection(false);
    m_identitiesView->setColumnHidden(IdentitiesModel::FirstSeen, true); // in each row's tooltip: the column is narrow
    m_identitiesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    Views::setupTable(m_mergeView, u"duplicatesView"_s, tr("Possible duplicates"));
    m_mergeView->setModel(m_merges);
    m_mergeView->horizontalHeader()->setSectionResizeMode(MergeSuggestionsModel::Customer,
                                                          QHeaderView::ResizeToContents);
    Views::setupTree(m_tagsView, u"tagsView"_s, tr("Tags"));
    m_tagsView->setModel(m_tags);
    m_tagsView->header()->setSectionResizeMode(TagsModel::Tag, QHeaderView::ResizeToContents);
    m_tagsView->header()->setSectionResizeMode(TagsModel::Value, QHeaderView::Stretch);
    m_tagsView->header()->setStretchLastSection(false);
    m_tagsView->setColumnHidden(TagsModel::Weight, true); // in the tooltip; the column cost the source its space
    m_merge->setObjectName(u"mergeButton"_s);
    m_openDuplicate->setObjectName(u"openDuplicateButton"_s);
    m_body->setObjectName(u"bodyMeasurements"_s);
    m_body->setWordWrap(true);
    m_noDuplicates->setWordWrap(true);

    auto *mergeButtons = new QHBoxLayout;
    mergeButtons->addStretch(1);
    mergeButtons->addWidget(m_openDuplicate);
    mergeButtons->addWidget(m_merge);

    auto *addTag = new QPushButton(tr("Add &tag…"), this);
    addTag->setObjectName(u"addTagButton"_s);
    auto *tagHeader = new QHBoxLayout;
    tagHeader->addWidget(Views::heading(tr("Tags"), this));
    tagHeader->addStretch(1);
    tagHeader->addWidget(addTag);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(Views::heading(tr("Identities"), this));
    layout->addWidget(m_identitiesView, 3);
    layout->addWidget(m_mergeHeading);
    layout->addWidget(m_noDuplicates);
    layout->addWidget(m_mergeView, 2);
    layout->addLayout(mergeButtons);
    layout->addLayout(tagHeader);
    layout->addWidget(m_tagsView, 4);
    layout->addWidget(Views::heading(tr("Body and fit"), this));
    layout->addWidget(m_body);

    connect(m_identitiesView, &QTableView::activated, this, [this](const QModelIndex &i) {
        if (i.data(IdentitiesModel::MaskedRole).toBool())
            Q_EMIT revealRequested(i.data(IdRole).toString());
    });
    connect(m_mergeView, &QTableView::activated, this,
            [this](const QModelIndex &i) { Q_EMIT openCustomerRequested(i.data(IdRole).toString()); });
    connect(m_openDuplicate, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedDuplicateId(); !id.isEmpty())
            Q_EMIT openCustomerRequested(id);
    });
    connect(m_merge, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedDuplicateId(); !id.isEmpty())
            Q_EMIT mergeRequested(id);
    });
    connect(addTag, &QPushButton::clicked, this, &ProfilePanel::addTagRequested);
    connect(m_identitiesView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProfilePanel::selectionChanged);
    connect(m_mergeView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_openDuplicate->setEnabled(!selectedDuplicateId().isEmpty());
        Q_EMIT selectionChanged();
    });
    m_openDuplicate->setEnabled(false);
}

void ProfilePanel::setData(const CustomerSummary &s, QList<IdentityRecord> identities, QList<MergeSuggestion> merges,
                           const QList<TagRecord> &tags)
{
    m_identities->setIdentities(std::move(identities));
    const bool none = merges.isEmpty();
    m_merges->setSuggestions(std::move(merges));
    m_mergeView->setVisible(!none);
    m_noDuplicates->setVisible(none);
    m_merge->setVisible(!none);
    m_openDuplicate->setVisible(!none);
    m_mergeHeading->setText(none ? tr("Possible duplicates")
                                 : tr("Possible duplicates (%1)").arg(m_merges->rowCount()));
    if (!none)
        m_mergeView->selectRow(0);
    m_tags->setTags(tags);
    m_tagsView->expandAll();
    const bool noBody =
        !s.heightCm && !s.weightKg && !s.chestCm && !s.waistCm && !s.hipsCm && s.fitPreference.isEmpty();
    if (noBody) {
        m_body->setText(tr("No body measurements recorded."));
        return;
    }
    m_body->setText(tr("Height %1 · weight %2 · chest %3 · waist %4 · hips %5 · fit %6")
                        .arg(measure(s.heightCm, u"cm"_s), measure(s.weightKg, u"kg"_s), measure(s.chestCm, u"cm"_s),
                             measure(s.waistCm, u"cm"_s), measure(s.hipsCm, u"cm"_s),
                             s.fitPreference.isEmpty() ? u"–"_s : Display::vocabulary(s.fitPreference)));
}

QString ProfilePanel::selectedIdentityId() const
{
    const QModelIndex i = m_identitiesView->currentIndex();
    return i.isValid() ? i.data(IdRole).toString() : QString();
}

QString ProfilePanel::selectedDuplicateId() const
{
    const QModelIndex i = m_mergeView->currentIndex();
    return i.isValid() ? i.data(IdRole).toString() : QString();
}

void ProfilePanel::setMergeAvailable(bool available, const QString &why)
{
    m_merge->setEnabled(available);
    m_merge->setToolTip(available ? tr("Merge this record into the one you are viewing (audited, can be undone)")
                                  : why);
}

} // namespace panorama
