#include "server/RoutingService.h"

#include "core/routing/ClassifierTrainer.h"
#include "core/routing/LabelledDataset.h"
#include "core/routing/ModelSerializer.h"
#include "core/routing/QuickReplyIndex.h"
#include "core/routing/RoutingError.h"
#include "core/routing/RoutingResources.h"
#include "core/sync/SyncProtocol.h"
#include "server/HttpApi.h"
#include "server/MutationApplier.h"
#include "server/QaRoutingConfigs.h"
#include "server/RowStore.h"
#include "server/ServerCore.h"
#include "server/ServerError.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace panorama::routing;
namespace SP = panorama::SyncProtocol;

namespace panorama::server {

namespace {

ApiError validation(const QString &message)
{
    return ApiError(422, u"validation"_s, message);
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

// The tickets table's channels and languages in the routing vocabulary.
QString routingChannel(const QString &channel)
{
    if (channel == u"mini_program"_s)
        return u"wechat"_s;
    return channel.isEmpty() ? u"web"_s : channel;
}

QString routingLanguage(const QString &language)
{
    return language.startsWith(u"en"_s) ? u"en"_s : language.startsWith(u"zh"_s) ? u"zh"_s : QString();
}

const QString kRulesResource = u"rules.server.json"_s;
// Below this many labelled tickets the seed tickets are added to the history.
constexpr int kSeedBelow = 500;

} // namespace

QString RoutingService::toTicketCategory(const QString &taxonomyId)
{
    return taxonomyId == u"presale_question"_s ? u"presale"_s : taxonomyId;
}

QString RoutingService::toTaxonomyCategory(const QString &ticketCategory)
{
    return ticketCategory == u"presale"_s ? u"presale_question"_s : ticketCategory;
}

QString RoutingService::cursorKey()
{
    return u"engines.routing.cursor"_s;
}

RoutingService::RoutingService(ServerCore &core) : m_core(core)
{
    m_engine = buildEngine(RoutingResources::read(kRulesResource), RoutingResources::path(kRulesResource));
}

std::shared_ptr<RoutingEngine> RoutingService::buildEngine(const QByteArray &rulesJson, const QString &source) const
{
    auto engine =
        std::make_shared<RoutingEngine>(Taxonomy::defaults(), RuleSet::parse(rulesJson, source), SlaPolicy::defaults());
    engine->addSuggestionSource(std::make_shared<QuickReplyIndex>(QuickReplyIndex::defaults()));
    return engine;
}

std::shared_ptr<const RoutingEngine> RoutingService::engine() const
{
    QMutexLocker lock(&m_mutex);
    return m_engine;
}

void RoutingService::reloadConfigs()
{
    ServerDb &db = m_core.db();
    const qint64 rulesRevision = EngineConfigs::currentRevision(db, EngineConfigs::kRoutingRules);
    const qint64 modelRevision = EngineConfigs::currentRevision(db, EngineConfigs::kRoutingModel);
    QMutexLocker lock(&m_mutex);
    if (rulesRevision != m_rulesRevision) {
        try {
            if (rulesRevision > 0) {
                const EngineConfig c = EngineConfigs::current(db, EngineConfigs::kRoutingRules);
                m_engine = buildEngine(c.body.toUtf8(), u"routing rules revision %1"_s.arg(c.revision));
            } else {
                m_engine = buildEngine(RoutingResources::read(kRulesResource), RoutingResources::path(kRulesResource));
            }
            m_modelRevision = -1; // the new engine needs the model installed again
        } catch (const RoutingError &e) {
            qWarning("panorama-server: stored routing rules do not load: %s", qPrintable(e.message()));
        }
        m_rulesRevision = rulesRevision;
    }
    if (modelRevision != m_modelRevision) {
        if (modelRevision > 0) {
            const EngineConfig c = EngineConfigs::current(db, EngineConfigs::kRoutingModel);
            try {
                auto model = std::make_shared<const TextClassifier>(ModelSerializer::deserialize(
                    QByteArray::fromBase64(c.body.toLatin1()), u"model revision %1"_s.arg(c.revision)));
                m_engine->setClassifier(model);
                m_classifier = model;
            } catch (const RoutingError &e) {
                qWarning("panorama-server: stored routing model does not load: %s", qPrintable(e.message()));
            }
        } else if (m_classifier) {
            m_engine->setClassifier(m_classifier);
        }
        m_modelRevision = modelRevision;
    }
}

void RoutingService::ensureModel()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_classifier)
            return;
    }
    if (EngineConfigs::currentRevision(m_core.db(), EngineConfigs::kRoutingModel) == 0)
        train(u"server"_s);
    reloadConfigs();
}

