#include "cli/Commands.h"
#include "cli/ProfileAccess.h"
#include "cli/commands/KbCli.h"

#include "core/search/KbImporter.h"
#include "core/search/SearchEngine.h"
#include "core/storage/StorageError.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace panorama::search;

namespace panorama::cli {

namespace kb {

std::optional<QString> takeOption(QStringList &args, const QString &name, bool *missingValue)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0)
        return std::nullopt;
    if (i + 1 >= args.size()) {
        if (missingValue)
            *missingValue = true;
        args.removeAt(i);
        return std::nullopt;
    }
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

std::unique_ptr<Database> openCache(CliContext &ctx, QStringList &args, bool create)
{
    bool missing = false;
    const auto dbOpt = takeOption(args, u"--db"_s, &missing);
    const auto keyFile = takeOption(args, u"--key-file"_s, &missing);
    const bool plain = takeFlag(args, u"--plain"_s);
    const bool passphraseStdin = takeFlag(args, u"--passphrase-stdin"_s);
    if (missing) {
        ctx.fail(u"an option is missing its value"_s);
        return nullptr;
    }
    if (!dbOpt) {
        // The profile's own cache, the file the workstation searches, opened with its key from the OS keychain
        // or its passphrase (--passphrase-stdin or PANORAMA_PASSPHRASE), exactly as the app opens it.
        if (ctx.profileDir.isEmpty()) {
            ctx.fail(u"no search cache: pass --profile DIR (the profile's cache, key from the keychain or the "
                     u"passphrase) or --db FILE with --key-file FILE"_s);
            return nullptr;
        }
        if (keyFile || plain) {
            ctx.fail(u"--key-file and --plain go with --db FILE; a --profile's key comes from the keychain or "
                     u"its passphrase"_s);
            return nullptr;
        }
        const QStringList saved = ctx.args;
        ctx.args = passphraseStdin ? QStringList{u"--passphrase-stdin"_s} : QStringList();
        ProfileAccess access(ctx);
        access.takePassphraseOption();
        ctx.args = saved;
        auto profile = access.open();
        if (!profile)
            return nullptr;
        return std::move(profile->database);
    }
    DatabaseKey key;
    if (!plain) {
        QByteArray raw;
        if (keyFile) {
            QFile f(*keyFile);
            if (!f.open(QIODevice::ReadOnly)) {
                ctx.fail(u"cannot read key file %1: %2"_s.arg(*keyFile, f.errorString()));
                return nullptr;
            }
            raw = f.readAll();
            if (raw.trimmed().size() == 64)
                raw = QByteArray::fromHex(raw.trimmed());
        } else if (qEnvironmentVariableIsSet("PANORAMA_CACHE_KEY")) {
            raw = QByteArray::fromHex(qgetenv("PANORAMA_CACHE_KEY"));
        } else {
            ctx.fail(u"no cache key for --db: pass --key-file FILE (32 bytes or 64 hex digits) or set "
                     u"PANORAMA_CACHE_KEY, or use --profile DIR"_s);
            return nullptr;
        }
        if (raw.size() != 32) {
            ctx.fail(u"the cache key must be 32 bytes (64 hex digits), got %1 bytes"_s.arg(raw.size()));
            return nullptr;
        }
        key = DatabaseKey::raw(raw);
    }
    try {
        DatabaseOptions o;
        o.create = create;
        return Database::open(*dbOpt, key, o);
    } catch (const StorageError &e) {
        ctx.fail(e.message());
        return nullptr;
    }
}

int runImport(CliContext &ctx, QStringList args)
{
    const bool skipInvalid = takeFlag(args, u"--skip-invalid"_s);
    auto db = openCache(ctx, args, true);
    if (!db)
        return Failure;
    if (args.size() != 1)
        return ctx.usage(
            u"kb import FILE.jsonl|DIR_OF_MARKDOWN [--skip-invalid] [--passphrase-stdin | --db FILE --key-file FILE]"_s);
    const ImportBatch batch = KbImporter::read(args.first());
    for (const ImportIssue &issue : batch.issues)
        ctx.err << u"panoramactl: "_s << issue.toString() << u'\n';
    ctx.err.flush();
    if (!batch.issues.isEmpty() && (!skipInvalid || batch.documents.isEmpty()))
        return ctx.fail(u"%1 problem(s) in %2; nothing was imported%3"_s.arg(batch.issues.size())
                            .arg(args.first(), skipInvalid ? QString() : u" (--skip-invalid imports the rest)"_s));
    QElapsedTimer t;
    t.start();
    try {
        SearchEngine engine(*db);
        engine.addDocuments(batch.documents);
        const EngineStats s = engine.stats();
        const QJsonObject out{{u"imported"_s, batch.documents.size()},
                              {u"skipped"_s, batch.issues.size()},
                              {u"documents"_s, s.documents},
                              {u"encoder"_s, s.encoder},
                              {u"vectors"_s, s.vectors},
                              {u"seconds"_s, t.elapsed() / 1000.0}};
        if (ctx.json)
            ctx.printJson(out);
        else
            ctx.out << u"imported %1 document(s) (%2 in the index, encoder %3, %4 vectors) in %5 s\n"_s
                           .arg(batch.documents.size())
                           .arg(s.documents)
                           .arg(s.encoder.isEmpty() ? u"none yet"_s : s.encoder)
                           .arg(s.vectors)
                           .arg(t.elapsed() / 1000.0, 0, 'f', 1);
    } catch (const StorageError &e) {
        return ctx.fail(e.message());
    }
    return Ok;
}

SearchFilter parseFilter(QStringList &args, bool *ok, CliContext &ctx)
{
    SearchFilter f;
    bool missing = false;
    if (const auto v = takeOption(args, u"--lang"_s, &missing))
        f.languages = v->split(u',', Qt::SkipEmptyParts);
    if (const auto v = takeOption(args, u"--category"_s, &missing))
        f.categories = v->split(u',', Qt::SkipEmptyParts);
    if (const auto v = takeOption(args, u"--type"_s, &missing)) {
        for (const QString &t : v->split(u',', Qt::SkipEmptyParts)) {
            const auto type = SearchDocument::typeFromName(t);
            if (!type) {
                ctx.fail(u"unknown --type '%1' (article, quick_reply, case)"_s.arg(t));
                *ok = false;
                return f;
            }
            f.types.append(*type);
        }
    }
    if (missing) {
        ctx.fail(u"an option is missing its value"_s);
        *ok = false;
    }
    return f;
}

int runSearch(CliContext &ctx, QStringList args)
{
    bool missing = false;
    const auto limitOpt = takeOption(args, u"--limit"_s, &missing);
    bool ok = true;
    const SearchFilter filter = parseFilter(args, &ok, ctx);
    if (!ok)
        return Failure;
    auto db = openCache(ctx, args, false);
    if (!db)
        return Failure;
    if (args.size() != 1 || missing)
        return ctx.usage(u"kb search \"QUERY\" [--limit N] [--lang zh,en] [--category C] [--type article,case] "
                         u"[--json]"_s);
    const int limit = limitOpt ? limitOpt->toInt(&ok) : 10;
    if (!ok || limit <= 0 || limit > 1000)
        return ctx.fail(u"--limit must be a number from 1 to 1000"_s);
    try {
        SearchEngine engine(*db);
        SearchRequest req;
        req.query = args.first();
        req.limit = limit;
        req.filter = filter;
        const SearchResults res = engine.search(req);
        if (!res.error.isEmpty())
            return ctx.fail(res.error);
        if (ctx.json) {
            ctx.printJson(res.toJson());
            return Ok;
        }
        for (int i = 0; i < res.hits.size(); ++i) {
            const SearchHit &h = res.hits[i];
            ctx.out << u"%1. [%2] %3  (%4)\n"_s.arg(i + 1).arg(SearchDocument::typeName(h.type), h.title, h.documentId);
            QString snippet = h.snippet;
            for (qsizetype j = h.snippetHighlights.size() - 1; j >= 0; --j) {
                const HighlightSpan s = h.snippetHighlights[j];
                snippet.insert(s.start + s.length, u"]]"_s);
                snippet.insert(s.start, u"[["_s);
            }
            ctx.out << u"   "_s << snippet << u'\n';
        }
        if (res.hits.isEmpty())
            ctx.out << u"no results\n"_s;
        if (res.truncatedQuery)
            ctx.err << u"panoramactl: the query was cut to its first 1000 characters\n"_s;
    } catch (const StorageError &e) {
        return ctx.fail(e.message());
    }
    return Ok;
}

int runFeedback(CliContext &ctx, QStringList args)
{
    const bool notHelpful = takeFlag(args, u"--not-helpful"_s);
    auto db = openCache(ctx, args, false);
    if (!db)
        return Failure;
    if (args.size() != 2)
        return ctx.usage(u"kb feedback \"QUERY\" DOCUMENT_ID [--not-helpful]"_s);
    try {
        SearchEngine engine(*db);
        if (!engine.document(args.at(1)))
            return ctx.fail(u"no document with id '%1'"_s.arg(args.at(1)));
        FeedbackEvent e;
        e.query = args.at(0);
        e.documentId = args.at(1);
        e.helpful = !notHelpful;
        engine.recordFeedback(e);
        ctx.out << u"recorded: '%1' %2 '%3'\n"_s.arg(e.query, e.helpful ? u"solved by"_s : u"not helped by"_s,
                                                     e.documentId);
    } catch (const StorageError &e) {
        return ctx.fail(e.message());
    }
    return Ok;
}

int runStats(CliContext &ctx, QStringList args)
{
    auto db = openCache(ctx, args, false);
    if (!db)
        return Failure;
    try {
        SearchEngine engine(*db);
        const EngineStats s = engine.stats();
        const QJsonObject out{
            {u"documents"_s, s.documents}, {u"encoder"_s, s.encoder}, {u"dimension"_s, s.encoderDimension},
            {u"vectors"_s, s.vectors},     {u"hnsw"_s, s.hnsw},       {u"feedback_events"_s, s.feedbackEvents}};
        if (ctx.json) {
            ctx.printJson(out);
        } else {
            for (auto it = out.begin(); it != out.end(); ++it)
                ctx.out << it.key() << u": "_s << it.value().toVariant().toString() << u'\n';
        }
    } catch (const StorageError &e) {
        return ctx.fail(e.message());
    }
    return Ok;
}

} // namespace kb

int runKb(CliContext &ctx)
{
    QStringList args = ctx.args;
    const QString usage = u"kb import FILE.jsonl|DIR | search \"QUERY\" [--limit N] [--json] | "
                          u"eval --corpus FILE --queries FILE [--json] | similarity --pairs FILE [--json] | "
                          u"feedback \"QUERY\" DOC_ID | stats"_s;
    if (args.isEmpty() || args.first() == u"--help"_s)
        return ctx.usage(usage);
    const QString sub = args.takeFirst();
    if (sub == u"import"_s)
        return kb::runImport(ctx, args);
    if (sub == u"search"_s)
        return kb::runSearch(ctx, args);
    if (sub == u"eval"_s)
        return kb::runEval(ctx, args);
    if (sub == u"similarity"_s)
        return kb::runSimilarity(ctx, args);
    if (sub == u"feedback"_s)
        return kb::runFeedback(ctx, args);
    if (sub == u"stats"_s)
        return kb::runStats(ctx, args);
    return ctx.usage(usage);
}

} // namespace panorama::cli
