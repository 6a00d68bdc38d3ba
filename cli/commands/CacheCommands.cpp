#include "cli/Commands.h"

using namespace Qt::StringLiterals;

namespace panorama::cli {

// Placeholder until the cache command group lands; it says so instead of pretending.
int runCache(CliContext &ctx)
{
    return ctx.fail(u"'cache' is not available in this build yet"_s);
}

} // namespace panorama::cli
