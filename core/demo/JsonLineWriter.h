#pragma once

#include <QByteArray>

#include <cstdint>
#include <string_view>

namespace panorama::demo {

struct Uuid;

// Appends JSON objects, one per line, to a byte buffer by hand: the demo generator writes millions of rows and
// a QJsonDocument per row would cost more than generating them. Strings are escaped per RFC 8259; input must be
// valid UTF-8 (all generator text is). Nested arrays and objects are supported for the JSON columns.
class JsonLineWriter
{
public:
    explicit JsonLineWriter(QByteArray &out) : m_out(out) {}

    // Opens a row and writes the sync columns every synced table has (id, server_version 0, updated_at, deleted 0).
    void beginSynced(const Uuid &id, int64_t updatedAt);
    void beginRow();
    void endRow(); // closes the row and ends the line

    void text(const char *key, std::string_view value);
    void textOrNull(const char *key, std::string_view value); // empty -> null
    void integer(const char *key, int64_t value);
    void fixed(const char *key, double value, int decimals); // e.g. 172.5 with 1 decimal
    void null(const char *key);
    void id(const char *key, const Uuid &value);
    void idOrNull(const char *key, const Uuid *value);

    // Nesting: openArray(key) inside an object, openObject() inside an array, then close*.
    void openArray(const char *key);
    void openObject();
    void closeArray();
    void closeObject();
    // Array elements.
    void element(std::string_view text);
    void element(int64_t number);
    void elementFixed(double value, int decimals);

    static void appendEscaped(QByteArray &out, std::string_view text);
    static void appendInt(QByteArray &out, int64_t value);
    static void appendFixed(QByteArray &out, double value, int decimals);

private:
    void key(const char *name);
    void separator();

    QByteArray &m_out;
    bool m_first[8] = {};
    int m_depth = 0;
};

} // namespace panorama::demo
