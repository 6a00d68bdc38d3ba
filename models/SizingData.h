#pragma once

#include "core/sizing/SizeRecommender.h"

#include <QList>
#include <QString>

#include <optional>

namespace panorama {

class Database;

// A product the sizing panel can recommend for: one with a size chart in the cache, or one of the store's
// published charts (id "preset:women", "preset:men").
struct SizingProduct
{
    QString id;
    QString name;
    QString brand;
    QString category;
    QString lastSize; // the size the customer last bought, if it comes from their history
};

// A size chart the returns say is probably wrong, with the product's name for the dashboard.
struct SizingChartFlag
{
    sizing::ChartFlag flag;
    QString productName;
    QString sku;
};

// What the sizing assistant reads from the cache: the customer's body and fit from the profile, their purchase and
// size-return history, product size charts, and the store's own outcomes per brand and product (the learned offsets
// and the size-chart flags). Read-only; the measurements are saved through the session.
class SizingData final
{
public:
    explicit SizingData(Database &db);

    // The profile's body: height, weight, chest, waist, hips, gender, age (from the birthday) and fit preference.
    // Missing height or weight stay 0 (the panel asks for them).
    sizing::Body body(const QString &customerId, qint64 nowMs);
    // Every item the customer bought with its outcome (kept, returned too small / too large / other); cancelled
    // orders are left out.
    std::vector<sizing::PurchaseRecord> history(const QString &customerId);
    // Products of the customer's history that have a size chart (newest first), then the published charts.
    QList<SizingProduct> productsFor(const QString &customerId);
    // The product of an order line or of an order's first sized item ("" when none).
    QString productOfOrderItem(const QString &orderItemId);
    QString productOfOrder(const QString &orderId);
    // The chart of a product ("preset:women" for a published one); nullopt with `error` set when it has none or
    // it is malformed.
    std::optional<sizing::SizeChart> chart(const QString &productId, QString *error = nullptr);
    // The store's outcomes of every sized purchase (kept, size returns), as the feedback loop counts them.
    sizing::SizeOffsets storeOffsets();
    // Products whose size returns cluster on one side, largest shift first.
    QList<SizingChartFlag> chartFlags(const sizing::SizeOffsets &offsets);

private:
    Database &m_db;
};

} // namespace panorama
