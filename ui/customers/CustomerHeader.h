#pragma once

#include "core/domain/CustomerRecords.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace panorama {

// The top of the 360° view: name, tier badge, points, masked contacts with their reveal buttons, and the figures
// an agent reads first (orders, lifetime value, open tickets).
class CustomerHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerHeader)
public:
    explicit CustomerHeader(QWidget *parent = nullptr);

    // primaryPhone/primaryEmail: the identities shown as contacts (may be empty records).
    void setCustomer(const CustomerSummary &summary, const IdentityRecord &primaryPhone,
                     const IdentityRecord &primaryEmail);
    // A revealed value replaces the mask until cleared.
    void showContact(const QString &identityId, const QString &value);
    void setRevealEnabled(bool enabled, const QString &why);

Q_SIGNALS:
    void revealRequested(const QString &identityId);

private:
    QLabel *m_name;
    QLabel *m_tier;
    QLabel *m_points;
    QLabel *m_merged;
    QLabel *m_phone;
    QLabel *m_email;
    QToolButton *m_revealPhone;
    QToolButton *m_revealEmail;
    QLabel *m_facts;
    QLabel *m_figures;
    IdentityRecord m_phoneIdentity;
    IdentityRecord m_emailIdentity;
};

} // namespace panorama
