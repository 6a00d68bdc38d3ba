#include "models/RoutingData.h"

#include "core/routing/ClassifierTrainer.h"
#include "core/routing/LabelledDataset.h"
#include "core/routing/RoutingEngine.h"
#include "core/routing/RoutingError.h"
#include "core/routing/RoutingResources.h"
#include "core/routing/Suggestion.h"
#include "core/storage/Database.h"
#include "core/sync/RowApplier.h"
#include "core/sync/SyncError.h"
#include "core/sync/SyncProtocol.h"
#include "core/sync/SyncStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

// The taxonomy says presale_question where the ticket rows say presale.
QString rowCategory(const QString &taxonomyId)
{
    return taxonomyId == u"presale_question"_s ? u"presale"_s : taxonomyId;
}

// The answer the router attached to a repeated question (server: the ticket's suggestion column).
void setSuggestion(RoutingView &v, const QJsonObject &json, bool chinese)
{
    if (json.isEmpty())
        return;
    const routing::Suggestion s = routing::Suggestion::fromJson(json);
    v.suggestion = s.answer;
    v.suggestionTitle = chinese && !s.title.zh.isEmpty() ? s.title.zh : s.title.en;
}

} // namespace

RoutingData::RoutingData(Database &db) : m_db(db) {}

RoutingData::~RoutingData() = default;

routing::RoutingEngine &RoutingData::engine()
{
    if (!m_engine) {
        // The built-in seed tickets (team-written, < 1 s to train) until the server's model is synced.
        m_engine = routing::RoutingEngine::withDefaults();
        const routing::LabelledDataset seed = routing::LabelledDataset::parse(
            routing::RoutingResources::read(u"seed_tickets.csv"_s),
            routing::RoutingResources::path(u"seed_tickets.csv"_s), routing::LabelledDataset::Format::Csv);
        routing::TrainOptions options;
        options.taxonomyId = m_engine->taxonomy().id();
        options.taxonomyVersion = m_engine->taxonomy().version();
        m_engine->setClassifier(
            std::make_shared<const routing::TextClassifier>(routing::ClassifierTrainer(options).train(seed)));
    }
    return *m_engine;
}

RoutingView RoutingData::view(const TicketRecord &ticket, bool chinese)
{
    const auto language = chinese ? routing::Language::Chinese : routing::Language::English;
    RoutingView v;
    v.category = ticket.category;
    v.confidence = ticket.categoryConfidence;
    QString source, model, firstMessage;
    {
        Query q = m_db.query("SELECT coalesce(category_source, ''), coalesce(routing_model, ''),"
                             " coalesce(suggestion, '') FROM tickets WHERE id = ?1");
        q.bind(1, ticket.id);
        if (q.next()) {
            source = q->text(0);
            model = q->text(1);
            setSuggestion(v, QJsonDocument::fromJson(q->text(2).toUtf8()).object(), chinese);
        }
    }
    v.modelVersion = model;
    if (source == u"agent"_s) {
        v.source = u"agent"_s;
        v.confidence = 0;
    }
    // A decision the server stored (JSON) or its explanation as text.
    const QJsonObject stored = QJsonDocument::fromJson(ticket.routingExplanation.toUtf8()).object();
    if (!stored.isEmpty()) {
        try {
            const routing::RoutingDecision d = routing::RoutingDecision::fromJson(stored);
            v.summary = d.summary(language);
            v.steps = d.explanation(language);
            v.manualTriage = d.manualTriage;
            if (v.source.isEmpty())
                v.source = u"server"_s;
            return v;
        } catch (const routing::RoutingError &) {
            // fall through to the text form
        }
    }
    if (!ticket.routingExplanation.trimmed().isEmpty()) {
        // The server's explanation, one step per line.
        v.steps = ticket.routingExplanation.trimmed().split(u'\n', Qt::SkipEmptyParts);
        v.summary = v.steps.join(u"; "_s);
        if (v.source.isEmpty())
            v.source = source == u"import"_s || source.isEmpty() ? u"server"_s : source;
        return v;
    }
    if (v.source == u"agent"_s)
        return v;
    // Nothing stored: route here with the same engine the server runs.
    {
        Query q = m_db.query("SELECT body FROM ticket_messages WHERE ticket_id = ?1 AND deleted = 0"
                             " AND author_kind = 'customer' ORDER BY created_at LIMIT 1");
        q.bind(1, ticket.id);
        if (q.next())
            firstMessage = q->text(0);
    }
    routing::TicketInput in;
    in.id = ticket.id;
    in.subject = ticket.subject;
    in.body = firstMessage;
    in.language = ticket.language.startsWith(u"zh"_s) ? u"zh"_s : u"en"_s;
    const routing::RoutingDecision d = engine().route(in, routing::AgentRoster());
    v.source = u"local"_s;
    v.summary = d.summary(language);
    v.steps = d.explanation(language);
    v.manualTriage = d.manualTriage;
    if (d.prediction) {
        v.confidence = d.prediction->confidence;
        if (!d.manualTriage && !d.prediction->label.isEmpty() && rowCategory(d.prediction->label) != ticket.category)
            v.category = rowCategory(d.prediction->label); // what the model would say; the row keeps its own
    }
    v.modelVersion = d.modelVersion;
    if (d.suggestion && v.suggestion.isEmpty())
        setSuggestion(v, d.suggestion->toJson(), chinese);
    return v;
}

