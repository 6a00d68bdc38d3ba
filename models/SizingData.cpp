#include "models/SizingData.h"

#include "core/domain/CustomerRepository.h"
#include "core/sizing/SizeJson.h"
#include "core/sizing/SizingError.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

constexpr QLatin1StringView kPreset{"preset:"};

// Outcome of a purchase from its return's reason (none: kept).
sizing::PurchaseOutcome outcomeOf(const QString &reason)
{
    if (reason.isEmpty())
        return sizing::PurchaseOutcome::Kept;
    return sizing::parseOutcome(reason).value_or(sizing::PurchaseOutcome::OtherReturn);
}

// The same purchase-with-outcome query for one customer or for the whole store; grouped so the store's history is
// a few rows per product.
constexpr const char *kOutcomes =
    "SELECT p.id, p.brand, p.category, i.size, coalesce(r.reason_code, ''), %1"
    " FROM order_items i JOIN orders o ON o.id = i.order_id AND o.deleted = 0 AND o.status <> 'cancelled'"
    " JOIN products p ON p.id = i.product_id AND p.deleted = 0"
    " LEFT JOIN returns r ON r.order_item_id = i.id AND r.deleted = 0 AND r.status NOT IN ('rejected', 'cancelled')"
    " WHERE i.deleted = 0 %2";

// A row of kOutcomes: product, brand, category, size and the outcome from the return's reason.
sizing::PurchaseRecord purchaseOf(Query &q)
{
    sizing::PurchaseRecord r;
    r.productId = q->text(0);
    r.brand = q->text(1);
    r.category = q->text(2);
    r.size = q->text(3);
    r.outcome = outcomeOf(q->text(4));
    r.source =
        r.outcome == sizing::PurchaseOutcome::Kept ? sizing::FeedbackSource::Order : sizing::FeedbackSource::Return;
    return r;
}

} // namespace

SizingData::SizingData(Database &db) : m_db(db) {}

sizing::Body SizingData::body(const QString &customerId, qint64 nowMs)
{
    sizing::Body b;
    const auto s = CustomerRepository(m_db).summary(customerId);
    if (!s)
        return b;
    b.heightCm = s->heightCm.value_or(0);
    b.weightKg = s->weightKg.value_or(0);
    b.chestCm = s->chestCm;
    b.waistCm = s->waistCm;
    b.hipsCm = s->hipsCm;
    b.gender = sizing::parseGender(s->gender).value_or(sizing::Gender::Unknown);
    b.fit = sizing::parseFit(s->fitPreference).value_or(sizing::FitPreference::Regular);
    const QDate born = QDate::fromString(s->birthday.left(10), Qt::ISODate);
    if (born.isValid()) {
        const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
        const double years = born.daysTo(today) / 365.25;
        if (years > 0 && years < 120)
            b.ageYears = std::floor(years);
    }
    return b;
}

std::vector<sizing::PurchaseRecord> SizingData::history(const QString &customerId)
{
    std::vector<sizing::PurchaseRecord> out;
    const QByteArray sql =
        QString::fromLatin1(kOutcomes).arg(u"o.placed_at"_s, u"AND o.customer_id = ?1 ORDER BY o.placed_at"_s).toUtf8();
    Query q = m_db.query(sql.constData());
    q.bind(1, customerId);
    while (q.next()) {
        sizing::PurchaseRecord r = purchaseOf(q);
        r.date = QDateTime::fromMSecsSinceEpoch(q->int64(5)).date();
        out.push_back(r);
    }
    return out;
}

