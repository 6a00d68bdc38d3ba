// File helpers shared by the size subcommands: JSON objects and purchase records from files, with errors that
// name the file and the problem.
#include "cli/commands/SizeCli.h"

#include "core/sizing/SizingError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace panorama::sizing;

namespace panorama::cli {

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw SizingError(SizingErrorKind::InvalidRequest, u"%1: cannot be read (%2)"_s.arg(path, f.errorString()));
    return f.readAll();
}

} // namespace

QJsonObject parseJsonObject(const QByteArray &data, const QString &what)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError)
        throw SizingError(SizingErrorKind::InvalidRequest,
                          u"%1: not valid JSON (%2 at offset %3)"_s.arg(what, err.errorString()).arg(err.offset));
    if (!doc.isObject())
        throw SizingError(SizingErrorKind::InvalidRequest, u"%1: expected a JSON object"_s.arg(what));
    return doc.object();
}

QJsonObject readJsonObject(const QString &path)
{
    return parseJsonObject(readAll(path), path);
}

QJsonArray readJsonRecords(const QString &path)
{
    const QByteArray data = readAll(path).trimmed();
    if (data.startsWith('[')) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
        if (err.error != QJsonParseError::NoError)
            throw SizingError(SizingErrorKind::InvalidRequest,
                              u"%1: not valid JSON (%2 at offset %3)"_s.arg(path, err.errorString()).arg(err.offset));
        return doc.array();
    }
    QJsonArray out;
    int lineNo = 0;
    for (const QByteArray &line : data.split('\n')) {
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        out.append(parseJsonObject(line, u"%1 line %2"_s.arg(path).arg(lineNo)));
    }
    return out;
}

} // namespace panorama::cli
