#include "DemoFixture.h"

#include "core/demo/DemoGenerator.h"
#include "core/demo/DemoOutput.h"
#include "core/demo/KbSource.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace DemoFixture {

QString generate(const QString &dir, quint64 seed, int threads, qint64 customers, qint64 orders, qint64 tickets)
{
    panorama::demo::DemoOptions o;
    o.seed = seed;
    o.customers = customers;
    o.orders = orders;
    o.tickets = tickets;
    o.threads = threads;
    try {
        panorama::demo::DemoGenerator(o).run(dir, false);
    } catch (const panorama::demo::DemoError &e) {
        return e.message();
    } catch (const panorama::demo::KbError &e) {
        return e.message();
    }
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QList<QJsonObject> rows(const QString &dir, const QString &table, QString *error)
{
    QList<QJsonObject> out;
    const QByteArray data = readFile(QDir(dir).filePath(table + u".jsonl"_s));
    qsizetype line = 0;
    for (const QByteArray &l : data.split('\n')) {
        ++line;
        if (l.isEmpty())
            continue;
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(l, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            if (error)
                *error = u"%1.jsonl:%2: %3"_s.arg(table).arg(line).arg(err.errorString());
            return {};
        }
        out << doc.object();
    }
    return out;
}

} // namespace DemoFixture
