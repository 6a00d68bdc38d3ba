// English conversation texts of the demo tickets. Facts follow docs/policy.md; {slots} are filled by TicketSlots.
#include "core/demo/TicketScripts.h"

namespace panorama::demo::TicketScripts {

std::vector<std::pair<const char *, ScriptText>> englishTexts()
{
    return {
        {"return_request",
         {{"Return request for order {order}", "I'd like to return the {product}", "Return - {order}"},
          {"Hi, the {product} ({color}, size {size}) I received on {date} isn't for me. Tags are still on. "
           "Can I return it? Order {order}.",
           "Can I send back the {product} from order {order}? It looks quite different from the photos.",
           "Hello, how do I return an item I haven't worn? It's the {product}.",
           "I want to return the {product} from {order}. Who pays for the shipping?"},
          {"As a {tier}, you can return items within {days} days of delivery (until {deadline}, 23:59) as long as "
           "the tags are attached and the item is unworn and unwashed. {return_shipping} I have submitted the return "
           "for you; please hand the parcel to the courier within 7 days of approval. {refund_time}",
           "I found order {order}: the {product} is inside your {days}-day return window (until {deadline}). "
           "{return_shipping} The return is submitted. {refund_time}"},
          {"OK, I'll wait for the courier at home.", "Could you waive the shipping fee?", "Where will the refund go?"},
          {"Sure, {name}. You will get a text once the pickup time is confirmed.",
           "Return shipping follows your membership: {return_shipping}",
           "The refund goes back to your original payment method. {refund_time}"},
          {"Delivery date checked, within the {days}-day window; return submitted.",
           "Customer is {tier}; return shipping handled per policy."}}},
        {"refund_status",
         {{"Refund status for {order}", "Returned item, still no refund", "When will my refund arrive?"},
          {"I sent the {product} back on {date} and still haven't received my refund. Order {order}, please check.",
           "My return was shipped days ago. Why is there no refund yet? Order {order}.",
           "Could you tell me where the refund for order {order} is?"},
          {"I checked for you: the return is currently \"{return_status}\". The warehouse inspects returns within "
           "2 business days of receiving them. {refund_time} The refund of {amount} goes back to your original "
           "payment method.",
           "Your return shows \"{return_status}\". {refund_time} Points you used come back as points, and gift-card "
           "payments go back to the card."},
          {"OK, I'll wait a bit longer.", "Can you speed it up?", "Thanks, I'll confirm once it arrives."},
          {"You're welcome. If it doesn't arrive in time, just reply to this ticket.",
           "I've flagged it as urgent; the refund is issued automatically after inspection and you'll get a text.",
           "Sure, get in touch any time."},
          {"Return status {return_status}; inspection and refund times explained."}}},
        {"return_window",
         {{"Can I still return after the window?", "Return for {order} refused"},
          {"I received the {product} on {date} and want to return it now, but the system says it's too late. "
           "Could you make an exception?",
           "Hi, I didn't have time to send back the {product} from order {order}. Can I still return it?"},
          {"I'm sorry, as a {tier} your return window is {days} days from delivery, and for this order it closed on "
           "{deadline} at 23:59, so a no-reason return is no longer possible. If the item is faulty, you can still "
           "report it with photos within 90 days of delivery.",
           "I understand. Under our policy the window for a {tier} is {days} days after delivery, which has passed; "
           "quality problems can still be reported with photos within 90 days."},
          {"Fine, never mind.", "But I was travelling for work.", "How do I report a quality problem?"},
          {"I'm sorry I couldn't help more this time. Thank you for understanding.",
           "I understand, but the return window is the same for everyone and can't be extended. I'm sorry.",
           "Open the order, choose \"After-sales\" and upload photos; the quality review takes up to 2 business days."},
          {"Outside the return window; policy explained, no return."}}},
        {"store_return",
         {{"Return an online order in a store?", "Store return question"},
          {"Can I take the {product} I bought online to your store in {city} and return it there?",
           "Can online order {order} be returned or exchanged in a physical store?"},
          {"Yes. Online orders can be returned or size-exchanged in any of our stores within your tier's window "
           "({days} days from delivery for a {tier}), free of charge. The refund goes back to your online payment, "
           "never in cash. The store closest to you is {store}.",
           "You can bring it to any Lumen & Loom store for a return or a size exchange at no cost; the refund goes "
           "back online to the original payment. Please keep the tags on; the deadline is {deadline}."},
          {"Great, I'll go at the weekend.", "Do I need the receipt?", "When does the store close?"},
          {"See you there; the staff will take care of it.",
           "No paper receipt needed: the staff can find the order by its number or your phone.",
           "Opening hours vary by store, usually 10:00-22:00."},
          {"Customer directed to a store for the return."}}},
        {"exchange_colour",
         {{"Exchange for another colour", "Different colour for {product}"},
          {"I bought the {product} in {color} (order {order}). Can I swap it for another colour?",
           "I don't like the colour of the {product} I received. Can I exchange it?"},
          {"Another colour counts as a return plus a new order rather than an exchange; our free exchange is for a "
           "different size of the same item. Your return window runs until {deadline}. {return_shipping}",
           "To change colour, please return this one and place a new order for the colour you like. {return_shipping}"},
          {"OK, I'll order the new one first.", "That's a bit of a hassle."},
          {"Great; once the new order is placed I can file the return for you.",
           "Sorry for the inconvenience; once the new order is placed I can file the return for you."},
          {"Colour change explained as return + new order."}}},
        {"size_too_small",
         {{"{product} too small - exchange for {new_size}", "Size exchange {order}", "Too small, need {new_size}"},
          {"I'm {height} cm and {weight} kg and usually wear {usual_size}. I bought the {product} in {size} and it's "
           "far too tight. Can I exchange it for {new_size}?",
           "The {product} in {size} is too small across the shoulders and chest. Could I get one size up? "
           "Order {order}.",
           "My order arrived but the size is small, I can't even close the zip. How do I change it to {new_size}?"},
          {"I'm sorry about that. {fit_note}. A size exchange of the same item is free once per order line within the "
           "return window; size {new_size} is in stock and I have submitted the exchange. {quick_exchange}",
           "I found order {order}. {fit_note}, so {new_size} should fit you better. The exchange is free until "
           "{deadline}. {quick_exchange}"},
          {"Thanks, next time I'll check the size chart.", "When will the new one arrive?",
           "How do I send the old one back?"},
          {"You're welcome; you can also ask us for a size recommendation before ordering.",
           "You'll get a text with the tracking number once the new size ships; it usually takes 2-4 days.",
           "A courier will collect the original; please keep the tags on."},
          {"Too small; exchanged for {new_size}. {fit_note}.", "Size issue logged for the sizing team."}}},
        {"size_too_large",
         {{"{product} too big - exchange", "Size exchange {order}", "Too large"},
          {"The {product} in {size} is too loose and the sleeves are long. I'm {height} cm, {weight} kg. "
           "Could I have {new_size} instead?",
           "The {product} from order {order} is too big. Can I get one size down?"},
          {"Thanks for letting us know. {fit_note}. I have submitted an exchange to size {new_size}; it's free once "
           "per order line until {deadline}. {quick_exchange}",
           "Sorry it doesn't fit. From your height and weight, {new_size} should fit better. Exchange submitted. "
           "{quick_exchange}"},
          {"Thanks.", "Can I keep the old one until the new one arrives?"},
          {"You're welcome; just get in touch if anything else comes up.", "{quick_exchange}"},
          {"Too large; exchanged for {new_size}."}}},
        {"size_advice",
         {{"Size advice: {product}", "Which size should I take?", "Sizing for {brand}"},
          {"I'm {height} cm, {weight} kg and normally wear {usual_size}. Which size of the {brand} {product} should "
           "I order?",
           "Does the {product} run large or small? I usually wear {usual_size}.",
           "Thinking of buying the {product}. {height} cm, {weight} kg - what size?"},
          {"Based on your height and weight I'd recommend size {size} for the {product}. {fit_note}. Measure over "
           "light "
           "clothing; the chart allows ±2 cm.",
           "{fit_note}. With {height} cm and {weight} kg, size {size} is my recommendation; go one up if you like a "
           "looser fit."},
          {"Great, I'll order it.", "Can I exchange it if it doesn't fit?"},
          {"Enjoy it!",
           "Yes, one free size exchange of the same item within the return window, if the other size is in stock."},
          {"Size advice given: {size}."}}},
        {"kids_size",
         {{"Kids' size question", "Little Loom sizing"},
          {"My child is {child_height} cm. Which size of the Little Loom {product} should I get?",
           "What size for a {child_height} cm toddler?"},
          {"{fit_note}. For {child_height} cm I'd take size {size}.",
           "Little Loom is sized by height: for {child_height} cm we recommend {size}. {fit_note}."},
          {"Thank you!"},
          {"You're welcome, enjoy!"},
          {"Kids' sizing: recommended {size}."}}},
        {"where_is_parcel",
         {{"Where is order {order}?", "Tracking question", "When will {order} arrive?"},
          {"Order {order} shows as shipped with {carrier} ({tracking}) but hasn't reached {city} yet. Where is it?",
           "Where is my parcel? Order {order}.", "Will order {order} arrive today? I need it soon."},
          {"I checked {carrier} tracking {tracking}: {where}. Carrier dates are estimates, so I can't guarantee a "
           "delivery day; please go by the tracking estimate. The courier will call before delivering.",
           "Your parcel is on its way: {where}. Standard delivery to {city} usually takes {transit}; {carrier}'s "
           "estimate is the best guide."},
          {"OK, I'll wait.", "Could you chase the courier?"},
          {"Sure, we'll let you know when it moves.",
           "I've asked the carrier to hurry; if there's no tracking update for 72 hours we will open a trace."},
          {"Tracking enquiry; parcel moving normally."}}},
        {"no_update",
         {{"Tracking hasn't moved for days", "No update on {order}", "Is my parcel lost?"},
          {"The tracking for order {order} hasn't changed since {date} ({carrier} {tracking}). Is it lost?",
           "No tracking update for several days, it's stuck at a hub. What's going on?",
           "Three days without any news of my parcel. Please check {tracking}."},
          {"I'm sorry for the wait. There has been no tracking update for over 72 hours, so I have opened a trace "
           "with {carrier}; they answer within 3 business days. If the parcel is confirmed lost, we reship it (if in "
           "stock) or refund you, as you prefer, without waiting for the carrier's compensation.",
           "Tracking {tracking} has stalled, so a trace is open and you'll hear from us within 3 business days. If "
           "it's lost, you choose between a reshipment and a full refund."},
          {"OK, please get back to me soon.", "I'd like it reshipped.", "Just refund me then."},
          {"We'll contact you as soon as the trace result is in.",
           "Noted: we'll reship as soon as the trace confirms the loss.",
           "Noted: we'll refund your original payment as soon as the trace confirms the loss."},
          {"Trace opened with {carrier}, {tracking}; answer due within 3 business days."}}},
        {"delivered_not_received",
         {{"Marked delivered but not received", "Order {order} not received"},
          {"Tracking says it was delivered on {date}, but I never got it! Order {order}.",
           "The courier says it's at the parcel station but they don't have it. {tracking}."},
          {"I'm sorry. Please check the parcel locker, the collection point or your building's reception first. If "
           "it isn't there, I have opened a trace with {carrier}; they answer within 3 business days, and if it "
           "wasn't delivered we'll reship or refund.",
           "I've opened a 'delivered but not received' trace. {carrier} will check the delivery within 3 business "
           "days and we'll contact you as soon as we know."},
          {"OK, I'll ask the station again.", "Please hurry, it's a gift."},
          {"Thanks, and do let us know if it turns up.", "Flagged as urgent."},
          {"Delivered-not-received trace opened."}}},
        {"address_change",
         {{"Change delivery address", "Wrong address on {order}"},
          {"I entered the wrong address for order {order}. Can you change it to {address}?",
           "I just ordered - is it too late to change the delivery address?"},
          {"Thanks, your identity is verified. Until the order is packed I can change the address directly; once "
           "it's packed I can only ask the carrier to redirect it, and that depends on the carrier. The new address "
           "must be in mainland China.",
           "If order {order} isn't packed yet, the address is now updated; otherwise I'll ask {carrier} to redirect "
           "it and text you the result."},
          {"Thanks.", "Is there a fee for redirecting?"},
          {"You're welcome!",
           "Redirects within the same city are usually fine; the carrier may charge for another city, at your cost."},
          {"Address change handled according to order status."}}},
        {"express_question",
         {{"Next-day delivery?", "Can it arrive tomorrow?"},
          {"I'm in {city}. If I order today, will it arrive tomorrow?", "Do you offer next-day delivery? How much?"},
          {"Express next-day delivery is available in 48 cities for orders placed before 15:00, for ¥20, carried by "
           "SF Express. Carrier dates are estimates, so we can't guarantee tomorrow; the tracking estimate applies.",
           "If {city} is covered, pay before 15:00 and choose express (¥20). It isn't offered in remote regions."},
          {"Got it, thanks."},
          {"You're welcome!"},
          {"Express delivery question."}}},
        {"damaged_parcel",
         {{"Damaged parcel", "Box damaged on arrival - {order}"},
          {"The box arrived crushed and the {product} has a stain. Order {order}.",
           "The parcel was torn and the garment has a cut in it."},
          {"I'm so sorry! Please send photos of the box and the item within 48 hours of delivery; once checked we "
           "reship or refund, your choice.",
           "Sorry for the trouble. Upload photos of the outer box and the item (within 48 hours of delivery) and we'll "
           "reship or refund at our cost."},
          {"Photos uploaded.", "I'd like a refund."},
          {"Photos received; once approved we reship or refund, as you prefer.",
           "Noted: refund once the photos are approved."},
          {"Transport damage; photos received."}}},
        {"invoice_request",
         {{"Invoice for {order}", "Electronic invoice request", "Invoice title"},
          {"Can I get an invoice for order {order}? The title should be my company.",
           "Please issue an electronic invoice for order {order} to my email.",
           "Hi, I need an invoice for what I bought on {date} for expenses."},
          {"Of course. Electronic ordinary invoices can be requested within 30 days of delivery and are sent to your "
           "email and the order page within 2 business days. For a company title please give the company name and "
           "taxpayer ID. The invoice covers the amount paid; points and coupon discounts are not invoiced.",
           "Your request is registered; the electronic invoice reaches your email within 2 business days. The title "
           "can be corrected once within 30 days."},
          {"Company name and tax ID sent.", "Can you issue a special VAT invoice?"},
          {"Received; the invoice reaches your email within 2 business days.",
           "A special VAT invoice needs the company name, taxpayer ID, registered address and phone, bank and account "
           "number, and takes 5 business days."},
          {"E-invoice request registered."}}},
        {"special_invoice",
         {{"Special VAT invoice", "Need a VAT special invoice"},
          {"We bought uniforms for the company (order {order}) and need a special VAT invoice.",
           "Can you issue a special VAT invoice? What do you need?"},
          {"Yes. Please send the company name, taxpayer ID, registered address and phone, bank and account number; "
           "the invoice is issued within 5 business days once complete.",
           "A special VAT invoice needs the full company details and takes 5 business days."},
          {"Details submitted."},
          {"Received; we'll let you know once it's issued."},
          {"Special VAT invoice; details complete."}}},
        {"duplicate_charge",
         {{"Charged twice", "Double payment for {order}"},
          {"The payment froze and I was charged {amount} twice for order {order}. What now?",
           "I've been charged twice for the same order!"},
          {"Sorry for the worry. A duplicate payment is refunded automatically to the original account within 3 "
           "business days; you don't need to do anything. Never share your full card number or payment password "
           "with anyone.",
           "I confirmed the duplicate charge on order {order}; the extra {amount} returns to your account within "
           "3 business days."},
          {"OK, I'll wait a few days."},
          {"If it hasn't arrived after 3 business days, reply here and we'll follow up."},
          {"Duplicate charge; automatic refund confirmed."}}},
        {"price_protection",
         {{"Price dropped after I bought", "Price protection for {order}"},
          {"I bought the {product} on {placed} and it's cheaper today. Can I get the difference? Order {order}.",
           "The price dropped a few days after I bought. Is there price protection?"},
          {"We offer 7-day price protection: if the same SKU's price drops in the web shop or mini-program within 7 "
           "days of payment, the difference goes back to your original payment within 3 business days, once per "
           "order line. Flash sales, livestream prices, final-sale items, store prices and prices reached with "
           "coupons or points are excluded.",
           "I checked: within 7 days of payment and meeting the conditions, the difference is refunded within 3 "
           "business days."},
          {"Thanks.", "Doesn't the livestream price count?"},
          {"You're welcome!", "Livestream prices are outside price protection, sorry."},
          {"Price protection checked per rules."}}},
        {"payment_methods",
         {{"Payment options", "Can I pay in instalments?"},
          {"Can I use Huabei instalments on the website?", "Does the mini-program take Alipay?",
           "Do you offer cash on delivery?"},
          {"The web shop takes WeChat Pay, Alipay (including Huabei instalments), UnionPay debit and credit cards, "
           "gift cards and points; the mini-program takes WeChat Pay, gift cards and points. There's no cash on "
           "delivery, and unpaid orders cancel after 30 minutes.",
           "Huabei instalments work in the web shop; the mini-program takes WeChat Pay, gift cards and points only."},
          {"Understood."},
          {"You're welcome!"},
          {"Payment methods question."}}},
        {"points_missing",
         {{"Points not credited", "Points for {order}"},
          {"Order {order} was delivered but I haven't got the points yet.", "Where are my points? They never arrived."},
          {"Points are credited 15 days after delivery, when a regular member's return window has closed; returned "
           "items' points are deducted. Your order was delivered on {date}, so expect the points around "
           "{points_date}. Points are earned on the money paid for goods, not shipping or the part paid with points.",
           "Points arrive 15 days after delivery: around {points_date} for this order. Your balance is {points}."},
          {"OK, thanks."},
          {"You're welcome; you'll find them under Me > Points."},
          {"Points timing explained."}}},
        {"tier_progress",
         {{"Membership upgrade", "How far to the next tier?"},
          {"I'm a {tier}. How many points until {next_tier}?", "How do I move up a membership tier?"},
          {"Tiers follow the purchase points earned in the last 12 months: Silver 2,000, Gold 8,000, Platinum 20,000; "
           "review points don't count. You are a {tier}, about {points_needed} points from {next_tier}. The upgrade "
           "is immediate once you reach it and the tier is kept for at least 12 months.",
           "You're about {points_needed} points away from {next_tier}; points from reviews don't count toward tiers."},
          {"Thanks."},
          {"You're welcome - good luck with the upgrade!"},
          {"Tier question."}}},
        {"birthday_coupon",
         {{"No birthday coupon", "Birthday benefits"},
          {"It's my birthday this month, why didn't I get a coupon?", "What do members get on their birthday?"},
          {"Birthday benefits need your birthday in the account before the 1st of your birthday month. Gold members "
           "get ¥50 off orders from ¥299, Platinum ¥100 off from ¥499, plus double points that month; coupons arrive "
           "on the 1st and are valid until month end. {birthday_coupon}",
           "{birthday_coupon} You can set your birthday once yourself; later corrections go through us, at most once "
           "every 12 months."},
          {"Fine, I'll remember next year.", "I entered the wrong birthday, can I change it?"},
          {"Happy birthday in advance!", "We can correct it for you, at most once every 12 months."},
          {"Birthday benefits question."}}},
        {"points_expiry",
         {{"When do points expire?", "Points expiry"},
          {"When do my points expire?", "Can I exchange points for cash?"},
          {"Points expire at the end of the second calendar year after they were earned: points earned in {this_year} "
           "expire on 31 December {expiry_year}. 100 points = ¥1, up to 50% of an order, in steps of 100; they can't "
           "be transferred or exchanged for cash.",
           "Points are valid until 31 December of the second year after the year you earned them."},
          {"Thanks."},
          {"You're welcome!"},
          {"Points expiry question."}}},
        {"quality_defect",
         {{"Quality problem with {order}", "Seam coming apart on {product}", "Faulty item"},
          {"The {product} came apart at the seam after one wear. Order {order}. What can you do?",
           "It pilled and faded after a single wash. Not good enough.",
           "The {product} I received (size {size}) has a hole. Can I get a replacement?"},
          {"I'm so sorry! Faulty items can be returned or exchanged within 90 days of delivery whatever your tier; "
           "please upload photos. The quality review takes up to 2 business days and we cover the shipping.",
           "Sorry for the poor experience. Please upload photos of the fault on the order page; once approved we "
           "replace or refund it, with shipping both ways on us."},
          {"Photos uploaded.", "I'd like a new one.", "Refund please."},
          {"Received; we'll act as soon as the review is done and text you the result.",
           "Noted: a replacement once approved, shipping both ways on us.",
           "Noted: a refund once approved, shipping both ways on us."},
          {"Quality issue; photos received, awaiting review."}}},
        {"shrinkage",
         {{"Shrank after washing", "{product} shrank"},
          {"I washed the {product} following the care label and it shrank a lot. Order {order}.",
           "It shrank badly in the wash. Can I return it?"},
          {"Shrinkage over 3% after washing by the care label counts as a fault, returnable or exchangeable within 90 "
           "days of delivery. Please send photos with measurements; the quality team answers within 2 business days.",
           "Sorry about that. Over 3% shrinkage after following the care label is handled as a quality problem; "
           "upload photos and we'll sort it out."},
          {"Uploaded."},
          {"Thanks, we'll let you know as soon as possible."},
          {"Shrinkage complaint; checking if over 3%."}}},
        {"counterfeit",
         {{"Is this genuine?", "Authenticity check"},
          {"I bought Lumen & Loom clothes on another platform and they don't look genuine. How can I check?",
           "The QR code on the hang tag doesn't scan."},
          {"Every hang tag carries an authenticity QR code you can scan. If in doubt, send photos and our quality "
           "team will answer within 3 business days.",
           "I've opened an authenticity check; the quality team replies within 3 business days. Our web shop, "
           "mini-program and stores are the safe places to buy."},
          {"Photos sent."},
          {"Received, you'll have the result soon."},
          {"Authenticity check sent to quality team."}}},
        {"complaint_refund",
         {{"Complaint: refund still missing", "Refund overdue"},
          {"I returned the item over ten days ago and still no refund for order {order}. If this isn't fixed I'll "
           "report you to 12315!",
           "Your agents keep saying it's being handled but I still have no money back. I want to complain!",
           "This is my third time contacting you about the refund. I'm going to talk to a lawyer."},
          {"I'm very sorry for this experience. Your case is now with our complaints team and a specialist will "
           "contact you within 1 business day. The return is currently \"{return_status}\" and we are prioritising it.",
           "I apologise. Your ticket is escalated to a complaints specialist who will call you within 1 business day, "
           "and the warehouse is prioritising your refund."},
          {"Please hurry.", "OK, I'll wait for the call."},
          {"The specialist is on it; please keep your phone on.", "Thank you; please keep your phone on."},
          {"Customer mentioned 12315/lawyer; escalated to complaints per policy."}}},
        {"complaint_service",
         {{"Complaint about service", "Unhappy with the service"},
          {"The staff at {store} were very rude when I tried clothes on. I want to complain.",
           "An agent promised to call me back and nobody ever did."},
          {"I'm sorry for the unpleasant experience. I've recorded your feedback and escalated it to a supervisor, "
           "who will call you back within 4 business hours.",
           "I'm sorry we let you down. A supervisor will call you within 4 business hours."},
          {"OK, I'll wait for the call."},
          {"Thank you for the feedback; we'll do better."},
          {"Service complaint; supervisor call-back."}}},
        {"complaint_late",
         {{"Delivery far too slow", "Late delivery"},
          {"It's been a week and order {order} still hasn't arrived. Your delivery is too slow!",
           "I waited so long that I no longer need the clothes."},
          {"I'm sorry for the wait. I've opened a trace with {carrier}, answered within 3 business days, and added a "
           "¥20 coupon to your account as an apology.",
           "Apologies for the delay. The trace is open, and there's a ¥20 coupon in your account for the trouble."},
          {"Fine.", "Got the coupon."},
          {"Sorry again; we'll update you as soon as we hear.",
           "Thanks for understanding; we'll update you as soon as we hear."},
          {"Late delivery; ¥20 goodwill coupon issued."}}},
        {"change_phone",
         {{"Change my phone number", "New phone number"},
          {"I no longer use my old number. How do I link my account to a new one?",
           "I'd like to change the phone number on my account."},
          {"To keep your account safe I first need to check it's you: please give any two of the order number, the "
           "recipient's name, the last four digits of the old number, or the delivery city. We never ask for ID-card "
           "numbers.",
           "Changing the number needs an identity check: please give two account details, such as an order number and "
           "the delivery city."},
          {"The order number is {order} and the city is {city}."},
          {"Verified - the new number is linked and takes effect at your next login."},
          {"Phone changed after two-factor identity check."}}},
        {"merge_accounts",
         {{"Merge two accounts", "Duplicate account"},
          {"I seem to have two accounts, one in the mini-program and one from a store. Can the points be combined?",
           "There are two member accounts with the same phone number. What should I do?"},
          {"The mini-program and the web shop share one account when the phone number is the same. If two member "
           "accounts were registered with the same phone, we can merge them after an identity check; accounts with "
           "different numbers are not merged.",
           "I can see a likely duplicate account; after an identity check we'll merge the points and order history."},
          {"Thanks."},
          {"Merge submitted; you'll get a text when it's done."},
          {"Possible duplicate account; merge submitted."}}},
        {"privacy_request",
         {{"Export my personal data", "Delete my account"},
          {"I'd like a copy of the personal data you hold about me.",
           "Please close my account and delete my personal data."},
          {"Your request is recorded and forwarded to our privacy team today; they answer within 15 days. Closing the "
           "account forfeits points and coupons and waits until open orders and returns are finished.",
           "Your data export/deletion request is registered with the privacy team (answer within 15 days). "
           "Marketing opt-outs take effect immediately."},
          {"OK."},
          {"Forwarded; watch out for our text."},
          {"PIPL request forwarded to privacy team."}}},
        {"presale_shipping",
         {{"When does the pre-order ship?", "Pre-sale shipping date"},
          {"When will the pre-ordered {product} ship?", "I paid the deposit - when is the balance due?"},
          {"Pre-sale items ship by the date on the product page; if we miss it you may cancel for a full refund, "
           "deposit included. A deposit is kept if the balance isn't paid, unless we changed the price or date.",
           "Pre-orders ship by the product page date; a late shipment entitles you to a full refund including the "
           "deposit."},
          {"Got it."},
          {"You're welcome!"},
          {"Pre-sale shipping question."}}},
        {"restock",
         {{"Restock question", "When is size {size} back?"},
          {"When will the {product} be back in size {size}?", "My size is sold out - will it come back?"},
          {"I've set a back-in-stock reminder for you; you'll get a text when it's restocked. Dates are shown on the "
           "product page.",
           "That size is out of stock for now; tap \"Notify me\" on the product page."},
          {"Thanks."},
          {"You're welcome!"},
          {"Restock reminder set."}}},
        {"gift_wrap",
         {{"Gift wrapping", "Add a gift box"},
          {"Order {order} is a present. Can you add a gift box?", "Can you add a card? Please don't show prices."},
          {"Gift boxes are ¥15 each, free for Gold and Platinum members; a message card of up to 50 characters can be "
           "added and the gift receipt shows no prices. You can add or remove it until the order is packed.",
           "I've added the gift box and card; the gift receipt shows no prices."},
          {"Please write \"Happy birthday\" on the card."},
          {"Noted; it will go in when the order is packed."},
          {"Gift wrapping added."}}},
        {"store_pickup",
         {{"Store pickup", "How do I collect my order?"},
          {"I chose store pickup for order {order}. How do I collect it?", "How long will the store keep my parcel?"},
          {"When the parcel reaches the store you'll get a text with a pickup code; the store keeps it 7 days, after "
           "which the order is cancelled and refunded. Anyone with the pickup code and the last four digits of your "
           "phone can collect it.",
           "You'll receive a pickup code by text; collect within 7 days with the code and your phone's last four "
           "digits."},
          {"Thanks."},
          {"You're welcome!"},
          {"Store pickup question."}}},
        {"store_hours",
         {{"Store opening hours", "Nearest store"},
          {"What time does your store in {city} open?", "Where is your nearest store in {city}?"},
          {"Your nearest store is {store}, usually open 10:00-22:00 (holidays as announced by the store). You can also "
           "return or size-exchange online orders there.",
           "{store} would be happy to see you - you can try things on and return online orders there."},
          {"Great, I'll drop by at the weekend."},
          {"See you there!"},
          {"Store information."}}},
    };
}

} // namespace panorama::demo::TicketScripts