RoutingService::TrainResult RoutingService::train(const QString &userId)
{
    LabelledDataset data;
    data.source = u"labelled ticket history"_s;
    int corrections = 0;
    const QStringList categories = Taxonomy::defaults().ids();
    m_core.db().read([&] {
        // Imported history keeps its categories (category_source NULL, never routed here); agent corrections
        // (category_source = agent) overrule the model. Tickets the model categorised are not training data.
        QSqlQuery q = m_core.db().exec(
            u"SELECT t.subject, t.category, t.category_source, (SELECT m.body FROM ticket_messages m WHERE"
            " m.ticket_id = t.id AND m.author_kind = 'customer' AND m.deleted = 0 ORDER BY m.created_at LIMIT 1)"
            " FROM tickets t WHERE t.deleted = 0 AND (t.category_source = 'agent' OR"
            " (t.category_source IS NULL AND t.routed_at IS NULL))"_s);
        while (q.next()) {
            const QString label = toTaxonomyCategory(q.value(1).toString());
            if (!categories.contains(label))
                continue;
            const QString text = QString(q.value(0).toString() + u' ' + q.value(3).toString()).trimmed();
            if (text.isEmpty())
                continue;
            data.examples.push_back({text, label});
            if (q.value(2).toString() == u"agent"_s)
                ++corrections;
        }
    });
    const int history = int(data.size());
    const bool small = data.labels().size() < 2 || history < kSeedBelow;
    if (small) {
        // A young server: the built-in seed tickets give every category a start; the history comes on top.
        LabelledDataset seed =
            LabelledDataset::parse(RoutingResources::read(u"seed_tickets.csv"_s),
                                   RoutingResources::path(u"seed_tickets.csv"_s), LabelledDataset::Format::Csv);
        seed.examples.insert(seed.examples.end(), data.examples.begin(), data.examples.end());
        data = std::move(seed);
    }
    const Taxonomy taxonomy = Taxonomy::defaults();
    TrainOptions options;
    options.taxonomyId = taxonomy.id();
    options.taxonomyVersion = taxonomy.version();
    TrainReport report;
    const TextClassifier model = ClassifierTrainer(options).train(data, nullptr, &report);
    const QByteArray blob = ModelSerializer::serialize(model);
    QJsonObject info = report.toJson();
    info.insert(u"history_examples"_s, history);
    info.insert(u"agent_corrections"_s, corrections);
    info.insert(u"training_source"_s, small ? u"seed tickets + ticket history"_s : u"ticket history"_s);
    info.insert(u"blob_bytes"_s, blob.size());
    const EngineConfig current = EngineConfigs::current(m_core.db(), EngineConfigs::kRoutingModel, false);
    EngineConfig stored = current;
    if (current.version != model.info().versionId) // the same data and options give the same model: keep it
        stored = EngineConfigs::store(m_core.db(), EngineConfigs::kRoutingModel, model.info().versionId,
                                      QString::fromLatin1(blob.toBase64()), info, userId);
    reloadConfigs();
    return {stored.toJson(false), info};
}

AgentRoster RoutingService::roster()
{
    AgentRoster roster;
    m_core.db().read([&] { roster = loadRoster(m_core.db()); });
    return roster;
}

