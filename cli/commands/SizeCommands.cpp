#include "cli/Commands.h"

using namespace Qt::StringLiterals;

namespace panorama::cli {

// Placeholder until the size command group lands; it says so instead of pretending.
int runSize(CliContext &ctx)
{
    return ctx.fail(u"'size' is not available in this build yet"_s);
}

} // namespace panorama::cli
