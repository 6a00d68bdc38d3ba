#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// Helpers shared by the demo-data tests: run the generator into a directory and read its JSON Lines back.
namespace DemoFixture {

// Runs the generator with a small size; returns an error message or an empty string.
QString generate(const QString &dir, quint64 seed, int threads = 2, qint64 customers = 500, qint64 orders = 5000,
                 qint64 tickets = 1000);
// Every row of <dir>/<table>.jsonl, parsed; a parse failure fails the calling test through QVERIFY in the caller.
QList<QJsonObject> rows(const QString &dir, const QString &table, QString *error = nullptr);
QByteArray readFile(const QString &path);

} // namespace DemoFixture
