#include "core/demo/CustomerWriter.h"

#include "core/demo/DemoTime.h"
#include "core/demo/DemoWorld.h"
#include "core/demo/Geography.h"
#include "core/demo/JsonLineWriter.h"
#include "core/demo/Partition.h"

#include <algorithm>

namespace panorama::demo {

using namespace DemoTime;

namespace {

const char *languageTag(Language l)
{
    return l == Language::En ? "en" : (l == Language::ZhTW ? "zh-TW" : "zh-CN");
}

const char *channelKey(uint8_t ch)
{
    return ch == MiniProgram ? "mini_program" : (ch == InStore ? "store" : "web");
}

const char *ageBand(int age)
{
    if (age < 25)
        return "18-24";
    if (age < 30)
        return "25-29";
    if (age < 35)
        return "30-34";
    if (age < 40)
        return "35-39";
    if (age < 50)
        return "40-49";
    return "50+";
}

struct ScenarioTag
{
    Scenario bit;
    const char *key;
};
const ScenarioTag kScenarioTags[] = {{WeddingGuest, "wedding_guest"},
                                     {Commuting, "commuting"},
                                     {Outdoor, "outdoor"},
                                     {Maternity, "maternity"},
                                     {BusinessTravel, "business_travel"},
                                     {Campus, "campus"},
                                     {Fitness, "fitness"},
                                     {FestivalGifting, "festival_gifting"}};

} // namespace

CustomerWriter::CustomerWriter(const DemoWorld &world, Partition &partition) : m_world(world), m_partition(partition) {}

void CustomerWriter::write()
{
    for (int i = 0; i < int(m_partition.customers.size()); ++i) {
        writeCustomer(i);
        writeIdentities(i);
        writeTags(i);
        writeMembership(i);
        writeAddresses(i);
    }
}

void CustomerWriter::writeCustomer(int index)
{
    const Customer &c = m_partition.customers[size_t(index)];
    const City &city = Geography::cities()[size_t(c.city)];
    JsonLineWriter w(m_partition.buffer(Table::Customers));
    w.beginSynced(c.id, std::max(c.createdAt, c.lastActivityAt));
    w.text("display_name", c.displayName);
    w.text("gender", !c.genderKnown ? "unknown" : (c.gender == PersonNames::Gender::Female ? "female" : "male"));
    if (c.birthdayKnown)
        w.text("birthday", isoDate(Date{c.birthYear, c.birthMonth, c.birthDay}).toStdString());
    else
        w.null("birthday");
    w.text("language", languageTag(c.language));
    w.text("province", city.province);
    w.text("city", city.name);
    w.idOrNull("home_store_id", c.homeStore >= 0 ? &m_world.workforce().stores()[size_t(c.homeStore)].id : nullptr);
    w.integer("created_at", c.createdAt);
    if (c.measured) {
        w.fixed("height_cm", c.body.height, 1);
        w.fixed("weight_kg", c.body.weight, 1);
        w.fixed("chest_cm", c.body.chest, 1);
        w.fixed("waist_cm", c.body.waist, 1);
        w.fixed("hips_cm", c.body.hips, 1);
        w.text("fit_preference",
               c.fit == FitPreference::Slim ? "slim" : (c.fit == FitPreference::Loose ? "loose" : "regular"));
    } else {
        for (const char *k : {"height_cm", "weight_kg", "chest_cm", "waist_cm", "hips_cm", "fit_preference"})
            w.null(k);
    }
    const bool merged = c.duplicateOf >= 0 && c.merged;
    w.idOrNull("merged_into", merged ? &m_partition.customers[size_t(c.duplicateOf)].id : nullptr);
    w.endRow();
    m_partition.countRows(Table::Customers);
}

void CustomerWriter::writeIdentities(int index)
{
    const Customer &c = m_partition.customers[size_t(index)];
    Rng rng(m_world.seed(), mix64(c.globalIndex) ^ 0x1de);
    JsonLineWriter w(m_partition.buffer(Table::Identities));
    const int64_t now = m_world.now();
    auto add = [&](const char *kind, uint8_t channel, const std::string &value, bool verified, int64_t seen) {
        const Uuid id = m_world.ids().make(IdSpace::Identity, uint32_t(m_partition.index), m_identitySeq++, seen);
        w.beginSynced(id, seen);
        w.id("customer_id", c.id);
        w.text("kind", kind);
        w.text("channel", channelKey(channel));
        w.text("value", value);
        w.integer("verified", verified ? 1 : 0);
        w.integer("first_seen_at", seen);
        w.endRow();
        m_partition.countRows(Table::Identities);
    };
    bool memberIdGiven = false;
    for (uint8_t channel : {Web, MiniProgram, InStore}) {
        if (!(c.channels & channel))
            continue;
        const int64_t seen = channel == c.firstChannel ? c.createdAt : rng.range64(c.createdAt, now - kMinute);
        switch (channel) {
        case Web:
            add("phone", Web, c.phone, true, seen);
            if (!c.email.empty())
                add("email", Web, c.email, rng.chance(0.6), seen);
            if (!c.deviceId.empty() && rng.chance(0.4))
                add("device_id", Web, c.deviceId, false, seen);
            break;
        case MiniProgram:
            add("open_id", MiniProgram, c.openId, true, seen);
            if (rng.chance(0.85) || c.channels == MiniProgram)
                add("phone", MiniProgram, c.phone, true, seen + rng.range64(kSecond, kHour));
            if (!c.deviceId.empty() && (rng.chance(0.6) || c.duplicateByDevice))
                add("device_id", MiniProgram, c.deviceId, false, seen);
            break;
        default:
            add("member_id", InStore, c.memberId, true, seen);
            add("phone", InStore, c.phone, true, seen);
            memberIdGiven = true;
            break;
        }
    }
    if (!memberIdGiven)
        add("member_id", c.firstChannel, c.memberId, true, c.createdAt);
}

void CustomerWriter::writeTags(int index)
{
    const Customer &c = m_partition.customers[size_t(index)];
    Rng rng(m_world.seed(), mix64(c.globalIndex) ^ 0x7a9);
    JsonLineWriter w(m_partition.buffer(Table::Tags));
    const int64_t stamp = std::max(c.createdAt, c.lastActivityAt);
    auto add = [&](const char *dimension, const char *key, const char *value, double weight, const char *source) {
        const Uuid id = m_world.ids().make(IdSpace::Tag, uint32_t(m_partition.index), m_tagSeq++, stamp);
        w.beginSynced(id, stamp);
        w.id("customer_id", c.id);
        w.text("dimension", dimension);
        w.text("key", key);
        w.text("value", value);
        w.fixed("weight", std::clamp(weight, 0.0, 1.0), 2);
        w.text("source", source);
        w.endRow();
        m_partition.countRows(Table::Tags);
    };
    if (c.genderKnown)
        add("basic", "gender", c.gender == PersonNames::Gender::Female ? "female" : "male", 1.0, "system");
    if (c.birthdayKnown)
        add("basic", "age_band", ageBand(cstDate(m_world.now()).year - c.birthYear), 1.0, "system");
    add("basic", "city_tier", Geography::tierTag(Geography::cities()[size_t(c.city)]), 1.0, "system");
    if (c.orderCount >= 3) {
        const double mini = double(c.miniOrders) / c.orderCount;
        if (mini >= 0.6)
            add("behavior", "prefers_mini_program", "true", mini, "system");
        const double night = double(c.nightOrders) / c.orderCount;
        if (night >= 0.25)
            add("behavior", "night_shopper", "true", std::min(1.0, night * 1.5), "system");
    }
    if (c.discountSensitive)
        add("behavior", "discount_sensitive", "true", 0.5 + 0.45 * rng.uniform(), "system");
    if (c.returnCount >= 3 && double(c.returnCount) / std::max(1, c.orderCount) >= 0.3)
        add("behavior", "frequent_returner", "true", std::min(1.0, double(c.returnCount) / std::max(1, c.orderCount)),
            "system");
    for (const ScenarioTag &s : kScenarioTags) {
        if (!(c.scenarios & s.bit))
            continue;
        const int source = rng.weighted({60, 30, 10});
        add("scenario", s.key, "true", 0.4 + 0.55 * rng.uniform(),
            source == 0 ? "system" : (source == 1 ? "agent" : "import"));
    }
}

void CustomerWriter::writeMembership(int index)
{
    static const char *const kTiers[] = {"regular", "silver", "gold", "platinum"};
    const Customer &c = m_partition.customers[size_t(index)];
    JsonLineWriter w(m_partition.buffer(Table::Memberships));
    const int64_t stamp = std::max(c.tierSince, c.lastActivityAt);
    w.beginSynced(m_world.ids().make(IdSpace::Membership, uint32_t(m_partition.index), uint64_t(index), c.tierSince),
                  stamp);
    w.id("customer_id", c.id);
    w.text("tier", kTiers[c.tier]);
    w.integer("points", c.points);
    w.text("since", isoDate(c.tierSince).toStdString());
    w.idOrNull("advisor_id", c.advisor >= 0 ? &m_world.workforce().staff()[size_t(c.advisor)].id : nullptr);
    w.endRow();
    m_partition.countRows(Table::Memberships);
}

void CustomerWriter::writeAddresses(int index)
{
    const Customer &c = m_partition.customers[size_t(index)];
    JsonLineWriter w(m_partition.buffer(Table::Addresses));
    for (const Address &a : c.addresses) {
        const City &city = Geography::cities()[size_t(a.city)];
        w.beginSynced(a.id, a.createdAt);
        w.id("customer_id", c.id);
        w.text("recipient", a.recipient);
        w.text("phone", a.phone);
        w.text("province", city.province);
        w.text("city", city.name);
        w.text("district", city.districts[size_t(a.district)]);
        w.text("line", a.line);
        w.text("postal_code", city.postalCode);
        w.integer("is_default", a.isDefault ? 1 : 0);
        w.endRow();
        m_partition.countRows(Table::Addresses);
    }
}

} // namespace panorama::demo
