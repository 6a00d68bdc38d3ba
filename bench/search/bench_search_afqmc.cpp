// AFQMC dev pairs (Chinese paraphrase): ROC AUC of the built-in encoder versus char TF-IDF cosine.
#include "core/search/Evaluation.h"
#include "core/search/LsaEncoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace panorama::search;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QFile f(QStringLiteral(PANORAMA_SOURCE_DIR) + u"/../shared/datasets/afqmc/dev.json"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        out << "cannot open " << f.fileName() << "\n";
        return 1;
    }
    QStringList a, b;
    QList<int> labels;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        a.append(o.value(u"sentence1"_s).toString());
        b.append(o.value(u"sentence2"_s).toString());
        labels.append(o.value(u"label"_s).toString().toInt());
    }
    const bool noStop = qEnvironmentVariableIsSet("NOSTOP");
    const bool noConcept = qEnvironmentVariableIsSet("NOCONCEPT");
    const Analyzer analyzer(noConcept ? SynonymLexicon() : SynonymLexicon::builtIn(),
                            noStop ? StopWords::fromText({}, {}) : StopWords::builtIn());
    QStringList corpus = a + b;
    const QStringList args = app.arguments();
    for (int dim : {128, 256}) {
        for (double p : {0.5, 1.0}) {
            LsaOptions opt;
            opt.dimension = dim;
            opt.singularPower = p;
            opt.minDocumentFrequency = 2;
            opt.removeCommonComponent = !qEnvironmentVariableIsSet("KEEPCOMMON");
            QElapsedTimer t;
            t.start();
            auto enc = LsaEncoder::train(corpus, analyzer, opt);
            const qint64 trainMs = t.elapsed();
            QList<double> lsa, sparse, blend;
            for (int i = 0; i < a.size(); ++i) {
                const auto ta = enc->analyze(a[i]), tb = enc->analyze(b[i]);
                const double c = dot(enc->encodeTokens(a[i], ta), enc->encodeTokens(b[i], tb));
                const double s = LsaEncoder::sparseCosine(enc->tfidf(ta), enc->tfidf(tb));
                lsa.append(c);
                sparse.append(s);
                blend.append(0.5 * c + 0.5 * s);
            }
            out << "dim " << dim << " p " << p << " train " << trainMs << " ms  AUC lsa " << eval::rocAuc(lsa, labels)
                << " tfidf " << eval::rocAuc(sparse, labels) << " blend " << eval::rocAuc(blend, labels) << "\n";
            out.flush();
        }
    }
    return 0;
}
