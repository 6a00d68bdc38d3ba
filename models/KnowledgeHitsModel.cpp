#include "models/KnowledgeHitsModel.h"

#include "models/Display.h"
#include "models/ModelRoles.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panorama {

KnowledgeHitsModel::KnowledgeHitsModel(QObject *parent) : QAbstractListModel(parent) {}

void KnowledgeHitsModel::setResults(const search::SearchResults &results)
{
    beginResetModel();
    m_query = results.query;
    m_hits = results.hits;
    endResetModel();
}

const search::SearchHit *KnowledgeHitsModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

QString KnowledgeHitsModel::documentId(const QString &slug, const QString &language)
{
    return u"kb:%1:%2"_s.arg(slug, language);
}

bool KnowledgeHitsModel::parseDocumentId(const QString &id, QString *slug, QString *language)
{
    if (!id.startsWith(u"kb:"_s) || id.count(u':') != 2)
        return false;
    *slug = id.section(u':', 1, 1);
    *language = id.section(u':', 2, 2);
    return !slug->isEmpty() && !language->isEmpty();
}

QString KnowledgeHitsModel::highlighted(const QString &text, const QList<search::HighlightSpan> &spans)
{
    QList<search::HighlightSpan> sorted = spans;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
    QString out;
    int at = 0;
    for (const search::HighlightSpan &s : std::as_const(sorted)) {
        if (s.start < at || s.start + s.length > text.size())
            continue; // overlapping or out of range: skip rather than garble the text
        out += text.mid(at, s.start - at).toHtmlEscaped();
        out += u"<b>"_s + text.mid(s.start, s.length).toHtmlEscaped() + u"</b>"_s;
        at = s.start + s.length;
    }
    out += text.mid(at).toHtmlEscaped();
    return out;
}

int KnowledgeHitsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant KnowledgeHitsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const search::SearchHit &h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return h.title;
    case Qt::ToolTipRole:
        return h.snippet;
    case Qt::AccessibleTextRole:
        return u"%1. %2"_s.arg(h.title, h.snippet);
    case SnippetHtmlRole:
        return highlighted(h.snippet, h.snippetHighlights);
    case IdRole:
        return h.documentId;
    case LanguageRole:
        return h.lang;
    case KindRole:
        return search::SearchDocument::typeName(h.type);
    case CategoryRole:
        return h.category;
    case ScoreRole:
    case RawRole:
        return h.score;
    default:
        return {};
    }
}

} // namespace panorama