AgentRoster RoutingService::loadRoster(ServerDb &db)
{
    AgentRoster roster;
    {
        QHash<QString, int> load;
        QSqlQuery l = db.exec(u"SELECT assignee_id, count(*) FROM tickets WHERE assignee_id IS NOT NULL AND deleted = 0"
                              " AND status IN ('new','open','pending','on_hold') GROUP BY assignee_id"_s);
        while (l.next())
            load.insert(l.value(0).toString(), l.value(1).toInt());
        QHash<QString, QString> supervisors;
        QSqlQuery q = db.exec(u"SELECT id, display_name, role, team, languages, skills, capacity FROM staff"
                              " WHERE deleted = 0 AND role IN ('agent','supervisor') ORDER BY id"_s);
        QStringList teams;
        while (q.next()) {
            const QString team = q.value(3).toString();
            if (team.isEmpty())
                continue;
            if (!teams.contains(team))
                teams << team;
            if (q.value(2).toString() == u"supervisor"_s) {
                if (!supervisors.contains(team))
                    supervisors.insert(team, q.value(0).toString());
                continue;
            }
            Agent a;
            a.id = q.value(0).toString();
            a.name = {q.value(1).toString(), q.value(1).toString()};
            a.teams = {team};
            for (const QJsonValue &v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array()) {
                const QString lang = routingLanguage(v.toString());
                if (!lang.isEmpty() && !a.languages.contains(lang))
                    a.languages << lang;
            }
            if (a.languages.isEmpty())
                a.languages << u"zh"_s;
            for (const QJsonValue &v : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
                a.skills << v.toString();
            a.capacity = q.value(6).toInt();
            a.load = load.value(a.id);
            roster.addAgent(a);
        }
        for (const QString &t : teams)
            roster.addTeam({t, {t, t}, supervisors.value(t)});
    }
    return roster;
}

TicketInput RoutingService::ticketInput(ServerDb &db, const QVariantMap &row)
{
    TicketInput t;
    t.id = row.value(u"id"_s).toString();
    t.subject = row.value(u"subject"_s).toString();
    t.body = db.scalar(u"SELECT body FROM ticket_messages WHERE ticket_id = ? AND author_kind = 'customer' AND"
                       " deleted = 0 ORDER BY created_at LIMIT 1"_s,
                       {t.id})
                 .toString();
    t.channel = routingChannel(row.value(u"channel"_s).toString());
    t.language = routingLanguage(row.value(u"language"_s).toString());
    t.createdAt = QDateTime::fromMSecsSinceEpoch(row.value(u"created_at"_s).toLongLong(), Qt::UTC);
    if (row.value(u"category_source"_s).toString() == u"agent"_s)
        t.presetCategory = toTaxonomyCategory(row.value(u"category"_s).toString());
    const QString customer = row.value(u"customer_id"_s).toString();
    if (!customer.isEmpty()) {
        QSqlQuery mq =
            db.exec(u"SELECT tier, advisor_id FROM memberships WHERE customer_id = ? AND deleted = 0"_s, {customer});
        if (mq.next()) {
            t.customerTier = mq.value(0).toString();
            t.dedicatedAdvisorId = mq.value(1).toString();
        }
    }
    return t;
}

QVariantMap RoutingService::decisionFields(const RoutingDecision &d)
{
    const Language lang = d.language == u"en"_s ? Language::English : Language::Chinese;
    QVariantMap u{{u"priority"_s, priorityName(d.priority)},
                  {u"team"_s, d.teamId.isEmpty() ? nullText() : QVariant(d.teamId)},
                  {u"routing_explanation"_s, d.explanation(lang).join(u'\n')},
                  {u"routing_model"_s, d.modelVersion.isEmpty() ? nullText() : QVariant(d.modelVersion)},
                  {u"routed_at"_s, QDateTime::currentMSecsSinceEpoch()},
                  {u"first_response_due_at"_s, msOrNull(d.sla.firstResponseDue)},
                  {u"sla_due_at"_s, msOrNull(d.sla.resolutionDue)},
                  {u"suggestion"_s, d.suggestion
                                        ? QVariant(QString::fromUtf8(
                                              QJsonDocument(d.suggestion->toJson()).toJson(QJsonDocument::Compact)))
                                        : nullText()}};
    if (!d.agentId.isEmpty())
        u.insert(u"assignee_id"_s, d.agentId);
    if (d.prediction) { // not when an agent chose the category
        u.insert(u"category"_s, d.manualTriage ? u"other"_s : toTicketCategory(d.category));
        u.insert(u"category_confidence"_s, d.prediction->confidence);
        u.insert(u"category_source"_s, u"model"_s);
    }
    return u;
}

bool RoutingService::routeNow(ServerDb &db, RowStore &rows, const QString &ticketId)
{
    const auto engine = this->engine();
    {
        QMutexLocker lock(&m_mutex);
        if (!m_classifier)
            return false; // the first model is still training: the worker routes it when it is ready
    }
    const QVariantMap row = rows.get(u"tickets"_s, ticketId);
    if (row.isEmpty() || !row.value(u"routed_at"_s).isNull() || row.value(u"status"_s).toString() != u"new"_s)
        return false;
    const RoutingDecision d = engine->route(ticketInput(db, row), loadRoster(db));
    QVariantMap f = decisionFields(d);
    if (!row.value(u"assignee_id"_s).toString().isEmpty())
        f.remove(u"assignee_id"_s); // a person's choice stands
    rows.update(u"tickets"_s, ticketId, f);
    return true;
}

int RoutingService::poll(int limit)
{
    reloadConfigs();
    ensureModel();
    ServerDb &db = m_core.db();
    const auto engine = this->engine();
    qint64 from = 0, to = 0;
    QList<TicketInput> todo;
    db.read([&] {
        from = to = EngineConfigs::cursor(db, cursorKey());
        QSqlQuery q = db.exec(u"SELECT c.version, t.id, t.routed_at, t.status FROM changes c JOIN tickets t ON"
                              " t.id = c.row_id WHERE c.tbl = 'tickets' AND c.version > ? AND t.deleted = 0"
                              " ORDER BY c.version LIMIT ?"_s,
                              {from, limit});
        QStringList ids;
        while (q.next()) {
            to = q.value(0).toLongLong();
            // Routed already (in the push, or our own update coming back through the feed), or not a new ticket.
            if (q.value(2).isNull() && q.value(3).toString() == u"new"_s)
                ids << q.value(1).toString();
        }
        RowStore rows(db);
        for (const QString &id : ids)
            todo.append(ticketInput(db, rows.get(u"tickets"_s, id)));
    });
    if (to == from)
        return 0;
    AgentRoster roster = todo.isEmpty() ? AgentRoster() : this->roster();
    QList<std::pair<QString, QVariantMap>> updates;
    for (const TicketInput &t : todo) {
        const RoutingDecision d = engine->route(t, roster);
        RoutingEngine::commit(d, roster);
        updates.append({t.id, decisionFields(d)});
    }
    db.write([&] {
        db.allocateVersions(0);
        if (!EngineConfigs::advanceCursor(db, cursorKey(), from, to))
            throw ApiError(409, u"conflict"_s, u"another server process routed these tickets"_s);
        RowStore rows(db);
        for (const auto &[id, fields] : updates) {
            // An agent or supervisor may have assigned it meanwhile: their choice stands.
            const QVariantMap now = rows.get(u"tickets"_s, id);
            if (now.isEmpty() || !now.value(u"routed_at"_s).isNull())
                continue;
            QVariantMap f = fields;
            if (!now.value(u"assignee_id"_s).toString().isEmpty())
                f.remove(u"assignee_id"_s);
            rows.update(u"tickets"_s, id, f);
        }
    });
    return int(updates.size());
}

int RoutingService::scanSla(const QDateTime &now)
{
    ServerDb &db = m_core.db();
    const auto engine = this->engine();
    const BusinessCalendar &calendar = engine->slaPolicy().calendar();
    const double warnAt = engine->slaPolicy().warnAtFraction();
    QList<QVariantMap> alerts;
    db.read([&] {
        QSqlQuery q = db.exec(
            u"SELECT t.id, t.ticket_no, t.created_at, t.first_response_due_at, t.sla_due_at, t.assignee_id, t.team,"
            " (SELECT min(m.created_at) FROM ticket_messages m WHERE m.ticket_id = t.id AND m.author_kind = 'agent'"
            " AND m.visibility = 'public' AND m.deleted = 0)"
            " FROM tickets t WHERE t.deleted = 0 AND t.routed_at IS NOT NULL"
            " AND t.status IN ('new','open','pending','on_hold')"_s);
        while (q.next()) {
            const QDateTime created = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
            const bool answered = !q.value(7).isNull();
            for (const auto &[target, column] : {std::pair{u"first_response"_s, 3}, std::pair{u"resolution"_s, 4}}) {
                if (q.value(column).isNull() || (target == u"first_response"_s && answered))
                    continue;
                const QDateTime due = QDateTime::fromMSecsSinceEpoch(q.value(column).toLongLong(), Qt::UTC);
                const qint64 total = calendar.businessSecondsBetween(created, due);
                const QDateTime warn = calendar.addBusinessMinutes(created, qint64(total * warnAt) / 60);
                const bool breach = now > due; // the due instant itself is still in time
                if (!breach && now < warn)
                    continue;
                const QString level = breach ? u"breach"_s : u"warning"_s;
                const QString ruleId = u"sla."_s + target;
                const QString ticketNo = q.value(1).toString();
                const QJsonObject detail{
                    {u"level"_s, level},
                    {u"target"_s, target},
                    {u"due_at"_s, due.toMSecsSinceEpoch()},
                    {u"ticket_no"_s, ticketNo},
                    {u"message"_s,
                     QJsonObject{
                         {u"en"_s,
                          breach ? u"Ticket %1: %2 SLA breached (due %3)"_s.arg(ticketNo, target,
                                                                                due.toString(Qt::ISODate))
                                 : u"Ticket %1: %2 SLA due %3"_s.arg(ticketNo, target, due.toString(Qt::ISODate))},
                         {u"zh"_s, (breach ? u"工单 %1：%2 已超时（截止 %3）"_s : u"工单 %1：%2 即将到期（截止 %3）"_s)
                                       .arg(ticketNo, target == u"first_response"_s ? u"首次响应"_s : u"解决时限"_s,
                                            due.toString(Qt::ISODate))}}}};
                QVariantMap a{
                    {u"id"_s, EngineConfigs::derivedId(u"sla|%1|%2|%3"_s.arg(q.value(0).toString(), ruleId, level))},
                    {u"ticket_id"_s, q.value(0).toString()},
                    {u"rule_id"_s, ruleId},
                    {u"rule_kind"_s, u"sla"_s},
                    {u"severity"_s, breach ? u"critical"_s : u"warning"_s},
                    {u"agent_id"_s, q.value(5).toString().isEmpty() ? nullText() : q.value(5)},
                    {u"team"_s, q.value(6).toString().isEmpty() ? nullText() : q.value(6)},
                    {u"status"_s, u"open"_s},
                    {u"detail"_s, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))},
                    {u"created_at"_s, now.toMSecsSinceEpoch()}};
                alerts.append(a);
            }
        }
    });
    if (alerts.isEmpty())
        return 0;
    int written = 0;
    db.write([&] {
        written = 0;
        db.allocateVersions(0);
        RowStore rows(db);
        for (const QVariantMap &a : alerts) {
            if (rows.get(u"qa_alerts"_s, a.value(u"id"_s).toString()).isEmpty()) {
                rows.insert(u"qa_alerts"_s, a);
                ++written;
            }
        }
    });
    return written;
}

