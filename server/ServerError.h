#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace panorama::server {

// An error that becomes an HTTP answer: a status, a stable machine code and a message naming the cause.
class ApiError final : public std::exception
{
public:
    ApiError(int status, QString code, QString message);

    int status() const noexcept { return m_status; }
    const QString &code() const noexcept { return m_code; }
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

    static ApiError badRequest(const QString &message);
    static ApiError forbidden(const QString &message);
    static ApiError notFound(const QString &message);
    static ApiError validation(const QString &message); // 422 "validation": a mutation's values are refused
    static ApiError unauthorized(const QString &code, const QString &message);

private:
    int m_status;
    QString m_code;
    QString m_message;
    QByteArray m_utf8;
};

// A database failure. `retryable` marks lost races (unique violation on an idempotency key, SQLite busy,
// PostgreSQL serialisation failure) that the caller may retry from the start of its transaction.
class DbError final : public std::exception
{
public:
    DbError(QString message, bool retryable);
    const QString &message() const noexcept { return m_message; }
    bool retryable() const noexcept { return m_retryable; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    bool m_retryable;
    QByteArray m_utf8;
};

} // namespace panorama::server
