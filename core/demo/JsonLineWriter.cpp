#include "core/demo/JsonLineWriter.h"

#include "core/demo/DemoIds.h"

#include <cmath>
#include <cstring>

namespace panorama::demo {

void JsonLineWriter::separator()
{
    if (!m_first[m_depth])
        m_out.append(',');
    m_first[m_depth] = false;
}

void JsonLineWriter::key(const char *name)
{
    separator();
    m_out.append('"');
    m_out.append(name, qsizetype(std::strlen(name)));
    m_out.append("\":", 2);
}

void JsonLineWriter::beginRow()
{
    m_depth = 0;
    m_first[0] = true;
    m_out.append('{');
}

void JsonLineWriter::beginSynced(const Uuid &rowId, int64_t updatedAt)
{
    beginRow();
    id("id", rowId);
    key("server_version");
    m_out.append('0');
    integer("updated_at", updatedAt);
    key("deleted");
    m_out.append('0');
}

void JsonLineWriter::endRow()
{
    m_out.append("}\n", 2);
}

void JsonLineWriter::text(const char *name, std::string_view value)
{
    key(name);
    appendEscaped(m_out, value);
}

void JsonLineWriter::textOrNull(const char *name, std::string_view value)
{
    if (value.empty())
        null(name);
    else
        text(name, value);
}

void JsonLineWriter::integer(const char *name, int64_t value)
{
    key(name);
    appendInt(m_out, value);
}

void JsonLineWriter::fixed(const char *name, double value, int decimals)
{
    key(name);
    appendFixed(m_out, value, decimals);
}

void JsonLineWriter::null(const char *name)
{
    key(name);
    m_out.append("null", 4);
}

void JsonLineWriter::id(const char *name, const Uuid &value)
{
    key(name);
    m_out.append('"');
    m_out.append(value.text, 36);
    m_out.append('"');
}

void JsonLineWriter::idOrNull(const char *name, const Uuid *value)
{
    if (value)
        id(name, *value);
    else
        null(name);
}

void JsonLineWriter::openArray(const char *name)
{
    key(name);
    m_out.append('[');
    m_first[++m_depth] = true;
}

void JsonLineWriter::openObject()
{
    separator();
    m_out.append('{');
    m_first[++m_depth] = true;
}

void JsonLineWriter::closeArray()
{
    m_out.append(']');
    --m_depth;
}

void JsonLineWriter::closeObject()
{
    m_out.append('}');
    --m_depth;
}

void JsonLineWriter::element(std::string_view value)
{
    separator();
    appendEscaped(m_out, value);
}

void JsonLineWriter::element(int64_t number)
{
    separator();
    appendInt(m_out, number);
}

void JsonLineWriter::elementFixed(double value, int decimals)
{
    separator();
    appendFixed(m_out, value, decimals);
}

void JsonLineWriter::appendEscaped(QByteArray &out, std::string_view text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const char *p = text.data();
    const char *end = p + text.size();
    const char *run = p;
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, qsizetype(p - run));
        run = p + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            const char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(u, 6);
        }
        }
    }
    out.append(run, qsizetype(end - run));
    out.append('"');
}

void JsonLineWriter::appendInt(QByteArray &out, int64_t value)
{
    char buf[24];
    char *p = buf + sizeof buf;
    uint64_t v = value < 0 ? uint64_t(0) - uint64_t(value) : uint64_t(value);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (value < 0)
        *--p = '-';
    out.append(p, qsizetype(buf + sizeof buf - p));
}

void JsonLineWriter::appendFixed(QByteArray &out, double value, int decimals)
{
    // Integer arithmetic on the scaled value: the same digits on every platform, no locale, no exponent.
    int64_t scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const int64_t scaled = std::llround(value * double(scale));
    const uint64_t magnitude = scaled < 0 ? uint64_t(-scaled) : uint64_t(scaled);
    if (scaled < 0)
        out.append('-');
    appendInt(out, int64_t(magnitude / uint64_t(scale)));
    if (decimals > 0) {
        out.append('.');
        char frac[20];
        uint64_t f = magnitude % uint64_t(scale);
        for (int i = decimals - 1; i >= 0; --i) {
            frac[i] = char('0' + f % 10);
            f /= 10;
        }
        out.append(frac, decimals);
    }
}

} // namespace panorama::demo
