#include "core/demo/CustomerGenerator.h"

#include "core/demo/DemoTime.h"
#include "core/demo/DemoWorld.h"
#include "core/demo/Geography.h"
#include "core/demo/Partition.h"
#include "core/demo/TraditionalChinese.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace panorama::demo {

using namespace DemoTime;

namespace {

// Mobile prefixes of the three operators, weighted roughly by their share of numbers in use.
const char *const kPrefixes[] = {"138", "139", "136", "137", "135", "134", "150", "151", "152", "157", "158",
                                 "159", "182", "183", "187", "188", "178", "147", "130", "131", "132", "155",
                                 "156", "185", "186", "176", "166", "175", "133", "153", "180", "181", "189",
                                 "177", "173", "199", "191", "193", "198", "195", "172", "190"};
const char *const kChineseMail[] = {"163.com", "126.com", "sina.com", "foxmail.com", "outlook.com", "icloud.com"};
const char *const kEnglishMail[] = {"gmail.com", "outlook.com", "icloud.com", "hotmail.com", "yahoo.com"};
const char kBase64Url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

float roundTo(double v, double step)
{
    return float(std::round(v / step) * step);
}

Body makeBody(Rng &rng, PersonNames::Gender gender, int age)
{
    Body b;
    const double older = std::max(0, age - 30);
    const double mature = std::max(0, age - 25);
    if (gender == PersonNames::Gender::Female) {
        b.height = roundTo(std::clamp(rng.normal(160.5 - 0.08 * older, 5.5), 142.0, 185.0), 0.5);
        const double bmi = std::clamp(rng.normal(21.0 + 0.06 * mature, 2.8), 16.5, 36.0);
        b.weight = roundTo(bmi * b.height * b.height / 10000.0, 0.1);
        b.chest = roundTo(84 + (b.height - 160) * 0.2 + (bmi - 21) * 2.2 + rng.normal(0, 2.5), 0.5);
        b.waist = roundTo(68 + (b.height - 160) * 0.15 + (bmi - 21) * 2.6 + older * 0.12 + rng.normal(0, 2.5), 0.5);
        b.hips = roundTo(90 + (b.height - 160) * 0.3 + (bmi - 21) * 2.0 + rng.normal(0, 2.5), 0.5);
        b.foot = roundTo(b.height * 0.148 + rng.normal(0, 0.5), 0.1);
    } else {
        b.height = roundTo(std::clamp(rng.normal(172.0 - 0.1 * older, 6.0), 152.0, 198.0), 0.5);
        const double bmi = std::clamp(rng.normal(23.0 + 0.05 * mature, 3.0), 17.5, 38.0);
        b.weight = roundTo(bmi * b.height * b.height / 10000.0, 0.1);
        b.chest = roundTo(90 + (b.height - 170) * 0.25 + (bmi - 23) * 2.3 + rng.normal(0, 2.5), 0.5);
        b.waist = roundTo(78 + (b.height - 170) * 0.15 + (bmi - 23) * 3.0 + older * 0.15 + rng.normal(0, 3.0), 0.5);
        b.hips = roundTo(93 + (b.height - 170) * 0.3 + (bmi - 23) * 1.8 + rng.normal(0, 2.5), 0.5);
        b.foot = roundTo(b.height * 0.149 + rng.normal(0, 0.55), 0.1);
    }
    return b;
}

std::string phoneNumber(const char *prefix, uint64_t suffix)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s%08llu", prefix, static_cast<unsigned long long>(suffix));
    return buf;
}

const WeightedIndex &cityTable(bool english)
{
    static const auto build = [](bool en) {
        std::vector<double> w;
        for (const City &c : Geography::cities())
            w.push_back(c.weight * (en && c.tier == 1 ? 4.0 : 1.0));
        return WeightedIndex(w);
    };
    static const WeightedIndex zh = build(false);
    static const WeightedIndex en = build(true);
    return english ? en : zh;
}

} // namespace

CustomerGenerator::CustomerGenerator(const DemoWorld &world, Partition &partition)
    : m_world(world), m_partition(partition)
{}

void CustomerGenerator::generatePeople()
{
    Partition &p = m_partition;
    p.customers.resize(size_t(p.customerCount));
    Rng rng = m_world.rng(p.index, 1);
    for (int i = 0; i < int(p.customerCount); ++i) {
        Customer &c = p.customers[size_t(i)];
        c.globalIndex = uint64_t(p.firstCustomer + i);
        // About 1.5 % of registrations are the same person again: a second account with the same phone
        // (registered in a store) or from the same device (a second phone number).
        if (i >= 8 && rng.chance(0.015)) {
            int original = int(rng.below(uint32_t(i)));
            while (p.customers[size_t(original)].duplicateOf >= 0)
                original = p.customers[size_t(original)].duplicateOf;
            makeDuplicate(i, original);
        } else {
            makePerson(i);
        }
        makeIdentifiers(i);
        makeAddresses(i);
        c.id = m_world.ids().make(IdSpace::Customer, uint32_t(p.index), uint64_t(i), c.createdAt);
    }
}

