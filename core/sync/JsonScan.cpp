#include "core/sync/JsonScan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace panorama {

namespace {

void appendUtf8(QByteArray &out, uint cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xc0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
        out.append(char(0xe0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3f)));
        out.append(char(0x80 | (cp & 0x3f)));
    } else {
        out.append(char(0xf0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3f)));
        out.append(char(0x80 | ((cp >> 6) & 0x3f)));
        out.append(char(0x80 | (cp & 0x3f)));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

uint hex4(const char *p, const char *end)
{
    if (end - p < 4)
        return 0xffffffffu;
    uint v = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(p[i]);
        if (h < 0)
            return 0xffffffffu;
        v = (v << 4) | uint(h);
    }
    return v;
}

} // namespace

QByteArray JsonScan::Token::text() const
{
    if (kind != Kind::String || !escaped)
        return QByteArray(data, size);
    QByteArray out;
    out.reserve(size);
    const char *p = data, *const e = data + size;
    while (p < e) {
        if (*p != '\\') {
            out.append(*p++);
            continue;
        }
        ++p;
        if (p >= e)
            break;
        const char c = *p++;
        switch (c) {
        case 'n':
            out.append('\n');
            break;
        case 't':
            out.append('\t');
            break;
        case 'r':
            out.append('\r');
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'u': {
            uint cp = hex4(p, e);
            if (cp == 0xffffffffu)
                return out;
            p += 4;
            if (cp >= 0xd800 && cp < 0xdc00 && e - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                const uint low = hex4(p + 2, e);
                if (low >= 0xdc00 && low < 0xe000) {
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                    p += 6;
                }
            }
            appendUtf8(out, cp);
            break;
        }
        default: // '"', '\\', '/'
            out.append(c);
        }
    }
    return out;
}

QJsonValue JsonScan::Token::toJson() const
{
    switch (kind) {
    case Kind::Null:
        return QJsonValue::Null;
    case Kind::Bool:
        return boolean;
    case Kind::Number:
        return QByteArray(data, size).toDouble();
    case Kind::String:
        return QString::fromUtf8(text());
    case Kind::Array:
        return QJsonDocument::fromJson(QByteArray(data, size)).array();
    case Kind::Object:
        return QJsonDocument::fromJson(QByteArray(data, size)).object();
    case Kind::Invalid:
        break;
    }
    return QJsonValue::Undefined;
}

void JsonScan::ws()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

bool JsonScan::fail()
{
    m_ok = false;
    m_p = m_end;
    return false;
}

JsonScan::Kind JsonScan::peek()
{
    ws();
    if (!m_ok || m_p >= m_end)
        return Kind::Invalid;
    switch (*m_p) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    case 'n':
        return Kind::Null;
    case 't':
    case 'f':
        return Kind::Bool;
    default:
        return (*m_p == '-' || (*m_p >= '0' && *m_p <= '9')) ? Kind::Number : Kind::Invalid;
    }
}

bool JsonScan::enterObject()
{
    if (peek() != Kind::Object)
        return fail();
    ++m_p;
    m_first = true;
    return true;
}

bool JsonScan::enterArray()
{
    if (peek() != Kind::Array)
        return fail();
    ++m_p;
    m_first = true;
    return true;
}

bool JsonScan::separator(char close)
{
    ws();
    if (!m_ok || m_p >= m_end)
        return fail();
    if (*m_p == close) {
        ++m_p;
        m_first = false;
        return false;
    }
    if (!m_first) {
        if (*m_p != ',')
            return fail();
        ++m_p;
    }
    m_first = false;
    return true;
}

bool JsonScan::nextElement()
{
    return separator(']');
}

bool JsonScan::nextKey(Token *key)
{
    if (!separator('}'))
        return false;
    if (peek() != Kind::String)
        return fail();
    *key = value();
    ws();
    if (!m_ok || m_p >= m_end || *m_p != ':')
        return fail();
    ++m_p;
    return true;
}

bool JsonScan::skipString()
{
    // m_p is on the opening quote.
    ++m_p;
    while (m_p < m_end) {
        const char *q = static_cast<const char *>(std::memchr(m_p, '"', size_t(m_end - m_p)));
        if (!q)
            return fail();
        // Count the backslashes right before the quote: an odd number escapes it.
        const char *b = q;
        while (b > m_p && b[-1] == '\\')
            --b;
        m_p = q + 1;
        if (((q - b) & 1) == 0)
            return true;
    }
    return fail();
}

bool JsonScan::skipComposite()
{
    int depth = 0;
    while (m_p < m_end) {
        const char c = *m_p;
        if (c == '"') {
            if (!skipString())
                return false;
            continue;
        }
        ++m_p;
        if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0)
                return true;
        }
    }
    return fail();
}

JsonScan::Token JsonScan::value()
{
    Token t;
    t.kind = peek();
    const char *start = m_p;
    switch (t.kind) {
    case Kind::String: {
        if (!skipString())
            return {};
        t.data = start + 1;
        t.size = (m_p - 1) - t.data;
        t.escaped = std::memchr(t.data, '\\', size_t(t.size)) != nullptr;
        return t;
    }
    case Kind::Number:
        ++m_p;
        while (m_p < m_end && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' || *m_p == 'E' ||
                               *m_p == '+' || *m_p == '-'))
            ++m_p;
        break;
    case Kind::Null:
    case Kind::Bool: {
        const char *word = *m_p == 'n' ? "null" : *m_p == 't' ? "true" : "false";
        const size_t n = std::strlen(word);
        if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0) {
            fail();
            return {};
        }
        t.boolean = *m_p == 't';
        m_p += n;
        break;
    }
    case Kind::Array:
    case Kind::Object:
        if (!skipComposite())
            return {};
        break;
    case Kind::Invalid:
        fail();
        return {};
    }
    t.data = start;
    t.size = m_p - start;
    return t;
}

} // namespace panorama
