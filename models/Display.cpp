#include "models/Display.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace panorama::Display {

namespace {

// The domain's vocabulary (docs/data-model.md) as the user reads it. QT_TRANSLATE_NOOP marks them for lupdate.
const QHash<QString, const char *> &words()
{
    static const QHash<QString, const char *> map = {
        {u"regular"_s, QT_TRANSLATE_NOOP("Vocabulary", "Regular")},
        {u"silver"_s, QT_TRANSLATE_NOOP("Vocabulary", "Silver")},
        {u"gold"_s, QT_TRANSLATE_NOOP("Vocabulary", "Gold")},
        {u"platinum"_s, QT_TRANSLATE_NOOP("Vocabulary", "Platinum")},
        {u"web"_s, QT_TRANSLATE_NOOP("Vocabulary", "Web shop")},
        {u"mini_program"_s, QT_TRANSLATE_NOOP("Vocabulary", "Mini-program")},
        {u"store"_s, QT_TRANSLATE_NOOP("Vocabulary", "Store")},
        {u"phone"_s, QT_TRANSLATE_NOOP("Vocabulary", "Phone")},
        {u"email"_s, QT_TRANSLATE_NOOP("Vocabulary", "Email")},
        {u"chat"_s, QT_TRANSLATE_NOOP("Vocabulary", "Chat")},
        {u"member_id"_s, QT_TRANSLATE_NOOP("Vocabulary", "Member ID")},
        {u"device_id"_s, QT_TRANSLATE_NOOP("Vocabulary", "Device ID")},
        {u"open_id"_s, QT_TRANSLATE_NOOP("Vocabulary", "WeChat OpenID")},
        {u"order_number"_s, QT_TRANSLATE_NOOP("Vocabulary", "Order number")},
        {u"tracking_number"_s, QT_TRANSLATE_NOOP("Vocabulary", "Tracking number")},
        {u"name"_s, QT_TRANSLATE_NOOP("Vocabulary", "Name")},
        {u"basic"_s, QT_TRANSLATE_NOOP("Vocabulary", "Basic attributes")},
        {u"behavior"_s, QT_TRANSLATE_NOOP("Vocabulary", "Behaviour preferences")},
        {u"scenario"_s, QT_TRANSLATE_NOOP("Vocabulary", "Scenario needs")},
        {u"pending"_s, QT_TRANSLATE_NOOP("Vocabulary", "Pending")},
        {u"paid"_s, QT_TRANSLATE_NOOP("Vocabulary", "Paid")},
        {u"packed"_s, QT_TRANSLATE_NOOP("Vocabulary", "Packed")},
        {u"shipped"_s, QT_TRANSLATE_NOOP("Vocabulary", "Shipped")},
        {u"delivered"_s, QT_TRANSLATE_NOOP("Vocabulary", "Delivered")},
        {u"completed"_s, QT_TRANSLATE_NOOP("Vocabulary", "Completed")},
        {u"cancelled"_s, QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")},
        {u"returned"_s, QT_TRANSLATE_NOOP("Vocabulary", "Returned")},
        {u"partially_returned"_s, QT_TRANSLATE_NOOP("Vocabulary", "Partly returned")},
        {u"label_created"_s, QT_TRANSLATE_NOOP("Vocabulary", "Label created")},
        {u"in_transit"_s, QT_TRANSLATE_NOOP("Vocabulary", "In transit")},
        {u"out_for_delivery"_s, QT_TRANSLATE_NOOP("Vocabulary", "Out for delivery")},
        {u"exception"_s, QT_TRANSLATE_NOOP("Vocabulary", "Exception")},
        {u"returned_to_sender"_s, QT_TRANSLATE_NOOP("Vocabulary", "Returned to sender")},
        {u"return"_s, QT_TRANSLATE_NOOP("Vocabulary", "Return")},
        {u"exchange"_s, QT_TRANSLATE_NOOP("Vocabulary", "Exchange")},
        {u"size_too_small"_s, QT_TRANSLATE_NOOP("Vocabulary", "Too small")},
        {u"size_too_large"_s, QT_TRANSLATE_NOOP("Vocabulary", "Too large")},
        {u"quality_defect"_s, QT_TRANSLATE_NOOP("Vocabulary", "Quality defect")},
        {u"not_as_described"_s, QT_TRANSLATE_NOOP("Vocabulary", "Not as described")},
        {u"changed_mind"_s, QT_TRANSLATE_NOOP("Vocabulary", "Changed mind")},
        {u"wrong_item"_s, QT_TRANSLATE_NOOP("Vocabulary", "Wrong item")},
        {u"late_delivery"_s, QT_TRANSLATE_NOOP("Vocabulary", "Late delivery")},
        {u"other"_s, QT_TRANSLATE_NOOP("Vocabulary", "Other")},
        {u"requested"_s, QT_TRANSLATE_NOOP("Vocabulary", "Requested")},
        {u"approved"_s, QT_TRANSLATE_NOOP("Vocabulary", "Approved")},
        {u"received"_s, QT_TRANSLATE_NOOP("Vocabulary", "Received")},
        {u"refunded"_s, QT_TRANSLATE_NOOP("Vocabulary", "Refunded")},
        {u"exchanged"_s, QT_TRANSLATE_NOOP("Vocabulary", "Exchanged")},
        {u"rejected"_s, QT_TRANSLATE_NOOP("Vocabulary", "Rejected")},
        {u"new"_s, QT_TRANSLATE_NOOP("Vocabulary", "New")},
        {u"open"_s, QT_TRANSLATE_NOOP("Vocabulary", "Open")},
        {u"on_hold"_s, QT_TRANSLATE_NOOP("Vocabulary", "On hold")},
        {u"solved"_s, QT_TRANSLATE_NOOP("Vocabulary", "Solved")},
        {u"closed"_s, QT_TRANSLATE_NOOP("Vocabulary", "Closed")},
        {u"low"_s, QT_TRANSLATE_NOOP("Vocabulary", "Low")},
        {u"normal"_s, QT_TRANSLATE_NOOP("Vocabulary", "Normal")},
        {u"high"_s, QT_TRANSLATE_NOOP("Vocabulary", "High")},
        {u"urgent"_s, QT_TRANSLATE_NOOP("Vocabulary", "Urgent")},
        {u"return_exchange"_s, QT_TRANSLATE_NOOP("Vocabulary", "Return / exchange")},
        {u"size_problem"_s, QT_TRANSLATE_NOOP("Vocabulary", "Size problem")},
        {u"logistics"_s, QT_TRANSLATE_NOOP("Vocabulary", "Logistics")},
        {u"payment_invoice"_s, QT_TRANSLATE_NOOP("Vocabulary", "Payment / invoice")},
        {u"membership_points"_s, QT_TRANSLATE_NOOP("Vocabulary", "Membership / points")},
        {u"product_quality"_s, QT_TRANSLATE_NOOP("Vocabulary", "Product quality")},
        {u"complaint"_s, QT_TRANSLATE_NOOP("Vocabulary", "Complaint")},
        {u"account"_s, QT_TRANSLATE_NOOP("Vocabulary", "Account")},
        {u"presale"_s, QT_TRANSLATE_NOOP("Vocabulary", "Pre-sale question")},
        {u"female"_s, QT_TRANSLATE_NOOP("Vocabulary", "Female")},
        {u"male"_s, QT_TRANSLATE_NOOP("Vocabulary", "Male")},
        {u"unknown"_s, QT_TRANSLATE_NOOP("Vocabulary", "Unknown")},
        {u"customer"_s, QT_TRANSLATE_NOOP("Vocabulary", "Customer")},
        {u"agent"_s, QT_TRANSLATE_NOOP("Vocabulary", "Agent")},
        {u"system"_s, QT_TRANSLATE_NOOP("Vocabulary", "System")},
        {u"public"_s, QT_TRANSLATE_NOOP("Vocabulary", "Reply")},
        {u"internal"_s, QT_TRANSLATE_NOOP("Vocabulary", "Internal note")},
        {u"order"_s, QT_TRANSLATE_NOOP("Vocabulary", "Order")},
        {u"ticket"_s, QT_TRANSLATE_NOOP("Vocabulary", "Ticket")},
        {u"message"_s, QT_TRANSLATE_NOOP("Vocabulary", "Message")},
        {u"import"_s, QT_TRANSLATE_NOOP("Vocabulary", "Import")},
        {u"info"_s, QT_TRANSLATE_NOOP("Vocabulary", "Info")},
        {u"warning"_s, QT_TRANSLATE_NOOP("Vocabulary", "Warning")},
        {u"critical"_s, QT_TRANSLATE_NOOP("Vocabulary", "Critical")},
        {u"confirmed"_s, QT_TRANSLATE_NOOP("Vocabulary", "Confirmed")},
        {u"dismissed"_s, QT_TRANSLATE_NOOP("Vocabulary", "Dismissed")},
        {u"acknowledged"_s, QT_TRANSLATE_NOOP("Vocabulary", "Acknowledged")},
        {u"disputed"_s, QT_TRANSLATE_NOOP("Vocabulary", "Disputed")},
        {u"conversation"_s, QT_TRANSLATE_NOOP("Vocabulary", "Conversation")},
        {u"offensive"_s, QT_TRANSLATE_NOOP("Vocabulary", "Offensive language")},
        {u"phrase"_s, QT_TRANSLATE_NOOP("Vocabulary", "Phrase")},
        {u"promise"_s, QT_TRANSLATE_NOOP("Vocabulary", "Promise")},
        {u"sensitive"_s, QT_TRANSLATE_NOOP("Vocabulary", "Sensitive data")},
        {u"privacy"_s, QT_TRANSLATE_NOOP("Vocabulary", "Privacy")},
        {u"returns"_s, QT_TRANSLATE_NOOP("Vocabulary", "Returns")},
        {u"shipping"_s, QT_TRANSLATE_NOOP("Vocabulary", "Shipping")},
        {u"payment"_s, QT_TRANSLATE_NOOP("Vocabulary", "Payment")},
        {u"product"_s, QT_TRANSLATE_NOOP("Vocabulary", "Product")},
        {u"invoice"_s, QT_TRANSLATE_NOOP("Vocabulary", "Invoice")},
        {u"points"_s, QT_TRANSLATE_NOOP("Vocabulary", "Points")},
        {u"membership"_s, QT_TRANSLATE_NOOP("Vocabulary", "Membership")},
        {u"sizing"_s, QT_TRANSLATE_NOOP("Vocabulary", "Sizing")},
        {u"quality"_s, QT_TRANSLATE_NOOP("Vocabulary", "Quality")},
        {u"tickets"_s, QT_TRANSLATE_NOOP("Vocabulary", "Ticket")},
        {u"customers"_s, QT_TRANSLATE_NOOP("Vocabulary", "Customer")},
        {u"tags"_s, QT_TRANSLATE_NOOP("Vocabulary", "Tag")},
        {u"ticket_messages"_s, QT_TRANSLATE_NOOP("Vocabulary", "Message")},
        {u"status"_s, QT_TRANSLATE_NOOP("Vocabulary", "Status")},
        {u"assignee_id"_s, QT_TRANSLATE_NOOP("Vocabulary", "Assignee")},
        {u"team"_s, QT_TRANSLATE_NOOP("Vocabulary", "Team")},
        {u"value"_s, QT_TRANSLATE_NOOP("Vocabulary", "Value")},
        {u"weight"_s, QT_TRANSLATE_NOOP("Vocabulary", "Weight")},
        {u"height_cm"_s, QT_TRANSLATE_NOOP("Vocabulary", "Height (cm)")},
        {u"weight_kg"_s, QT_TRANSLATE_NOOP("Vocabulary", "Weight (kg)")},
        {u"chest_cm"_s, QT_TRANSLATE_NOOP("Vocabulary", "Chest (cm)")},
        {u"waist_cm"_s, QT_TRANSLATE_NOOP("Vocabulary", "Waist (cm)")},
        {u"hips_cm"_s, QT_TRANSLATE_NOOP("Vocabulary", "Hips (cm)")},
        {u"fit_preference"_s, QT_TRANSLATE_NOOP("Vocabulary", "Fit preference")},
        {u"slim"_s, QT_TRANSLATE_NOOP("Vocabulary", "Slim")},
        {u"loose"_s, QT_TRANSLATE_NOOP("Vocabulary", "Loose")},
        {u"store_staff"_s, QT_TRANSLATE_NOOP("Vocabulary", "Store staff")},
        {u"supervisor"_s, QT_TRANSLATE_NOOP("Vocabulary", "Supervisor")},
        {u"admin"_s, QT_TRANSLATE_NOOP("Vocabulary", "Administrator")},
        {u"zh-CN"_s, QT_TRANSLATE_NOOP("Vocabulary", "Simplified Chinese")},
        {u"zh-TW"_s, QT_TRANSLATE_NOOP("Vocabulary", "Traditional Chinese")},
        {u"en"_s, QT_TRANSLATE_NOOP("Vocabulary", "English")},
        {u"quality_issue"_s, QT_TRANSLATE_NOOP("Vocabulary", "Quality issue")},
        {u"damaged_in_transit"_s, QT_TRANSLATE_NOOP("Vocabulary", "Damaged in transit")},
        {u"arrived_late"_s, QT_TRANSLATE_NOOP("Vocabulary", "Arrived late")},
        {u"first_contact"_s, QT_TRANSLATE_NOOP("Vocabulary", "Solved at first contact")},
        {u"escalated"_s, QT_TRANSLATE_NOOP("Vocabulary", "Escalated")},
        {u"refund"_s, QT_TRANSLATE_NOOP("Vocabulary", "Refund")},
        {u"no_action"_s, QT_TRANSLATE_NOOP("Vocabulary", "No action")},
        {u"alipay"_s, QT_TRANSLATE_NOOP("Vocabulary", "Alipay")},
        {u"wechat_pay"_s, QT_TRANSLATE_NOOP("Vocabulary", "WeChat Pay")},
        {u"card"_s, QT_TRANSLATE_NOOP("Vocabulary", "Bank card")},
        {u"union_pay"_s, QT_TRANSLATE_NOOP("Vocabulary", "UnionPay")},
        {u"cash"_s, QT_TRANSLATE_NOOP("Vocabulary", "Cash")},
        {u"gift_card"_s, QT_TRANSLATE_NOOP("Vocabulary", "Gift card")},
    };
    return map;
}

} // namespace

QString money(qint64 cents)
{
    return QLocale().toCurrencyString(cents / 100.0, u"¥"_s, 2);
}

QString dateTime(qint64 ms)
{
    if (ms == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

QString date(qint64 ms)
{
    if (ms == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(u"yyyy-MM-dd"_s);
}

QString vocabulary(const QString &word)
{
    const char *source = words().value(word, nullptr);
    return source ? QCoreApplication::translate("Vocabulary", source) : word;
}

QString vocabularyWords(const QString &text)
{
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words)
        w = vocabulary(w);
    return words.join(u' ');
}

QString slaRemaining(qint64 dueMs, qint64 nowMs)
{
    if (dueMs == 0)
        return {};
    const qint64 diff = dueMs - nowMs;
    const qint64 abs = ((diff < 0 ? -diff : diff) + 59999) / 60000; // whole minutes, rounded up
    const qint64 hours = abs / 60;
    QString span;
    if (hours >= 48)
        span = QCoreApplication::translate("Display", "%1 d %2 h").arg(hours / 24).arg(hours % 24);
    else if (abs >= 60)
        span = QCoreApplication::translate("Display", "%1 h %2 min").arg(hours).arg(abs % 60, 2, 10, QChar(u'0'));
    else
        span = QCoreApplication::translate("Display", "%1 min").arg(abs);
    return diff < 0 ? QCoreApplication::translate("Display", "overdue %1").arg(span) : span;
}

} // namespace panorama::Display
