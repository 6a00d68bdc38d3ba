#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace panorama {

class Database;

struct StaffMember
{
    QString id;
    QString username;
    QString displayName;
    QString role;
    QString team;
};

struct QuickReply
{
    QString slug;
    QString language;
    QString title;
    QString body; // with {{customer.name}}-style variables
    QString category;
};

struct KbArticle
{
    QString slug;
    QString language; // zh-CN, en
    QString title;
    QString body; // Markdown
    QString category;
    QStringList tags;
    int version = 1;
    QString kind; // article, quick_reply
};

// The figures on the supervisor's dashboard, counted in the cache.
struct DashboardFigures
{
    qint64 openTickets = 0;
    qint64 unassigned = 0;
    qint64 breaching = 0;
    qint64 mine = 0;
    qint64 createdToday = 0;
    qint64 solvedToday = 0;
    qint64 customers = 0;
    qint64 orders = 0;
    qint64 openQaAlerts = 0;
    QList<QPair<QString, qint64>> openByCategory; // most first
    QList<QPair<QString, qint64>> openByTeam;
    QList<QPair<qint64, qint64>> createdPerDay; // (day start ms, tickets), oldest first
};

// Small read-only lookups over the local cache that the item models and pickers need and the domain repositories
// do not cover: staff and teams, quick replies, dashboard counts.
class ReferenceData final
{
public:
    explicit ReferenceData(Database &db);

    QList<StaffMember> staff();
    QStringList teams();
    // Every knowledge-base article and quick reply in the cache (to index them for search).
    QList<KbArticle> kbArticles();
    std::optional<KbArticle> kbArticle(const QString &slug, const QString &language);
    // Quick replies in `language` ("zh-CN", "en"); an empty list if none.
    QList<QuickReply> quickReplies(const QString &language);

    // nowMs: the clock (a seam for tests); days: how far back createdPerDay goes.
    DashboardFigures dashboard(qint64 nowMs, const QString &me, int days = 14);

private:
    Database &m_db;
};

} // namespace panorama
