#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>

struct sqlite3_stmt;
struct sqlite3;

namespace panorama {

// A prepared statement. Values are always bound, never spliced into SQL. Columns and parameters are
// 0-based for reading and 1-based for binding, as in SQLite. Owned by Database's cache; use it through Query.
class Statement final
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, std::nullptr_t);
    Statement &bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
    Statement &bind(int index, int64_t value);
    Statement &bind(int index, double value);
    Statement &bind(int index, bool value) { return bind(index, static_cast<int64_t>(value ? 1 : 0)); }
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, QStringView value);
    Statement &bind(int index, const char *utf8);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, const QVariant &value);
    template <typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    int parameterIndex(const char *name) const;

    // Steps once: true if a row is available, false when done. Throws StorageError on failure.
    bool next();
    // Steps to completion (for INSERT/UPDATE/DELETE); returns the number of changed rows.
    int exec();
    void reset();

    int columnCount() const;
    QString columnName(int col) const;
    bool isNull(int col) const;
    int64_t int64(int col) const;
    int integer(int col) const { return static_cast<int>(int64(col)); }
    double real(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    QVariant value(int col) const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    void check(int rc, int index) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
};

} // namespace panorama
