#include "core/search/SynonymLexicon.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace panorama::search {

bool SynonymLexicon::isValidConceptId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_'))
            return false;
    }
    return true;
}

std::optional<SynonymLexicon> SynonymLexicon::parse(const QString &text, QString *error)
{
    SynonymLexicon lex;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        const QString conceptId = eq < 0 ? QString() : line.left(eq).trimmed();
        if (eq < 0 || !isValidConceptId(conceptId)) {
            if (error)
                *error =
                    u"lexicon line %1: expected 'concept_id = term, term' with a conceptId id of a-z, 0-9, _"_s.arg(i +
                                                                                                                    1);
            return std::nullopt;
        }
        QStringList terms;
        const QStringList parts = line.mid(eq + 1).split(u',');
        for (const QString &p : parts) {
            if (!p.trimmed().isEmpty())
                terms.append(p.trimmed());
        }
        if (terms.isEmpty()) {
            if (error)
                *error = u"lexicon line %1: conceptId '%2' has no terms"_s.arg(i + 1).arg(conceptId);
            return std::nullopt;
        }
        lex.addTerms(conceptId, terms);
    }
    return lex;
}

std::optional<SynonymLexicon> SynonymLexicon::fromJson(const QJsonObject &json, QString *error)
{
    SynonymLexicon lex;
    const QJsonValue concepts = json.value(u"concepts"_s);
    if (!concepts.isObject()) {
        if (error)
            *error = u"lexicon JSON: 'concepts' must be an object of conceptId id → array of terms"_s;
        return std::nullopt;
    }
    const QJsonObject obj = concepts.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (!isValidConceptId(it.key()) || !it.value().isArray()) {
            if (error)
                *error =
                    u"lexicon JSON: conceptId '%1' needs an id of a-z, 0-9, _ and an array of terms"_s.arg(it.key());
            return std::nullopt;
        }
        QStringList terms;
        const QJsonArray arr = it.value().toArray();
        for (const QJsonValue &v : arr) {
            if (!v.isString() || v.toString().trimmed().isEmpty()) {
                if (error)
                    *error = u"lexicon JSON: conceptId '%1' has a term that is not a non-empty string"_s.arg(it.key());
                return std::nullopt;
            }
            terms.append(v.toString().trimmed());
        }
        lex.addTerms(it.key(), terms);
    }
    return lex;
}

QJsonObject SynonymLexicon::toJson() const
{
    QJsonObject concepts;
    for (auto it = m_concepts.begin(); it != m_concepts.end(); ++it)
        concepts.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return {{u"version"_s, 1}, {u"concepts"_s, concepts}};
}

void SynonymLexicon::addTerms(const QString &conceptId, const QStringList &terms)
{
    QStringList &list = m_concepts[conceptId];
    for (const QString &t : terms) {
        if (!list.contains(t))
            list.append(t);
    }
}

void SynonymLexicon::merge(const SynonymLexicon &other)
{
    for (auto it = other.m_concepts.begin(); it != other.m_concepts.end(); ++it)
        addTerms(it.key(), it.value());
}

const SynonymLexicon &SynonymLexicon::builtIn()
{
    static const SynonymLexicon lex = [] {
        QFile f(u":/panorama/search/lexicon.txt"_s);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("panorama_search: built-in lexicon resource is missing");
        QString error;
        auto parsed = parse(QString::fromUtf8(f.readAll()), &error);
        if (!parsed)
            qFatal("panorama_search: built-in lexicon is invalid: %s", qPrintable(error));
        return *parsed;
    }();
    return lex;
}

} // namespace panorama::search