void CustomerGenerator::makePerson(int index)
{
    Customer &c = m_partition.customers[size_t(index)];
    Rng rng(m_world.seed(), mix64(c.globalIndex) ^ 0xc0ffee); // per customer: independent of the partitioning
    const int64_t now = m_world.now();
    // Sign-ups over six years, more of them recently.
    c.createdAt = now - int64_t(std::pow(rng.uniform(), 1.4) * 2190.0 * double(kDay)) - rng.range64(kHour, kDay);

    const double g = rng.uniform();
    c.gender = g < 0.68 ? PersonNames::Gender::Female : PersonNames::Gender::Male;
    c.genderKnown = g < 0.98;
    const double l = rng.uniform();
    c.language = l < 0.05 ? Language::En : (l < 0.08 ? Language::ZhTW : Language::ZhCN);
    c.name = c.language == Language::En ? PersonNames::english(rng, c.gender) : PersonNames::chinese(rng, c.gender);
    c.displayName = c.language == Language::ZhTW ? TraditionalChinese::convert(c.name.display) : c.name.display;

    const int age = std::clamp(int(std::lround(rng.normal(31, 8.5))), 18, 68);
    const Date today = cstDate(now);
    c.birthYear = today.year - age;
    c.birthMonth = rng.range(1, 12);
    c.birthDay = rng.range(1, 28);
    c.birthdayKnown = rng.chance(0.7);

    c.city = cityTable(c.language == Language::En).draw(rng);
    const auto &stores = m_world.workforce().storesIn(c.city);
    if (!stores.empty())
        c.homeStore = stores[rng.below(uint32_t(stores.size()))];

    c.body = makeBody(rng, c.gender, age);
    c.measured = rng.chance(0.55);
    const int fit = rng.weighted({60, 20, 20});
    c.fit = fit == 0 ? FitPreference::Regular : (fit == 1 ? FitPreference::Slim : FitPreference::Loose);
    if (age >= 27 && age <= 46 && rng.chance(0.35))
        c.childHeight = float(std::round(rng.range(88, 158)));

    // Channels: the mini-program is the most common way in; stores only where there is one.
    static const uint8_t kSets[] = {Web,
                                    MiniProgram,
                                    InStore,
                                    Web | MiniProgram,
                                    MiniProgram | InStore,
                                    Web | InStore,
                                    Web | MiniProgram | InStore};
    int set = rng.weighted({25, 30, 10, 20, 7, 3, 5});
    if (c.homeStore < 0 && (kSets[set] & InStore))
        set = rng.chance(0.5) ? 0 : 3;
    c.channels = kSets[set];
    c.firstChannel = (c.channels & MiniProgram) && rng.chance(0.6) ? MiniProgram
                     : (c.channels & Web)                          ? Web
                     : (c.channels & MiniProgram)                  ? MiniProgram
                                                                   : InStore;

    // About a third of sign-ups hardly ever buy; the others' spending is log-normal (a few buy a lot).
    c.activity = rng.logNormal(0, 0.7) * (rng.chance(0.3) ? 0.15 : 1.0);
    c.chartReader = rng.uniform() * 0.45 + (age < 35 ? 0.15 : 0.05);
    c.discountSensitive = rng.chance(0.35);
    c.nightShopper = rng.chance(age < 35 ? 0.2 : 0.08);
    const bool female = c.gender == PersonNames::Gender::Female;
    if (rng.chance(0.08))
        c.scenarios |= WeddingGuest;
    if (age >= 23 && age <= 50 && rng.chance(0.4))
        c.scenarios |= Commuting;
    if (rng.chance(0.12))
        c.scenarios |= Outdoor;
    if (female && age >= 25 && age <= 40 && rng.chance(0.1))
        c.scenarios |= Maternity;
    if (age >= 26 && rng.chance(0.1))
        c.scenarios |= BusinessTravel;
    if (age <= 23 && rng.chance(0.6))
        c.scenarios |= Campus;
    if (rng.chance(0.15))
        c.scenarios |= Fitness;
    if (rng.chance(0.1))
        c.scenarios |= FestivalGifting;
    // Label preferences: the main line for everyone, specialists by way of life.
    c.brandWeights[0] = 5;
    c.brandWeights[1] = (c.scenarios & (Commuting | BusinessTravel)) ? 2.4 : 1.0;
    c.brandWeights[2] = female ? ((c.scenarios & WeddingGuest) ? 3.0 : 1.6) : 0;
    c.brandWeights[3] = (c.scenarios & Outdoor) ? 5.0 : 1.0;
    c.brandWeights[4] = age < 40 ? 1.5 : 0.8;
    c.brandWeights[5] = c.childHeight > 0 ? 3.0 : 0;
}

