#pragma once

#include <string>
#include <string_view>

namespace panorama::demo {

// Simplified -> Traditional Chinese for zh-TW customers' names and messages: ICU's Hans-Hant transliterator
// (one instance per thread; ICU transliterators are not thread-safe) plus a few Taiwan word choices
// (訊息, 品質, 影片, 帳號).
namespace TraditionalChinese {

std::string convert(std::string_view simplifiedUtf8);
// False if ICU lacks the transliterator (then convert() returns its input unchanged).
bool available();

} // namespace TraditionalChinese

} // namespace panorama::demo
