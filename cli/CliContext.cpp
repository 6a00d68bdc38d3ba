#include "cli/CliContext.h"

namespace panorama::cli {

void CliContext::printJson(const QJsonDocument &doc) const
{
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

int CliContext::fail(const QString &message) const
{
    err << QStringLiteral("panoramactl: ") << message << u'\n';
    err.flush();
    return Failure;
}

int CliContext::usage(const QString &text) const
{
    err << QStringLiteral("usage: panoramactl ") << text << u'\n';
    err.flush();
    return Usage;
}

} // namespace panorama::cli
