#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace panorama::sizing {

enum class PurchaseOutcome
{
    Kept,
    TooSmall,
    TooLarge,
    OtherReturn
};
// Where a size signal came from. A ticket ("the M is too tight") without a return counts half.
enum class FeedbackSource
{
    Order,
    Return,
    Ticket
};

// One size decision and how it ended: a customer's past purchase, or a feedback event for the learned offsets.
struct PurchaseRecord
{
    QString brand;
    QString category;
    QString productId;
    QString size;
    PurchaseOutcome outcome = PurchaseOutcome::Kept;
    QDate date; // optional; older purchases weigh less in a customer's history
    FeedbackSource source = FeedbackSource::Order;
};

QString outcomeKey(PurchaseOutcome o); // "kept", "size_too_small", "size_too_large", "returned_other"
// Accepts the policy's reason codes and short forms: kept, size_too_small / too_small, size_too_large / too_large,
// returned / other.
std::optional<PurchaseOutcome> parseOutcome(const QString &text);
QString sourceKey(FeedbackSource s);
std::optional<FeedbackSource> parseSource(const QString &text);

} // namespace panorama::sizing