QJsonObject RoutingService::rulesJson(bool withBody)
{
    reloadConfigs();
    const EngineConfig c = EngineConfigs::current(m_core.db(), EngineConfigs::kRoutingRules, withBody);
    if (!c.isNull())
        return c.toJson(withBody);
    QJsonObject o{{u"kind"_s, QString(EngineConfigs::kRoutingRules)},
                  {u"revision"_s, 0},
                  {u"version"_s, engine()->rules().version()},
                  {u"info"_s, QJsonObject{{u"source"_s, RoutingResources::path(kRulesResource)}}}};
    if (withBody)
        o.insert(u"body"_s, QString::fromUtf8(RoutingResources::read(kRulesResource)));
    return o;
}

QJsonObject RoutingService::setRules(const QByteArray &json, const QString &userId)
{
    std::optional<RuleSet> parsed;
    try {
        parsed.emplace(RuleSet::parse(json, u"rules"_s));
    } catch (const RoutingError &e) {
        throw validation(u"the rule file was refused; the rules in force stay:\n"_s + e.message());
    }
    const RuleSet &rules = *parsed;
    const AgentRoster r = roster();
    const QStringList problems = rules.check(Taxonomy::defaults(), &r);
    const EngineConfig c = EngineConfigs::store(
        m_core.db(), EngineConfigs::kRoutingRules, rules.version(), QString::fromUtf8(json),
        QJsonObject{{u"rules"_s, int(rules.rules().size())}, {u"warnings"_s, QJsonArray::fromStringList(problems)}},
        userId);
    reloadConfigs();
    return c.toJson(false);
}

