#include "server/QaService.h"

#include "server/HttpApi.h"
#include "server/MutationApplier.h"
#include "server/QaRoutingConfigs.h"
#include "server/RowStore.h"
#include "server/ServerCore.h"
#include "server/ServerError.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace panorama::server {

namespace {

ApiError validation(const QString &message)
{
    return ApiError(422, u"validation"_s, message);
}

QDateTime at(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

// The QA context's vocabulary from the domain tables' (docs/qa.md, docs/data-model.md).
QString orderStatus(const QString &s)
{
    if (s == u"completed"_s)
        return u"delivered"_s;
    if (s == u"partially_returned"_s)
        return u"returned"_s;
    return s == u"pending"_s ? QString() : s;
}

QString shipmentState(const QString &s)
{
    if (s == u"label_created"_s)
        return u"pending"_s;
    if (s == u"returned_to_sender"_s)
        return u"returned"_s;
    return s;
}

struct Message
{
    QString id;
    QString authorKind;
    QString authorId;
    QString visibility;
    QString body;
    QDateTime at;
};

// One ticket's conversation and facts, read once per batch.
struct TicketFacts
{
    bool found = false;
    QString assignee;
    QString team;
    qa::QaContext base; // without messages and `now`
    QList<Message> messages;
};

TicketFacts readTicket(ServerDb &db, const QString &ticketId)
{
    TicketFacts t;
    QSqlQuery q =
        db.exec(u"SELECT customer_id, order_id, channel, team, assignee_id, created_at FROM tickets WHERE id = ?"_s,
                {ticketId});
    if (!q.next())
        return t;
    t.found = true;
    const QString customer = q.value(0).toString();
    const QString order = q.value(1).toString();
    t.base.channel = q.value(2).toString() == u"chat"_s ? u"chat"_s : u"ticket"_s;
    t.team = q.value(3).toString();
    t.assignee = q.value(4).toString();
    const QDateTime created = at(q.value(5));
    if (!customer.isEmpty()) {
        const QVariant tier =
            db.scalar(u"SELECT tier FROM memberships WHERE customer_id = ? AND deleted = 0"_s, {customer});
        if (tier.isValid())
            t.base.customerTier = tier.toString();
        QSqlQuery p = db.exec(u"SELECT t.created_at, o.order_no FROM tickets t LEFT JOIN orders o ON o.id = t.order_id"
                              " WHERE t.customer_id = ? AND t.id <> ? AND t.created_at <= ? AND t.deleted = 0"
                              " ORDER BY t.created_at DESC LIMIT 5"_s,
                              {customer, ticketId, created.toMSecsSinceEpoch()});
        while (p.next())
            t.base.previousContacts.append({at(p.value(0)), p.value(1).toString()});
    }
    if (!order.isEmpty()) {
        QSqlQuery o = db.exec(u"SELECT order_no, status FROM orders WHERE id = ?"_s, {order});
        if (o.next()) {
            t.base.orderId = o.value(0).toString();
            t.base.orderStatus = orderStatus(o.value(1).toString());
        }
        QSqlQuery s =
            db.exec(u"SELECT status, delivered_at, tracking_no FROM shipments WHERE order_id = ? AND deleted = 0"
                    " ORDER BY shipped_at DESC LIMIT 1"_s,
                    {order});
        if (s.next()) {
            t.base.shipmentState = shipmentState(s.value(0).toString());
            t.base.deliveredAt = at(s.value(1));
            t.base.trackingNumber = s.value(2).toString();
        }
        QSqlQuery p =
            db.exec(u"SELECT p.category, p.final_sale FROM order_items i JOIN products p ON p.id = i.product_id"
                    " WHERE i.order_id = ? LIMIT 1"_s,
                    {order});
        if (p.next()) {
            t.base.category = p.value(0).toString();
            t.base.finalSale = p.value(1).toInt() != 0;
        }
    }
    QSqlQuery m = db.exec(u"SELECT id, author_kind, author_id, visibility, body, created_at FROM ticket_messages"
                          " WHERE ticket_id = ? AND deleted = 0 ORDER BY created_at, id"_s,
                          {ticketId});
    while (m.next())
        t.messages.append({m.value(0).toString(), m.value(1).toString(), m.value(2).toString(), m.value(3).toString(),
                           m.value(4).toString(), at(m.value(5))});
    return t;
}

qa::QaMessage::Role role(const QString &authorKind)
{
    if (authorKind == u"agent"_s)
        return qa::QaMessage::Role::Agent;
    return authorKind == u"system"_s ? qa::QaMessage::Role::System : qa::QaMessage::Role::Customer;
}

struct Alert
{
    QVariantMap row;
};

} // namespace

QaService::QaService(ServerCore &core) : m_core(core)
{
    m_engine.loadDefaultRules();
    QString error;
    m_engine.loadDefaultOffensiveModel(&error);
}

QString QaService::cursorKey()
{
    return u"engines.qa.cursor"_s;
}

qint64 QaService::checkedMessages() const
{
    QMutexLocker lock(&m_mutex);
    return m_checked;
}

void QaService::reloadRules()
{
    ServerDb &db = m_core.db();
    const qint64 revision = EngineConfigs::currentRevision(db, EngineConfigs::kQaRules);
    {
        QMutexLocker lock(&m_mutex);
        if (revision == m_revision)
            return;
    }
    if (revision > 0) {
        const EngineConfig c = EngineConfigs::current(db, EngineConfigs::kQaRules);
        const qa::QaEngine::LoadResult r = m_engine.loadRules(c.body.toUtf8());
        if (!r.ok)
            qWarning("panorama-server: stored QA rules revision %lld do not load: %s", c.revision,
                     qPrintable(r.errors.join(u"; "_s)));
    } else {
        m_engine.loadDefaultRules();
    }
    QMutexLocker lock(&m_mutex);
    m_revision = revision;
}

int QaService::poll(int limit)
{
    reloadRules();
    ServerDb &db = m_core.db();
    const auto rules = m_engine.rules();
    const QString rulesVersion = rules ? rules->version() : QString();
    qint64 from = 0, to = 0;
    int checked = 0;
    QList<QVariantMap> alerts;
    db.read([&] {
        from = to = EngineConfigs::cursor(db, cursorKey());
        QSqlQuery q =
            db.exec(u"SELECT c.version, m.id, m.ticket_id FROM changes c JOIN ticket_messages m ON m.id = c.row_id"
                    " WHERE c.tbl = 'ticket_messages' AND c.version > ? AND m.deleted = 0"
                    " ORDER BY c.version LIMIT ?"_s,
                    {from, limit});
        QList<std::pair<QString, QString>> todo; // message id, ticket id
        while (q.next()) {
            to = q.value(0).toLongLong();
            todo.append({q.value(1).toString(), q.value(2).toString()});
        }
        QHash<QString, TicketFacts> tickets;
        for (const auto &[messageId, ticketId] : todo) {
            auto it = tickets.find(ticketId);
            if (it == tickets.end())
                it = tickets.insert(ticketId, readTicket(db, ticketId));
            const TicketFacts &t = *it;
            int k = -1;
            for (int i = 0; i < t.messages.size(); ++i) {
                if (t.messages[i].id == messageId)
                    k = i;
            }
            if (!t.found || k < 0)
                continue;
            const Message &msg = t.messages[k];
            // The conversation as the customer saw it when this message was written: public messages before it.
            qa::QaContext ctx = t.base;
            ctx.now = msg.at;
            QList<int> index; // context message -> position in t.messages
            for (int i = 0; i < k; ++i) {
                if (t.messages[i].visibility != u"public"_s)
                    continue;
                ctx.messages.append({role(t.messages[i].authorKind), t.messages[i].body, t.messages[i].at});
                index << i;
            }
            qa::QaCheckResult r;
            bool conversationOnly = false;
            if (msg.authorKind == u"agent"_s) {
                r = m_engine.check(msg.body, ctx);
            } else {
                // A customer message: the conversation rules about it (escalation words, sentiment, repeat contact).
                ctx.messages.append({role(msg.authorKind), msg.body, msg.at});
                index << k;
                r = m_engine.check(QString(), ctx);
                conversationOnly = true;
            }
            ++checked;
            for (const qa::QaFinding &f : r.findings) {
                const bool aboutThis = f.messageIndex < 0 ? !conversationOnly : index.value(f.messageIndex) == k;
                if (!aboutThis)
                    continue; // about an earlier message: that message's own check reported it
                if (msg.visibility != u"public"_s && f.kind == qa::RuleKind::Conversation)
                    continue; // an internal note is not a reply: greeting and closing do not apply
                QJsonObject detail = f.toJson();
                detail.insert(u"ticket_id"_s, ticketId);
                const QString agent = msg.authorKind == u"agent"_s ? msg.authorId : t.assignee;
                alerts.append(
                    {{u"id"_s, EngineConfigs::derivedId(u"qa|%1|%2|%3"_s.arg(messageId, f.ruleId).arg(f.start))},
                     {u"ticket_id"_s, ticketId},
                     {u"message_id"_s, messageId},
                     {u"rule_id"_s, f.ruleId},
                     {u"rule_kind"_s, qa::toString(f.kind)},
                     {u"severity"_s, qa::toString(f.severity)},
                     {u"agent_id"_s, agent.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : agent},
                     {u"team"_s, t.team.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : t.team},
                     {u"status"_s, u"open"_s},
                     {u"detail"_s, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))},
                     {u"created_at"_s, msg.at.toMSecsSinceEpoch()},
                     {u"rules_version"_s, rulesVersion}});
            }
        }
    });
    if (to == from)
        return 0;
    db.write([&] {
        db.allocateVersions(0); // the version lock first, as every writer
        if (!EngineConfigs::advanceCursor(db, cursorKey(), from, to))
            throw ApiError(409, u"conflict"_s, u"another server process checked these messages"_s);
        RowStore rows(db);
        for (const QVariantMap &a : alerts) {
            if (rows.get(u"qa_alerts"_s, a.value(u"id"_s).toString()).isEmpty())
                rows.insert(u"qa_alerts"_s, a);
        }
    });
    QMutexLocker lock(&m_mutex);
    m_checked += checked;
    return checked;
}

