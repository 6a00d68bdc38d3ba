#include "server/QaRoutingConfigs.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace panorama::server {

QJsonObject EngineConfig::toJson(bool withBody) const
{
    QJsonObject o{{u"kind"_s, kind}, {u"revision"_s, revision},    {u"version"_s, version},
                  {u"info"_s, info}, {u"updated_by"_s, updatedBy}, {u"updated_at"_s, updatedAt}};
    if (withBody)
        o.insert(u"body"_s, body);
    return o;
}

namespace EngineConfigs {

EngineConfig current(ServerDb &db, const QString &kind, bool withBody)
{
    EngineConfig c;
    c.kind = kind;
    QSqlQuery q = db.exec(u"SELECT revision, version, %1, info, updated_by, updated_at FROM engine_configs"
                          " WHERE kind = ? ORDER BY revision DESC LIMIT 1"_s.arg(withBody ? u"body"_s : u"''"_s),
                          {kind});
    if (q.next()) {
        c.revision = q.value(0).toLongLong();
        c.version = q.value(1).toString();
        c.body = q.value(2).toString();
        c.info = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        c.updatedBy = q.value(4).toString();
        c.updatedAt = q.value(5).toLongLong();
    }
    return c;
}

qint64 currentRevision(ServerDb &db, const QString &kind)
{
    return db.scalar(u"SELECT coalesce(max(revision), 0) FROM engine_configs WHERE kind = ?"_s, {kind}).toLongLong();
}

EngineConfig store(ServerDb &db, const QString &kind, const QString &version, const QString &body,
                   const QJsonObject &info, const QString &userId)
{
    EngineConfig c;
    db.write([&] {
        c.kind = kind;
        c.revision = currentRevision(db, kind) + 1;
        c.version = version;
        c.body = body;
        c.info = info;
        c.updatedBy = userId;
        c.updatedAt = QDateTime::currentMSecsSinceEpoch();
        db.exec(u"INSERT INTO engine_configs (kind, revision, version, body, info, updated_by, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                {kind, c.revision, version, body, QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)),
                 userId, c.updatedAt});
    });
    return c;
}

qint64 cursor(ServerDb &db, const QString &key)
{
    return db.scalar(u"SELECT value FROM settings WHERE key = ?"_s, {key}).toLongLong();
}

bool advanceCursor(ServerDb &db, const QString &key, qint64 from, qint64 to)
{
    if (!db.scalar(u"SELECT 1 FROM settings WHERE key = ?"_s, {key}).isValid()) {
        if (from != 0)
            return false;
        db.exec(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, {key, QString::number(to)});
        return true;
    }
    return db.exec(u"UPDATE settings SET value = ? WHERE key = ? AND value = ?"_s,
                   {QString::number(to), key, QString::number(from)})
               .numRowsAffected() == 1;
}

QString derivedId(const QString &key)
{
    static const QUuid ns(u"6f1c2a54-8d0e-4c1b-9a57-3e2f4b6d8c10"_s);
    return QUuid::createUuidV5(ns, key).toString(QUuid::WithoutBraces);
}

} // namespace EngineConfigs

} // namespace panorama::server
