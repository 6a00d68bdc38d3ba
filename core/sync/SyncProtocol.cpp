#include "core/sync/SyncProtocol.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace panorama::SyncProtocol {

QStringList mutationKinds()
{
    return {kTicketCreate,  kTicketNote,     kTicketSetStatus, kTicketAssign, kCustomerSetTag, kCustomerSetMeasurements,
            kCustomerMerge, kCustomerUnmerge};
}

namespace {

QString formatUuid(QByteArray bytes, int version)
{
    bytes[6] = char((uchar(bytes[6]) & 0x0f) | (version << 4));
    bytes[8] = char((uchar(bytes[8]) & 0x3f) | 0x80); // RFC 4122 variant
    const QUuid u = QUuid::fromRfc4122(bytes);
    return u.toString(QUuid::WithoutBraces);
}

} // namespace

QString uuidV7()
{
    QByteArray b(16, Qt::Uninitialized);
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        b[i] = char((ms >> (8 * (5 - i))) & 0xff);
    for (int i = 6; i < 16; ++i)
        b[i] = char(QRandomGenerator::system()->bounded(256));
    return formatUuid(b, 7);
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

QString tagId(const QString &customerId, const QString &dimension, const QString &key)
{
    const QByteArray digest = QCryptographicHash::hash(
        (u"tag|"_s + customerId + u'|' + dimension + u'|' + key).toUtf8(), QCryptographicHash::Sha256);
    return formatUuid(digest.left(16), 8);
}

QStringList ticketStatuses()
{
    return {u"new"_s, u"open"_s, u"pending"_s, u"on_hold"_s, u"solved"_s, u"closed"_s};
}

QStringList ticketPriorities()
{
    return {u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s};
}

QStringList ticketCategories()
{
    return {u"return_exchange"_s, u"size_problem"_s, u"logistics"_s, u"payment_invoice"_s, u"membership_points"_s,
            u"product_quality"_s, u"complaint"_s,    u"account"_s,   u"presale"_s,         u"other"_s};
}

QStringList ticketChannels()
{
    return {u"web"_s, u"mini_program"_s, u"store"_s, u"phone"_s, u"email"_s, u"chat"_s};
}

QStringList languages()
{
    return {u"zh-CN"_s, u"zh-TW"_s, u"en"_s};
}

QStringList tagDimensions()
{
    return {u"basic"_s, u"behavior"_s, u"scenario"_s};
}

QStringList measurementFields()
{
    return {u"height_cm"_s, u"weight_kg"_s, u"chest_cm"_s, u"waist_cm"_s, u"hips_cm"_s, u"fit_preference"_s};
}

QStringList fitPreferences()
{
    return {u"slim"_s, u"regular"_s, u"loose"_s};
}

bool measurementRange(const QString &field, double *low, double *high)
{
    if (field == u"height_cm"_s) {
        *low = 50;
        *high = 250;
    } else if (field == u"weight_kg"_s) {
        *low = 10;
        *high = 300;
    } else if (field == u"chest_cm"_s || field == u"waist_cm"_s || field == u"hips_cm"_s) {
        *low = 30;
        *high = 200;
    } else {
        return false;
    }
    return true;
}

} // namespace panorama::SyncProtocol
