#include "SyntheticCorpus.h"

#include <random>

using namespace Qt::StringLiterals;
using panorama::search::CaseOutcome;
using panorama::search::DocType;
using panorama::search::SearchDocument;

namespace panorama::bench {

namespace {

struct Topic
{
    QString category;
    QStringList zh;
    QStringList en;
};

const QList<Topic> &topics()
{
    static const QList<Topic> t = {
        {u"sizing"_s,
         {u"尺码"_s, u"偏大"_s, u"偏小"_s, u"换码"_s, u"身高"_s, u"体重"_s, u"腰围"_s, u"胸围"_s, u"尺码表"_s,
          u"合身"_s},
         {u"size"_s, u"fit"_s, u"large"_s, u"small"_s, u"waist"_s, u"chest"_s, u"height"_s, u"chart"_s, u"tight"_s,
          u"loose"_s}},
        {u"returns"_s,
         {u"退货"_s, u"退款"_s, u"吊牌"_s, u"七天无理由"_s, u"质检"_s, u"原路退回"_s, u"上门取件"_s, u"退货运费"_s},
         {u"return"_s, u"refund"_s, u"tags"_s, u"inspection"_s, u"pickup"_s, u"label"_s, u"window"_s, u"receipt"_s}},
        {u"shipping"_s,
         {u"快递"_s, u"物流"_s, u"发货"_s, u"配送"_s, u"签收"_s, u"派送"_s, u"偏远地区"_s, u"次日达"_s, u"仓库"_s},
         {u"delivery"_s, u"courier"_s, u"tracking"_s, u"warehouse"_s, u"express"_s, u"parcel"_s, u"dispatch"_s,
          u"carrier"_s}},
        {u"payment"_s,
         {u"发票"_s, u"支付"_s, u"扣款"_s, u"电子发票"_s, u"专票"_s, u"分期"_s, u"支付宝"_s, u"微信支付"_s},
         {u"invoice"_s, u"payment"_s, u"charge"_s, u"card"_s, u"billing"_s, u"installment"_s, u"wallet"_s, u"vat"_s}},
        {u"membership"_s,
         {u"积分"_s, u"会员"_s, u"金卡"_s, u"银卡"_s, u"铂金"_s, u"生日礼"_s, u"优惠券"_s, u"等级"_s},
         {u"points"_s, u"member"_s, u"gold"_s, u"silver"_s, u"platinum"_s, u"coupon"_s, u"birthday"_s, u"tier"_s}},
        {u"quality"_s,
         {u"起球"_s, u"掉色"_s, u"开线"_s, u"破损"_s, u"瑕疵"_s, u"缩水"_s, u"质量问题"_s, u"洗涤"_s},
         {u"pilling"_s, u"fading"_s, u"seam"_s, u"damaged"_s, u"defect"_s, u"shrink"_s, u"stain"_s, u"wash"_s}},
        {u"account"_s,
         {u"账号"_s, u"密码"_s, u"登录"_s, u"手机号"_s, u"验证码"_s, u"地址"_s, u"隐私"_s, u"注销"_s},
         {u"account"_s, u"password"_s, u"login"_s, u"phone"_s, u"code"_s, u"address"_s, u"privacy"_s, u"email"_s}},
    };
    return t;
}

const QStringList products_zh = {u"连衣裙"_s, u"牛仔裤"_s, u"衬衫"_s, u"羽绒服"_s, u"卫衣"_s,   u"风衣"_s,
                                 u"T恤"_s,    u"半身裙"_s, u"西装"_s, u"毛衣"_s,   u"运动鞋"_s, u"外套"_s};
const QStringList products_en = {u"dress"_s,  u"jeans"_s,       u"shirt"_s,    u"down jacket"_s,
                                 u"hoodie"_s, u"trench coat"_s, u"t-shirt"_s,  u"skirt"_s,
                                 u"suit"_s,   u"sweater"_s,     u"sneakers"_s, u"coat"_s};
const QStringList colours_zh = {u"黑色"_s, u"白色"_s, u"藏青"_s, u"卡其"_s, u"酒红"_s, u"灰色"_s};
const QStringList colours_en = {u"black"_s, u"white"_s, u"navy"_s, u"khaki"_s, u"burgundy"_s, u"grey"_s};
const QStringList glue_zh = {u"客户"_s, u"反馈"_s, u"订单"_s, u"申请"_s, u"处理"_s, u"已经"_s,
                             u"需要"_s, u"请"_s,   u"可以"_s, u"说明"_s, u"并且"_s, u"之后"_s};
const QStringList glue_en = {u"customer"_s, u"order"_s,  u"asked"_s,  u"about"_s, u"after"_s,     u"the"_s,
                             u"and"_s,      u"please"_s, u"within"_s, u"days"_s,  u"explained"_s, u"request"_s};

class Gen
{
public:
    explicit Gen(quint64 seed) : m_rng(seed) {}
    int below(int n) { return int(m_rng() % quint64(n)); }
    const QString &pick(const QStringList &l) { return l.at(below(int(l.size()))); }
    // A sentence of `words` words around one topic, in one language.
    QString sentence(const Topic &t, bool zh, int words)
    {
        QStringList parts;
        for (int i = 0; i < words; ++i) {
            const int r = below(10);
            if (r < 5)
                parts.append(pick(zh ? t.zh : t.en));
            else if (r < 7)
                parts.append(pick(zh ? products_zh : products_en));
            else if (r < 8)
                parts.append(pick(zh ? colours_zh : colours_en));
            else if (r < 9)
                parts.append(QString::number(below(200)));
            else
                parts.append(pick(zh ? glue_zh : glue_en));
        }
        return zh ? QString(parts.join(QString()) + u"。"_s) : QString(parts.join(u' ') + u'.');
    }

private:
    std::mt19937_64 m_rng;
};

} // namespace

QList<SearchDocument> syntheticArticles(int count, quint64 seed)
{
    Gen g(seed);
    QList<SearchDocument> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Topic &t = topics().at(g.below(int(topics().size())));
        const bool zh = i % 2 == 0;
        SearchDocument d;
        d.id = u"art-%1"_s.arg(i);
        d.title = g.sentence(t, zh, 4);
        QString body;
        for (int s = 0; s < 6; ++s)
            body += g.sentence(t, zh, 8 + g.below(8)) + u' ';
        d.body = body;
        d.tags = {g.pick(zh ? t.zh : t.en), g.pick(zh ? t.zh : t.en)};
        d.lang = zh ? u"zh"_s : u"en"_s;
        d.category = t.category;
        out.append(d);
    }
    return out;
}

QList<SearchDocument> syntheticCases(int count, quint64 seed)
{
    Gen g(seed);
    QList<SearchDocument> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Topic &t = topics().at(g.below(int(topics().size())));
        const bool zh = i % 2 == 0;
        SearchDocument d;
        d.id = u"case-%1"_s.arg(i);
        d.type = DocType::Case;
        d.problem = g.sentence(t, zh, 6 + g.below(6));
        d.title = d.problem;
        d.body = g.sentence(t, zh, 10 + g.below(10));
        d.lang = zh ? u"zh"_s : u"en"_s;
        d.category = t.category;
        d.outcome = CaseOutcome(1 + g.below(4));
        d.satisfaction = 1 + g.below(5);
        out.append(d);
    }
    return out;
}

QStringList syntheticQueries(int count, quint64 seed)
{
    Gen g(seed);
    QStringList out;
    for (int i = 0; i < count; ++i) {
        const Topic &t = topics().at(g.below(int(topics().size())));
        const bool zh = i % 2 == 0;
        QString q = g.sentence(t, zh, 2 + g.below(4));
        q.chop(1); // no final punctuation
        out.append(q);
    }
    return out;
}

} // namespace panorama::bench
