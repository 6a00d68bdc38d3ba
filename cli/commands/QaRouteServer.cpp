#include "cli/commands/QaRouteServer.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace panorama::cli {

EngineServerClient::EngineServerClient(CliContext &ctx) : m_ctx(ctx) {}

EngineServerClient::~EngineServerClient() = default;

QString EngineServerClient::optionsUsage()
{
    return u"--server URL --user NAME --password-stdin"_s;
}

std::optional<QJsonObject> EngineServerClient::wait(const std::function<void(ServerApi::Callback)> &send)
{
    QEventLoop loop;
    ApiResult result;
    bool done = false;
    send([&](const ApiResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    if (!result.ok()) {
        m_ctx.fail(result.networkError
                       ? u"cannot reach %1: %2"_s.arg(m_api->server().toString(), result.message)
                       : u"the server refused (%1 %2): %3"_s.arg(result.status).arg(result.code, result.message));
        return std::nullopt;
    }
    return result.json;
}

int EngineServerClient::login(QStringList &args)
{
    QString user;
    bool passwordStdin = false;
    for (int i = 0; i < args.size();) {
        if (args[i] == u"--user" && i + 1 < args.size()) {
            user = args[i + 1];
            args.remove(i, 2);
        } else if (args[i] == u"--password-stdin") {
            passwordStdin = true;
            args.remove(i);
        } else {
            ++i;
        }
    }
    if (m_ctx.serverUrl.isEmpty() || user.isEmpty() || !passwordStdin) {
        m_ctx.err << u"panoramactl: this command talks to panorama-server: give "_s << optionsUsage() << u'\n';
        return Usage;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Text)) {
        return m_ctx.fail(u"cannot read the password from standard input"_s);
    }
    const QString password = QString::fromUtf8(in.readLine()).trimmed();
    m_api = std::make_unique<ServerApi>(QUrl(m_ctx.serverUrl));
    const auto answer = wait([&](ServerApi::Callback done) {
        m_api->post(u"/auth/login"_s,
                    {{u"username"_s, user}, {u"password"_s, password}, {u"device"_s, QSysInfo::machineHostName()}},
                    std::move(done));
    });
    if (!answer)
        return Failure;
    m_api->setAccessToken(answer->value(u"access_token"_s).toString());
    return Ok;
}

std::optional<QJsonObject> EngineServerClient::get(const QString &path, const QUrlQuery &query)
{
    return wait([&](ServerApi::Callback done) { m_api->get(path, query, std::move(done)); });
}

std::optional<QJsonObject> EngineServerClient::post(const QString &path, const QJsonObject &body)
{
    return wait([&](ServerApi::Callback done) { m_api->post(path, body, std::move(done)); });
}

int runServerRules(CliContext &ctx, QStringList args, const QString &group, const QString &endpoint,
                   const std::function<void(CliContext &, const QJsonObject &)> &describe)
{
    const QString usage =
        u"%1 rules list|get [--out FILE]|set FILE %2 [--json]"_s.arg(group, EngineServerClient::optionsUsage());
    if (args.isEmpty())
        return ctx.usage(usage);
    const QString sub = args.takeFirst();
    QString out;
    if (const qsizetype i = args.indexOf(u"--out"_s); i >= 0 && i + 1 < args.size()) {
        out = args[i + 1];
        args.remove(i, 2);
    }
    if (args.removeAll(u"--json"_s) > 0)
        ctx.json = true;
    QJsonObject file;
    if (sub == u"set") {
        if (args.isEmpty() || args.first().startsWith(u"--"_s))
            return ctx.usage(usage);
        const QString path = args.takeFirst();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(u"cannot read %1: %2"_s.arg(path, f.errorString()));
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return ctx.fail(u"%1 is not a JSON object: %2 at byte %3"_s.arg(path, err.errorString()).arg(err.offset));
        file = doc.object();
    } else if (sub != u"list" && sub != u"get") {
        return ctx.usage(usage);
    }
    EngineServerClient client(ctx);
    if (const int rc = client.login(args); rc != Ok)
        return rc;
    if (!args.isEmpty())
        return ctx.usage(usage);
    if (sub == u"set") {
        const auto r = client.post(endpoint, file);
        if (!r)
            return Failure;
        if (ctx.json)
            ctx.printJson(*r);
        else
            ctx.out << u"stored revision "_s << r->value(u"revision"_s).toInteger() << u", version "_s
                    << r->value(u"version"_s).toString() << u'\n';
        for (const QJsonValue &w : r->value(u"info"_s).toObject().value(u"warnings"_s).toArray())
            ctx.err << u"warning: "_s << w.toString() << u'\n';
        return Ok;
    }
    const auto r = client.get(endpoint);
    if (!r)
        return Failure;
    const QByteArray body = r->value(u"body"_s).toString().toUtf8();
    if (sub == u"get") {
        if (out.isEmpty()) {
            ctx.out << QString::fromUtf8(body);
            return Ok;
        }
        QFile f(out);
        if (!f.open(QIODevice::WriteOnly) || f.write(body) != body.size())
            return ctx.fail(u"cannot write %1: %2"_s.arg(out, f.errorString()));
        return Ok;
    }
    const QJsonObject rules = QJsonDocument::fromJson(body).object();
    if (ctx.json) {
        QJsonObject o = *r;
        o.remove(u"body"_s);
        o.insert(u"rules"_s, rules.value(u"rules"_s));
        ctx.printJson(o);
        return Ok;
    }
    ctx.out << u"revision "_s << r->value(u"revision"_s).toInteger() << u", version "_s
            << r->value(u"version"_s).toString() << u'\n';
    describe(ctx, rules);
    return Ok;
}

int runRouteRules(CliContext &ctx, QStringList args)
{
    return runServerRules(
        ctx, std::move(args), u"route"_s, u"/routing/rules"_s, [](CliContext &c, const QJsonObject &file) {
            for (const QJsonValue &v : file.value(u"rules"_s).toArray()) {
                const QJsonObject r = v.toObject();
                const QJsonObject then = r.value(u"then"_s).toObject();
                c.out << u"  "_s << r.value(u"id"_s).toString().leftJustified(26)
                      << then.value(u"team"_s).toString(u"-"_s).leftJustified(14)
                      << QString::fromUtf8(QJsonDocument(r.value(u"when"_s).toObject()).toJson(QJsonDocument::Compact))
                      << u'\n';
            }
        });
}

int runRouteRetrain(CliContext &ctx, QStringList args)
{
    if (args.removeAll(u"--json"_s) > 0)
        ctx.json = true;
    EngineServerClient client(ctx);
    if (const int rc = client.login(args); rc != Ok)
        return rc;
    if (!args.isEmpty())
        return ctx.usage(u"route retrain "_s + EngineServerClient::optionsUsage() + u" [--json]"_s);
    const auto r = client.post(u"/routing/train"_s, {});
    if (!r)
        return Failure;
    if (ctx.json) {
        ctx.printJson(*r);
        return Ok;
    }
    const QJsonObject model = r->value(u"model"_s).toObject();
    const QJsonObject report = r->value(u"report"_s).toObject();
    ctx.out << u"model "_s << model.value(u"version"_s).toString() << u" (revision "_s
            << model.value(u"revision"_s).toInteger() << u"): "_s << report.value(u"history_examples"_s).toInt()
            << u" labelled tickets, "_s << report.value(u"agent_corrections"_s).toInt() << u" agent corrections, "_s
            << report.value(u"training_source"_s).toString() << u'\n';
    return Ok;
}

} // namespace panorama::cli
