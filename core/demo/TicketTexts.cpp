#include "core/demo/TicketTexts.h"

#include "core/demo/DemoTime.h"

#include <cstdio>
#include <cstring>

namespace panorama::demo::TicketTexts {

namespace {

const char *const kTierZh[] = {"普通会员", "银卡会员", "金卡会员", "铂金会员"};
const char *const kTierEn[] = {"Regular member", "Silver member", "Gold member", "Platinum member"};
const char *const kShippingZh[] = {
    "退货运费需您承担，¥12会从退款中扣除（商品质量问题或发错货除外）；您也可以到任意门店退货，不收任何费用。",
    "银卡会员每个订单可享一次免费上门取件。", "作为{tier}，退货均可免费上门取件。",
    "作为{tier}，退货均可免费上门取件。"};
const char *const kShippingEn[] = {
    "Return shipping is ¥12, deducted from the refund (free if the item is faulty or we sent the wrong one); "
    "returning it in any of our stores costs nothing.",
    "As a Silver member you get one free pickup per order.", "As a {tier}, the pickup is always free.",
    "As a {tier}, the pickup is always free."};
const char *const kRefundZh[] = {"质检通过后3个工作日内原路退回。", "质检通过后3个工作日内原路退回。",
                                 "质检通过后3个工作日内原路退回。", "铂金会员享优先退款，质检通过后24小时内原路退回。"};
const char *const kRefundEn[] = {"After inspection the refund reaches your original payment within 3 business days.",
                                 "After inspection the refund reaches your original payment within 3 business days.",
                                 "After inspection the refund reaches your original payment within 3 business days.",
                                 "As a Platinum member your refund is prioritised: within 24 hours of inspection."};
const char *const kQuickZh[] = {"仓库收到并扫描原件后，会马上寄出新尺码。", "仓库收到并扫描原件后，会马上寄出新尺码。",
                                "您是{tier}，可享极速换货：新尺码现在就发出，请在新货发出后7天内把原件交给快递。",
                                "您是{tier}，可享极速换货：新尺码现在就发出，请在新货发出后7天内把原件交给快递。"};
const char *const kQuickEn[] = {
    "The new size ships as soon as the original is scanned at the warehouse.",
    "The new size ships as soon as the original is scanned at the warehouse.",
    "As a {tier} you get the quick exchange: the new size ships now; please hand the original to the courier "
    "within 7 days after it ships.",
    "As a {tier} you get the quick exchange: the new size ships now; please hand the original to the courier "
    "within 7 days after it ships."};
const char *const kBirthdayZh[] = {"普通会员暂无生日礼遇，升级银卡后生日当月可享双倍积分。",
                                   "您是银卡会员，生日当月可享双倍积分；生日券为金卡及以上会员专享。",
                                   "您是金卡会员，生日当月可获¥50优惠券（满¥299可用）并享双倍积分。",
                                   "您是铂金会员，生日当月可获¥100优惠券（满¥499可用）并享双倍积分。"};
const char *const kBirthdayEn[] = {
    "Regular members have no birthday benefit yet; from Silver you earn double points in your birthday month.",
    "As a Silver member you earn double points in your birthday month; birthday coupons start at Gold.",
    "As a Gold member you get a ¥50 coupon (orders from ¥299) and double points in your birthday month.",
    "As a Platinum member you get a ¥100 coupon (orders from ¥499) and double points in your birthday month."};
const char *const kFitZh[] = {"绫光主线为标准版型，按尺码表选择即可",
                              "绫光·织作为修身剪裁，版型偏小，两个尺码之间建议选大一码",
                              "花笺在胸围和肩宽处偏小，建议选大一码",
                              "峰径版型偏大，方便内搭，不叠穿的话建议选小一码",
                              "靛蓝巷弹力款为标准尺码",
                              "小绫童装按身高选码，身高距离上限3厘米以内建议选大一码"};
const char *const kFitEn[] = {"Our main line is true to size, so the size chart applies as it is",
                              "Loom Studio is cut slim and runs small: take one size up when you are between sizes",
                              "Petalle runs small at the bust and shoulders: take one size up",
                              "Summit Trail runs large to leave room for layers: one size down unless you layer",
                              "Indigo Row stretch styles are true to size",
                              "Little Loom is sized by height: within 3 cm of the upper limit, take the next size up"};
const char *const kTeamZh[] = {"退换货组", "物流组", "尺码组", "支付发票组", "会员组", "投诉组", "专属顾问组"};
const char *const kTeamEn[] = {"Returns",    "Logistics",  "Sizing",      "Payments",
                               "Membership", "Complaints", "VIP Advisors"};

struct StatusName
{
    const char *key;
    const char *zh;
    const char *en;
};
const StatusName kStatuses[] = {{"requested", "已提交申请", "request submitted"},
                                {"approved", "已审核通过", "approved"},
                                {"in_transit", "退货寄回中", "on its way back to us"},
                                {"received", "仓库已收货，质检中", "received, being inspected"},
                                {"refunded", "已退款", "refunded"},
                                {"exchanged", "已换货", "exchanged"},
                                {"rejected", "未通过质检", "rejected at inspection"},
                                {"cancelled", "已取消", "cancelled"}};

} // namespace

const char *tierName(int tier, bool english)
{
    return english ? kTierEn[tier] : kTierZh[tier];
}

const char *returnShipping(int tier, bool english)
{
    return english ? kShippingEn[tier] : kShippingZh[tier];
}

const char *refundTime(int tier, bool english)
{
    return english ? kRefundEn[tier] : kRefundZh[tier];
}

const char *quickExchange(int tier, bool english)
{
    return english ? kQuickEn[tier] : kQuickZh[tier];
}

const char *birthdayCoupon(int tier, bool english)
{
    return english ? kBirthdayEn[tier] : kBirthdayZh[tier];
}

const char *fitNote(int brand, bool rigid, bool english)
{
    if (brand == 4 && rigid)
        return english ? "Indigo Row rigid styles are small at the waist: take one waist size up"
                       : "靛蓝巷硬挺款腰围偏小，建议腰围选大一码";
    return english ? kFitEn[brand] : kFitZh[brand];
}

const char *teamName(int team, bool english)
{
    return english ? kTeamEn[team] : kTeamZh[team];
}

const char *returnStatus(const char *status, bool english)
{
    for (const StatusName &s : kStatuses) {
        if (std::strcmp(s.key, status) == 0)
            return english ? s.en : s.zh;
    }
    return status;
}

const char *transit(int cityTier, bool remote, bool english)
{
    if (remote)
        return english ? "5-10 days" : "5-10天";
    if (cityTier == 1)
        return english ? "1-2 days" : "1-2天";
    return english ? "2-4 days" : "2-4天";
}

std::string date(int64_t ms, bool english)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const DemoTime::Date d = DemoTime::cstDate(ms);
    char buf[32];
    if (english)
        std::snprintf(buf, sizeof buf, "%d %s", d.day, months[d.month - 1]);
    else
        std::snprintf(buf, sizeof buf, "%d月%d日", d.month, d.day);
    return buf;
}

std::string money(int64_t cents)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "¥%lld.%02lld", static_cast<long long>(cents / 100),
                  static_cast<long long>(cents % 100));
    return buf;
}

} // namespace panorama::demo::TicketTexts