QList<TeamLoad> RoutingData::queueLoad(qint64 nowMs)
{
    QList<TeamLoad> out;
    Query q = m_db.query("SELECT coalesce(t.team, ''), count(*), sum(t.assignee_id IS NULL),"
                         " sum(t.sla_due_at IS NOT NULL AND t.sla_due_at <= ?1),"
                         " (SELECT count(*) FROM staff s WHERE s.deleted = 0 AND s.team = t.team)"
                         " FROM tickets t WHERE t.deleted = 0 AND t.status NOT IN ('solved', 'closed')"
                         " GROUP BY 1 ORDER BY 2 DESC");
    q.bind(1, int64_t(nowMs));
    while (q.next())
        out << TeamLoad{q->text(0), q->int64(1), q->int64(2), q->int64(3), q->int64(4)};
    return out;
}

QString RoutingData::rulesJson()
{
    return QString::fromUtf8(routing::RoutingResources::read(u"rules.json"_s));
}

QStringList RoutingData::validateRules(const QByteArray &json)
{
    try {
        const routing::RuleSet rules = routing::RuleSet::parse(json, u"rules.json"_s);
        return rules.check(routing::Taxonomy::defaults());
    } catch (const routing::RoutingError &e) {
        return {e.message()};
    }
}

QString RoutingData::correctCategory(Database &db, const QString &ticketId, const QString &category)
{
    if (!SyncProtocol::ticketCategories().contains(category))
        throw SyncError(SyncError::Kind::Validation, u"unknown category '%1'"_s.arg(category));
    Transaction tx(db);
    Query q = db.query("SELECT category FROM tickets WHERE id = ?1 AND deleted = 0");
    q.bind(1, ticketId);
    if (!q.next())
        throw SyncError(SyncError::Kind::NotFound, u"no ticket %1 in this cache"_s.arg(ticketId));
    const QString before = q->text(0);
    SyncStore store(db);
    RowApplier(db, store).applyLocal(u"tickets"_s, ticketId,
                                     {{u"category"_s, category},
                                      {u"category_source"_s, u"agent"_s},
                                      {u"category_confidence"_s, QJsonValue(QJsonValue::Null)},
                                      {u"updated_at"_s, double(QDateTime::currentMSecsSinceEpoch())}});
    OutboxEntry e;
    e.id = SyncProtocol::uuidV7();
    e.kind = u"ticket.correct_category"_s; // server/RoutingService: kept as a labelled example
    e.table = u"tickets"_s;
    e.rowId = ticketId;
    e.base = {{u"category"_s, before}};
    e.set = {{u"category"_s, category}};
    e.createdAt = QDateTime::currentMSecsSinceEpoch();
    store.enqueue(e);
    tx.commit();
    return ticketId;
}

} // namespace panorama
