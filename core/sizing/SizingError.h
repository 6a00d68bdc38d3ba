#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace panorama::sizing {

// Why the sizing assistant refused a request or a file, in terms an agent (and a test) can act on.
enum class SizingErrorKind
{
    InvalidBody,    // a body measurement is missing, negative or outside what a human body can be
    InvalidChart,   // the size chart is missing, empty, has unknown labels or inverted ranges
    InvalidHistory, // a purchase record names an unknown size or outcome
    InvalidModel,   // a serialised model or offset table is malformed or of an unknown version
    InvalidData,    // an evaluation file cannot be read or has no usable rows
    InvalidRequest, // a request names an unknown language or is not the expected JSON
};

// Thrown by the sizing engine. The message names the field and the value that caused it; no state is changed.
class SizingError final : public std::exception
{
public:
    SizingError(SizingErrorKind kind, QString message);

    SizingErrorKind kind() const noexcept { return m_kind; }
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

    static QString kindName(SizingErrorKind kind);

private:
    SizingErrorKind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace panorama::sizing
