#include "core/demo/PersonNames.h"

#include "core/demo/DemoRandom.h"

#include <vector>

namespace panorama::demo::PersonNames {

namespace {

struct Syllable
{
    const char *hanzi;
    const char *pinyin;
    double weight;
};

// Share of the population in per mille (ministry of public security household-register statistics, rounded).
const Syllable kSurnames[] = {
    {"王", "wang", 71},
    {"李", "li", 70},
    {"张", "zhang", 67},
    {"刘", "liu", 54},
    {"陈", "chen", 46},
    {"杨", "yang", 31},
    {"黄", "huang", 24},
    {"赵", "zhao", 22},
    {"吴", "wu", 20},
    {"周", "zhou", 19},
    {"徐", "xu", 14},
    {"孙", "sun", 14},
    {"马", "ma", 13},
    {"朱", "zhu", 13},
    {"胡", "hu", 12},
    {"郭", "guo", 12},
    {"何", "he", 11},
    {"林", "lin", 11},
    {"高", "gao", 11},
    {"罗", "luo", 9},
    {"郑", "zheng", 9},
    {"梁", "liang", 9},
    {"谢", "xie", 7},
    {"宋", "song", 7},
    {"唐", "tang", 7},
    {"许", "xu", 6},
    {"韩", "han", 6},
    {"冯", "feng", 6},
    {"邓", "deng", 6},
    {"曹", "cao", 6},
    {"彭", "peng", 5},
    {"曾", "zeng", 5},
    {"肖", "xiao", 5},
    {"田", "tian", 5},
    {"董", "dong", 5},
    {"袁", "yuan", 5},
    {"潘", "pan", 4},
    {"于", "yu", 4},
    {"蒋", "jiang", 4},
    {"蔡", "cai", 4},
    {"余", "yu", 4},
    {"杜", "du", 4},
    {"叶", "ye", 4},
    {"程", "cheng", 4},
    {"苏", "su", 3},
    {"魏", "wei", 3},
    {"吕", "lv", 3},
    {"丁", "ding", 3},
    {"任", "ren", 3},
    {"沈", "shen", 3},
    {"姚", "yao", 3},
    {"卢", "lu", 3},
    {"姜", "jiang", 3},
    {"崔", "cui", 3},
    {"钟", "zhong", 3},
    {"谭", "tan", 3},
    {"陆", "lu", 3},
    {"汪", "wang", 3},
    {"范", "fan", 3},
    {"金", "jin", 3},
    {"石", "shi", 3},
    {"廖", "liao", 3},
    {"贾", "jia", 3},
    {"夏", "xia", 2},
    {"韦", "wei", 2},
    {"付", "fu", 2},
    {"方", "fang", 2},
    {"白", "bai", 2},
    {"邹", "zou", 2},
    {"孟", "meng", 2},
    {"熊", "xiong", 2},
    {"秦", "qin", 2},
    {"邱", "qiu", 2},
    {"江", "jiang", 2},
    {"尹", "yin", 2},
    {"薛", "xue", 2},
    {"闫", "yan", 2},
    {"段", "duan", 2},
    {"雷", "lei", 2},
    {"侯", "hou", 2},
    {"龙", "long", 2},
    {"史", "shi", 2},
    {"陶", "tao", 2},
    {"黎", "li", 2},
    {"贺", "he", 2},
    {"顾", "gu", 2},
    {"毛", "mao", 2},
    {"郝", "hao", 2},
    {"龚", "gong", 2},
    {"邵", "shao", 2},
    {"万", "wan", 2},
    {"钱", "qian", 2},
    {"严", "yan", 1.5},
    {"覃", "qin", 1.2},
    {"武", "wu", 1.4},
    {"戴", "dai", 1.4},
    {"莫", "mo", 1.2},
    {"孔", "kong", 1.1},
    {"向", "xiang", 1},
    {"汤", "tang", 1},
    {"欧阳", "ouyang", 0.4},
    {"司马", "sima", 0.05},
    {"上官", "shangguan", 0.05},
    {"诸葛", "zhuge", 0.05},
};

const Syllable kFemale[] = {
    {"婷", "ting", 3}, {"静", "jing", 3}, {"敏", "min", 2},  {"丽", "li", 3},   {"娜", "na", 2},   {"芳", "fang", 3},
    {"燕", "yan", 2},  {"雪", "xue", 2},  {"琳", "lin", 2},  {"慧", "hui", 2},  {"颖", "ying", 2}, {"欣", "xin", 3},
    {"怡", "yi", 3},   {"佳", "jia", 3},  {"梦", "meng", 2}, {"雨", "yu", 3},   {"萱", "xuan", 2}, {"晓", "xiao", 3},
    {"玲", "ling", 2}, {"洁", "jie", 2},  {"倩", "qian", 2}, {"璐", "lu", 1},   {"蕾", "lei", 1},  {"瑶", "yao", 2},
    {"悦", "yue", 2},  {"诗", "shi", 2},  {"涵", "han", 3},  {"思", "si", 3},   {"雅", "ya", 3},   {"晴", "qing", 2},
    {"蓉", "rong", 1}, {"霞", "xia", 1},  {"红", "hong", 1}, {"秀", "xiu", 1},  {"兰", "lan", 1},  {"妍", "yan", 2},
    {"可", "ke", 2},   {"馨", "xin", 2},  {"月", "yue", 2},  {"彤", "tong", 2}, {"嘉", "jia", 2},  {"紫", "zi", 1},
    {"若", "ruo", 1},  {"梓", "zi", 2},   {"文", "wen", 2},  {"春", "chun", 1}, {"凤", "feng", 1}, {"艳", "yan", 2},
};

const Syllable kMale[] = {
    {"伟", "wei", 3},  {"强", "qiang", 2}, {"磊", "lei", 2},  {"军", "jun", 2},  {"洋", "yang", 2}, {"勇", "yong", 2},
    {"杰", "jie", 3},  {"涛", "tao", 2},   {"明", "ming", 3}, {"超", "chao", 2}, {"刚", "gang", 1}, {"平", "ping", 1},
    {"辉", "hui", 2},  {"鹏", "peng", 2},  {"华", "hua", 2},  {"飞", "fei", 2},  {"鑫", "xin", 2},  {"波", "bo", 1},
    {"斌", "bin", 1},  {"宇", "yu", 3},    {"浩", "hao", 3},  {"凯", "kai", 2},  {"健", "jian", 2}, {"俊", "jun", 2},
    {"帆", "fan", 1},  {"帅", "shuai", 1}, {"旭", "xu", 2},   {"宁", "ning", 1}, {"龙", "long", 2}, {"林", "lin", 1},
    {"博", "bo", 2},   {"文", "wen", 2},   {"志", "zhi", 3},  {"建", "jian", 2}, {"国", "guo", 2},  {"海", "hai", 2},
    {"峰", "feng", 2}, {"晨", "chen", 2},  {"子", "zi", 2},   {"轩", "xuan", 2}, {"睿", "rui", 2},  {"泽", "ze", 2},
    {"昊", "hao", 1},  {"然", "ran", 2},   {"天", "tian", 2}, {"一", "yi", 2},   {"嘉", "jia", 1},  {"东", "dong", 2},
};

const char *const kEnglishFemale[] = {"Emily", "Olivia",  "Sophie",   "Hannah", "Grace",  "Chloe", "Emma", "Charlotte",
                                      "Lucy",  "Amelia",  "Jessica",  "Sarah",  "Laura",  "Anna",  "Kate", "Rachel",
                                      "Megan", "Natalie", "Isabella", "Zoë",    "Claire", "Mia",   "Léa",  "Ingrid"};
const char *const kEnglishMale[] = {"James",   "Oliver", "Daniel",  "Thomas",    "William",     "Jack",
                                    "Michael", "David",  "Matthew", "Ryan",      "Benjamin",    "Samuel",
                                    "Lucas",   "Ethan",  "Henry",   "Alexander", "Christopher", "Andrew",
                                    "Mark",    "Paul",   "José",    "Lars",      "Noah",        "Felix"};
const char *const kEnglishSurnames[] = {
    "Smith",  "Johnson",  "Brown",  "Taylor", "Wilson",  "Davies",   "Evans",  "Thomas",    "Roberts", "Walker",
    "Wright", "Thompson", "White",  "Hughes", "Edwards", "Green",    "Hall",   "Wood",      "Harris",  "Martin",
    "Clarke", "Jackson",  "Lewis",  "Scott",  "Turner",  "Mitchell", "Carter", "Murphy",    "Cooper",  "O'Brien",
    "Müller", "Dubois",   "García", "Kim",    "Nguyen",  "Schmidt",  "Rossi",  "Fernandes", "Novak",   "Andersen"};

WeightedIndex weightsOf(const Syllable *entries, size_t count)
{
    std::vector<double> w;
    for (size_t i = 0; i < count; ++i)
        w.push_back(entries[i].weight);
    return WeightedIndex(w);
}

const WeightedIndex &surnameTable()
{
    static const WeightedIndex t = weightsOf(kSurnames, std::size(kSurnames));
    return t;
}

const WeightedIndex &givenTable(bool female)
{
    static const WeightedIndex f = weightsOf(kFemale, std::size(kFemale));
    static const WeightedIndex m = weightsOf(kMale, std::size(kMale));
    return female ? f : m;
}

std::string lower(std::string s)
{
    for (char &c : s) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return s;
}

std::string asciiOnly(const std::string &s)
{
    // For user names and e-mail local parts: "Müller" -> "mller" would be ugly; map the few accented letters.
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (c != '\'')
                out += char(c);
            continue;
        }
        const std::string rest = s.substr(i, 2);
        if (rest == "ü")
            out += "ue";
        else if (rest == "é" || rest == "ë")
            out += "e";
        else if (rest == "í")
            out += "i";
        else if (rest == "ç")
            out += "c";
        ++i;
    }
    return out;
}

} // namespace

