// panoramactl demo-data: deterministic demo data as JSON Lines (docs/demo-data.md).
#include "cli/Commands.h"

#include "core/demo/DemoGenerator.h"
#include "core/demo/DemoOutput.h"
#include "core/demo/DemoTime.h"
#include "core/demo/KbSource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace panorama::demo;

namespace panorama::cli {

namespace {

const QString kUsage = u"demo-data --out DIR [--seed N] [--customers N] [--orders N] [--tickets N] [--kb DIR]\n"
                       "                             [--now 2026-11-01T00:00:00Z] [--threads N] [--force] [--json]"_s;

const char *const kHelp =
    "Generates the demo retailer's data as JSON Lines: one <table>.jsonl per synced table plus manifest.json\n"
    "(seed, counts, SHA-256 of every file). The same seed always gives byte-identical files.\n\n"
    "  --out DIR        output directory (must be empty unless --force)\n"
    "  --seed N         random seed, 0..9223372036854775807 (default 1)\n"
    "  --customers N    customers (default 100000)\n"
    "  --orders N       orders (default 1000000)\n"
    "  --tickets N      service tickets (default 200000)\n"
    "  --kb DIR         knowledge base: <lang>/<id>.md and quick-replies.jsonl (default: the embedded copy)\n"
    "  --now TIME       the fixed 'now' every timestamp precedes, UTC (default 2026-11-01T00:00:00Z)\n"
    "  --threads N      generator threads (default 2; the output does not depend on it)\n"
    "  --force          write into a non-empty directory, replacing the demo files there\n"
    "  --json           print the summary as JSON\n";

int usageError(CliContext &ctx, const QString &why)
{
    ctx.err << u"panoramactl: "_s << why << u'\n';
    return ctx.usage(kUsage);
}

bool parseCount(const QString &text, int64_t &out)
{
    bool ok = false;
    const qlonglong v = text.toLongLong(&ok);
    if (!ok || v < 0)
        return false;
    out = v;
    return true;
}

} // namespace

int runDemoData(CliContext &ctx)
{
    DemoOptions options;
    QString outDir;
    bool force = false;
    QStringList args = ctx.args;
    while (!args.isEmpty()) {
        const QString opt = args.takeFirst();
        if (opt == u"--help"_s || opt == u"-h"_s) {
            ctx.out << u"usage: panoramactl "_s << kUsage << u"\n\n"_s << QString::fromUtf8(kHelp);
            return Ok;
        }
        if (opt == u"--force"_s) {
            force = true;
            continue;
        }
        static const QStringList valued = {u"--out"_s,     u"--seed"_s, u"--customers"_s, u"--orders"_s,
                                           u"--tickets"_s, u"--kb"_s,   u"--now"_s,       u"--threads"_s};
        if (!valued.contains(opt))
            return usageError(ctx, u"demo-data: unknown option %1"_s.arg(opt));
        if (args.isEmpty())
            return usageError(ctx, u"demo-data: %1 needs a value"_s.arg(opt));
        const QString value = args.takeFirst();
        int64_t n = 0;
        if (opt == u"--out"_s) {
            outDir = value;
        } else if (opt == u"--kb"_s) {
            options.kbDir = value;
        } else if (opt == u"--now"_s) {
            options.nowMs = DemoTime::parseIsoUtc(value.toLatin1());
            if (options.nowMs < 0)
                return ctx.fail(u"--now expects YYYY-MM-DDTHH:MM:SSZ or YYYY-MM-DD, not '%1'"_s.arg(value));
        } else if (!parseCount(value, n)) {
            return ctx.fail(u"%1 expects a non-negative integer, not '%2'"_s.arg(opt, value));
        } else if (opt == u"--seed"_s) {
            options.seed = uint64_t(n);
        } else if (opt == u"--customers"_s) {
            options.customers = n;
        } else if (opt == u"--orders"_s) {
            options.orders = n;
        } else if (opt == u"--tickets"_s) {
            options.tickets = n;
        } else {
            options.threads = int(std::min<int64_t>(n, 1000));
        }
    }
    if (outDir.isEmpty())
        return usageError(ctx, u"demo-data: --out DIR is required"_s);
    const QString invalid = DemoGenerator::validate(options);
    if (!invalid.isEmpty())
        return ctx.fail(invalid);

    DemoSummary s;
    try {
        s = DemoGenerator(options).run(outDir, force);
    } catch (const DemoError &e) {
        return ctx.fail(e.message());
    } catch (const KbError &e) {
        return ctx.fail(u"knowledge base: "_s + e.message());
    } catch (const std::exception &e) {
        return ctx.fail(u"demo-data failed: "_s + QString::fromUtf8(e.what()));
    }

    const double rate = s.seconds > 0 ? double(s.totalRows()) / s.seconds : 0;
    if (ctx.json) {
        QJsonObject tables;
        for (int t = 0; t < kTableCount; ++t) {
            tables.insert(QString::fromLatin1(tableName(Table(t))),
                          QJsonObject{{u"rows"_s, double(s.rows[size_t(t)])},
                                      {u"bytes"_s, double(s.bytes[size_t(t)])},
                                      {u"sha256"_s, QString::fromLatin1(s.sha256[size_t(t)])}});
        }
        ctx.printJson(
            QJsonObject{{u"out"_s, outDir},
                        {u"seed"_s, QString::number(options.seed)},
                        {u"rows"_s, double(s.totalRows())},
                        {u"seconds"_s, s.seconds},
                        {u"rows_per_second"_s, rate},
                        {u"partitions"_s, s.partitions},
                        {u"threads"_s, options.threads},
                        {u"knowledge_base"_s, QJsonObject{{u"entries"_s, s.kbEntries}, {u"source"_s, s.kbSource}}},
                        {u"tables"_s, tables}});
        return Ok;
    }
    const QLocale c = QLocale::c();
    ctx.out << u"demo-data: seed %1 -> %2\n"_s.arg(QString::number(options.seed), outDir);
    for (int t = 0; t < kTableCount; ++t) {
        ctx.out << u"  "_s << QString::fromLatin1(tableName(Table(t))).leftJustified(17)
                << c.toString(qlonglong(s.rows[size_t(t)])).rightJustified(11) << u" rows "_s
                << QString::number(double(s.bytes[size_t(t)]) / (1024.0 * 1024.0), 'f', 1).rightJustified(9)
                << u" MiB\n"_s;
    }
    ctx.out << u"  total            "_s << c.toString(qlonglong(s.totalRows())).rightJustified(11) << u" rows in "_s
            << QString::number(s.seconds, 'f', 1) << u" s ("_s << c.toString(qlonglong(rate)) << u" rows/s, "_s
            << options.threads << u" threads)\n"_s;
    if (s.kbSource == u"none"_s)
        ctx.out << u"knowledge base: none embedded in this build and no --kb given; kb_articles.jsonl is empty\n"_s;
    else
        ctx.out << u"knowledge base: %1 entries from %2\n"_s.arg(s.kbEntries).arg(s.kbSource);
    ctx.out.flush();
    return Ok;
}

} // namespace panorama::cli
