// `panoramactl size ...`: the sizing assistant from the command line.
#include "cli/Commands.h"
#include "cli/commands/SizeCli.h"

using namespace Qt::StringLiterals;

namespace panorama::cli {

SizeArgs::SizeArgs(QStringList args) : m_args(std::move(args)) {}

bool SizeArgs::has(const QString &flag)
{
    const int i = int(m_args.indexOf(flag));
    if (i < 0)
        return false;
    m_used.insert(i);
    return true;
}

QString SizeArgs::value(const QString &name, const QString &fallback)
{
    const int i = int(m_args.indexOf(name));
    if (i < 0 || i + 1 >= m_args.size())
        return fallback;
    m_used.insert(i);
    m_used.insert(i + 1);
    return m_args.at(i + 1);
}

QString SizeArgs::unknown() const
{
    for (int i = 0; i < m_args.size(); ++i) {
        if (!m_used.contains(i))
            return m_args.at(i);
    }
    return {};
}

int runSize(CliContext &ctx)
{
    const QString usage = u"size recommend|eval|train|learn [OPTIONS] (--help on each)"_s;
    if (ctx.args.isEmpty())
        return ctx.usage(usage);
    const QString sub = ctx.args.first();
    const QStringList rest = ctx.args.mid(1);
    if (sub == u"recommend"_s)
        return runSizeRecommend(ctx, rest);
    if (sub == u"eval"_s)
        return runSizeEval(ctx, rest);
    if (sub == u"train"_s)
        return runSizeTrain(ctx, rest);
    if (sub == u"learn"_s)
        return runSizeLearn(ctx, rest);
    return ctx.usage(usage);
}

} // namespace panorama::cli
