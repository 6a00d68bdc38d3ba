#include "cli/Commands.h"

using namespace Qt::StringLiterals;

namespace panorama::cli {

// Placeholder until the qa command group lands; it says so instead of pretending.
int runQa(CliContext &ctx)
{
    return ctx.fail(u"'qa' is not available in this build yet"_s);
}

} // namespace panorama::cli
