#include "models/ReferenceData.h"

#include "core/storage/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace panorama {

namespace {

constexpr int64_t kDayMs = 24 * 3600 * 1000;

QList<QPair<QString, qint64>> counted(Query &q)
{
    QList<QPair<QString, qint64>> out;
    while (q.next())
        out << qMakePair(q->text(0), q->int64(1));
    return out;
}

} // namespace

ReferenceData::ReferenceData(Database &db) : m_db(db) {}

QList<StaffMember> ReferenceData::staff()
{
    QList<StaffMember> out;
    Query q = m_db.query("SELECT id, username, display_name, role, coalesce(team, '') FROM staff WHERE deleted = 0"
                         " ORDER BY team, display_name");
    while (q.next())
        out << StaffMember{q->text(0), q->text(1), q->text(2), q->text(3), q->text(4)};
    return out;
}

QStringList ReferenceData::teams()
{
    QStringList out;
    Query q = m_db.query("SELECT DISTINCT team FROM staff WHERE deleted = 0 AND team IS NOT NULL AND team <> ''"
                         " ORDER BY team");
    while (q.next())
        out << q->text(0);
    return out;
}

namespace {
KbArticle readArticle(Query &q)
{
    KbArticle a{q->text(0), q->text(1), q->text(2), q->text(3), q->text(4), {}, int(q->int64(6)), q->text(7)};
    for (const QJsonValue &t : QJsonDocument::fromJson(q->text(5).toUtf8()).array())
        a.tags << t.toString();
    return a;
}
} // namespace

QList<KbArticle> ReferenceData::kbArticles()
{
    QList<KbArticle> out;
    Query q = m_db.query("SELECT slug, language, title, body, category, tags, version, kind FROM kb_articles"
                         " WHERE deleted = 0 ORDER BY slug, language");
    while (q.next())
        out << readArticle(q);
    return out;
}

std::optional<KbArticle> ReferenceData::kbArticle(const QString &slug, const QString &language)
{
    Query q = m_db.query("SELECT slug, language, title, body, category, tags, version, kind FROM kb_articles"
                         " WHERE deleted = 0 AND slug = ? AND language = ?");
    q.bindAll(slug, language);
    if (!q.next())
        return std::nullopt;
    return readArticle(q);
}

QList<QuickReply> ReferenceData::quickReplies(const QString &language)
{
    QList<QuickReply> out;
    Query q = m_db.query("SELECT slug, language, title, body, category FROM kb_articles"
                         " WHERE kind = 'quick_reply' AND deleted = 0 AND language = ? ORDER BY title");
    q.bind(1, language);
    while (q.next())
        out << QuickReply{q->text(0), q->text(1), q->text(2), q->text(3), q->text(4)};
    return out;
}

DashboardFigures ReferenceData::dashboard(qint64 nowMs, const QString &me, int days)
{
    DashboardFigures d;
    const qint64 dayStart = QDateTime::fromMSecsSinceEpoch(nowMs).date().startOfDay().toMSecsSinceEpoch();
    {
        Query q =
            m_db.query("SELECT count(*), sum(assignee_id IS NULL), sum(sla_due_at IS NOT NULL AND sla_due_at <= ?1),"
                       " sum(assignee_id = coalesce(?2, '')) FROM tickets WHERE deleted = 0 AND status NOT IN "
                       "('solved', 'closed')");
        q.bindAll(int64_t(nowMs), me);
        if (q.next()) {
            d.openTickets = q->int64(0);
            d.unassigned = q->int64(1);
            d.breaching = q->int64(2);
            d.mine = q->int64(3);
        }
    }
    {
        Query q = m_db.query("SELECT sum(created_at >= ?1), sum(solved_at >= ?1) FROM tickets WHERE deleted = 0"
                             " AND (created_at >= ?1 OR solved_at >= ?1)");
        q.bind(1, int64_t(dayStart));
        if (q.next()) {
            d.createdToday = q->int64(0);
            d.solvedToday = q->int64(1);
        }
    }
    d.customers = m_db.scalar("SELECT count(*) FROM customers WHERE deleted = 0").toLongLong();
    d.orders = m_db.scalar("SELECT count(*) FROM orders WHERE deleted = 0").toLongLong();
    d.openQaAlerts = m_db.scalar("SELECT count(*) FROM qa_alerts WHERE deleted = 0 AND status = 'open'").toLongLong();
    {
        Query q = m_db.query("SELECT category, count(*) AS n FROM tickets WHERE deleted = 0"
                             " AND status NOT IN ('solved', 'closed') GROUP BY category ORDER BY n DESC");
        d.openByCategory = counted(q);
    }
    {
        Query q = m_db.query("SELECT coalesce(team, ''), count(*) AS n FROM tickets WHERE deleted = 0"
                             " AND status NOT IN ('solved', 'closed') GROUP BY team ORDER BY n DESC");
        d.openByTeam = counted(q);
    }
    {
        const qint64 from = dayStart - qint64(days - 1) * kDayMs;
        QHash<qint64, qint64> perDay;
        Query q = m_db.query("SELECT (created_at - ?1) / ?2, count(*) FROM tickets WHERE deleted = 0"
                             " AND created_at >= ?1 AND created_at < ?1 + ?2 * ?3 GROUP BY 1");
        q.bindAll(int64_t(from), int64_t(kDayMs), days);
        while (q.next())
            perDay.insert(q->int64(0), q->int64(1));
        for (int i = 0; i < days; ++i)
            d.createdPerDay << qMakePair(from + i * kDayMs, perDay.value(i));
    }
    return d;
}

} // namespace panorama
