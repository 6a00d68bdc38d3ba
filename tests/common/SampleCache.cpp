// A small hand-made cache shared by the read-side and model tests: three customers (two of them probably the same
// person), 250 orders for one, a shipment with tracking events, an exchange, three tickets and a conversation.
#include "tests/common/SampleCache.h"

#include "core/domain/DomainSchema.h"
#include "core/domain/JsonlImporter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

void write(const QString &dir, const QString &table, const QStringList &lines)
{
    QFile f(QDir(dir).filePath(table + u".jsonl"_s));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write sample data");
    f.write(lines.join(u'\n').toUtf8() + '\n');
}

} // namespace

SampleCache::SampleCache()
{
    {
        db = Database::open(dir.filePath(u"c.db"_s), DatabaseKey::raw(QByteArray(32, 'r')), {.create = true});
        DomainSchema::migrate(*db);
        const QString data = dir.filePath(u"data"_s);
        QDir().mkpath(data);
        write(data, u"staff"_s,
              {uR"({"id":"s1","username":"lina","display_name":"李娜","role":"agent","team":"returns"})"_s,
               uR"({"id":"s2","username":"wang","display_name":"王强","role":"agent","team":"logistics"})"_s});
        write(data, u"customers"_s,
              {uR"({"id":"c1","display_name":"张伟","gender":"male","created_at":1600000000000,"height_cm":175.5})"_s,
               uR"({"id":"c2","display_name":"张伟","gender":"male","created_at":1650000000000})"_s,
               uR"({"id":"c3","display_name":"刘洋","created_at":1650000000000})"_s});
        write(data, u"identities"_s,
              {uR"({"id":"i1","customer_id":"c1","kind":"phone","channel":"web","value":"13800138000"})"_s,
               uR"({"id":"i2","customer_id":"c2","kind":"phone","channel":"store","value":"138 0013 8000"})"_s,
               uR"({"id":"i3","customer_id":"c1","kind":"device_id","channel":"mini_program","value":"dev-1"})"_s,
               uR"({"id":"i4","customer_id":"c2","kind":"device_id","channel":"mini_program","value":"DEV-1"})"_s,
               uR"({"id":"i5","customer_id":"c3","kind":"phone","channel":"web","value":"13900000000"})"_s});
        write(
            data, u"memberships"_s,
            {uR"({"id":"m1","customer_id":"c1","tier":"platinum","points":25000,"since":"2019-05-01","advisor_id":"s1"})"_s});
        QStringList orders, items;
        for (int i = 0; i < 250; ++i) {
            orders
                << uR"({"id":"o%1","order_no":"LL%2","customer_id":"c1","channel":"web","status":"%3","placed_at":%4,"total_cents":%5})"_s
                       .arg(i)
                       .arg(i, 8, 10, QChar(u'0'))
                       .arg(i % 10 == 0 ? u"cancelled"_s : u"completed"_s)
                       .arg(1700000000000LL + i * 86400000LL)
                       .arg(1000 + i);
            items
                << uR"({"id":"oi%1","order_id":"o%1","product_id":"p1","sku":"SKU1","size":"M","quantity":1,"price_cents":%2})"_s
                       .arg(i)
                       .arg(1000 + i);
        }
        write(data, u"orders"_s, orders);
        write(data, u"order_items"_s, items);
        write(
            data, u"products"_s,
            {uR"({"id":"p1","sku":"SKU1","name":"羊毛大衣","brand":"Lumen","category":"outerwear","gender":"female","price_cents":1000,"sizes":["S","M","L"]})"_s});
        write(
            data, u"shipments"_s,
            {uR"({"id":"sh1","order_id":"o249","carrier":"SF","tracking_no":"SF1","status":"delivered","shipped_at":1,"delivered_at":2,"events":[{"at":1,"status":"in_transit","location":"杭州"},{"at":2,"status":"delivered","location":"上海"}]})"_s});
        write(
            data, u"returns"_s,
            {uR"({"id":"r1","order_id":"o249","order_item_id":"oi249","kind":"exchange","reason_code":"size_too_small","status":"requested","requested_at":1800000000000,"exchange_size":"L"})"_s});
        write(
            data, u"tickets"_s,
            {uR"({"id":"t1","ticket_no":"T00000001","customer_id":"c1","order_id":"o249","subject":"换大一码","category":"size_problem","priority":"high","status":"open","team":"returns","assignee_id":"s1","channel":"chat","sla_due_at":1000,"created_at":1800000000001})"_s,
             uR"({"id":"t2","ticket_no":"T00000002","customer_id":"c3","subject":"Where is my parcel","status":"new","channel":"web","sla_due_at":999999999999999,"created_at":1700000000000})"_s,
             uR"({"id":"t3","ticket_no":"T00000003","customer_id":"c3","subject":"发票","status":"closed","team":"returns","channel":"web","created_at":1600000000000})"_s});
        write(
            data, u"ticket_messages"_s,
            {uR"({"id":"tm2","ticket_id":"t1","author_kind":"agent","author_id":"s1","visibility":"internal","body":"已核实库存","created_at":20})"_s,
             uR"({"id":"tm1","ticket_id":"t1","author_kind":"customer","visibility":"public","body":"M码小了","created_at":10})"_s});
        JsonlImporter(*db).importDirectory(data);
    }
}

} // namespace panorama
