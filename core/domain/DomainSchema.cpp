#include "core/domain/DomainSchema.h"

#include "core/storage/Database.h"
#include "core/storage/Migrator.h"

using namespace Qt::StringLiterals;

namespace panorama::DomainSchema {

namespace {

// Every synced row: a UUID (v7, time-ordered, so inserts append), the server's version, updated-at in
// milliseconds since the epoch (UTC) and a tombstone flag. No enforced foreign keys in the cache: partial
// sync may deliver a child before its parent, and the server is the one that enforces integrity.
#define SYNC_COLUMNS                                                                                                   \
    "id TEXT PRIMARY KEY NOT NULL, server_version INTEGER NOT NULL DEFAULT 0, "                                        \
    "updated_at INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))"

const char *const kVersion1 =
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT) WITHOUT ROWID;"

    "CREATE TABLE stores (" SYNC_COLUMNS ", code TEXT NOT NULL, name TEXT NOT NULL, name_en TEXT,"
    " province TEXT, city TEXT, region TEXT);"

    "CREATE TABLE staff (" SYNC_COLUMNS ", username TEXT NOT NULL, display_name TEXT NOT NULL, role TEXT NOT NULL"
    " CHECK (role IN ('agent','supervisor','store_staff','admin')), team TEXT, store_id TEXT, languages TEXT,"
    " skills TEXT, capacity INTEGER NOT NULL DEFAULT 10);"

    "CREATE TABLE customers (" SYNC_COLUMNS ", display_name TEXT NOT NULL, name_key TEXT NOT NULL,"
    " gender TEXT CHECK (gender IN ('female','male','unknown')), birthday TEXT, language TEXT NOT NULL DEFAULT 'zh-CN',"
    " province TEXT, city TEXT, home_store_id TEXT, created_at INTEGER NOT NULL,"
    " height_cm REAL, weight_kg REAL, chest_cm REAL, waist_cm REAL, hips_cm REAL, fit_preference TEXT,"
    " merged_into TEXT);"
    "CREATE INDEX customers_name_key ON customers(name_key);"
    "CREATE INDEX customers_home_store ON customers(home_store_id);"

    "CREATE TABLE identities (" SYNC_COLUMNS ", customer_id TEXT NOT NULL,"
    " kind TEXT NOT NULL CHECK (kind IN ('phone','member_id','device_id','email','open_id')),"
    " channel TEXT NOT NULL CHECK (channel IN ('web','mini_program','store')),"
    " value TEXT NOT NULL, value_hash TEXT NOT NULL, verified INTEGER NOT NULL DEFAULT 0, first_seen_at INTEGER);"
    "CREATE INDEX identities_value_hash ON identities(value_hash);"
    "CREATE INDEX identities_customer ON identities(customer_id);"

    "CREATE TABLE tags (" SYNC_COLUMNS ", customer_id TEXT NOT NULL,"
    " dimension TEXT NOT NULL CHECK (dimension IN ('basic','behavior','scenario')),"
    " key TEXT NOT NULL, value TEXT NOT NULL, weight REAL NOT NULL DEFAULT 1.0, source TEXT NOT NULL DEFAULT 'system');"
    "CREATE INDEX tags_customer ON tags(customer_id);"

    "CREATE TABLE memberships (" SYNC_COLUMNS ", customer_id TEXT NOT NULL UNIQUE,"
    " tier TEXT NOT NULL CHECK (tier IN ('regular','silver','gold','platinum')),"
    " points INTEGER NOT NULL DEFAULT 0, since TEXT NOT NULL, advisor_id TEXT);"

    "CREATE TABLE addresses (" SYNC_COLUMNS ", customer_id TEXT NOT NULL, recipient TEXT NOT NULL, phone TEXT,"
    " province TEXT NOT NULL, city TEXT NOT NULL, district TEXT, line TEXT NOT NULL, postal_code TEXT,"
    " is_default INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX addresses_customer ON addresses(customer_id);"

    "CREATE TABLE size_charts (" SYNC_COLUMNS ", brand TEXT NOT NULL, category TEXT NOT NULL,"
    " gender TEXT NOT NULL, sizes TEXT NOT NULL);"

