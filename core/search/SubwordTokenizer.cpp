#include "core/search/SubwordTokenizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

using namespace Qt::StringLiterals;

namespace panorama::search {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

bool isPunct(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 33 && u <= 47) || (u >= 58 && u <= 64) || (u >= 91 && u <= 96) || (u >= 123 && u <= 126))
        return true;
    return c.isPunct();
}

const QString kMetaspace = QString(QChar(0x2581));

} // namespace

std::optional<SubwordTokenizer> SubwordTokenizer::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"%1: cannot open (%2)"_s.arg(path, f.errorString());
        return std::nullopt;
    }
    auto t = fromJson(f.readAll(), error);
    if (!t && error)
        *error = path + u": "_s + *error;
    return t;
}

std::optional<SubwordTokenizer> SubwordTokenizer::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [&](const QString &m) -> std::optional<SubwordTokenizer> {
        if (error)
            *error = m;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonObject root = QJsonDocument::fromJson(json, &pe).object();
    if (pe.error != QJsonParseError::NoError)
        return fail(u"not valid JSON (%1)"_s.arg(pe.errorString()));
    const QJsonObject model = root.value(u"model"_s).toObject();
    const QString type = model.value(u"type"_s).toString();
    SubwordTokenizer t;
    const QJsonObject norm = root.value(u"normalizer"_s).toObject();
    const QByteArray normText = QJsonDocument(norm).toJson(QJsonDocument::Compact);
    if (type == u"WordPiece"_s) {
        t.m_kind = Kind::WordPiece;
        const QJsonObject vocab = model.value(u"vocab"_s).toObject();
        if (vocab.isEmpty())
            return fail(u"WordPiece model has no vocabulary"_s);
        t.m_pieces.resize(size_t(vocab.size()));
        for (auto it = vocab.begin(); it != vocab.end(); ++it) {
            const int id = it.value().toInt(-1);
            if (id < 0 || id >= vocab.size())
                return fail(u"WordPiece vocabulary id %1 of '%2' is out of range"_s.arg(id).arg(it.key()));
            t.m_vocab.insert(it.key(), id);
            t.m_pieces[size_t(id)] = it.key();
        }
        t.m_unkId = t.m_vocab.value(model.value(u"unk_token"_s).toString(u"[UNK]"_s), -1);
        t.m_prefix = model.value(u"continuing_subword_prefix"_s).toString(u"##"_s);
        t.m_maxChars = model.value(u"max_input_chars_per_word"_s).toInt(100);
        t.m_lowercase = norm.isEmpty() || norm.value(u"lowercase"_s).toBool(true);
        const QJsonValue strip = norm.value(u"strip_accents"_s);
        t.m_stripAccents = strip.isBool() ? strip.toBool() : t.m_lowercase;
        t.m_chineseChars = norm.isEmpty() || norm.value(u"handle_chinese_chars"_s).toBool(true);
    } else if (type == u"Unigram"_s) {
        t.m_kind = Kind::Unigram;
        const QJsonArray vocab = model.value(u"vocab"_s).toArray();
        if (vocab.isEmpty())
            return fail(u"Unigram model has no vocabulary"_s);
        for (int i = 0; i < vocab.size(); ++i) {
            const QJsonArray entry = vocab.at(i).toArray();
            if (entry.size() != 2 || !entry.at(0).isString())
                return fail(u"Unigram vocabulary entry %1 is not [piece, score]"_s.arg(i));
            const QString piece = entry.at(0).toString();
            t.m_vocab.insert(piece, i);
            t.m_pieces.push_back(piece);
            t.m_scores.push_back(entry.at(1).toDouble());
            t.m_maxPieceLength = std::max(t.m_maxPieceLength, int(piece.size()));
        }
        t.m_unkId = model.value(u"unk_id"_s).toInt(-1);
        t.m_lowercase = normText.contains("Lowercase");
        t.m_stripAccents = normText.contains("StripAccents");
        t.m_chineseChars = false;
    } else {
        return fail(u"tokenizer model type '%1' is not supported (WordPiece or Unigram)"_s.arg(type));
    }
    return t;
}

