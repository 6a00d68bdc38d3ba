#pragma once

#include <cstdint>
#include <string>

namespace panorama::demo {

// Short, policy-bound phrases the conversation slots are made of, in Chinese and English: tier names and the
// sentences that differ by tier (return shipping, refund time, quick exchange, birthday benefits), label fit
// notes (docs/policy.md "Sizing"), team names, return statuses, dates.
namespace TicketTexts {

const char *tierName(int tier, bool english);
const char *returnShipping(int tier, bool english);
const char *refundTime(int tier, bool english);
const char *quickExchange(int tier, bool english);
const char *birthdayCoupon(int tier, bool english);
// brand: index into Catalogue::brands(); rigid: a non-stretch Indigo Row style.
const char *fitNote(int brand, bool rigid, bool english);
const char *teamName(int team, bool english);
const char *returnStatus(const char *status, bool english);
const char *transit(int cityTier, bool remote, bool english);
// "11月3日" / "3 Nov" (CST).
std::string date(int64_t ms, bool english);
// "¥259.00"
std::string money(int64_t cents);

} // namespace TicketTexts

} // namespace panorama::demo
