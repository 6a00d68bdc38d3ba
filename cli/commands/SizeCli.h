#pragma once

#include "cli/CliContext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace panorama::cli {

// Option parsing shared by the size subcommands: "--name value" pairs and bare flags, with a check that
// nothing unknown was passed (a typo must not silently fall back to a default).
class SizeArgs
{
public:
    explicit SizeArgs(QStringList args);

    bool has(const QString &flag);
    QString value(const QString &name, const QString &fallback = {});
    // The first argument never asked for, or empty.
    QString unknown() const;

private:
    QStringList m_args;
    QSet<int> m_used;
};

// JSON from files; errors are SizingError(InvalidRequest) naming the file (and line for JSON Lines).
QJsonObject parseJsonObject(const QByteArray &data, const QString &what);
QJsonObject readJsonObject(const QString &path);
// A JSON array, or JSON Lines with one object per line.
QJsonArray readJsonRecords(const QString &path);

int runSizeEval(CliContext &ctx, const QStringList &args);
int runSizeTrain(CliContext &ctx, const QStringList &args);
int runSizeRecommend(CliContext &ctx, const QStringList &args);
int runSizeLearn(CliContext &ctx, const QStringList &args);

} // namespace panorama::cli
