#include "core/demo/Workforce.h"

#include "core/demo/DemoRandom.h"
#include "core/demo/DemoTime.h"
#include "core/demo/Geography.h"
#include "core/demo/JsonLineWriter.h"
#include "core/demo/PersonNames.h"

#include <cstdio>
#include <cstring>
#include <set>

namespace panorama::demo {

namespace {

struct StoreSite
{
    const char *cityEn; // matches City::nameEn
    const char *code;
    const char *mall;
    const char *mallEn;
};

const StoreSite kSites[] = {
    {"Shanghai", "SH", "静安嘉里中心", "Jing'an Kerry Centre"},
    {"Shanghai", "SH", "环贸iapm", "iapm Mall"},
    {"Shanghai", "SH", "来福士广场", "Raffles City"},
    {"Shanghai", "SH", "七宝万科广场", "Qibao Vanke Plaza"},
    {"Shanghai", "SH", "陆家嘴正大广场", "Superbrand Mall Lujiazui"},
    {"Beijing", "BJ", "三里屯太古里", "Taikoo Li Sanlitun"},
    {"Beijing", "BJ", "国贸商城", "China World Mall"},
    {"Beijing", "BJ", "西单大悦城", "Joy City Xidan"},
    {"Beijing", "BJ", "五道口购物中心", "Wudaokou Mall"},
    {"Guangzhou", "GZ", "天河城", "Teemall"},
    {"Guangzhou", "GZ", "太古汇", "Taikoo Hui"},
    {"Guangzhou", "GZ", "正佳广场", "Grandview Mall"},
    {"Shenzhen", "SZ", "万象城", "MixC Shenzhen"},
    {"Shenzhen", "SZ", "海岸城", "Coastal City"},
    {"Shenzhen", "SZ", "卓越中心", "Excellence Centre"},
    {"Chengdu", "CD", "太古里", "Taikoo Li Chengdu"},
    {"Chengdu", "CD", "IFS国际金融中心", "IFS Chengdu"},
    {"Hangzhou", "HZ", "湖滨银泰in77", "in77 Hubin"},
    {"Hangzhou", "HZ", "万象城", "MixC Hangzhou"},
    {"Chongqing", "CQ", "解放碑时代广场", "Jiefangbei Times Square"},
    {"Chongqing", "CQ", "观音桥大融城", "Guanyinqiao Raffles"},
    {"Wuhan", "WH", "武汉天地", "Wuhan Tiandi"},
    {"Wuhan", "WH", "楚河汉街", "Chuhe Han Street"},
    {"Xi'an", "XA", "赛格国际", "SEG International"},
    {"Suzhou", "SU", "苏州中心", "Suzhou Center"},
    {"Suzhou", "SU", "观前街", "Guanqian Street"},
    {"Tianjin", "TJ", "天津大悦城", "Joy City Tianjin"},
    {"Nanjing", "NJ", "新街口德基广场", "Deji Plaza"},
    {"Nanjing", "NJ", "河西万达广场", "Wanda Plaza Hexi"},
    {"Changsha", "CS", "五一广场IFS", "IFS Changsha"},
    {"Zhengzhou", "ZZ", "正弘城", "Zhenghong City"},
    {"Qingdao", "QD", "万象城", "MixC Qingdao"},
    {"Shenyang", "SY", "中街大悦城", "Joy City Zhongjie"},
    {"Ningbo", "NB", "天一广场", "Tianyi Square"},
    {"Kunming", "KM", "顺城购物中心", "Shuncheng Mall"},
    {"Hefei", "HF", "银泰中心", "Intime Centre Hefei"},
    {"Xiamen", "XM", "万象城", "MixC Xiamen"},
    {"Jinan", "JN", "恒隆广场", "Parc 66 Jinan"},
    {"Dalian", "DL", "恒隆广场", "Olympia 66 Dalian"},
    {"Fuzhou", "FZ", "东百中心", "Dongbai Centre"},
};

// Agents per team, roughly in proportion to the ticket volume each team handles.
const int kAgentsPerTeam[] = {30, 24, 14, 12, 12, 10, 6};
const char *const kTeamKeys[] = {"returns",    "logistics",  "sizing",      "payments",
                                 "membership", "complaints", "vip_advisors"};
const char *const kTeamSkills[][2] = {
    {"returns", "exchanges"}, {"logistics", "carrier_trace"}, {"sizing", "fit_advice"}, {"payments", "invoices"},
    {"membership", "points"}, {"complaints", "escalation"},   {"vip", "styling"}};

std::string uniqueUsername(std::set<std::string> &taken, const PersonName &n)
{
    std::string base = n.romanGiven + "." + n.romanSurname;
    std::string name = base;
    for (int i = 2; taken.count(name); ++i)
        name = base + std::to_string(i);
    taken.insert(name);
    return name;
}

} // namespace

const char *teamKey(Team t)
{
    return kTeamKeys[int(t)];
}

Workforce::Workforce(uint64_t seed, const IdFactory &ids, int64_t now)
{
    Rng rng(seed, 0x57aff);
    const auto cities = Geography::cities();
    m_storesByCity.resize(cities.size());
    int perCode[64] = {};
    std::string lastCode;
    for (const StoreSite &site : kSites) {
        int city = 0;
        while (std::strcmp(cities[size_t(city)].nameEn, site.cityEn) != 0)
            ++city;
        const City &c = cities[size_t(city)];
        Store s;
        const int n = ++perCode[city];
        char code[16];
        std::snprintf(code, sizeof code, "%s%02d", site.code, n);
        s.code = code;
        s.name = std::string("绫光服饰 ") + c.name + site.mall + "店";
        s.nameEn = std::string("Lumen & Loom ") + c.nameEn + " " + site.mallEn;
        s.city = city;
        s.openedAt = now - rng.range64(400, 2400) * DemoTime::kDay;
        s.id = ids.make(IdSpace::Store, 0, m_stores.size(), s.openedAt);
        m_storesByCity[size_t(city)].push_back(int(m_stores.size()));
        m_stores.push_back(std::move(s));
    }

    std::set<std::string> usernames;
    auto hire = [&](const char *role, int team, int store) {
        const auto gender = rng.chance(0.62) ? PersonNames::Gender::Female : PersonNames::Gender::Male;
        const PersonName n = PersonNames::chinese(rng, gender);
        StaffMember m;
        m.username = uniqueUsername(usernames, n);
        m.displayName = n.display;
        std::string given = n.romanGiven;
        std::string family = n.romanSurname;
        given[0] = char(given[0] - 'a' + 'A');
        family[0] = char(family[0] - 'a' + 'A');
        m.englishName = given + " " + family;
        m.role = role;
        m.team = team;
        m.store = store;
        m.english = rng.chance(team == int(Team::VipAdvisors) ? 0.7 : 0.25);
        m.traditional = rng.chance(0.3);
        m.hiredAt = now - rng.range64(30, 1500) * DemoTime::kDay;
        m.id = ids.make(IdSpace::Staff, 0, m_staff.size(), m.hiredAt);
        const int index = int(m_staff.size());
        m_staff.push_back(std::move(m));
        return index;
    };
    for (int t = 0; t < int(Team::Count); ++t) {
        for (int i = 0; i < kAgentsPerTeam[t]; ++i) {
            const int a = hire("agent", t, -1);
            m_agents[t][0].push_back(a);
            if (m_staff[size_t(a)].english)
                m_agents[t][1].push_back(a);
        }
        const int supervisors = t <= int(Team::Logistics) ? 2 : 1;
        for (int i = 0; i < supervisors; ++i)
            m_supervisors[t].push_back(hire("supervisor", t, -1));
    }
    for (size_t s = 0; s < m_stores.size(); ++s) {
        hire("store_staff", -1, int(s));
        hire("store_staff", -1, int(s));
    }
    for (int i = 0; i < 3; ++i)
        hire("admin", -1, -1);
}

const std::vector<int> &Workforce::agents(Team team, bool english) const
{
    const auto &speakers = m_agents[int(team)][1];
    return english && !speakers.empty() ? speakers : m_agents[int(team)][0];
}

void Workforce::writeStores(QByteArray &out) const
{
    const auto cities = Geography::cities();
    JsonLineWriter w(out);
    for (const Store &s : m_stores) {
        const City &c = cities[size_t(s.city)];
        w.beginSynced(s.id, s.openedAt);
        w.text("code", s.code);
        w.text("name", s.name);
        w.text("name_en", s.nameEn);
        w.text("province", c.province);
        w.text("city", c.name);
        w.text("region", c.region);
        w.endRow();
    }
}

void Workforce::writeStaff(QByteArray &out) const
{
    JsonLineWriter w(out);
    for (const StaffMember &m : m_staff) {
        w.beginSynced(m.id, m.hiredAt);
        w.text("username", m.username);
        w.text("display_name", m.displayName);
        w.text("role", m.role);
        if (m.team >= 0)
            w.text("team", kTeamKeys[m.team]);
        else if (m.store >= 0)
            w.text("team", "store");
        else
            w.null("team");
        w.idOrNull("store_id", m.store >= 0 ? &m_stores[size_t(m.store)].id : nullptr);
        w.openArray("languages");
        w.element(std::string_view("zh-CN"));
        if (m.traditional)
            w.element(std::string_view("zh-TW"));
        if (m.english)
            w.element(std::string_view("en"));
        w.closeArray();
        w.openArray("skills");
        if (m.team >= 0) {
            w.element(std::string_view(kTeamSkills[m.team][0]));
            w.element(std::string_view(kTeamSkills[m.team][1]));
        } else if (m.store >= 0) {
            w.element(std::string_view("store_returns"));
            w.element(std::string_view("fitting"));
        } else {
            w.element(std::string_view("administration"));
        }
        if (m.english)
            w.element(std::string_view("english"));
        w.closeArray();
        const bool supervisor = std::strcmp(m.role, "supervisor") == 0;
        w.integer("capacity", supervisor ? 5 : m.team == int(Team::VipAdvisors) ? 20 : m.store >= 0 ? 6 : 12);
        w.endRow();
    }
}

} // namespace panorama::demo
