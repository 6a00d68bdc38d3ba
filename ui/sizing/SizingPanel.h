#pragma once

#include "core/sizing/SizeRecommender.h"
#include "models/SizingData.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace panorama {

class AgentSession;

// The sizing assistant in the agent's hands: the body (pre-filled from the customer's profile, editable), the
// product, and the answer recomputed on every change: the size, the runner-up, a calibrated confidence, the
// sentence to read out and the warnings. The measurements can be saved to the profile (a synced, audited edit).
class SizingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SizingPanel)
public:
    explicit SizingPanel(AgentSession &session, QWidget *parent = nullptr);
    ~SizingPanel() override;

    // Pre-fills from the profile and history ("" : a caller with no customer record) and picks the product
    // (an order line's, a ticket order's) or the customer's latest sized purchase.
    void setCustomer(const QString &customerId, const QString &productId = {});
    QString customerId() const { return m_customerId; }
    QString productId() const;
    const std::optional<sizing::Recommendation> &recommendation() const { return m_result; }
    QString errorText() const { return m_error; }
    // The body as the inputs say now.
    sizing::Body body() const;
    void setBody(const sizing::Body &body);
    // Drops the store's learned offsets so the next answer counts returns again.
    void invalidateStoreData();

public Q_SLOTS:
    void recompute();
    void saveMeasurements();

Q_SIGNALS:
    void recomputed();
    void message(const QString &text);

private:
    void fillProducts(const QString &select);
    void updateSave();
    void showResult();
    QJsonObject changedMeasurements() const;

    AgentSession &m_session;
    SizingData m_data;
    std::unique_ptr<sizing::SizeRecommender> m_engine; // built with the store's offsets on first use
    QString m_customerId;
    sizing::Body m_profile; // as saved, to tell what changed
    std::vector<sizing::PurchaseRecord> m_history;
    std::optional<sizing::Recommendation> m_result;
    QString m_error;
    bool m_filling = false;

    QLabel *m_who;
    QComboBox *m_product;
    QDoubleSpinBox *m_height;
    QDoubleSpinBox *m_weight;
    QDoubleSpinBox *m_chest;
    QDoubleSpinBox *m_waist;
    QDoubleSpinBox *m_hips;
    QSpinBox *m_age;
    QComboBox *m_gender;
    QComboBox *m_fit;
    QPushButton *m_save;
    QLabel *m_size;
    QLabel *m_runnerUp;
    QLabel *m_confidence;
    QLabel *m_explanation;
    QLabel *m_warnings;
    QLabel *m_distribution;
    QLabel *m_historyText;
};

} // namespace panorama