QJsonObject QaService::rulesJson(bool withBody)
{
    reloadRules();
    const EngineConfig c = EngineConfigs::current(m_core.db(), EngineConfigs::kQaRules, withBody);
    if (!c.isNull())
        return c.toJson(withBody);
    // Nothing stored yet: the rules shipped with the server are in force (revision 0).
    QFile f(qa::QaEngine::defaultRulesResource());
    const auto rules = m_engine.rules();
    QJsonObject o{{u"kind"_s, QString(EngineConfigs::kQaRules)},
                  {u"revision"_s, 0},
                  {u"version"_s, rules ? rules->version() : QString()},
                  {u"info"_s, QJsonObject{{u"source"_s, u"shipped defaults"_s}}}};
    if (withBody && f.open(QIODevice::ReadOnly))
        o.insert(u"body"_s, QString::fromUtf8(f.readAll()));
    return o;
}

QJsonObject QaService::setRules(const QByteArray &json, const QString &userId)
{
    // Parse on the side first: the engine in force is only touched by a file that loads.
    qa::QaEngine probe;
    const qa::QaEngine::LoadResult r = probe.loadRules(json);
    if (!r.ok)
        throw validation(u"the rule file was refused; the rules in force stay:\n"_s + r.errors.join(u'\n'));
    const auto set = probe.rules();
    const EngineConfig c =
        EngineConfigs::store(m_core.db(), EngineConfigs::kQaRules, r.version, QString::fromUtf8(json),
                             QJsonObject{{u"rules"_s, int(set->rules().size())}}, userId);
    reloadRules();
    return c.toJson(false);
}

