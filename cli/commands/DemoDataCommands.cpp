#include "cli/Commands.h"

using namespace Qt::StringLiterals;

namespace panorama::cli {

// Placeholder until the demo-data command group lands; it says so instead of pretending.
int runDemoData(CliContext &ctx)
{
    return ctx.fail(u"'demo-data' is not available in this build yet"_s);
}

} // namespace panorama::cli
