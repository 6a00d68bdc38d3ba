// panoramactl customer set-tag | set-measurements: customer changes that work offline and sync later.
// runCustomer (CustomerCommands.cpp) hands these two verbs to runCustomerEdit.
#include "cli/Commands.h"
#include "cli/commands/SyncSession.h"
#include "core/sync/SyncError.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace panorama::cli {

namespace {

const QString kUsage =
    u"--profile DIR customer set-tag CUSTOMER --dimension basic|behavior|scenario --key K --value V [--weight 0..1]\n"
    "       panoramactl --profile DIR customer set-measurements CUSTOMER [--height CM] [--weight KG] [--chest CM]"
    " [--waist CM] [--hips CM] [--fit slim|regular|loose]  (a value of 'none' clears it)"_s;

} // namespace

int runCustomerEdit(CliContext &ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(kUsage);
    const QString verb = ctx.args.takeFirst();
    SyncSession session(ctx);
    QString id;
    try {
        if (verb == u"set-tag"_s) {
            const QString dimension = SyncSession::takeValue(ctx.args, u"--dimension"_s);
            const QString key = SyncSession::takeValue(ctx.args, u"--key"_s);
            const QString value = SyncSession::takeValue(ctx.args, u"--value"_s);
            const QString weightText = SyncSession::takeValue(ctx.args, u"--weight"_s);
            if (ctx.args.size() != 1 || dimension.isEmpty() || key.isEmpty())
                return ctx.usage(kUsage);
            std::optional<double> weight;
            if (!weightText.isEmpty()) {
                bool ok = false;
                weight = weightText.toDouble(&ok);
                if (!ok)
                    return ctx.fail(u"--weight must be a number from 0 to 1, not '%1'"_s.arg(weightText));
            }
            if (!session.open())
                return Failure;
            id = session.engine().editor().setCustomerTag(ctx.args.first(), dimension, key, value, weight);
        } else if (verb == u"set-measurements"_s) {
            QJsonObject fields;
            const QList<std::pair<QString, QString>> options = {{u"--height"_s, u"height_cm"_s},
                                                                {u"--weight"_s, u"weight_kg"_s},
                                                                {u"--chest"_s, u"chest_cm"_s},
                                                                {u"--waist"_s, u"waist_cm"_s},
                                                                {u"--hips"_s, u"hips_cm"_s}};
            for (const auto &[opt, field] : options) {
                const QString v = SyncSession::takeValue(ctx.args, opt);
                if (v.isEmpty())
                    continue;
                bool ok = false;
                const double d = v.toDouble(&ok);
                if (v == u"none"_s)
                    fields.insert(field, QJsonValue::Null);
                else if (!ok)
                    return ctx.fail(u"%1 must be a number, not '%2'"_s.arg(opt, v));
                else
                    fields.insert(field, d);
            }
            const QString fit = SyncSession::takeValue(ctx.args, u"--fit"_s);
            if (!fit.isEmpty())
                fields.insert(u"fit_preference"_s, fit == u"none"_s ? QJsonValue(QJsonValue::Null) : QJsonValue(fit));
            if (ctx.args.size() != 1 || fields.isEmpty())
                return ctx.usage(kUsage);
            if (!session.open())
                return Failure;
            id = session.engine().editor().setCustomerMeasurements(ctx.args.first(), fields);
        } else {
            return ctx.usage(kUsage);
        }
    } catch (const SyncError &e) {
        return ctx.fail(e.message());
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"id"_s, id}, {u"queued"_s, true}});
    else
        ctx.out << u"saved offline (%1); 'panoramactl sync' sends it\n"_s.arg(id);
    return Ok;
}

} // namespace panorama::cli
