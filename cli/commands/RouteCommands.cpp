#include "cli/Commands.h"

using namespace Qt::StringLiterals;

namespace panorama::cli {

// Placeholder until the route command group lands; it says so instead of pretending.
int runRoute(CliContext &ctx)
{
    return ctx.fail(u"'route' is not available in this build yet"_s);
}

} // namespace panorama::cli