QStringList SubwordTokenizer::preTokenize(QStringView textIn) const
{
    QString text = textIn.toString().normalized(m_kind == Kind::Unigram ? QString::NormalizationForm_KC
                                                                        : QString::NormalizationForm_C);
    if (m_lowercase)
        text = text.toLower();
    if (m_stripAccents) {
        QString stripped;
        for (QChar c : text.normalized(QString::NormalizationForm_D)) {
            if (c.category() != QChar::Mark_NonSpacing)
                stripped.append(c);
        }
        text = stripped;
    }
    QStringList words;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            words.append(current);
        current.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t cp = c.unicode();
        const bool pair = c.isHighSurrogate() && i + 1 < text.size();
        if (pair)
            cp = QChar::surrogateToUcs4(c, text.at(i + 1));
        if (c.isSpace() || (c.category() == QChar::Other_Control)) {
            flush();
        } else if (m_kind == Kind::WordPiece && (isPunct(c) || (m_chineseChars && isCjk(cp)))) {
            flush();
            words.append(pair ? text.mid(i, 2) : QString(c));
        } else {
            current.append(c);
            if (pair)
                current.append(text.at(i + 1));
        }
        if (pair)
            ++i;
    }
    flush();
    if (m_kind == Kind::Unigram) {
        for (QString &w : words)
            w.prepend(kMetaspace); // Metaspace with prefix space: every word starts with ▁
    }
    return words;
}

void SubwordTokenizer::wordPiece(const QString &word, std::vector<int> &out) const
{
    if (word.size() > m_maxChars) {
        if (m_unkId >= 0)
            out.push_back(m_unkId);
        return;
    }
    std::vector<int> pieces;
    qsizetype start = 0;
    while (start < word.size()) {
        qsizetype end = word.size();
        int found = -1;
        while (start < end) {
            const QString sub = (start > 0 ? m_prefix : QString()) + word.mid(start, end - start);
            const auto it = m_vocab.constFind(sub);
            if (it != m_vocab.constEnd()) {
                found = *it;
                break;
            }
            --end;
        }
        if (found < 0) {
            if (m_unkId >= 0)
                out.push_back(m_unkId);
            return; // the whole word is unknown, as in BERT
        }
        pieces.push_back(found);
        start = end;
    }
    out.insert(out.end(), pieces.begin(), pieces.end());
}

void SubwordTokenizer::unigram(const QString &word, std::vector<int> &out) const
{
    // Viterbi over the pieces: the segmentation with the highest summed log-probability.
    const qsizetype n = word.size();
    constexpr double kUnknownPenalty = -10.0;
    std::vector<double> best(size_t(n + 1), -std::numeric_limits<double>::infinity());
    std::vector<int> from(size_t(n + 1), -1), piece(size_t(n + 1), -1);
    best[0] = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (best[size_t(i)] == -std::numeric_limits<double>::infinity())
            continue;
        bool any = false;
        for (qsizetype len = 1; len <= m_maxPieceLength && i + len <= n; ++len) {
            const auto it = m_vocab.constFind(word.mid(i, len));
            if (it == m_vocab.constEnd())
                continue;
            any = true;
            const double s = best[size_t(i)] + m_scores[size_t(*it)];
            if (s > best[size_t(i + len)]) {
                best[size_t(i + len)] = s;
                from[size_t(i + len)] = int(i);
                piece[size_t(i + len)] = *it;
            }
        }
        if (!any) { // an unknown character: one unk piece
            const double s = best[size_t(i)] + kUnknownPenalty;
            if (s > best[size_t(i + 1)]) {
                best[size_t(i + 1)] = s;
                from[size_t(i + 1)] = int(i);
                piece[size_t(i + 1)] = m_unkId;
            }
        }
    }
    std::vector<int> ids;
    for (qsizetype pos = n; pos > 0 && from[size_t(pos)] >= 0; pos = from[size_t(pos)])
        ids.push_back(piece[size_t(pos)]);
    for (auto it = ids.rbegin(); it != ids.rend(); ++it) {
        if (*it >= 0)
            out.push_back(*it);
    }
}

std::vector<int> SubwordTokenizer::encode(QStringView text) const
{
    std::vector<int> out;
    for (const QString &w : preTokenize(text)) {
        if (m_kind == Kind::WordPiece)
            wordPiece(w, out);
        else
            unigram(w, out);
    }
    return out;
}

QStringList SubwordTokenizer::tokens(QStringView text) const
{
    QStringList out;
    for (int id : encode(text))
        out.append(id >= 0 && size_t(id) < m_pieces.size() ? m_pieces[size_t(id)] : u"?"_s);
    return out;
}

} // namespace panorama::search