    "CREATE TABLE products (" SYNC_COLUMNS ", sku TEXT NOT NULL UNIQUE, name TEXT NOT NULL, name_en TEXT,"
    " brand TEXT NOT NULL, category TEXT NOT NULL, gender TEXT NOT NULL, color TEXT, price_cents INTEGER NOT NULL,"
    " size_chart_id TEXT, sizes TEXT NOT NULL, final_sale INTEGER NOT NULL DEFAULT 0);"

    "CREATE TABLE orders (" SYNC_COLUMNS ", order_no TEXT NOT NULL UNIQUE, customer_id TEXT NOT NULL,"
    " channel TEXT NOT NULL CHECK (channel IN ('web','mini_program','store')), store_id TEXT,"
    " status TEXT NOT NULL CHECK (status IN ('pending','paid','packed','shipped','delivered','completed','cancelled',"
    "'returned','partially_returned')),"
    " placed_at INTEGER NOT NULL, paid_at INTEGER, total_cents INTEGER NOT NULL, currency TEXT NOT NULL DEFAULT 'CNY',"
    " payment_method TEXT, payment_last4 TEXT, address_id TEXT);"
    "CREATE INDEX orders_customer ON orders(customer_id, placed_at);"
    "CREATE INDEX orders_store ON orders(store_id);"

    "CREATE TABLE order_items (" SYNC_COLUMNS ", order_id TEXT NOT NULL, product_id TEXT NOT NULL,"
    " sku TEXT NOT NULL, size TEXT NOT NULL, quantity INTEGER NOT NULL CHECK (quantity > 0),"
    " price_cents INTEGER NOT NULL);"
    "CREATE INDEX order_items_order ON order_items(order_id);"

    "CREATE TABLE shipments (" SYNC_COLUMNS ", order_id TEXT NOT NULL, carrier TEXT NOT NULL,"
    " tracking_no TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('label_created','in_transit',"
    "'out_for_delivery','delivered','exception','returned_to_sender')),"
    " shipped_at INTEGER, delivered_at INTEGER, events TEXT NOT NULL DEFAULT '[]');"
    "CREATE INDEX shipments_order ON shipments(order_id);"
    "CREATE INDEX shipments_tracking ON shipments(tracking_no);"

    "CREATE TABLE returns (" SYNC_COLUMNS ", order_id TEXT NOT NULL, order_item_id TEXT NOT NULL,"
    " kind TEXT NOT NULL CHECK (kind IN ('return','exchange')),"
    " reason_code TEXT NOT NULL CHECK (reason_code IN ('size_too_small','size_too_large','quality_defect',"
    "'not_as_described','changed_mind','wrong_item','late_delivery','other')),"
    " status TEXT NOT NULL CHECK (status IN ('requested','approved','in_transit','received','refunded',"
    "'exchanged','rejected','cancelled')),"
    " requested_at INTEGER NOT NULL, resolved_at INTEGER, exchange_size TEXT, refund_cents INTEGER, note TEXT);"
    "CREATE INDEX returns_order ON returns(order_id);"

    "CREATE TABLE tickets (" SYNC_COLUMNS ", ticket_no TEXT NOT NULL UNIQUE, customer_id TEXT, order_id TEXT,"
    " subject TEXT NOT NULL, category TEXT NOT NULL DEFAULT 'other', category_confidence REAL,"
    " priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low','normal','high','urgent')),"
    " status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new','open','pending','on_hold','solved','closed')),"
    " team TEXT, assignee_id TEXT, channel TEXT NOT NULL CHECK (channel IN ('web','mini_program','store','phone',"
    "'email','chat')), language TEXT NOT NULL DEFAULT 'zh-CN', sla_due_at INTEGER, created_at INTEGER NOT NULL,"
    " solved_at INTEGER, routing_explanation TEXT, outcome TEXT, satisfaction INTEGER);"
    "CREATE INDEX tickets_customer ON tickets(customer_id, created_at);"
    "CREATE INDEX tickets_order ON tickets(order_id);"
    "CREATE INDEX tickets_queue ON tickets(status, team, sla_due_at);"
    "CREATE INDEX tickets_assignee ON tickets(assignee_id, status);"

    "CREATE TABLE ticket_messages (" SYNC_COLUMNS ", ticket_id TEXT NOT NULL,"
    " author_kind TEXT NOT NULL CHECK (author_kind IN ('customer','agent','system')), author_id TEXT,"
    " visibility TEXT NOT NULL CHECK (visibility IN ('public','internal')), body TEXT NOT NULL,"
    " created_at INTEGER NOT NULL);"
    "CREATE INDEX ticket_messages_ticket ON ticket_messages(ticket_id, created_at);"

