#pragma once

#include "core/search/RetrievalEvaluator.h"
#include "core/search/SearchDocument.h"

#include <QList>
#include <QString>

// Retrieval sets built from the public datasets in ../shared/datasets (read there, never copied).
namespace panorama::bench {

struct RetrievalSet
{
    QString name;
    QString provenance; // how documents and queries were made
    QList<search::SearchDocument> documents;
    QList<search::EvalQuery> queries;
};

QString datasetsDir();
// CLINC150: one document per in-scope intent from its training utterances; test utterances as queries.
// perDocument > 0 keeps only that many utterances per document (the first ones in the file's order / the seeded
// shuffle): a KB article written with a few phrasings, where queries rarely repeat a document's words.
RetrievalSet clinc150(QString *error, int perDocument = 0);
// Bitext: a seeded 80/20 split per intent; documents from the 80 %, queries from the 20 %.
RetrievalSet bitext(QString *error, int perDocument = 0);
// ABCD guidelines (55 subflow documents) with the team-written queries in bench/search/abcd_queries.jsonl.
RetrievalSet abcd(const QString &lang, QString *error);

// Writes documents and queries as JSON Lines for `panoramactl kb eval`.
bool writeSet(const RetrievalSet &set, const QString &dir, QString *error);

} // namespace panorama::bench