QJsonObject RoutingService::classify(const QJsonObject &ticket)
{
    TicketInput t;
    try {
        t = TicketInput::fromJson(ticket);
    } catch (const RoutingError &e) {
        throw validation(e.message());
    }
    reloadConfigs();
    ensureModel();
    return engine()->route(t, roster()).toJson();
}

void RoutingService::registerMutations(MutationApplier &mutations)
{
    // A ticket pushed by a client is routed in the push's own transaction: the push result and every later pull
    // already carry the decision (the worker covers imports and tickets pushed before the first model was ready).
    mutations.registerAfter(QString(SP::kTicketCreate), [this](const AuthUser &, const QJsonObject &m, RowStore &rows) {
        try {
            routeNow(m_core.db(), rows, m.value(u"row_id"_s).toString());
        } catch (const RoutingError &e) {
            // Never refuse the ticket over routing (decided before any write): the worker tries again.
            qWarning("panorama-server: routing a pushed ticket: %s", qPrintable(e.message()));
        }
    });
    // ticket.correct_category {"category": "..."}: an agent's correction; it becomes training data.
    mutations.registerKind(u"ticket.correct_category"_s, [&mutations](const AuthUser &user, const QJsonObject &m,
                                                                      RowStore &rows) {
        const QJsonObject set = m.value(u"set"_s).toObject();
        const QVariantMap current = mutations.requireInScope(user, rows, u"tickets"_s, m.value(u"row_id"_s).toString());
        if (set.keys() != QStringList{u"category"_s})
            throw validation(u"ticket.correct_category takes one field, category"_s);
        const QString category = toTicketCategory(set.value(u"category"_s).toString());
        if (!SP::ticketCategories().contains(category))
            throw validation(u"category must be one of %1"_s.arg(SP::ticketCategories().join(u", "_s)));
        return mutations.mergeFields(
            user, m, rows, u"tickets"_s, current, QJsonObject{{u"category"_s, category}},
            {{u"category_source"_s, u"agent"_s}, {u"category_confidence"_s, QVariant(QMetaType::fromType<double>())}});
    });
}