void CustomerGenerator::makeDuplicate(int index, int original)
{
    Customer &c = m_partition.customers[size_t(index)];
    const Customer &o = m_partition.customers[size_t(original)];
    Rng rng(m_world.seed(), mix64(c.globalIndex) ^ 0xd0b1e);
    c = o;
    c.globalIndex = uint64_t(m_partition.firstCustomer + index);
    c.addresses.clear();
    c.duplicateOf = original;
    c.createdAt = std::min(m_world.now() - kHour, o.createdAt + rng.range64(kDay, 700 * kDay));
    c.duplicateByDevice = rng.chance(0.35);
    c.merged = rng.chance(0.25);
    c.activity = o.activity * 0.2;
    c.measured = false;
    c.birthdayKnown = o.birthdayKnown && rng.chance(0.5);
    // The second account sits on another channel: a store registration, or the other online channel.
    if (!c.duplicateByDevice && o.homeStore >= 0 && !(o.firstChannel == InStore))
        c.channels = c.firstChannel = InStore;
    else
        c.channels = c.firstChannel = (o.firstChannel == Web) ? MiniProgram : Web;
    // Romanised or slightly different spelling of the same name, sometimes.
    if (c.language != Language::En && rng.chance(0.3)) {
        std::string roman = c.name.romanSurname + " " + c.name.romanGiven;
        roman[0] = char(roman[0] - 'a' + 'A');
        c.displayName = roman;
    }
}

void CustomerGenerator::makeIdentifiers(int index)
{
    Customer &c = m_partition.customers[size_t(index)];
    const uint64_t gi = c.globalIndex;
    Rng rng(m_world.seed(), mix64(gi) ^ 0x1d5);
    const bool sharesPhone = c.duplicateOf >= 0 && !c.duplicateByDevice;
    if (!sharesPhone) {
        const char *prefix = kPrefixes[mix64(gi ^ m_world.seed()) % std::size(kPrefixes)];
        c.phone = phoneNumber(prefix, m_world.phoneSuffixes().map(gi));
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "LM%010llu", static_cast<unsigned long long>(m_world.memberNumbers().map(gi)));
    c.memberId = buf;
    c.email.clear();
    if (rng.chance(c.language == Language::En ? 0.9 : 0.55)) {
        const uint64_t n = m_world.emailNumbers().map(gi % m_world.emailNumbers().domain());
        if (c.language != Language::En && rng.chance(0.35)) {
            std::snprintf(buf, sizeof buf, "%llu@qq.com", static_cast<unsigned long long>(n + 100000000ULL));
            c.email = buf;
        } else {
            const bool en = c.language == Language::En;
            const char *domain = en ? kEnglishMail[rng.below(std::size(kEnglishMail))]
                                    : kChineseMail[rng.below(std::size(kChineseMail))];
            const std::string local = en && rng.chance(0.5) ? c.name.romanGiven + "." + c.name.romanSurname
                                                            : c.name.romanSurname + c.name.romanGiven;
            c.email = local + std::to_string(n) + "@" + domain;
        }
    }
    // WeChat open IDs: "o" + 27 URL-safe base64 characters; the first 11 encode a bijection of the index.
    uint64_t unique = mix64(gi ^ (m_world.seed() * 0x9e3779b97f4a7c15ULL));
    uint64_t extra = mix64(unique + 1);
    c.openId = "o";
    for (int i = 0; i < 27; ++i) {
        uint64_t &src = i < 11 ? unique : extra;
        c.openId += kBase64Url[src & 63];
        src >>= 6;
        if (i == 10)
            extra = mix64(extra);
    }
    if (!(c.duplicateOf >= 0 && c.duplicateByDevice)) {
        const uint64_t d1 = mix64(gi ^ 0xdeadbeefULL ^ m_world.seed());
        const uint64_t d2 = mix64(d1);
        if (rng.chance(0.55)) { // Android ID
            std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(d1));
        } else { // iOS identifierForVendor
            std::snprintf(
                buf, sizeof buf, "%08llX-%04llX-%04llX-%04llX-%012llX", static_cast<unsigned long long>(d1 >> 32),
                static_cast<unsigned long long>((d1 >> 16) & 0xffff), static_cast<unsigned long long>(d1 & 0xffff),
                static_cast<unsigned long long>(d2 >> 48), static_cast<unsigned long long>(d2 & 0xffffffffffffULL));
        }
        c.deviceId = buf;
    }
    if (c.duplicateOf >= 0 && c.duplicateByDevice) {
        const char *prefix = kPrefixes[mix64(gi ^ m_world.seed()) % std::size(kPrefixes)];
        c.phone = phoneNumber(prefix, m_world.phoneSuffixes().map(gi));
    }
}