    "CREATE TABLE kb_articles (" SYNC_COLUMNS ", slug TEXT NOT NULL, language TEXT NOT NULL, title TEXT NOT NULL,"
    " body TEXT NOT NULL, category TEXT NOT NULL, tags TEXT NOT NULL DEFAULT '[]', version INTEGER NOT NULL DEFAULT 1,"
    " kind TEXT NOT NULL DEFAULT 'article' CHECK (kind IN ('article','quick_reply')), UNIQUE (slug, language));"

    "CREATE TABLE qa_alerts (" SYNC_COLUMNS ", ticket_id TEXT, message_id TEXT, rule_id TEXT NOT NULL,"
    " rule_kind TEXT NOT NULL, severity TEXT NOT NULL CHECK (severity IN ('info','warning','critical')),"
    " agent_id TEXT, team TEXT, status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','confirmed',"
    "'dismissed','acknowledged','disputed')), detail TEXT, review_note TEXT, created_at INTEGER NOT NULL);"
    "CREATE INDEX qa_alerts_queue ON qa_alerts(status, severity, created_at);"

    "CREATE TABLE audit_events (" SYNC_COLUMNS ", seq INTEGER NOT NULL UNIQUE, at INTEGER NOT NULL,"
    " actor_id TEXT NOT NULL, action TEXT NOT NULL, subject TEXT, reason TEXT, detail TEXT,"
    " prev_hash TEXT NOT NULL, hash TEXT NOT NULL);";

#undef SYNC_COLUMNS

// Step 2 (engines): what the server's routing and QA write on the rows they already have. Tickets: where the
// category came from (import | model | agent | client), when and by which model version the ticket was routed, the
// first-response deadline next to sla_due_at (resolution) and the suggested answer (JSON). QA alerts: the
// supervisor's verdict (confirmed | dismissed) and the agent's response (acknowledged | disputed) kept apart, so
// per-rule precision (confirmed / reviewed) survives an agent's later acknowledgement.
const char *const kVersion2 = "ALTER TABLE tickets ADD COLUMN category_source TEXT;"
                              "ALTER TABLE tickets ADD COLUMN routed_at INTEGER;"
                              "ALTER TABLE tickets ADD COLUMN routing_model TEXT;"
                              "ALTER TABLE tickets ADD COLUMN first_response_due_at INTEGER;"
                              "ALTER TABLE tickets ADD COLUMN suggestion TEXT;"
                              "ALTER TABLE qa_alerts ADD COLUMN verdict TEXT;"
                              "ALTER TABLE qa_alerts ADD COLUMN reviewed_by TEXT;"
                              "ALTER TABLE qa_alerts ADD COLUMN reviewed_at INTEGER;"
                              "ALTER TABLE qa_alerts ADD COLUMN agent_response TEXT;"
                              "ALTER TABLE qa_alerts ADD COLUMN agent_note TEXT;"
                              "ALTER TABLE qa_alerts ADD COLUMN responded_at INTEGER;"
                              "ALTER TABLE qa_alerts ADD COLUMN rules_version TEXT;"
                              "CREATE INDEX qa_alerts_rule ON qa_alerts(rule_id, verdict);";

} // namespace

const Migrator &migrator()
{
    static const Migrator ladder(
        u"domain"_s,
        {
            {1, u"customers, orders, tickets, catalogue, KB, QA, audit"_s, [](Database &db) { db.exec(kVersion1); }},
            {2, u"routing and QA review fields"_s, [](Database &db) { db.exec(kVersion2); }},
        });
    return ladder;
}

int migrate(Database &db)
{
    return migrator().migrate(db);
}

const QStringList &syncedTables()
{
    static const QStringList tables = {
        u"stores"_s,    u"staff"_s,       u"customers"_s,       u"identities"_s,  u"tags"_s,        u"memberships"_s,
        u"addresses"_s, u"size_charts"_s, u"products"_s,        u"orders"_s,      u"order_items"_s, u"shipments"_s,
        u"returns"_s,   u"tickets"_s,     u"ticket_messages"_s, u"kb_articles"_s, u"qa_alerts"_s,   u"audit_events"_s};
    return tables;
}

} // namespace panorama::DomainSchema
