#include "core/qa/TextNormalizer.h"

#include <opencc.h>

#include <QByteArray>
#include <QList>

#include <array>
#include <memory>

namespace panorama::qa {

namespace {

// A 64 K-entry table built once. Character-level conversion keeps offsets exact; phrase-level t2s rarely
// matters for matching because rule phrases are folded by the same table.
struct FoldTable
{
    std::array<char16_t, 65536> map{};
    bool chinese = false;

    FoldTable()
    {
        for (unsigned i = 0; i < map.size(); ++i)
            map[i] = char16_t(i);
        for (char16_t c = u'A'; c <= u'Z'; ++c)
            map[c] = char16_t(c + 32);
        for (unsigned c = 0xFF01; c <= 0xFF5E; ++c) { // full-width ASCII block
            char16_t half = char16_t(c - 0xFEE0);
            if (half >= u'A' && half <= u'Z')
                half = char16_t(half + 32);
            map[c] = half;
        }
        map[0x3000] = u' ';  // ideographic space
        map[0x00A0] = u' ';  // no-break space
        map[0x2019] = u'\''; // typographic apostrophe: "that’s" matches "that's"
        loadOpenCC();
    }

    void loadOpenCC()
    {
        const opencc_t od = opencc_open("t2s.json");
        if (od == reinterpret_cast<opencc_t>(-1))
            return;
        // One conversion call for every CJK character, one per line so no phrase spans two characters.
        QList<char16_t> chars;
        QString input;
        auto addRange = [&](char16_t from, char16_t to) {
            for (unsigned c = from; c <= to; ++c) {
                chars << char16_t(c);
                input.append(QChar(char16_t(c)));
                input.append(u'\n');
            }
        };
        addRange(0x3400, 0x4DBF);
        addRange(0x4E00, 0x9FFF);
        addRange(0xF900, 0xFAFF);
        const QByteArray utf8 = input.toUtf8();
        char *converted = opencc_convert_utf8(od, utf8.constData(), size_t(utf8.size()));
        opencc_close(od);
        if (!converted)
            return;
        const QString out = QString::fromUtf8(converted);
        opencc_convert_utf8_free(converted);
        const QList<QStringView> lines = QStringView(out).split(u'\n');
        if (lines.size() < chars.size())
            return;
        for (qsizetype i = 0; i < chars.size(); ++i) {
            if (lines[i].size() == 1)
                map[chars[i]] = lines[i].at(0).unicode();
        }
        chinese = true;
    }
};

const FoldTable &table()
{
    static const FoldTable t;
    return t;
}

} // namespace

char16_t TextNormalizer::foldChar(char16_t c)
{
    return table().map[c];
}

QString TextNormalizer::fold(QStringView text)
{
    const auto &map = table().map;
    QString out(text.size(), Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    const char16_t *src = text.utf16();
    for (qsizetype i = 0; i < text.size(); ++i)
        dst[i] = map[src[i]]; // surrogates map to themselves, so pairs stay intact
    return out;
}

bool TextNormalizer::hasChineseFolding()
{
    return table().chinese;
}

} // namespace panorama::qa