void RoutingService::installRoutes(HttpApi &api, QHttpServer &http)
{
    using M = QHttpServerRequest::Method;
    ServerCore &core = m_core;
    api.addRoute(http, u"/api/v1/routing/rules"_s, int(M::Get), HttpApi::Auth::User,
                 [this](const ApiRequest &r, const AuthUser &) {
                     return rulesJson(r.query.queryItemValue(u"body"_s) != u"0"_s);
                 });
    api.addRoute(http, u"/api/v1/routing/rules"_s, int(M::Post), HttpApi::Auth::Supervisor,
                 [this, &core](const ApiRequest &r, const AuthUser &u) {
                     r.json();
                     QJsonObject o = setRules(r.body, u.id);
                     core.audit().record(u.id, u"routing.rules.set"_s, u"engine_configs/routing_rules"_s, {}, o);
                     return o;
                 });
    api.addRoute(http, u"/api/v1/routing/model"_s, int(M::Get), HttpApi::Auth::User,
                 [&core](const ApiRequest &r, const AuthUser &) {
                     const bool body = r.query.queryItemValue(u"body"_s) != u"0"_s;
                     return EngineConfigs::current(core.db(), EngineConfigs::kRoutingModel, body).toJson(body);
                 });
    api.addRoute(http, u"/api/v1/routing/train"_s, int(M::Post), HttpApi::Auth::Supervisor,
                 [this, &core](const ApiRequest &, const AuthUser &u) {
                     const TrainResult t = train(u.id);
                     core.audit().record(u.id, u"routing.train"_s, u"engine_configs/routing_model"_s, {}, t.config);
                     return QJsonObject{{u"model"_s, t.config}, {u"report"_s, t.report}};
                 });
    api.addRoute(http, u"/api/v1/routing/classify"_s, int(M::Post), HttpApi::Auth::User,
                 [this](const ApiRequest &r, const AuthUser &) { return classify(r.json()); });
}

} // namespace panorama::server
