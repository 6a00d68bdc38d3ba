#pragma once

#include <span>
#include <vector>

namespace panorama::demo {

enum class TicketCategory : int
{
    ReturnExchange,
    SizeProblem,
    Logistics,
    PaymentInvoice,
    MembershipPoints,
    ProductQuality,
    Complaint,
    Account,
    Presale,
    Other,
    Count
};
const char *ticketCategoryKey(TicketCategory c);

// What a conversation needs to be about.
enum class Need : unsigned char
{
    Nothing,        // no order (a question before buying, an account matter)
    Order,          // any paid order
    RecentOrder,    // an order placed in the last few days, not yet delivered
    DeliveredOrder, // an online order that was delivered
    InTransit,      // a parcel on its way
    ParcelTrouble,  // a delayed, lost or unreachable parcel
    Return,         // a return (not an exchange)
    SizeSmall,      // a return or exchange because the size was too small
    SizeLarge,      // ... too large
    QualityReturn,  // a return or exchange for a quality defect
    Child,          // a customer who buys for a child
};

// The texts of one kind of conversation in one language. Templates use {slots}; see TicketSlots.
struct ScriptText
{
    std::vector<const char *> subjects;
    std::vector<const char *> opens;   // the customer's first message
    std::vector<const char *> replies; // the agent's answer, between greeting and closing
    std::vector<const char *> follows; // the customer's follow-up
    std::vector<const char *> closes;  // the agent's second answer
    std::vector<const char *> notes;   // internal notes
};

struct Script
{
    const char *key;
    TicketCategory category;
    Need need;
    double weight;       // share within its category
    const char *outcome; // when solved: first_contact, escalated, return, exchange, refund, no_action
    ScriptText zh;       // Simplified Chinese (zh-TW is converted from it)
    ScriptText en;
};

// The conversation scripts of the demo tickets: per category several situations (returns and refunds,
// size exchanges and advice, parcels, invoices and payments, points and tiers, faults, complaints, accounts,
// pre-sales, gift wrapping and pickup), each with varied customer wording and agent answers that follow
// docs/policy.md. Generic greetings, closings and follow-ups are shared.
namespace TicketScripts {

const std::vector<Script> &all();
std::span<const char *const> greetings(bool english);
std::span<const char *const> closings(bool english);
std::span<const char *const> genericFollows(bool english);
std::span<const char *const> genericCloses(bool english);
// Sentences no agent may write (docs/policy.md); a small share of replies contains one, for the QA demo.
std::span<const char *const> violations(bool english);
// System message when a ticket is routed: "{team}" is filled with the team's name.
const char *routedMessage(bool english);

// Built per language in TicketScriptsZh.cpp / TicketScriptsEn.cpp, joined by key in TicketScripts.cpp.
std::vector<std::pair<const char *, ScriptText>> chineseTexts();
std::vector<std::pair<const char *, ScriptText>> englishTexts();

} // namespace TicketScripts

} // namespace panorama::demo