QJsonObject QaService::precision()
{
    QJsonArray rules;
    int alerts = 0, reviewed = 0, confirmed = 0;
    m_core.db().read([&] {
        QSqlQuery q =
            m_core.db().exec(u"SELECT rule_id, rule_kind, count(*), sum(CASE WHEN verdict IN ('confirmed','dismissed') "
                             u"THEN 1 ELSE 0 END),"
                             " sum(CASE WHEN verdict = 'confirmed' THEN 1 ELSE 0 END),"
                             " sum(CASE WHEN agent_response = 'disputed' THEN 1 ELSE 0 END)"
                             " FROM qa_alerts WHERE deleted = 0 GROUP BY rule_id, rule_kind ORDER BY rule_id"_s);
        while (q.next()) {
            const int n = q.value(2).toInt(), rv = q.value(3).toInt(), c = q.value(4).toInt();
            alerts += n;
            reviewed += rv;
            confirmed += c;
            rules.append(QJsonObject{{u"rule_id"_s, q.value(0).toString()},
                                     {u"kind"_s, q.value(1).toString()},
                                     {u"alerts"_s, n},
                                     {u"reviewed"_s, rv},
                                     {u"confirmed"_s, c},
                                     {u"disputed"_s, q.value(5).toInt()},
                                     {u"precision"_s, rv > 0 ? QJsonValue(double(c) / rv) : QJsonValue()}});
        }
    });
    return {{u"rules"_s, rules},
            {u"alerts"_s, alerts},
            {u"reviewed"_s, reviewed},
            {u"confirmed"_s, confirmed},
            {u"precision"_s, reviewed > 0 ? QJsonValue(double(confirmed) / reviewed) : QJsonValue()}};
}

