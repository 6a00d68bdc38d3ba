#include "core/sizing/SizingError.h"

using namespace Qt::StringLiterals;

namespace panorama::sizing {

SizingError::SizingError(SizingErrorKind kind, QString message)
    : m_kind(kind), m_message(std::move(message)), m_utf8(m_message.toUtf8())
{}

QString SizingError::kindName(SizingErrorKind kind)
{
    switch (kind) {
    case SizingErrorKind::InvalidBody:
        return u"invalid_body"_s;
    case SizingErrorKind::InvalidChart:
        return u"invalid_chart"_s;
    case SizingErrorKind::InvalidHistory:
        return u"invalid_history"_s;
    case SizingErrorKind::InvalidModel:
        return u"invalid_model"_s;
    case SizingErrorKind::InvalidData:
        return u"invalid_data"_s;
    case SizingErrorKind::InvalidRequest:
        return u"invalid_request"_s;
    }
    return u"unknown"_s;
}

} // namespace panorama::sizing