QList<SizingProduct> SizingData::productsFor(const QString &customerId)
{
    QList<SizingProduct> out;
    if (!customerId.isEmpty()) {
        Query q =
            m_db.query("SELECT p.id, p.name, p.brand, p.category, i.size, max(o.placed_at) AS last FROM order_items i"
                       " JOIN orders o ON o.id = i.order_id AND o.deleted = 0 JOIN products p ON p.id = i.product_id"
                       " AND p.deleted = 0 AND p.size_chart_id IS NOT NULL"
                       " WHERE i.deleted = 0 AND o.customer_id = ?1 GROUP BY p.id ORDER BY last DESC LIMIT 50");
        q.bind(1, customerId);
        while (q.next())
            out << SizingProduct{q->text(0), q->text(1), q->text(2), q->text(3), q->text(4)};
    }
    for (const QString &name : sizing::json::presetChartNames())
        out << SizingProduct{kPreset + name, name, {}, u"tops"_s, {}};
    return out;
}

QString SizingData::productOfOrderItem(const QString &orderItemId)
{
    Query q = m_db.query("SELECT product_id FROM order_items WHERE id = ?1 AND deleted = 0");
    q.bind(1, orderItemId);
    return q.next() ? q->text(0) : QString();
}

QString SizingData::productOfOrder(const QString &orderId)
{
    Query q = m_db.query("SELECT i.product_id FROM order_items i JOIN products p ON p.id = i.product_id"
                         " WHERE i.order_id = ?1 AND i.deleted = 0 ORDER BY p.size_chart_id IS NULL, i.id LIMIT 1");
    q.bind(1, orderId);
    return q.next() ? q->text(0) : QString();
}

std::optional<sizing::SizeChart> SizingData::chart(const QString &productId, QString *error)
{
    try {
        if (productId.startsWith(kPreset))
            return sizing::json::presetChart(productId.mid(kPreset.size()));
        Query q = m_db.query("SELECT p.brand, p.category, c.sizes FROM products p JOIN size_charts c"
                             " ON c.id = p.size_chart_id AND c.deleted = 0 WHERE p.id = ?1 AND p.deleted = 0");
        q.bind(1, productId);
        if (!q.next()) {
            if (error)
                *error = QStringLiteral("no size chart");
            return std::nullopt;
        }
        const QJsonObject json{{u"brand"_s, q->text(0)},
                               {u"category"_s, q->text(1)},
                               {u"product"_s, productId},
                               {u"sizes"_s, QJsonDocument::fromJson(q->text(2).toUtf8()).array()}};
        return sizing::json::chartFromJson(json);
    } catch (const sizing::SizingError &e) {
        if (error)
            *error = e.message();
        return std::nullopt;
    }
}

sizing::SizeOffsets SizingData::storeOffsets()
{
    sizing::SizeOffsets offsets;
    const QByteArray sql = QString::fromLatin1(kOutcomes)
                               .arg(u"count(*)"_s, u"GROUP BY p.id, i.size, coalesce(r.reason_code, '')"_s)
                               .toUtf8();
    Query q = m_db.query(sql.constData());
    while (q.next()) {
        const sizing::PurchaseRecord r = purchaseOf(q);
        if (r.outcome == sizing::PurchaseOutcome::OtherReturn)
            continue; // says nothing about size
        for (qint64 n = q->int64(5); n > 0; --n)
            offsets.record(r);
    }
    return offsets;
}

QList<SizingChartFlag> SizingData::chartFlags(const sizing::SizeOffsets &offsets)
{
    QHash<QString, sizing::SizeChart> charts;
    for (const QString &product : offsets.products()) {
        if (auto c = chart(product))
            charts.insert(product, *c);
    }
    QList<SizingChartFlag> out;
    for (const sizing::ChartFlag &f : offsets.chartFlags(charts)) {
        SizingChartFlag row{f, {}, {}};
        Query q = m_db.query("SELECT name, sku FROM products WHERE id = ?1");
        q.bind(1, f.productId);
        if (q.next()) {
            row.productName = q->text(0);
            row.sku = q->text(1);
        }
        out << row;
    }
    std::sort(out.begin(), out.end(), [](const SizingChartFlag &a, const SizingChartFlag &b) {
        return std::abs(a.flag.steps) > std::abs(b.flag.steps);
    });
    return out;
}

} // namespace panorama
