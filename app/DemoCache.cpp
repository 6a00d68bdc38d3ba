#include "app/DemoCache.h"

#include "core/domain/DomainSchema.h"
#include "core/domain/JsonlImporter.h"
#include "core/storage/StorageError.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProgressDialog>
#include <QRandomGenerator>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace Qt::StringLiterals;

namespace panorama {

DemoCache::DemoCache()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    m_key = DatabaseKey::raw(key);
}

DemoCache::~DemoCache() = default;

QString DemoCache::path() const
{
    return m_dir.filePath(u"cache.db"_s);
}

namespace {

// What an agent's cache holds: the server masks phones, e-mails and street lines before they leave it
// (server/AccessPolicy); the demo cache is made to look the same so reveal and search-by-full-number behave as
// they do for real. The blind index (value_hash) was computed from the full values by the importer.
QString maskPhone(const QString &value)
{
    QString digits;
    for (QChar c : value) {
        if (c.isDigit())
            digits += c;
    }
    return digits.size() < 7 ? u"****"_s : digits.left(3) + u"****"_s + digits.right(4);
}

QString maskEmail(const QString &value)
{
    const qsizetype at = value.indexOf(u'@');
    return at <= 0 ? u"***"_s : value.left(1) + u"***"_s + value.mid(at);
}

void maskLikeServer(Database &db)
{
    Transaction tx(db);
    {
        QList<std::pair<QString, QString>> changes;
        Query q = db.query("SELECT id, kind, value FROM identities WHERE kind IN ('phone', 'email')");
        while (q.next())
            changes.append({q->text(0), q->text(1) == u"email"_s ? maskEmail(q->text(2)) : maskPhone(q->text(2))});
        for (const auto &[id, value] : changes)
            db.query("UPDATE identities SET value = ? WHERE id = ?").bindAll(value, id).exec();
    }
    {
        QList<std::tuple<QString, QString, QString>> changes;
        Query q = db.query("SELECT id, phone, line FROM addresses");
        while (q.next())
            changes.append({q->text(0), maskPhone(q->text(1)), q->text(2).left(3) + u"****"_s});
        for (const auto &[id, phone, line] : changes)
            db.query("UPDATE addresses SET phone = ?, line = ? WHERE id = ?").bindAll(phone, line, id).exec();
    }
    tx.commit();
}

} // namespace

// Shared by the worker (progress, cancel flag) and the GUI thread (dialog); freed when the import is over.
struct DemoCache::Import
{
    std::atomic_bool cancel{false};
    std::atomic<qint64> rows{0};
    QMutex lock;
    QString table;
};

void DemoCache::import(const QString &jsonlDir, bool showProgress, std::function<void(const QString &error)> done)
{
    if (!m_dir.isValid()) {
        QTimer::singleShot(0, [done] {
            done(QCoreApplication::translate("panorama::DemoCache", "cannot create a temporary directory"));
        });
        return;
    }
    auto state = std::make_shared<Import>();
    const QString file = path();
    const DatabaseKey key = m_key;
    // The import opens its own connection on the worker thread (one connection per thread).
    auto work = [state, file, key, jsonlDir]() -> QString {
        try {
            auto db = Database::open(file, key, {.create = true, .synchronousFull = false});
            DomainSchema::migrate(*db);
            JsonlImporter(*db).importDirectory(jsonlDir, [state](const QString &table, qint64 n) {
                {
                    QMutexLocker lock(&state->lock);
                    state->table = table;
                }
                state->rows = n;
                return !state->cancel.load();
            });
            maskLikeServer(*db);
            // Remembered so a later --demo-cache run lives at the same moment.
            if (const qint64 at = generatedAt(jsonlDir); at > 0)
                db->query("INSERT OR REPLACE INTO meta(key, value) VALUES ('demo_now', ?)")
                    .bind(1, QString::number(at))
                    .exec();
            return {};
        } catch (const StorageError &e) {
            return e.message();
        } catch (const std::exception &e) {
            return QString::fromUtf8(e.what());
        }
    };
    auto *watcher = new QFutureWatcher<QString>;
    QProgressDialog *progress = nullptr;
    QTimer *ticker = nullptr;
    if (showProgress) {
        progress = new QProgressDialog(QCoreApplication::translate("panorama::DemoCache", "Importing the demo data…"),
                                       QCoreApplication::translate("panorama::DemoCache", "Cancel"), 0, 0);
        progress->setObjectName(u"importProgress"_s);
        progress->setWindowTitle(QCoreApplication::translate("panorama::DemoCache", "Panorama"));
        progress->setMinimumDuration(300);
        QObject::connect(progress, &QProgressDialog::canceled, progress, [state] { state->cancel = true; });
        ticker = new QTimer(progress);
        ticker->setInterval(200);
        QObject::connect(ticker, &QTimer::timeout, progress, [state, progress] {
            QString table;
            {
                QMutexLocker lock(&state->lock);
                table = state->table;
            }
            progress->setLabelText(QCoreApplication::translate("panorama::DemoCache", "Importing %1: %2 rows…")
                                       .arg(table)
                                       .arg(state->rows.load()));
        });
        ticker->start();
    }
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, watcher,
                     [this, watcher, progress, state, file, key, done] {
                         QString error = watcher->result();
                         watcher->deleteLater();
                         if (progress)
                             progress->deleteLater();
                         if (state->cancel && !error.isEmpty())
                             error = QCoreApplication::translate("panorama::DemoCache",
                                                                 "the import was cancelled; nothing was imported");
                         if (error.isEmpty()) {
                             try {
                                 m_db = Database::open(file, key);
                             } catch (const StorageError &e) {
                                 error = e.message();
                             }
                         }
                         done(error);
                     });
    watcher->setFuture(QtConcurrent::run(work));
}

qint64 DemoCache::generatedAt(const QString &jsonlDir)
{
    QFile f(QDir(jsonlDir).filePath(u"manifest.json"_s));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QDateTime at =
        QDateTime::fromString(QJsonDocument::fromJson(f.readAll()).object().value(u"now"_s).toString(), Qt::ISODate);
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

qint64 DemoCache::generatedAt(Database &db)
{
    return db.scalar("SELECT value FROM meta WHERE key = 'demo_now'").toLongLong();
}

SessionUser DemoCache::pickUser(Database &db, const QString &username)
{
    Query q =
        db.query("SELECT s.id, s.username, s.display_name, s.role, coalesce(s.team, ''), coalesce(s.store_id, '')"
                 " FROM staff s LEFT JOIN tickets t ON t.assignee_id = s.id AND t.status NOT IN ('solved', 'closed')"
                 " WHERE s.deleted = 0 AND (coalesce(?1, '') = '' AND s.role = 'agent' OR s.username = ?1)"
                 " GROUP BY s.id ORDER BY count(t.id) DESC, s.username LIMIT 1");
    q.bind(1, username);
    if (!q.next())
        return {};
    return {q->text(0), q->text(1), q->text(2), q->text(3), q->text(4), q->text(5)};
}

} // namespace panorama
