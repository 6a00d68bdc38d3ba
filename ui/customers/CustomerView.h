#pragma once

#include "core/domain/CustomerRecords.h"

#include <QWidget>

#include <memory>

class QTabWidget;
class QTableView;
class QTimer;

namespace panorama {

class AddressesModel;
class AgentSession;
class CustomerHeader;
class CustomerRepository;
class CustomerTicketsModel;
class OrdersPanel;
class ProfilePanel;
class TicketRepository;
class TimelineModel;
struct RevealOutcome;

// The 360° view of one customer: header, profile column (identities, duplicates, tags, body), and tabs for orders
// (with the order detail), the timeline, tickets and addresses. Reads the cache through the domain repositories;
// every change goes through the session.
class CustomerView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerView)
public:
    CustomerView(AgentSession &session, const QString &customerId, QWidget *parent = nullptr);
    ~CustomerView() override;

    bool isValid() const { return m_summary.has_value(); }
    QString customerId() const { return m_customerId; }
    QString displayName() const { return m_summary ? m_summary->displayName : QString(); }
    const std::optional<CustomerSummary> &summary() const { return m_summary; }
    QString selectedOrderId() const;
    QString selectedOrderNo() const;
    QString selectedOrderItemId() const;
    bool selectOrder(const QString &orderId);
    // What Reveal would show now: the focused identity or address cell, else the primary phone. table empty: none.
    struct RevealTarget
    {
        QString table, rowId, field, label, masked;
    };
    RevealTarget revealTarget() const;
    RevealTarget identityTarget(const QString &identityId) const;
    void applyReveal(const RevealTarget &target, const RevealOutcome &outcome);

    OrdersPanel *orders() const { return m_orders; }
    ProfilePanel *profile() const { return m_profile; }
    QTabWidget *tabs() const { return m_tabs; }
    void showTab(int index);
    enum Tab
    {
        OrdersTab,
        TimelineTab,
        TicketsTab,
        AddressesTab
    };

    // Reloads what the changed tables affect.
    void reload(const QStringList &tables);
    void setRevealEnabled(bool enabled, const QString &why);

Q_SIGNALS:
    void revealRequested(const QString &identityId); // "" = whatever revealTarget() says
    void openTicketRequested(const QString &ticketId);
    void openCustomerRequested(const QString &customerId);
    void newTicketRequested(const QString &orderId, const QString &category);
    void mergeRequested(const QString &otherCustomerId);
    void addTagRequested();
    void selectionChanged();

private:
    void loadAll();
    void loadSide();

    AgentSession &m_session;
    QString m_customerId;
    std::unique_ptr<CustomerRepository> m_repo;
    std::unique_ptr<TicketRepository> m_tickets;
    std::optional<CustomerSummary> m_summary;
    CustomerHeader *m_header;
    ProfilePanel *m_profile;
    QTabWidget *m_tabs;
    OrdersPanel *m_orders;
    TimelineModel *m_timeline;
    QTableView *m_timelineView;
    CustomerTicketsModel *m_ticketModel;
    QTableView *m_ticketsView;
    AddressesModel *m_addresses;
    QTableView *m_addressesView;
    QTimer *m_expiry;
    bool m_sideLoaded = false;
};

} // namespace panorama