PersonName chinese(Rng &rng, Gender gender)
{
    const Syllable &s = kSurnames[size_t(surnameTable().draw(rng))];
    const bool female = gender == Gender::Female;
    const Syllable *given = female ? kFemale : kMale;
    const WeightedIndex &g = givenTable(female);
    PersonName name;
    name.surname = s.hanzi;
    name.romanSurname = s.pinyin;
    // About one name in five has a single given character (more common among older people).
    const int parts = rng.chance(0.2) ? 1 : 2;
    for (int i = 0; i < parts; ++i) {
        const Syllable &c = given[size_t(g.draw(rng))];
        name.given += c.hanzi;
        name.romanGiven += c.pinyin;
    }
    name.display = name.surname + name.given;
    return name;
}

PersonName english(Rng &rng, Gender gender)
{
    PersonName name;
    const bool female = gender == Gender::Female;
    name.given = female ? kEnglishFemale[rng.below(std::size(kEnglishFemale))]
                        : kEnglishMale[rng.below(std::size(kEnglishMale))];
    name.surname = kEnglishSurnames[rng.below(std::size(kEnglishSurnames))];
    name.display = name.given + " " + name.surname;
    name.romanGiven = lower(asciiOnly(name.given));
    name.romanSurname = lower(asciiOnly(name.surname));
    return name;
}

std::string honorific(const PersonName &name, Gender gender, bool english)
{
    if (english)
        return (gender == Gender::Female ? "Ms " : "Mr ") + name.surname;
    return name.surname + (gender == Gender::Female ? "女士" : "先生");
}

} // namespace panorama::demo::PersonNames
