// Xapian first: its headers use "slots" as an identifier, which Qt's keywords would break.
#include <xapian.h>

#include "XapianBaseline.h"

namespace panorama::bench {

struct XapianBaseline::Impl
{
    Xapian::WritableDatabase db{std::string(), Xapian::DB_BACKEND_INMEMORY};
    Xapian::Stem stemmer{"english"};
};

XapianBaseline::XapianBaseline() : d(std::make_unique<Impl>()) {}

XapianBaseline::~XapianBaseline() = default;

void XapianBaseline::index(const QList<search::SearchDocument> &documents)
{
    Xapian::TermGenerator gen;
    gen.set_stemmer(d->stemmer);
    gen.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
    for (const search::SearchDocument &doc : documents) {
        Xapian::Document xd;
        gen.set_document(xd);
        // Title weighted like ours (4×), then tags, then the body.
        gen.index_text(doc.title.toStdString(), 4);
        gen.increase_termpos();
        gen.index_text(doc.tags.join(QLatin1Char(' ')).toStdString(), 2);
        gen.increase_termpos();
        gen.index_text(QString(doc.problem + QLatin1Char('\n') + doc.body).toStdString());
        xd.set_data(doc.id.toStdString());
        d->db.add_document(xd);
    }
    d->db.commit();
}

QStringList XapianBaseline::search(const QString &query, int limit) const
{
    Xapian::QueryParser qp;
    qp.set_stemmer(d->stemmer);
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp.set_default_op(Xapian::Query::OP_OR);
    qp.set_database(d->db);
    Xapian::Enquire enquire(d->db);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    QStringList out;
    try {
        enquire.set_query(qp.parse_query(query.toStdString(),
                                         Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM));
        const Xapian::MSet mset = enquire.get_mset(0, Xapian::doccount(limit));
        for (auto it = mset.begin(); it != mset.end(); ++it)
            out.append(QString::fromStdString(it.get_document().get_data()));
    } catch (const Xapian::Error &) {
        // A query Xapian's parser rejects counts as a miss, as it would for a user.
    }
    return out;
}

} // namespace panorama::bench
