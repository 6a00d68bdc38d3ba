#include "core/routing/FeatureExtractor.h"

#include <libstemmer.h>

#include <memory>
#include <string>

namespace panorama::routing {

namespace {

constexpr uint64_t FnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t FnvPrime = 0x100000001b3ULL;
constexpr char32_t WordSeparator = 0x1F; // joins the words of a word n-gram; never part of normalised text

uint64_t step(uint64_t h, char32_t c)
{
    return (h ^ uint64_t(c)) * FnvPrime;
}

// FNV alone mixes the last code point weakly; a final avalanche spreads every input bit over the result.
uint64_t finish(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2EBEF) ||
           (c >= 0xF900 && c <= 0xFAFF);
}

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing;
}

// Snowball stemmers keep per-call state: one per thread.
struct StemmerDeleter
{
    void operator()(sb_stemmer *s) const { sb_stemmer_delete(s); }
};

uint64_t hashOfStem(const std::vector<char32_t> &word)
{
    thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("english", nullptr));
    std::string utf8;
    for (char32_t c : word) {
        if (c < 0x80) {
            utf8 += char(c);
        } else {
            // Only ASCII words are English; others hash as they are.
            uint64_t h = FnvOffset;
            for (char32_t d : word)
                h = step(h, d);
            return h;
        }
    }
    const sb_symbol *stem =
        stemmer ? sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol *>(utf8.data()), int(utf8.size()))
                : nullptr;
    uint64_t h = FnvOffset;
    if (!stem) {
        for (char32_t c : word)
            h = step(h, c);
        return h;
    }
    const int len = sb_stemmer_length(stemmer.get());
    for (int i = 0; i < len; ++i)
        h = step(h, char32_t(stem[i]));
    return h;
}

} // namespace

void FeatureExtractor::emitCharGrams(const std::vector<char32_t> &padded, uint64_t salt,
                                     std::vector<uint64_t> &terms) const
{
    const size_t len = padded.size();
    for (size_t i = 0; i < len; ++i) {
        uint64_t h = FnvOffset ^ salt;
        for (size_t n = 1; n <= size_t(m_config.charMaxN) && i + n <= len; ++n) {
            h = step(h, padded[i + n - 1]);
            if (n >= size_t(m_config.charMinN))
                terms.push_back(finish(h) | CharBlockBit);
        }
    }
}

void FeatureExtractor::extract(const QString &normalized, std::vector<uint64_t> &terms) const
{
    const QList<uint> cps = normalized.toUcs4();

    // Words: runs of letters/digits; a Han character is a word by itself (no segmenter needed: the character
    // n-grams below capture multi-character Chinese words). One-letter Latin words carry no signal.
    std::vector<uint64_t> words;
    // Character n-grams are taken inside runs of word characters, each run padded with a space on both sides,
    // so punctuation never glues two words together. With charAcrossWords the runs are also joined into one
    // line ("where is my" gives "e is m"), whose n-grams hash apart from the within-word ones.
    std::vector<char32_t> run;
    std::vector<char32_t> line{U' '};
    auto flushRun = [&] {
        if (run.empty())
            return;
        if (m_config.charMaxN > 0) {
            std::vector<char32_t> padded;
            padded.reserve(run.size() + 2);
            padded.push_back(U' ');
            padded.insert(padded.end(), run.begin(), run.end());
            padded.push_back(U' ');
            emitCharGrams(padded, 0, terms);
            if (m_config.charAcrossWords) {
                line.insert(line.end(), run.begin(), run.end());
                line.push_back(U' ');
            }
        }
        run.clear();
    };

    std::vector<char32_t> latin;
    auto flushLatin = [&] {
        if (latin.size() >= 2) {
            if (m_config.stemWords) {
                words.push_back(hashOfStem(latin));
            } else {
                uint64_t h = FnvOffset;
                for (char32_t c : latin)
                    h = step(h, c);
                words.push_back(h);
            }
        }
        latin.clear();
    };

    for (const uint cp : cps) {
        const char32_t c = char32_t(cp);
        if (isWordChar(c)) {
            run.push_back(c);
            if (isHan(c)) {
                flushLatin();
                words.push_back(step(FnvOffset, c));
            } else {
                latin.push_back(c);
            }
        } else {
            flushLatin();
            flushRun();
        }
    }
    flushLatin();
    flushRun();
    if (m_config.charAcrossWords && line.size() > 2) {
        // Hashed apart from the within-word n-grams (another salt), so characters inside a word count in both
        // blocks: on CLINC150 that measured better than either alone (docs/bench/routing.md).
        emitCharGrams(line, 0x5bd1e995ULL, terms);
    }

    if (m_config.wordMaxN <= 0)
        return;
    for (size_t i = 0; i < words.size(); ++i) {
        uint64_t h = words[i];
        for (size_t n = 1; n <= size_t(m_config.wordMaxN) && i + n <= words.size(); ++n) {
            if (n > 1)
                h = (step(h, WordSeparator) ^ words[i + n - 1]) * FnvPrime;
            if (n >= size_t(m_config.wordMinN))
                terms.push_back(finish(h) & ~CharBlockBit);
        }
    }
}

} // namespace panorama::routing
