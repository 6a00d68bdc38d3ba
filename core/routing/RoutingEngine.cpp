#include "core/routing/RoutingEngine.h"

#include "core/routing/ModelSerializer.h"
#include "core/routing/QuickReplyIndex.h"
#include "core/routing/RoutingError.h"

using namespace Qt::StringLiterals;

namespace panorama::routing {

RoutingEngine::RoutingEngine(Taxonomy taxonomy, RuleSet rules, SlaPolicy sla, const Clock &clock)
    : m_router(std::move(taxonomy), std::move(rules)), m_sla(std::move(sla)), m_clock(clock)
{}

std::unique_ptr<RoutingEngine> RoutingEngine::withDefaults(const Clock &clock)
{
    auto engine =
        std::make_unique<RoutingEngine>(Taxonomy::defaults(), RuleSet::defaults(), SlaPolicy::defaults(), clock);
    engine->addSuggestionSource(std::make_shared<QuickReplyIndex>(QuickReplyIndex::defaults()));
    return engine;
}

void RoutingEngine::setClassifier(std::shared_ptr<const TextClassifier> classifier)
{
    if (classifier) {
        const Taxonomy &tax = m_router.taxonomy();
        const ModelInfo &info = classifier->info();
        if (!info.taxonomyId.isEmpty() && info.taxonomyId != tax.id())
            throw RoutingError(RoutingErrorKind::BadModel, u"model %1 was trained for taxonomy '%2', not '%3'"_s.arg(
                                                               info.versionId, info.taxonomyId, tax.id()));
        for (const QString &label : classifier->labels()) {
            if (label != classifier->outOfScopeLabel() && !tax.contains(label))
                throw RoutingError(RoutingErrorKind::BadModel,
                                   u"model %1 predicts category '%2', which taxonomy %3 does not have"_s.arg(
                                       info.versionId, label, tax.id()));
        }
    }
    std::lock_guard lock(m_mutex);
    m_classifier = std::move(classifier);
}

QString RoutingEngine::installModel(const QByteArray &blob, const QString &source)
{
    auto classifier = std::make_shared<const TextClassifier>(ModelSerializer::deserialize(blob, source));
    const QString version = classifier->info().versionId;
    setClassifier(std::move(classifier));
    return version;
}

std::shared_ptr<const TextClassifier> RoutingEngine::classifier() const
{
    std::lock_guard lock(m_mutex);
    return m_classifier;
}

void RoutingEngine::addSuggestionSource(std::shared_ptr<const SuggestionSource> source)
{
    std::lock_guard lock(m_mutex);
    m_suggestions.push_back(std::move(source));
}

RoutingDecision RoutingEngine::route(const TicketInput &ticket, const AgentRoster &roster) const
{
    std::shared_ptr<const TextClassifier> classifier;
    std::vector<std::shared_ptr<const SuggestionSource>> sources;
    {
        std::lock_guard lock(m_mutex);
        classifier = m_classifier;
        sources = m_suggestions;
    }
    std::optional<Prediction> prediction;
    if (classifier && ticket.presetCategory.isEmpty())
        prediction = classifier->classify(ticket.text(), 3);

    RoutingDecision d = m_router.route(ticket, prediction, roster);
    d.modelVersion = classifier ? classifier->info().versionId : QString();
    d.decidedAt = m_clock.now();

    for (const auto &source : sources) {
        if (auto s = source->suggest(ticket.text(), d.category, d.language)) {
            d.steps.push_back({u"suggestion"_s,
                               {u"suggested reply: %1 (similarity %2)"_s.arg(s->title.en).arg(s->similarity, 0, 'f', 2),
                                u"推荐回复：%1（相似度 %2）"_s.arg(s->title.zh).arg(s->similarity, 0, 'f', 2)},
                               {{u"id"_s, s->id}, {u"source"_s, s->source}}});
            d.suggestion = std::move(s);
            break;
        }
    }

    const QDateTime created = ticket.createdAt.isValid() ? ticket.createdAt.toUTC() : d.decidedAt;
    d.sla = SlaDeadlines::compute(m_sla, ticket.customerTier, d.priority, ticket.channel, created);
    const QTimeZone &zone = m_sla.calendar().timeZone();
    const QString due = d.sla.firstResponseDue.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s);
    d.steps.push_back(
        {u"sla"_s,
         {u"first response due %1 (%2 business minutes, SLA %3)"_s.arg(due)
              .arg(d.sla.firstResponseMinutes)
              .arg(d.sla.targetId),
          u"首次响应截止 %1（%2 个工作分钟，SLA %3）"_s.arg(due).arg(d.sla.firstResponseMinutes).arg(d.sla.targetId)},
         d.sla.toJson()});
    return d;
}

void RoutingEngine::commit(const RoutingDecision &decision, AgentRoster &roster)
{
    if (!decision.agentId.isEmpty())
        roster.addLoad(decision.agentId, 1);
}

} // namespace panorama::routing
