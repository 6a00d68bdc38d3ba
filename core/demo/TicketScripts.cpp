#include "core/demo/TicketScripts.h"

#include <cstring>
#include <stdexcept>
#include <string>

namespace panorama::demo {

namespace {

using TC = TicketCategory;

struct Meta
{
    const char *key;
    TicketCategory category;
    Need need;
    double weight;
    const char *outcome;
};

const Meta kMeta[] = {
    {"return_request", TC::ReturnExchange, Need::Return, 3.0, "return"},
    {"refund_status", TC::ReturnExchange, Need::Return, 2.0, "refund"},
    {"return_window", TC::ReturnExchange, Need::DeliveredOrder, 0.7, "no_action"},
    {"store_return", TC::ReturnExchange, Need::DeliveredOrder, 0.8, "first_contact"},
    {"exchange_colour", TC::ReturnExchange, Need::DeliveredOrder, 0.5, "first_contact"},
    {"size_too_small", TC::SizeProblem, Need::SizeSmall, 3.0, "exchange"},
    {"size_too_large", TC::SizeProblem, Need::SizeLarge, 2.5, "exchange"},
    {"size_advice", TC::SizeProblem, Need::Nothing, 2.0, "first_contact"},
    {"kids_size", TC::SizeProblem, Need::Child, 0.7, "first_contact"},
    {"where_is_parcel", TC::Logistics, Need::InTransit, 3.0, "first_contact"},
    {"no_update", TC::Logistics, Need::ParcelTrouble, 2.0, "escalated"},
    {"delivered_not_received", TC::Logistics, Need::DeliveredOrder, 1.0, "escalated"},
    {"address_change", TC::Logistics, Need::RecentOrder, 1.2, "first_contact"},
    {"express_question", TC::Logistics, Need::Nothing, 0.8, "first_contact"},
    {"damaged_parcel", TC::Logistics, Need::DeliveredOrder, 0.6, "refund"},
    {"invoice_request", TC::PaymentInvoice, Need::DeliveredOrder, 3.0, "first_contact"},
    {"special_invoice", TC::PaymentInvoice, Need::DeliveredOrder, 1.0, "first_contact"},
    {"duplicate_charge", TC::PaymentInvoice, Need::Order, 1.0, "refund"},
    {"price_protection", TC::PaymentInvoice, Need::Order, 1.5, "refund"},
    {"payment_methods", TC::PaymentInvoice, Need::Nothing, 1.0, "first_contact"},
    {"points_missing", TC::MembershipPoints, Need::DeliveredOrder, 2.0, "first_contact"},
    {"tier_progress", TC::MembershipPoints, Need::Nothing, 1.5, "first_contact"},
    {"birthday_coupon", TC::MembershipPoints, Need::Nothing, 1.0, "first_contact"},
    {"points_expiry", TC::MembershipPoints, Need::Nothing, 1.0, "first_contact"},
    {"quality_defect", TC::ProductQuality, Need::QualityReturn, 4.0, "return"},
    {"shrinkage", TC::ProductQuality, Need::DeliveredOrder, 1.0, "return"},
    {"counterfeit", TC::ProductQuality, Need::DeliveredOrder, 0.7, "first_contact"},
    {"complaint_refund", TC::Complaint, Need::Return, 1.5, "escalated"},
    {"complaint_service", TC::Complaint, Need::Order, 1.0, "escalated"},
    {"complaint_late", TC::Complaint, Need::ParcelTrouble, 1.5, "first_contact"},
    {"change_phone", TC::Account, Need::Nothing, 1.5, "first_contact"},
    {"merge_accounts", TC::Account, Need::Nothing, 1.0, "first_contact"},
    {"privacy_request", TC::Account, Need::Nothing, 0.6, "escalated"},
    {"presale_shipping", TC::Presale, Need::Nothing, 1.0, "first_contact"},
    {"restock", TC::Presale, Need::Nothing, 1.0, "first_contact"},
    {"gift_wrap", TC::Other, Need::RecentOrder, 1.0, "first_contact"},
    {"store_pickup", TC::Other, Need::RecentOrder, 1.0, "first_contact"},
    {"store_hours", TC::Other, Need::Nothing, 0.8, "first_contact"},
};

const char *const kCategoryKeys[] = {
    "return_exchange", "size_problem", "logistics", "payment_invoice", "membership_points",
    "product_quality", "complaint",    "account",   "presale",         "other"};

const ScriptText &find(const std::vector<std::pair<const char *, ScriptText>> &texts, const char *key)
{
    for (const auto &[k, t] : texts) {
        if (std::strcmp(k, key) == 0)
            return t;
    }
    throw std::logic_error(std::string("ticket script without text: ") + key);
}

std::vector<Script> build()
{
    const auto zh = TicketScripts::chineseTexts();
    const auto en = TicketScripts::englishTexts();
    std::vector<Script> scripts;
    for (const Meta &m : kMeta)
        scripts.push_back({m.key, m.category, m.need, m.weight, m.outcome, find(zh, m.key), find(en, m.key)});
    return scripts;
}

const char *const kGreetZh[] = {"您好{name}，我是绫光客服{agent}，很高兴为您服务。",
                                "{name}您好，这里是绫光服饰客服{agent}。",
                                "您好，{name}！我是客服{agent}，感谢您的耐心等待。"};
const char *const kGreetEn[] = {"Hello {name}, this is {agent} from Lumen & Loom customer service.",
                                "Hi {name}, thank you for contacting Lumen & Loom. My name is {agent}.",
                                "Dear {name}, thanks for your patience. {agent} here from the service team."};
const char *const kCloseZh[] = {"如还有其他问题，随时联系我们，祝您生活愉快！", "感谢您的理解与支持，祝您购物愉快！",
                                "有任何问题欢迎随时留言，祝您一切顺利！"};
const char *const kCloseEn[] = {"If there is anything else, just reply to this message. Have a lovely day!",
                                "Thank you for shopping with us. Best regards, {agent}",
                                "Feel free to get back to us any time. Kind regards."};
const char *const kFollowZh[] = {"好的，谢谢！",     "明白了，那我等一下。",     "好的，麻烦你们尽快处理。",
                                 "收到，谢谢客服。", "那大概什么时候能有结果？", "好的，辛苦了。"};
const char *const kFollowEn[] = {"Great, thank you!",
                                 "OK, I'll wait then.",
                                 "Thanks, please keep me posted.",
                                 "Understood, thanks for the quick reply.",
                                 "When will I hear back?",
                                 "Perfect, that helps a lot."};
const char *const kCloseReplyZh[] = {"不客气，{name}。有进展我们会第一时间通过短信通知您。",
                                     "好的，{name}，已为您备注跟进，处理结果会同步到订单页面。",
                                     "不客气！后续如有疑问，直接回复本工单即可，我们会继续为您跟进。"};
const char *const kCloseReplyEn[] = {
    "You're welcome, {name}. We will text you as soon as there is news.",
    "Noted, {name}. I have added a follow-up and the result will show on the order page.",
    "My pleasure! If anything else comes up, simply reply to this ticket."};
const char *const kViolationsZh[] = {"放心，保证明天就能送到。", "我们可以给您无条件退款。",
                                     "麻烦提供一下您的完整银行卡号和CVV码，方便我们退款。"};
const char *const kViolationsEn[] = {"Don't worry, it is guaranteed to arrive tomorrow.",
                                     "We can give you an unconditional refund.",
                                     "Please send me your full card number and the CVV so I can process the refund."};

} // namespace

const char *ticketCategoryKey(TicketCategory c)
{
    return kCategoryKeys[int(c)];
}

namespace TicketScripts {

const std::vector<Script> &all()
{
    static const std::vector<Script> scripts = build();
    return scripts;
}

std::span<const char *const> greetings(bool english)
{
    return english ? std::span<const char *const>(kGreetEn) : std::span<const char *const>(kGreetZh);
}

std::span<const char *const> closings(bool english)
{
    return english ? std::span<const char *const>(kCloseEn) : std::span<const char *const>(kCloseZh);
}

std::span<const char *const> genericFollows(bool english)
{
    return english ? std::span<const char *const>(kFollowEn) : std::span<const char *const>(kFollowZh);
}

std::span<const char *const> genericCloses(bool english)
{
    return english ? std::span<const char *const>(kCloseReplyEn) : std::span<const char *const>(kCloseReplyZh);
}

std::span<const char *const> violations(bool english)
{
    return english ? std::span<const char *const>(kViolationsEn) : std::span<const char *const>(kViolationsZh);
}

const char *routedMessage(bool english)
{
    return english ? "Ticket routed automatically to the {team} team." : "系统已根据工单内容自动分配至{team}。";
}

} // namespace TicketScripts

} // namespace panorama::demo