void CustomerGenerator::makeAddresses(int index)
{
    Customer &c = m_partition.customers[size_t(index)];
    Rng rng(m_world.seed(), mix64(c.globalIndex) ^ 0xadd);
    const auto cities = Geography::cities();
    const int count = c.channels == InStore ? 0 : 1 + rng.weighted({62, 28, 10});
    for (int a = 0; a < count; ++a) {
        Address addr;
        addr.city = a == 2 ? int(rng.below(uint32_t(cities.size()))) : c.city;
        const City &city = cities[size_t(addr.city)];
        addr.district = int(rng.below(uint32_t(Geography::districtCount(city))));
        const auto streets = Geography::streets();
        const char *street = streets[rng.below(uint32_t(streets.size()))];
        char buf[160];
        if (a == 1) { // work address
            const auto offices = Geography::officeBuildings();
            std::snprintf(buf, sizeof buf, "%s%d号%s%d层", street, rng.range(1, 999),
                          offices[rng.below(uint32_t(offices.size()))], rng.range(2, 45));
        } else {
            const auto compounds = Geography::compounds();
            std::snprintf(buf, sizeof buf, "%s%d号%s%d栋%d单元%d%02d室", street, rng.range(1, 999),
                          compounds[rng.below(uint32_t(compounds.size()))], rng.range(1, 30), rng.range(1, 4),
                          rng.range(1, 33), rng.range(1, 6));
        }
        addr.line = buf;
        if (a == 2) { // parents' home: another recipient and phone
            const auto parent = rng.chance(0.5) ? PersonNames::Gender::Female : PersonNames::Gender::Male;
            PersonName pn = PersonNames::chinese(rng, parent);
            if (c.language != Language::En)
                pn.display = c.name.surname + pn.given;
            addr.recipient = c.language == Language::ZhTW ? TraditionalChinese::convert(pn.display) : pn.display;
            addr.phone = phoneNumber(kPrefixes[rng.below(std::size(kPrefixes))], rng.below(100000000));
        } else {
            addr.recipient = c.displayName;
            addr.phone = c.phone;
        }
        addr.isDefault = a == 0;
        addr.createdAt = c.createdAt + int64_t(a) * rng.range64(kDay, 300 * kDay);
        if (addr.createdAt >= m_world.now())
            addr.createdAt = c.createdAt;
        addr.id = m_world.ids().make(IdSpace::Address, uint32_t(m_partition.index), uint64_t(index) * 4 + uint64_t(a),
                                     addr.createdAt);
        c.addresses.push_back(std::move(addr));
    }
}

void CustomerGenerator::assignMemberships()
{
    // Tier thresholds on points earned in the last 12 months (docs/policy.md): silver 2,000, gold 8,000,
    // platinum 20,000, at 1 / 1.2 / 1.5 / 2 points per yuan.
    static const double kRate[] = {1.0, 1.2, 1.5, 2.0};
    static const double kThreshold[] = {0, 2000, 8000, 20000};
    const auto &advisors = m_world.workforce().advisors();
    for (Customer &c : m_partition.customers) {
        Rng rng(m_world.seed(), mix64(c.globalIndex) ^ 0x7e1);
        const double yuan12m = double(c.spend12mCents) / 100.0;
        int tier = 0;
        for (int t = 3; t > 0; --t) {
            if (yuan12m * kRate[t] >= kThreshold[t]) {
                tier = t;
                break;
            }
        }
        c.tier = Tier(tier);
        const double earned = double(c.spendTotalCents) / 100.0 * kRate[tier] + rng.range(0, 30) * 10.0;
        c.points = int64_t(earned * (0.15 + 0.7 * rng.uniform()));
        const int64_t sinceFloor = std::max(c.createdAt, m_world.now() - 360 * kDay);
        c.tierSince = tier == 0 ? c.createdAt : rng.range64(sinceFloor, m_world.now() - kDay);
        if (c.tierSince < c.createdAt)
            c.tierSince = c.createdAt;
        if (tier == 3 && !advisors.empty())
            c.advisor = advisors[size_t(c.globalIndex % advisors.size())];
    }
}

} // namespace panorama::demo
