#include "core/demo/TicketWriter.h"

#include "core/demo/DemoTime.h"
#include "core/demo/DemoWorld.h"
#include "core/demo/Geography.h"
#include "core/demo/JsonLineWriter.h"
#include "core/demo/Partition.h"
#include "core/demo/TicketTexts.h"
#include "core/demo/TraditionalChinese.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace panorama::demo {

using namespace DemoTime;
using S = TicketSlots;

namespace {

constexpr Team kTeamOf[] = {Team::Returns,    Team::Sizing,     Team::Logistics,  Team::Payments, Team::Membership,
                            Team::Complaints, Team::Complaints, Team::Membership, Team::Payments, Team::Returns};
constexpr double kTierRate[] = {1.0, 1.2, 1.5, 2.0};
constexpr double kTierThreshold[] = {0, 2000, 8000, 20000, 20000};

enum class Status
{
    New,
    Open,
    Pending,
    OnHold,
    Solved,
    Closed
};
const char *const kStatusKeys[] = {"new", "open", "pending", "on_hold", "solved", "closed"};

Status statusForAge(Rng &rng, int64_t age)
{
    if (age < 2 * kHour)
        return rng.chance(0.5) ? Status::New : Status::Open;
    static const Status order[] = {Status::Open, Status::Pending, Status::OnHold, Status::Solved, Status::Closed};
    int i;
    if (age < 3 * kDay)
        i = rng.weighted({30, 25, 5, 40, 0});
    else if (age < 10 * kDay)
        i = rng.weighted({6, 8, 4, 70, 12});
    else
        i = rng.weighted({1, 1.5, 1.5, 11, 85});
    return order[i];
}

bool isKey(const Script &s, const char *key)
{
    return std::strcmp(s.key, key) == 0;
}

} // namespace

TicketWriter::TicketWriter(const DemoWorld &world, Partition &partition) : m_world(world), m_partition(partition) {}

void TicketWriter::write(const std::vector<TicketPlan> &plans)
{
    for (const TicketPlan &plan : plans) {
        Rng rng(m_world.seed(), mix64(plan.globalIndex) ^ 0x7717e7);
        writeTicket(plan, rng);
    }
}

std::string TicketWriter::text(const char *tmpl, bool traditional)
{
    m_scratch.clear();
    m_slots.expand(m_scratch, tmpl);
    return traditional ? TraditionalChinese::convert(m_scratch) : m_scratch;
}

std::string TicketWriter::pickText(const std::vector<const char *> &options, Rng &rng, bool traditional)
{
    return text(options[rng.below(uint32_t(options.size()))], traditional);
}

