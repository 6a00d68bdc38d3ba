#include "BenchDatasets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;
using namespace panorama::search;

namespace panorama::bench {

namespace {

// RFC 4180 CSV (quoted fields may hold commas, quotes and newlines).
QList<QStringList> readCsv(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1"_s.arg(path);
        return {};
    }
    const QString text = QString::fromUtf8(f.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
        } else if (c != u'\r') {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

SearchDocument intentDocument(const QString &intent, const QStringList &utterances, const QString &category)
{
    SearchDocument d;
    d.id = intent;
    d.title = QString(intent).replace(u'_', u' ');
    d.body = utterances.join(u'\n');
    d.lang = u"en"_s;
    d.category = category;
    return d;
}

} // namespace

QString datasetsDir()
{
    return QStringLiteral(PANORAMA_SOURCE_DIR) + u"/../shared/datasets"_s;
}

RetrievalSet clinc150(QString *error, int perDocument)
{
    RetrievalSet set;
    set.name = u"clinc150"_s;
    set.provenance = u"CLINC150 data_full.json: 150 documents (title = intent name with spaces, body = its 100 "
                     u"training utterances); 4,500 in-scope test utterances as queries"_s;
    QFile f(datasetsDir() + u"/clinc150/data_full.json"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1"_s.arg(f.fileName());
        return set;
    }
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QMap<QString, QStringList> byIntent;
    for (const QJsonValue &v : root.value(u"train"_s).toArray())
        byIntent[v.toArray().at(1).toString()].append(v.toArray().at(0).toString());
    for (auto it = byIntent.begin(); it != byIntent.end(); ++it)
        set.documents.append(
            intentDocument(it.key(), perDocument > 0 ? it.value().mid(0, perDocument) : it.value(), QString()));
    if (perDocument > 0) {
        set.name += u"-%1"_s.arg(perDocument);
        set.provenance += u"; documents cut to their first %1 training utterances"_s.arg(perDocument);
    }
    // PANORAMA_BENCH_CLINC_SPLIT=val takes the 3,000 validation utterances as queries (for choosing settings).
    const QString split = qEnvironmentVariable("PANORAMA_BENCH_CLINC_SPLIT", u"test"_s);
    for (const QJsonValue &v : root.value(split).toArray())
        set.queries.append({v.toArray().at(0).toString(), {v.toArray().at(1).toString()}});
    if (split != u"test"_s) {
        set.name += u"-"_s + split;
        set.provenance += u"; queries from the '%1' split"_s.arg(split);
    }
    return set;
}

RetrievalSet bitext(QString *error, int perDocument)
{
    RetrievalSet set;
    set.name = u"bitext"_s;
    set.provenance = u"Bitext 4,514-row sample: per intent a seeded (20240601) 80/20 split of the instructions; 27 "
                     u"documents from the 80 %, the 20 % as queries"_s;
    const QList<QStringList> rows =
        readCsv(datasetsDir() + u"/bitext_customer_support/bitext_cs_4514_v2023-08-18.csv"_s, error);
    if (rows.size() < 2)
        return set;
    const QStringList header = rows.first();
    const qsizetype iText = header.indexOf(u"instruction"_s), iIntent = header.indexOf(u"intent"_s),
                    iCat = header.indexOf(u"category"_s);
    QMap<QString, QStringList> byIntent;
    QMap<QString, QString> category;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        if (rows[r].size() != header.size())
            continue;
        byIntent[rows[r][iIntent]].append(rows[r][iText]);
        category[rows[r][iIntent]] = rows[r][iCat];
    }
    std::mt19937_64 rng(20240601);
    for (auto it = byIntent.begin(); it != byIntent.end(); ++it) {
        QStringList u = it.value();
        std::shuffle(u.begin(), u.end(), rng);
        const qsizetype cut = u.size() * 8 / 10;
        set.documents.append(intentDocument(it.key(),
                                            u.mid(0, perDocument > 0 ? std::min<qsizetype>(cut, perDocument) : cut),
                                            category.value(it.key())));
        for (const QString &q : u.mid(cut))
            set.queries.append({q, {it.key()}});
    }
    if (perDocument > 0) {
        set.name += u"-%1"_s.arg(perDocument);
        set.provenance += u"; documents cut to %1 utterances of the 80 %"_s.arg(perDocument);
    }
    return set;
}

RetrievalSet abcd(const QString &lang, QString *error)
{
    RetrievalSet set;
    set.name = u"abcd-"_s + lang;
    set.provenance = u"ABCD guidelines, 55 subflow documents (kb_55_subflows.jsonl); queries written by the "
                     u"Panorama team (bench/search/abcd_queries.jsonl, lang=%1), not from the dataset"_s.arg(lang);
    QFile f(datasetsDir() + u"/abcd/kb_55_subflows.jsonl"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1"_s.arg(f.fileName());
        return set;
    }
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        if (auto d = SearchDocument::fromJson(QJsonDocument::fromJson(line).object(), error))
            set.documents.append(*d);
    }
    QFile q(QStringLiteral(PANORAMA_SOURCE_DIR) + u"/bench/search/abcd_queries.jsonl"_s);
    if (!q.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1"_s.arg(q.fileName());
        return set;
    }
    while (!q.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(q.readLine()).object();
        if (o.value(u"lang"_s).toString() != lang)
            continue;
        QStringList relevant;
        for (const QJsonValue &v : o.value(u"relevant"_s).toArray())
            relevant.append(v.toString());
        set.queries.append({o.value(u"query"_s).toString(), relevant});
    }
    return set;
}

bool writeSet(const RetrievalSet &set, const QString &dir, QString *error)
{
    QDir().mkpath(dir);
    QFile docs(dir + u"/"_s + set.name + u"_corpus.jsonl"_s);
    QFile queries(dir + u"/"_s + set.name + u"_queries.jsonl"_s);
    if (!docs.open(QIODevice::WriteOnly) || !queries.open(QIODevice::WriteOnly)) {
        *error = u"cannot write into %1"_s.arg(dir);
        return false;
    }
    for (const SearchDocument &d : set.documents)
        docs.write(QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact) + '\n');
    for (const EvalQuery &q : set.queries)
        queries.write(
            QJsonDocument(QJsonObject{{u"query"_s, q.query}, {u"relevant"_s, QJsonArray::fromStringList(q.relevant)}})
                .toJson(QJsonDocument::Compact) +
            '\n');
    return true;
}

} // namespace panorama::bench
