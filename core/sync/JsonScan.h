#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace panorama {

// A minimal pull reader over compact UTF-8 JSON, for the change feed's large pages: walks the text without
// building a QJsonDocument, and hands out string and number tokens as spans of the original bytes (unescaped only
// when they contain escapes). Any malformed input makes ok() false; callers then stop.
class JsonScan final
{
public:
    enum class Kind
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object,
        Invalid
    };
    struct Token
    {
        Kind kind = Kind::Invalid;
        const char *data = nullptr; // string: the characters without quotes; number: its text; array/object: raw
        qsizetype size = 0;
        bool escaped = false; // a string holding backslash escapes (use text())
        bool boolean = false;
        QByteArray text() const; // a string's UTF-8 value (escapes decoded), or the raw span
        QJsonValue toJson() const;
    };

    JsonScan(const char *begin, const char *end) : m_p(begin), m_end(end) {}
    explicit JsonScan(const QByteArray &text) : JsonScan(text.constData(), text.constData() + text.size()) {}

    bool ok() const { return m_ok; }
    Kind peek();
    bool enterObject();
    // The next key of the current object (and its ':'); false at the closing '}' (consumed).
    bool nextKey(Token *key);
    bool enterArray();
    // Whether another element follows in the current array; false at the closing ']' (consumed).
    bool nextElement();
    // Reads one value: scalars as spans, arrays and objects as raw spans (skipped over).
    Token value();
    const char *position() const { return m_p; }

private:
    void ws();
    bool fail();
    bool separator(char close); // ',' between members, or the closing bracket (false)
    bool skipString();
    bool skipComposite();

    const char *m_p;
    const char *m_end;
    bool m_ok = true;
    bool m_first = false; // the next element/key is the first of its container
};

} // namespace panorama