void TicketWriter::fillSlots(const TicketPlan &plan, const Script &script, bool en, Rng &rng)
{
    const Partition &p = m_partition;
    const Catalogue &cat = m_world.catalogue();
    const Customer &c = p.customers[size_t(plan.customer)];
    const City &city = Geography::cities()[size_t(c.city)];
    const int64_t now = m_world.now();
    m_slots.clear();
    const bool female = c.gender == PersonNames::Gender::Female;
    m_slots[S::Name] = c.genderKnown ? PersonNames::honorific(c.name, c.gender, en) : c.displayName;
    m_slots[S::Tier] = TicketTexts::tierName(c.tier, en);
    m_slots[S::ReturnShipping] = TicketTexts::returnShipping(c.tier, en);
    m_slots[S::RefundTime] = TicketTexts::refundTime(c.tier, en);
    m_slots[S::QuickExchange] = TicketTexts::quickExchange(c.tier, en);
    m_slots[S::BirthdayCoupon] = TicketTexts::birthdayCoupon(c.tier, en);
    m_slots[S::City] = en ? city.nameEn : city.name;
    m_slots[S::Address] =
        en ? std::string("a new address in ") + city.nameEn : std::string(city.name) + city.districts[0] + "的新地址";
    m_slots[S::Height] = std::to_string(int(std::lround(c.body.height)));
    m_slots[S::Weight] = std::to_string(int(std::lround(c.body.weight)));
    m_slots[S::ChildHeight] = std::to_string(int(std::lround(c.childHeight)));
    m_slots[S::Points] = std::to_string(c.points);
    const int year = cstDate(now).year;
    m_slots[S::ThisYear] = std::to_string(year);
    m_slots[S::ExpiryYear] = std::to_string(year + 2);
    static const int kWindow[] = {7, 15, 30, 45};
    m_slots[S::Days] = std::to_string(kWindow[c.tier]);
    const int next = std::min(3, int(c.tier) + 1);
    m_slots[S::NextTier] = TicketTexts::tierName(next, en);
    const double earned = double(c.spend12mCents) / 100.0 * kTierRate[c.tier];
    const int64_t needed = std::max<int64_t>(100, int64_t((kTierThreshold[next] - earned) / 10.0) * 10);
    m_slots[S::PointsNeeded] = std::to_string(needed);
    const auto &stores = m_world.workforce().stores();
    const int store = c.homeStore >= 0 ? c.homeStore : int(c.globalIndex % stores.size());
    m_slots[S::Store] = en ? stores[size_t(store)].nameEn : stores[size_t(store)].name;

    // The product: the ticket's order line, or one the customer is looking at.
    int productIndex = -1;
    const OrderItem *item = plan.item >= 0 ? &p.items[size_t(plan.item)] : nullptr;
    if (item) {
        productIndex = item->product;
    } else {
        Wearer wearer = female ? Wearer::Female : Wearer::Male;
        Category category = female ? Category::Dresses : Category::Shirts;
        if (script.need == Need::Child) {
            wearer = Wearer::Kids;
            category = rng.chance(0.5) ? Category::Tops : Category::Outerwear;
        } else {
            static const Category kBrowse[] = {Category::Tops, Category::Shirts, Category::Trousers,
                                               Category::Outerwear, Category::Knitwear};
            if (!female || rng.chance(0.6))
                category = kBrowse[rng.below(std::size(kBrowse))];
        }
        productIndex = cat.drawProduct(rng, wearer, category, c.brandWeights);
        if (productIndex < 0) {
            static const double kMainLine[6] = {1, 0, 0, 0, 0, 0};
            productIndex = cat.drawProduct(rng, wearer, category, kMainLine);
        }
    }
    if (productIndex >= 0) {
        const Product &prod = cat.products()[size_t(productIndex)];
        const SizeChart *chart = cat.chartOf(prod);
        m_slots[S::Product] = en ? prod.nameEn : prod.name;
        m_slots[S::Color] = en ? prod.colorEn : prod.colorZh;
        m_slots[S::Brand] =
            en ? Catalogue::brands()[size_t(prod.brand)].name : Catalogue::brands()[size_t(prod.brand)].nameZh;
        const bool rigid = prod.brand == 4 && prod.category == Category::Jeans && prod.bias > 0.6;
        m_slots[S::FitNote] = TicketTexts::fitNote(prod.brand, rigid, en);
        auto label = [&](int i) {
            return chart ? chart->rows()[size_t(std::clamp(i, prod.firstSize, prod.lastSize))].label : std::string("F");
        };
        if (item) {
            m_slots[S::Size] = label(item->size);
            int other = item->size;
            if (plan.ret >= 0 && p.returns[size_t(plan.ret)].exchange)
                other = p.returns[size_t(plan.ret)].exchangeSize;
            else if (item->rightSize != item->size)
                other = item->rightSize;
            else if (isKey(script, "size_too_small"))
                other = item->size + 1;
            else if (isKey(script, "size_too_large"))
                other = item->size - 1;
            m_slots[S::NewSize] = label(other);
            m_slots[S::UsualSize] = label(item->size);
            m_slots[S::Amount] = TicketTexts::money(int64_t(item->priceCents) * item->quantity);
        } else if (chart) {
            Body body = c.body;
            if (script.need == Need::Child)
                body = Body{c.childHeight};
            const double pos = chart->position(body);
            m_slots[S::Size] = label(chart->indexFor(pos, prod.bias));
            m_slots[S::UsualSize] = label(chart->indexFor(pos, 0));
            m_slots[S::NewSize] = m_slots[S::Size];
        } else {
            m_slots[S::Size] = m_slots[S::NewSize] = m_slots[S::UsualSize] = "F";
        }
    }

    // The order, its parcel and its return.
    if (plan.order >= 0) {
        const Order &o = p.orders[size_t(plan.order)];
        m_slots[S::Order] = o.orderNo;
        m_slots[S::Placed] = TicketTexts::date(o.placedAt, en);
        const int64_t base = o.deliveredAt ? o.deliveredAt : o.placedAt;
        m_slots[S::Date] = TicketTexts::date(base, en);
        m_slots[S::Deadline] = TicketTexts::date(base + int64_t(kWindow[c.tier]) * kDay, en);
        m_slots[S::PointsDate] = TicketTexts::date(base + 15 * kDay, en);
        if (!item)
            m_slots[S::Amount] = TicketTexts::money(o.totalCents);
    } else {
        m_slots[S::Order] = en ? "(no order yet)" : "（暂无订单）";
        m_slots[S::Date] = m_slots[S::Placed] = m_slots[S::Deadline] = m_slots[S::PointsDate] =
            TicketTexts::date(plan.createdAt, en);
    }
    if (plan.shipment >= 0) {
        const Shipment &s = p.shipments[size_t(plan.shipment)];
        const City &dest = Geography::cities()[size_t(s.city)];
        m_slots[S::Carrier] = en ? (s.sf ? "SF Express" : "ZTO Express") : (s.sf ? "顺丰速运" : "中通快递");
        m_slots[S::Tracking] = s.trackingNo;
        m_slots[S::Transit] = TicketTexts::transit(dest.tier, dest.remote, en);
        const int64_t t = plan.createdAt;
        if (s.arriveAt && s.arriveAt <= t)
            m_slots[S::Where] = en ? std::string("it has reached the delivery station in ") + dest.nameEn
                                   : std::string("已到达") + dest.name + dest.districts[size_t(s.district)] + "营业点";
        else if (s.hubAt <= t)
            m_slots[S::Where] = en ? std::string("it is at a sorting centre on the way to ") + dest.nameEn
                                   : std::string("已到达【") + Geography::hubFor(dest) + "】";
        else
            m_slots[S::Where] = en ? std::string("it has been collected by ") + m_slots[S::Carrier]
                                   : "已由" + m_slots[S::Carrier] + "揽收";
        if (s.trouble != ParcelTrouble::None)
            m_slots[S::Date] = TicketTexts::date(s.hubAt, en);
    } else {
        m_slots[S::Carrier] = en ? "the carrier" : "快递公司";
        m_slots[S::Tracking] = en ? "(not yet assigned)" : "（暂无单号）";
        m_slots[S::Transit] = TicketTexts::transit(city.tier, city.remote, en);
        m_slots[S::Where] = en ? "it is being prepared at our warehouse" : "仓库正在打包";
    }
    if (plan.ret >= 0) {
        const Return &r = p.returns[size_t(plan.ret)];
        const int64_t t = plan.createdAt;
        const char *status = "requested";
        if (r.resolvedAt && r.resolvedAt <= t)
            status = r.status;
        else if (r.receivedAt && r.receivedAt <= t && std::strcmp(r.status, "cancelled") != 0)
            status = "received";
        else if (r.approvedAt && r.approvedAt + kDay <= t)
            status = "in_transit";
        else if (r.approvedAt && r.approvedAt <= t)
            status = "approved";
        m_slots[S::ReturnStatus] = TicketTexts::returnStatus(status, en);
        if (r.refundCents >= 0)
            m_slots[S::Amount] = TicketTexts::money(r.refundCents);
        m_slots[S::Date] = TicketTexts::date(r.requestedAt, en);
    } else {
        m_slots[S::ReturnStatus] = TicketTexts::returnStatus("requested", en);
    }
}

