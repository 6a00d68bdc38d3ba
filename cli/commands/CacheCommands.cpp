// panoramactl cache init | import DIR | stats: the encrypted local cache of a profile.
#include "cli/Commands.h"
#include "cli/ProfileAccess.h"
#include "core/domain/DomainSchema.h"
#include "core/domain/JsonlImporter.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace panorama::cli {

namespace {

const QString kUsage = u"[--profile DIR] cache init [--server URL] [--account NAME] "
                       "[--key-source auto|keychain|passphrase] [--passphrase-stdin]\n"
                       "       panoramactl [--profile DIR] cache import DIR [--passphrase-stdin]\n"
                       "       panoramactl [--profile DIR] cache stats [--json] [--passphrase-stdin]"_s;

QString takeValue(QStringList &args, const QString &option, const QString &fallback)
{
    const qsizetype i = args.indexOf(option);
    if (i < 0 || i + 1 >= args.size())
        return fallback;
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

int init(CliContext &ctx, ProfileAccess &access)
{
    const QUrl server(
        takeValue(ctx.args, u"--server"_s, ctx.serverUrl.isEmpty() ? u"http://127.0.0.1:8765"_s : ctx.serverUrl));
    const QString account = takeValue(ctx.args, u"--account"_s, u"local"_s);
    const QString source = takeValue(ctx.args, u"--key-source"_s, u"auto"_s);
    if (!ctx.args.isEmpty())
        return ctx.usage(kUsage);
    KeySourceChoice choice = KeySourceChoice::Auto;
    if (source == u"keychain"_s)
        choice = KeySourceChoice::Keychain;
    else if (source == u"passphrase"_s)
        choice = KeySourceChoice::Passphrase;
    else if (source != u"auto"_s)
        return ctx.usage(kUsage);
    auto profile = access.create(server, account, choice);
    if (!profile)
        return Failure;
    const int steps = DomainSchema::migrate(*profile->database);
    const QString keySource = ProfileInfo::keySourceName(profile->info.keySource);
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"profile"_s, ctx.profileDir},
                                  {u"cache"_s, profile->info.cachePath()},
                                  {u"key_source"_s, keySource},
                                  {u"schema_steps"_s, steps}});
    } else {
        ctx.out << u"created profile %1 (key in the %2), cache %3\n"_s.arg(ctx.profileDir, keySource,
                                                                           profile->info.cachePath());
    }
    return Ok;
}

int import(CliContext &ctx, ProfileAccess &access)
{
    if (ctx.args.size() != 1)
        return ctx.usage(kUsage);
    const QString dir = ctx.args.first();
    auto profile = access.open();
    if (!profile)
        return Failure;
    Database &db = *profile->database;
    try {
        DomainSchema::migrate(db);
        JsonlImporter importer(db);
        QElapsedTimer lastReport;
        lastReport.start();
        const auto result = importer.importDirectory(dir, [&](const QString &table, qint64 rows) {
            if (!ctx.json && lastReport.elapsed() > 1000) {
                ctx.err << u"  %1: %2 rows\r"_s.arg(table).arg(rows);
                ctx.err.flush();
                lastReport.restart();
            }
            return true;
        });
        if (ctx.json) {
            QJsonObject tables;
            for (auto it = result.rowsPerTable.begin(); it != result.rowsPerTable.end(); ++it)
                tables.insert(it.key(), it.value());
            ctx.printJson(QJsonObject{{u"rows"_s, result.totalRows},
                                      {u"seconds"_s, result.seconds},
                                      {u"rows_per_second"_s, result.totalRows / std::max(result.seconds, 1e-9)},
                                      {u"tables"_s, tables}});
        } else {
            ctx.out << u"imported %1 rows in %2 s (%3 rows/s)\n"_s.arg(result.totalRows)
                           .arg(result.seconds, 0, 'f', 1)
                           .arg(qint64(result.totalRows / std::max(result.seconds, 1e-9)));
        }
    } catch (const StorageError &e) {
        return ctx.fail(u"import failed, nothing was changed: "_s + e.message());
    }
    return Ok;
}

int stats(CliContext &ctx, ProfileAccess &access)
{
    if (!ctx.args.isEmpty())
        return ctx.usage(kUsage);
    auto profile = access.open(true);
    if (!profile)
        return Failure;
    Database &db = *profile->database;
    QJsonObject tables;
    qint64 total = 0;
    for (const QString &table : DomainSchema::syncedTables()) {
        // Table names come from the schema's own list, never from input.
        const QByteArray sql = "SELECT count(*) FROM " + table.toUtf8() + " WHERE deleted = 0";
        const qint64 n = db.scalar(sql.constData()).toLongLong();
        tables.insert(table, n);
        total += n;
    }
    QJsonObject versions;
    {
        Query q = db.query("SELECT component, max(version) FROM schema_version GROUP BY component");
        while (q.next())
            versions.insert(q->text(0), q->integer(1));
    }
    const QString cache = profile->info.cachePath();
    const qint64 bytes = QFileInfo(cache).size() + QFileInfo(cache + u"-wal"_s).size();
    const QJsonObject obj{{u"profile"_s, ctx.profileDir},
                          {u"server"_s, profile->info.server.toString()},
                          {u"account"_s, profile->info.account},
                          {u"key_source"_s, ProfileInfo::keySourceName(profile->info.keySource)},
                          {u"cache_bytes"_s, bytes},
                          {u"library"_s, Database::libraryVersion()},
                          {u"schema_versions"_s, versions},
                          {u"rows"_s, total},
                          {u"tables"_s, tables}};
    if (ctx.json) {
        ctx.printJson(obj);
        return Ok;
    }
    ctx.out << u"profile   %1 (%2 @ %3)\n"_s.arg(ctx.profileDir, profile->info.account,
                                                 profile->info.server.toString());
    ctx.out << u"key       %1\ncache     %2 (%3 MiB)\nlibrary   %4\n"_s.arg(obj[u"key_source"_s].toString(), cache)
                   .arg(bytes / 1048576.0, 0, 'f', 1)
                   .arg(Database::libraryVersion());
    for (const QString &table : DomainSchema::syncedTables())
        ctx.out << u"  %1 %2\n"_s.arg(table, -18).arg(tables[table].toInteger(), 10);
    ctx.out << u"  %1 %2\n"_s.arg(u"total"_s, -18).arg(total, 10);
    return Ok;
}

} // namespace

int runCache(CliContext &ctx)
{
    if (ctx.args.isEmpty() || ctx.args.contains(u"--help"_s))
        return ctx.usage(kUsage);
    const QString verb = ctx.args.takeFirst();
    ProfileAccess access(ctx);
    access.takePassphraseOption();
    if (verb == u"init"_s)
        return init(ctx, access);
    if (verb == u"import"_s)
        return import(ctx, access);
    if (verb == u"stats"_s)
        return stats(ctx, access);
    return ctx.usage(kUsage);
}

} // namespace panorama::cli
