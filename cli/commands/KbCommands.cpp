#include "cli/Commands.h"

using namespace Qt::StringLiterals;

namespace panorama::cli {

// Placeholder until the kb command group lands; it says so instead of pretending.
int runKb(CliContext &ctx)
{
    return ctx.fail(u"'kb' is not available in this build yet"_s);
}

} // namespace panorama::cli