void TicketWriter::writeTicket(const TicketPlan &plan, Rng &rng)
{
    Partition &p = m_partition;
    const Script &script = TicketScripts::all()[size_t(plan.script)];
    const Customer &c = p.customers[size_t(plan.customer)];
    const Workforce &staff = m_world.workforce();
    const bool en = c.language == Language::En;
    const bool tw = c.language == Language::ZhTW;
    const ScriptText &tx = en ? script.en : script.zh;
    const int64_t now = m_world.now();
    fillSlots(plan, script, en, rng);

    // Routing: the category's team; most of a platinum member's cases go to the advisors.
    Team team = kTeamOf[int(script.category)];
    const bool viaAdvisor = c.tier == Platinum && script.category != TicketCategory::Complaint && rng.chance(0.7);
    if (viaAdvisor)
        team = Team::VipAdvisors;
    m_slots[S::Team] = TicketTexts::teamName(int(team), en);
    Status status = statusForAge(rng, now - plan.createdAt);
    int agent = -1;
    if (status != Status::New) {
        const auto &pool = staff.agents(team, en);
        agent = (viaAdvisor && c.advisor >= 0) ? c.advisor : pool[rng.below(uint32_t(pool.size()))];
        const StaffMember &a = staff.staff()[size_t(agent)];
        m_slots[S::Agent] = en ? a.englishName : a.displayName;
    }

    std::vector<Message> messages;
    messages.push_back({"customer", -1, false, plan.createdAt, pickText(tx.opens, rng, tw)});
    if (status == Status::New || rng.chance(0.45))
        messages.push_back({"system", -1, true, plan.createdAt + rng.range64(kSecond, 40 * kSecond),
                            text(TicketScripts::routedMessage(en), tw)});
    const int sla = c.tier == Platinum ? 1 : 4;
    const int64_t slaDue = addBusinessHours(plan.createdAt, sla);
    int64_t solvedAt = 0;
    if (status != Status::New) {
        // First answer: inside the SLA most of the time, late now and then.
        const int64_t reply = rng.chance(0.92) ? addBusinessMinutes(plan.createdAt, rng.range(3, sla * 54))
                                               : addBusinessMinutes(plan.createdAt, sla * 60 + rng.range(10, 300));
        if (reply >= now) {
            status = Status::Open;
        } else {
            const char *sep = en ? " " : "";
            std::string body;
            if (!rng.chance(0.02)) // a few agents forget the greeting (QA finds them)
                body = text(TicketScripts::greetings(en)[rng.below(3)], tw) + sep;
            body += pickText(tx.replies, rng, tw);
            if (rng.chance(0.015)) // and a few write what policy forbids
                body += sep + text(TicketScripts::violations(en)[rng.below(3)], tw);
            body += sep + text(TicketScripts::closings(en)[rng.below(3)], tw);
            messages.push_back({"agent", agent, false, reply, body});
            int64_t last = reply;
            if (status != Status::Open && rng.chance(0.55)) {
                const int64_t follow = reply + rng.range64(5 * kMinute, 20 * kHour);
                if (follow < now) {
                    // The agent's second answer replies to what the customer asked (same index in the script).
                    const bool own = rng.chance(0.6);
                    const auto generic = TicketScripts::genericFollows(en);
                    const size_t which = rng.below(uint32_t(own ? tx.follows.size() : generic.size()));
                    messages.push_back(
                        {"customer", -1, false, follow, text(own ? tx.follows[which] : generic[which], tw)});
                    last = follow;
                    const int64_t answer = follow + rng.range64(10 * kMinute, 4 * kHour);
                    if (answer < now) {
                        const auto closes = TicketScripts::genericCloses(en);
                        messages.push_back(
                            {"agent", agent, false, answer,
                             text(own ? tx.closes[which % tx.closes.size()] : closes[which % closes.size()], tw)});
                        last = answer;
                    } else {
                        status = Status::Open;
                    }
                }
            }
            if (status == Status::OnHold || rng.chance(0.3)) {
                const int64_t noteAt = std::min(now - kSecond, last + rng.range64(kMinute, 2 * kHour));
                const bool escalated = std::strcmp(script.outcome, "escalated") == 0;
                const auto &sups = staff.supervisors(team);
                const int author =
                    escalated && !sups.empty() && rng.chance(0.5) ? sups[rng.below(uint32_t(sups.size()))] : agent;
                messages.push_back({"agent", author, true, noteAt, pickText(tx.notes, rng, tw)});
                last = std::max(last, noteAt);
            }
            if (status == Status::Solved || status == Status::Closed) {
                solvedAt = last + rng.range64(kMinute, 2 * kHour);
                if (solvedAt >= now) {
                    solvedAt = 0;
                    status = Status::Pending;
                }
            }
        }
    }

    if (messages.size() < 2) // every ticket shows at least how it was routed
        messages.push_back({"system", -1, true, plan.createdAt + rng.range64(kSecond, 40 * kSecond),
                            text(TicketScripts::routedMessage(en), tw)});

    // The ticket row.
    const Uuid id = m_world.ids().make(IdSpace::Ticket, uint32_t(p.index), plan.globalIndex, plan.createdAt);
    int64_t updated = plan.createdAt;
    for (const Message &m : messages)
        updated = std::max(updated, m.at);
    if (solvedAt)
        updated = std::max(updated, status == Status::Closed ? std::min(now - kSecond, solvedAt + 4 * kDay) : solvedAt);
    JsonLineWriter w(p.buffer(Table::Tickets));
    w.beginSynced(id, updated);
    char number[16];
    std::snprintf(number, sizeof number, "T%08llu",
                  static_cast<unsigned long long>(m_world.ticketNumbers().map(plan.globalIndex)));
    w.text("ticket_no", number);
    w.id("customer_id", c.id);
    w.idOrNull("order_id", plan.order >= 0 ? &p.orders[size_t(plan.order)].id : nullptr);
    w.text("subject", pickText(tx.subjects, rng, tw));
    w.text("category", ticketCategoryKey(script.category));
    const double u = rng.uniform();
    const double confidence = script.category == TicketCategory::Other ? 0.45 + 0.4 * u : 0.99 - 0.4 * u * u;
    w.fixed("category_confidence", confidence, 2);
    const char *priority = "normal";
    if (script.category == TicketCategory::Complaint)
        priority = isKey(script, "complaint_refund") && rng.chance(0.6) ? "urgent" : "high";
    else if (c.tier == Platinum || (script.need == Need::ParcelTrouble && rng.chance(0.4)))
        priority = "high";
    else if ((script.category == TicketCategory::Presale || script.category == TicketCategory::Other ||
              isKey(script, "payment_methods") || isKey(script, "points_expiry")) &&
             rng.chance(0.5))
        priority = "low";
    w.text("priority", priority);
    w.text("status", kStatusKeys[int(status)]);
    w.text("team", teamKey(team));
    w.idOrNull("assignee_id", agent >= 0 ? &staff.staff()[size_t(agent)].id : nullptr);
    static const char *const kOnline[] = {"web", "email", "chat", "phone"};
    static const char *const kMini[] = {"mini_program", "chat", "phone"};
    static const char *const kStore[] = {"store", "phone"};
    const char *channel = "phone";
    if ((c.channels & MiniProgram) && rng.chance(0.6))
        channel = kMini[rng.weighted({60, 30, 10})];
    else if (c.channels & Web)
        channel = kOnline[rng.weighted({40, 20, 30, 10})];
    else if (c.channels & InStore)
        channel = kStore[rng.weighted({60, 40})];
    w.text("channel", channel);
    w.text("language", en ? "en" : (tw ? "zh-TW" : "zh-CN"));
    w.integer("sla_due_at", slaDue);
    w.integer("created_at", plan.createdAt);
    if (solvedAt)
        w.integer("solved_at", solvedAt);
    else
        w.null("solved_at");
    char why[200];
    std::snprintf(why, sizeof why, "category %s (%.2f) -> team %s%s; language %s", ticketCategoryKey(script.category),
                  confidence, teamKey(kTeamOf[int(script.category)]),
                  viaAdvisor ? "; platinum member -> vip_advisors" : "", en ? "en" : (tw ? "zh-TW" : "zh-CN"));
    w.text("routing_explanation", why);
    const bool done = status == Status::Solved || status == Status::Closed;
    const char *outcome = script.outcome;
    if (plan.ret >= 0 && (isKey(script, "quality_defect") || script.category == TicketCategory::SizeProblem))
        outcome = p.returns[size_t(plan.ret)].exchange ? "exchange" : "return";
    if (done)
        w.text("outcome", outcome);
    else
        w.null("outcome");
    if (done && rng.chance(0.6)) {
        const bool unhappy = std::strcmp(outcome, "escalated") == 0 || std::strcmp(outcome, "no_action") == 0;
        const int score = unhappy ? 1 + rng.weighted({25, 20, 25, 20, 10}) : 1 + rng.weighted({3, 4, 10, 28, 55});
        w.integer("satisfaction", score);
    } else {
        w.null("satisfaction");
    }
    w.endRow();
    p.countRows(Table::Tickets);

    JsonLineWriter mw(p.buffer(Table::TicketMessages));
    std::stable_sort(messages.begin(), messages.end(), [](const Message &a, const Message &b) { return a.at < b.at; });
    for (const Message &m : messages) {
        const Uuid mid = m_world.ids().make(IdSpace::TicketMessage, uint32_t(p.index), m_messageSeq++, m.at);
        mw.beginSynced(mid, m.at);
        mw.id("ticket_id", id);
        mw.text("author_kind", m.author);
        if (std::strcmp(m.author, "customer") == 0)
            mw.id("author_id", c.id);
        else if (m.staff >= 0)
            mw.id("author_id", staff.staff()[size_t(m.staff)].id);
        else
            mw.null("author_id");
        mw.text("visibility", m.internal ? "internal" : "public");
        mw.text("body", m.body);
        mw.integer("created_at", m.at);
        mw.endRow();
        p.countRows(Table::TicketMessages);
    }
}

} // namespace panorama::demo
