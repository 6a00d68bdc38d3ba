#include "models/QaAlertEdits.h"

#include "core/storage/Database.h"
#include "core/sync/RowApplier.h"
#include "core/sync/SyncError.h"
#include "core/sync/SyncProtocol.h"
#include "core/sync/SyncStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace panorama::QaAlertEdits {

namespace {

constexpr int kMaxNote = 2000;

[[noreturn]] void invalid(const QString &message)
{
    throw SyncError(SyncError::Kind::Validation, message);
}

void enqueue(Database &db, const QString &kind, const QString &rowId, const QJsonObject &base, const QJsonObject &set)
{
    OutboxEntry e;
    e.id = SyncProtocol::uuidV7();
    e.kind = kind;
    e.table = u"qa_alerts"_s;
    e.rowId = rowId;
    e.base = base;
    e.set = set;
    e.createdAt = QDateTime::currentMSecsSinceEpoch();
    SyncStore(db).enqueue(e);
}

// Sets two answer fields of an alert (the verdict or the response, and its note) with their outbox mutation.
QString answer(Database &db, const QString &alertId, const QString &kind, const QStringList &columns,
               const QString &value, const QString &note, const QJsonObject &extraLocal)
{
    if (note.size() > kMaxNote)
        invalid(u"a note has at most %1 characters"_s.arg(kMaxNote));
    Transaction tx(db);
    const QByteArray sql = u"SELECT coalesce(%1, ''), coalesce(%2, '') FROM qa_alerts WHERE id = ?1 AND deleted = 0"_s
                               .arg(columns[0], columns[1])
                               .toUtf8();
    Query q = db.query(sql.constData());
    q.bind(1, alertId);
    if (!q.next())
        throw SyncError(SyncError::Kind::NotFound, u"no QA alert %1 in this cache"_s.arg(alertId));
    const QString key = kind == u"qa_alert.review"_s ? u"verdict"_s : u"response"_s;
    const QJsonObject base{{key, q->text(0)}, {u"note"_s, q->text(1)}};
    const QJsonObject set{{key, value}, {u"note"_s, note}};
    QJsonObject local = extraLocal;
    local.insert(columns[0], value);
    local.insert(columns[1], note);
    local.insert(u"updated_at"_s, double(QDateTime::currentMSecsSinceEpoch()));
    SyncStore store(db);
    RowApplier(db, store).applyLocal(u"qa_alerts"_s, alertId, local);
    enqueue(db, kind, alertId, base, set);
    tx.commit();
    return alertId;
}

} // namespace

QString review(Database &db, const QString &alertId, const QString &verdict, const QString &note,
               const QString &reviewerId)
{
    if (verdict != u"confirmed"_s && verdict != u"dismissed"_s)
        invalid(u"a verdict is confirmed or dismissed"_s);
    if (verdict == u"dismissed"_s && note.trimmed().isEmpty())
        invalid(u"dismissing an alert as a false positive needs a reason"_s);
    QJsonObject extra{{u"reviewed_by"_s, reviewerId}, {u"reviewed_at"_s, double(QDateTime::currentMSecsSinceEpoch())}};
    {
        // The status follows the verdict unless the agent has answered already (the server does the same).
        Query q = db.query("SELECT coalesce(agent_response, '') FROM qa_alerts WHERE id = ?1");
        q.bind(1, alertId);
        if (q.next() && q->text(0).isEmpty())
            extra.insert(u"status"_s, verdict);
    }
    return answer(db, alertId, u"qa_alert.review"_s, {u"verdict"_s, u"review_note"_s}, verdict, note.trimmed(), extra);
}

QString respond(Database &db, const QString &alertId, const QString &response, const QString &note)
{
    if (response != u"acknowledged"_s && response != u"disputed"_s)
        invalid(u"a response is acknowledged or disputed"_s);
    if (response == u"disputed"_s && note.trimmed().isEmpty())
        invalid(u"a dispute needs a note saying why"_s);
    const QJsonObject extra{{u"status"_s, response}, {u"responded_at"_s, double(QDateTime::currentMSecsSinceEpoch())}};
    return answer(db, alertId, u"qa_alert.respond"_s, {u"agent_response"_s, u"agent_note"_s}, response, note.trimmed(),
                  extra);
}

QString serverAlertId(const QString &messageId, const QString &ruleId, qsizetype start)
{
    static const QUuid ns(u"6f1c2a54-8d0e-4c1b-9a57-3e2f4b6d8c10"_s); // server/QaRoutingConfigs.cpp derivedId()
    return QUuid::createUuidV5(ns, u"qa|%1|%2|%3"_s.arg(messageId, ruleId).arg(start)).toString(QUuid::WithoutBraces);
}

QString raiseOverride(Database &db, const Override &o, qint64 nowMs)
{
    if (o.reason.trimmed().isEmpty())
        invalid(u"sending a reply despite a QA warning needs a reason"_s);
    if (o.reason.size() > kMaxNote)
        invalid(u"a reason has at most %1 characters"_s.arg(kMaxNote));
    QJsonObject detail = o.finding;
    detail.insert(u"source"_s, u"override"_s);
    detail.insert(u"override_reason"_s, o.reason.trimmed());
    const QString id = serverAlertId(o.messageId, o.ruleId, o.start);
    const QString detailText = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    // The server's alert may have arrived first: then it stands.
    db.query(
          "INSERT OR IGNORE INTO qa_alerts(id, server_version, updated_at, ticket_id, message_id, rule_id, rule_kind,"
          " severity, agent_id, team, status, detail, created_at, rules_version)"
          " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)")
        .bindAll(id, int64_t(nowMs), o.ticketId, o.messageId, o.ruleId, o.ruleKind, o.severity, o.agentId, o.team,
                 detailText, int64_t(nowMs), o.rulesVersion)
        .exec();
    return id;
}

} // namespace panorama::QaAlertEdits
