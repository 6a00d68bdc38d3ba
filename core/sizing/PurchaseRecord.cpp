#include "core/sizing/PurchaseRecord.h"

using namespace Qt::StringLiterals;

namespace panorama::sizing {

QString outcomeKey(PurchaseOutcome o)
{
    switch (o) {
    case PurchaseOutcome::Kept:
        return u"kept"_s;
    case PurchaseOutcome::TooSmall:
        return u"size_too_small"_s;
    case PurchaseOutcome::TooLarge:
        return u"size_too_large"_s;
    case PurchaseOutcome::OtherReturn:
        break;
    }
    return u"returned_other"_s;
}

std::optional<PurchaseOutcome> parseOutcome(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"kept"_s || t == u"keep"_s)
        return PurchaseOutcome::Kept;
    if (t == u"size_too_small"_s || t == u"too_small"_s || t == u"small"_s)
        return PurchaseOutcome::TooSmall;
    if (t == u"size_too_large"_s || t == u"too_large"_s || t == u"large"_s)
        return PurchaseOutcome::TooLarge;
    if (t == u"returned_other"_s || t == u"returned"_s || t == u"other"_s)
        return PurchaseOutcome::OtherReturn;
    return std::nullopt;
}

QString sourceKey(FeedbackSource s)
{
    switch (s) {
    case FeedbackSource::Return:
        return u"return"_s;
    case FeedbackSource::Ticket:
        return u"ticket"_s;
    case FeedbackSource::Order:
        break;
    }
    return u"order"_s;
}

std::optional<FeedbackSource> parseSource(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"order"_s)
        return FeedbackSource::Order;
    if (t == u"return"_s)
        return FeedbackSource::Return;
    if (t == u"ticket"_s)
        return FeedbackSource::Ticket;
    return std::nullopt;
}

} // namespace panorama::sizing
