#include "core/demo/TraditionalChinese.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace panorama::demo::TraditionalChinese {

namespace {

std::unique_ptr<icu::Transliterator> create()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance("Hans-Hant", UTRANS_FORWARD, status));
    if (U_FAILURE(status))
        return nullptr;
    return t;
}

icu::Transliterator *threadInstance()
{
    thread_local std::unique_ptr<icu::Transliterator> instance = create();
    return instance.get();
}

void replaceAll(std::string &s, std::string_view from, std::string_view to)
{
    for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
        s.replace(pos, from.size(), to);
}

} // namespace

bool available()
{
    return threadInstance() != nullptr;
}

std::string convert(std::string_view simplifiedUtf8)
{
    icu::Transliterator *t = threadInstance();
    if (!t)
        return std::string(simplifiedUtf8);
    icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(simplifiedUtf8.data(), int32_t(simplifiedUtf8.size())));
    t->transliterate(text);
    std::string out;
    text.toUTF8String(out);
    // Word choices that differ between the mainland and Taiwan beyond the script.
    replaceAll(out, "信息", "訊息");
    replaceAll(out, "質量", "品質");
    replaceAll(out, "視頻", "影片");
    replaceAll(out, "賬號", "帳號");
    replaceAll(out, "賬戶", "帳戶");
    replaceAll(out, "默認", "預設");
    replaceAll(out, "網絡", "網路");
    replaceAll(out, "覈實", "核實");
    replaceAll(out, "寬松", "寬鬆");
    replaceAll(out, "輕松", "輕鬆");
    replaceAll(out, "短信", "簡訊");
    replaceAll(out, "反饋", "回饋");
    return out;
}

} // namespace panorama::demo::TraditionalChinese
