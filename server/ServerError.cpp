#include "server/ServerError.h"

using namespace Qt::StringLiterals;

namespace panorama::server {

ApiError::ApiError(int status, QString code, QString message)
    : m_status(status), m_code(std::move(code)), m_message(std::move(message)), m_utf8(m_message.toUtf8())
{}

ApiError ApiError::badRequest(const QString &message)
{
    return ApiError(400, u"bad_request"_s, message);
}

ApiError ApiError::forbidden(const QString &message)
{
    return ApiError(403, u"forbidden"_s, message);
}

ApiError ApiError::validation(const QString &message)
{
    return ApiError(422, u"validation"_s, message);
}

ApiError ApiError::notFound(const QString &message)
{
    return ApiError(404, u"not_found"_s, message);
}

ApiError ApiError::unauthorized(const QString &code, const QString &message)
{
    return ApiError(401, code, message);
}

DbError::DbError(QString message, bool retryable)
    : m_message(std::move(message)), m_retryable(retryable), m_utf8(m_message.toUtf8())
{}

} // namespace panorama::server