void QaService::registerMutations(MutationApplier &mutations)
{
    // qa_alert.review {"verdict": "confirmed"|"dismissed", "note": "..."}: a supervisor's verdict. The note is the
    // coaching note (confirmed) or the reason (dismissed, required).
    mutations.registerKind(
        u"qa_alert.review"_s, [&mutations](const AuthUser &user, const QJsonObject &m, RowStore &rows) {
            if (!user.isSupervisor())
                throw ApiError::forbidden(u"only supervisors review QA alerts"_s);
            const QJsonObject set = m.value(u"set"_s).toObject();
            const QVariantMap current =
                mutations.requireInScope(user, rows, u"qa_alerts"_s, m.value(u"row_id"_s).toString());
            const QString verdict = set.value(u"verdict"_s).toString();
            const QString note = set.value(u"note"_s).toString().trimmed();
            for (const QString &k : set.keys()) {
                if (k != u"verdict"_s && k != u"note"_s)
                    throw validation(u"qa_alert.review takes verdict and note, not '%1'"_s.arg(k));
            }
            if (verdict != u"confirmed"_s && verdict != u"dismissed"_s)
                throw validation(u"verdict must be confirmed or dismissed"_s);
            if (verdict == u"dismissed"_s && note.isEmpty())
                throw validation(u"dismissing an alert as a false positive needs a reason (note)"_s);
            if (note.size() > 2000)
                throw validation(u"a review note has at most 2000 characters"_s);
            QJsonObject fields{{u"verdict"_s, verdict}, {u"review_note"_s, note}};
            if (current.value(u"agent_response"_s).toString().isEmpty())
                fields.insert(u"status"_s, verdict);
            QJsonObject mm = m;
            QJsonObject base = m.value(u"base"_s).toObject();
            if (base.contains(u"note"_s))
                base.insert(u"review_note"_s, base.take(u"note"_s));
            mm.insert(u"base"_s, base);
            return mutations.mergeFields(
                user, mm, rows, u"qa_alerts"_s, current, fields,
                {{u"reviewed_by"_s, user.id}, {u"reviewed_at"_s, QDateTime::currentMSecsSinceEpoch()}});
        });
    // qa_alert.respond {"response": "acknowledged"|"disputed", "note": "..."}: the agent concerned answers.
    mutations.registerKind(
        u"qa_alert.respond"_s, [&mutations](const AuthUser &user, const QJsonObject &m, RowStore &rows) {
            const QJsonObject set = m.value(u"set"_s).toObject();
            const QVariantMap current =
                mutations.requireInScope(user, rows, u"qa_alerts"_s, m.value(u"row_id"_s).toString());
            if (!user.isSupervisor() && current.value(u"agent_id"_s).toString() != user.id)
                throw ApiError::forbidden(u"only the agent concerned answers a QA alert"_s);
            for (const QString &k : set.keys()) {
                if (k != u"response"_s && k != u"note"_s)
                    throw validation(u"qa_alert.respond takes response and note, not '%1'"_s.arg(k));
            }
            const QString response = set.value(u"response"_s).toString();
            const QString note = set.value(u"note"_s).toString().trimmed();
            if (response != u"acknowledged"_s && response != u"disputed"_s)
                throw validation(u"response must be acknowledged or disputed"_s);
            if (response == u"disputed"_s && note.isEmpty())
                throw validation(u"a dispute needs a note saying why"_s);
            if (note.size() > 2000)
                throw validation(u"a note has at most 2000 characters"_s);
            QJsonObject mm = m;
            QJsonObject base = m.value(u"base"_s).toObject();
            if (base.contains(u"response"_s))
                base.insert(u"agent_response"_s, base.take(u"response"_s));
            if (base.contains(u"note"_s))
                base.insert(u"agent_note"_s, base.take(u"note"_s));
            mm.insert(u"base"_s, base);
            return mutations.mergeFields(
                user, mm, rows, u"qa_alerts"_s, current,
                {{u"agent_response"_s, response}, {u"agent_note"_s, note}, {u"status"_s, response}},
                {{u"responded_at"_s, QDateTime::currentMSecsSinceEpoch()}});
        });
}

void QaService::installRoutes(HttpApi &api, QHttpServer &http)
{
    using M = QHttpServerRequest::Method;
    api.addRoute(http, u"/api/v1/qa/rules"_s, int(M::Get), HttpApi::Auth::User,
                 [this](const ApiRequest &r, const AuthUser &) {
                     return rulesJson(r.query.queryItemValue(u"body"_s) != u"0"_s);
                 });
    api.addRoute(http, u"/api/v1/qa/rules"_s, int(M::Post), HttpApi::Auth::Supervisor,
                 [this](const ApiRequest &r, const AuthUser &u) {
                     r.json(); // a JSON object, or 400 naming the parse error
                     QJsonObject o = setRules(r.body, u.id);
                     m_core.audit().record(u.id, u"qa.rules.set"_s, u"engine_configs/qa_rules"_s, {}, o);
                     return o;
                 });
    api.addRoute(http, u"/api/v1/qa/precision"_s, int(M::Get), HttpApi::Auth::Supervisor,
                 [this](const ApiRequest &, const AuthUser &) { return precision(); });
}

} // namespace panorama::server
