#pragma once

#include "cli/CliContext.h"
#include "core/sync/ServerApi.h"

#include <optional>

// Shared by `qa rules list|get|set` and `route rules|retrain`: one authenticated request to panorama-server's
// engine endpoints (--server URL, --user NAME, password on standard input: --password-stdin).
namespace panorama::cli {

class EngineServerClient final
{
public:
    explicit EngineServerClient(CliContext &ctx);
    ~EngineServerClient();

    // Takes --user and --password-stdin out of args and logs in: Ok, Usage (options missing) or Failure (refused,
    // unreachable), with the cause printed.
    int login(QStringList &args);
    // One request; a refusal (4xx/5xx) or network failure is printed with the server's message.
    std::optional<QJsonObject> get(const QString &path, const QUrlQuery &query = {});
    std::optional<QJsonObject> post(const QString &path, const QJsonObject &body);

    static QString optionsUsage(); // "--server URL --user NAME --password-stdin"

private:
    std::optional<QJsonObject> wait(const std::function<void(ServerApi::Callback)> &send);

    CliContext &m_ctx;
    std::unique_ptr<ServerApi> m_api;
};

// The rule-file editing commands: `<group> rules list|get|set FILE` against the server's `<endpoint>`
// (/api/v1/qa/rules or /api/v1/routing/rules). `describe` prints a list for the body of a rule file.
int runServerRules(CliContext &ctx, QStringList args, const QString &group, const QString &endpoint,
                   const std::function<void(CliContext &, const QJsonObject &)> &describe);

// `route rules list|get|set FILE` and `route retrain` (the server trains on its labelled history and stores the model).
int runRouteRules(CliContext &ctx, QStringList args);
int runRouteRetrain(CliContext &ctx, QStringList args);

} // namespace panorama::cli
