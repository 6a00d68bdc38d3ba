#include "core/search/TextNormalizer.h"

#include <QLoggingCategory>

#include <opencc/SimpleConverter.hpp>

#include <memory>
#include <string>

using namespace Qt::StringLiterals;

namespace panorama::search {

namespace {

Q_LOGGING_CATEGORY(lcNormalizer, "panorama.search.normalizer")

// One converter per thread: OpenCC's converter is not documented as thread-safe and loading t2s costs ~10 ms.
opencc::SimpleConverter *converter()
{
    thread_local std::unique_ptr<opencc::SimpleConverter> conv;
    thread_local bool tried = false;
    if (!tried) {
        tried = true;
        try {
            conv = std::make_unique<opencc::SimpleConverter>("t2s.json");
        } catch (const std::exception &e) {
            qCWarning(lcNormalizer) << "OpenCC t2s.json unavailable, Traditional Chinese stays unconverted:"
                                    << e.what();
        }
    }
    return conv.get();
}

bool isPlainHan(char16_t c)
{
    // CJK Unified Ideographs: NFKC and case folding leave them alone, so the slow path is skipped.
    return c >= 0x4E00 && c <= 0x9FFF;
}

// Folds one code point (given as 1 or 2 UTF-16 units) and appends it with its origin.
void foldInto(QStringView unit, int origin, NormalizedText &out)
{
    const char16_t c = unit.at(0).unicode();
    if (unit.size() == 1 && c < 0x80) {
        out.text.append(QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c));
        out.origin.append(origin);
        return;
    }
    if (unit.size() == 1 && isPlainHan(c)) {
        out.text.append(QChar(c));
        out.origin.append(origin);
        return;
    }
    const QString folded = unit.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (QChar ch : folded) {
        out.text.append(ch);
        out.origin.append(origin);
    }
}

QString toSimplified(const QString &text)
{
    opencc::SimpleConverter *conv = converter();
    if (!conv)
        return text;
    const QByteArray utf8 = text.toUtf8();
    return QString::fromStdString(conv->Convert(utf8.constData(), static_cast<size_t>(utf8.size())));
}

bool hasHan(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF)
            return true;
        if (c.isHighSurrogate())
            return true;
    }
    return false;
}

} // namespace

NormalizedText TextNormalizer::normalizeWithOffsets(QStringView text)
{
    NormalizedText out;
    out.text.reserve(text.size());
    out.origin.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype len =
            (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) ? 2 : 1;
        const QChar c = text.at(i);
        // Control characters (other than whitespace) carry no meaning for search; they become spaces so offsets hold.
        if (len == 1 && c.category() == QChar::Other_Control && !c.isSpace()) {
            out.text.append(u' ');
            out.origin.append(int(i));
        } else {
            foldInto(text.mid(i, len), int(i), out);
        }
        i += len;
    }
    if (!hasHan(out.text))
        return out;
    const QString simplified = toSimplified(out.text);
    if (simplified.size() == out.text.size()) {
        out.text = simplified;
        return out;
    }
    // A phrase conversion changed the length: convert character by character so every offset stays exact.
    QString perChar;
    QList<int> origin;
    for (qsizetype i = 0; i < out.text.size();) {
        const qsizetype len = out.text.at(i).isHighSurrogate() && i + 1 < out.text.size() ? 2 : 1;
        const QString one = toSimplified(out.text.mid(i, len));
        for (QChar ch : one) {
            perChar.append(ch);
            origin.append(out.origin.at(i));
        }
        i += len;
    }
    out.text = perChar;
    out.origin = origin;
    return out;
}

QString TextNormalizer::normalize(QStringView text)
{
    return normalizeWithOffsets(text).text;
}

bool TextNormalizer::hasChineseConversion()
{
    return converter() != nullptr;
}

} // namespace panorama::search
