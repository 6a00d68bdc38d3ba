#pragma once

#include "core/routing/LabelledDataset.h"

#include <QRandomGenerator>

// Generated labelled tickets for the classifier tests (CI-safe: no external data). Four categories, each
// with its own words in English and Chinese, mixed with words every category uses; seeded, so reproducible.
namespace panorama::routing::testdata {

inline LabelledDataset syntheticTickets(int perCategory, quint32 seed, bool traditional = false)
{
    using namespace Qt::StringLiterals;
    struct Cat
    {
        QString label;
        QStringList en;
        QStringList zh;
    };
    const QList<Cat> cats = {
        {u"logistics"_s,
         {u"parcel"_s, u"delivery"_s, u"courier"_s, u"tracking"_s, u"shipped"_s},
         traditional ? QStringList{u"快遞"_s, u"包裹"_s, u"物流"_s, u"配送"_s, u"發貨"_s}
                     : QStringList{u"快递"_s, u"包裹"_s, u"物流"_s, u"配送"_s, u"发货"_s}},
        {u"payment_invoice"_s,
         {u"refund"_s, u"charged"_s, u"invoice"_s, u"payment"_s, u"card"_s},
         traditional ? QStringList{u"退款"_s, u"扣款"_s, u"發票"_s, u"支付"_s, u"付款"_s}
                     : QStringList{u"退款"_s, u"扣款"_s, u"发票"_s, u"支付"_s, u"付款"_s}},
        {u"size_problem"_s,
         {u"size"_s, u"small"_s, u"large"_s, u"fit"_s, u"tight"_s},
         traditional ? QStringList{u"尺碼"_s, u"偏小"_s, u"偏大"_s, u"合身"_s, u"太緊"_s}
                     : QStringList{u"尺码"_s, u"偏小"_s, u"偏大"_s, u"合身"_s, u"太紧"_s}},
        {u"account"_s,
         {u"password"_s, u"login"_s, u"account"_s, u"verification"_s, u"locked"_s},
         traditional ? QStringList{u"密碼"_s, u"登錄"_s, u"賬號"_s, u"驗證碼"_s, u"鎖定"_s}
                     : QStringList{u"密码"_s, u"登录"_s, u"账号"_s, u"验证码"_s, u"锁定"_s}},
    };
    const QStringList fillerEn{u"please"_s, u"help"_s, u"my"_s,  u"order"_s, u"today"_s,
                               u"again"_s,  u"why"_s,  u"the"_s, u"is"_s,    u"not"_s};
    const QStringList fillerZh{u"请"_s,   u"帮我"_s,   u"我的"_s, u"订单"_s, u"今天"_s,
                               u"还是"_s, u"为什么"_s, u"怎么"_s, u"了"_s,   u"没有"_s};
    QRandomGenerator rng(seed);
    LabelledDataset d;
    d.source = u"synthetic"_s;
    for (int i = 0; i < perCategory; ++i) {
        for (const Cat &c : cats) {
            const bool zh = rng.bounded(2) == 1;
            const QStringList &own = zh ? c.zh : c.en;
            const QStringList &filler = zh ? fillerZh : fillerEn;
            QStringList words;
            for (int k = 0; k < 2; ++k)
                words.append(own.at(rng.bounded(int(own.size()))));
            for (int k = 0; k < 3; ++k)
                words.append(filler.at(rng.bounded(int(filler.size()))));
            for (qsizetype k = words.size() - 1; k > 0; --k)
                words.swapItemsAt(k, rng.bounded(int(k + 1)));
            d.examples.push_back({words.join(zh ? QString() : u" "_s), c.label});
        }
    }
    return d;
}

} // namespace panorama::routing::testdata
