#include "SyntheticRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace panorama::qa::bench {

namespace {

struct Lcg
{
    quint32 x;
    int next(int mod)
    {
        x = x * 1664525u + 1013904223u;
        return int((x >> 8) % quint32(mod));
    }
};

const QStringList &zhSyllables()
{
    static const QStringList s = {u"保"_s, u"证"_s, u"退"_s, u"款"_s, u"送"_s, u"到"_s, u"快"_s, u"递"_s, u"尺"_s,
                                  u"码"_s, u"颜"_s, u"色"_s, u"价"_s, u"格"_s, u"优"_s, u"惠"_s, u"活"_s, u"动"_s,
                                  u"会"_s, u"员"_s, u"积"_s, u"分"_s, u"发"_s, u"票"_s, u"换"_s, u"货"_s};
    return s;
}

const QStringList &enWords()
{
    static const QStringList w = {u"refund"_s, u"promise"_s, u"delivery"_s, u"size"_s,     u"colour"_s, u"price"_s,
                                  u"coupon"_s, u"points"_s,  u"invoice"_s,  u"exchange"_s, u"parcel"_s, u"member"_s,
                                  u"free"_s,   u"today"_s,   u"always"_s,   u"never"_s};
    return w;
}

QString zhPhrase(Lcg &r, int len)
{
    QString p;
    for (int i = 0; i < len; ++i)
        p += zhSyllables()[r.next(int(zhSyllables().size()))];
    return p;
}

QString enPhrase(Lcg &r, int words)
{
    QStringList p;
    for (int i = 0; i < words; ++i)
        p << enWords()[r.next(int(enWords().size()))];
    return p.join(u' ');
}

} // namespace

QByteArray rulesWithSynthetic(const QByteArray &shipped, int total, int regexRules)
{
    QJsonObject root = QJsonDocument::fromJson(shipped).object();
    QJsonArray rules = root.value(u"rules").toArray();
    Lcg r{42};
    int n = 0;
    while (rules.size() < total) {
        const bool regex = n < regexRules;
        QJsonObject rule{{u"id"_s, u"synthetic.%1"_s.arg(n)},
                         {u"kind"_s, u"phrase"_s},
                         {u"severity"_s, u"info"_s},
                         {u"languages"_s, QJsonArray{u"zh"_s, u"en"_s}},
                         {u"message"_s, u"synthetic rule"_s},
                         {u"policy"_s, u"benchmark only"_s},
                         {u"suggestion"_s, u"-"_s}};
        if (regex) {
            // Shaped like real rules: a literal, a bounded gap, another literal.
            rule.insert(u"patterns"_s,
                        QJsonArray{u"%1.{0,4}%2"_s.arg(zhPhrase(r, 2), zhPhrase(r, 2)),
                                   u"\\b%1\\s+(?:\\w+\\s+){0,2}%2\\b"_s.arg(enPhrase(r, 1), enPhrase(r, 1))});
        } else {
            QJsonArray phrases;
            for (int i = 0; i < 6; ++i)
                phrases.append(i % 2 ? enPhrase(r, 2 + r.next(2)) : zhPhrase(r, 3 + r.next(3)));
            rule.insert(u"phrases"_s, phrases);
            rule.insert(u"exceptions"_s, QJsonArray{zhPhrase(r, 6)});
        }
        rules.append(rule);
        ++n;
    }
    root.insert(u"rules"_s, rules);
    root.insert(u"version"_s, u"bench-%1"_s.arg(total));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QStringList drafts(int count, int length, quint32 seed)
{
    static const QStringList pieces = {
        u"您好，很高兴为您服务。"_s,
        u"您的订单已经发货，预计2到4天送达，请留意物流信息。"_s,
        u"这款外套建议选M码，肩宽合适。"_s,
        u"金卡会员享受30天退货期，吊牌请保留。"_s,
        u"Thanks for waiting, your parcel is with the carrier and should arrive in 2-4 days. "_s,
        u"You can exchange the size once for free within your return window. "_s,
        u"如有质量问题，请拍照上传，我们会在90天内为您处理。"_s,
        u"保證明天到！"_s,
        u"这个我不知道。"_s,
        u"退款会在质检后3个工作日内原路退回。"_s,
        u"卡号6222021234567890128已登记。"_s,
        u"Is there anything else I can help with? Have a nice day!"_s,
    };
    QStringList out;
    Lcg r{seed};
    for (int i = 0; i < count; ++i) {
        QString d;
        while (d.size() < length)
            d += pieces[r.next(int(pieces.size()))];
        out << d.left(length);
    }
    return out;
}

} // namespace panorama::qa::bench
