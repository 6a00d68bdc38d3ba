#include "cli/Commands.h"

using namespace Qt::StringLiterals;

namespace panorama::cli {

// Placeholder until the customer command group lands; it says so instead of pretending.
int runCustomer(CliContext &ctx)
{
    return ctx.fail(u"'customer' is not available in this build yet"_s);
}

} // namespace panorama::cli
