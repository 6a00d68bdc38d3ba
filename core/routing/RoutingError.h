#pragma once

#include <QString>

#include <exception>

namespace panorama::routing {

// Why a routing input was refused, in terms the person who supplied it can act on.
enum class RoutingErrorKind
{
    Io,       // a file cannot be opened or read
    BadData,  // a training/evaluation file is malformed (line and cause in the message)
    BadRules, // a rule, taxonomy, roster or SLA file fails validation (path to the field in the message)
    BadModel, // a model blob is truncated, corrupted, from a newer format or for another taxonomy
    Misuse,   // a programming error: classifying with an untrained model, an unknown category id
};

// Thrown by core/routing. The message names the file, the place in it and the cause; nothing is overwritten.
class RoutingError final : public std::exception
{
public:
    RoutingError(RoutingErrorKind kind, QString message);

    RoutingErrorKind kind() const noexcept { return m_kind; }
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    RoutingErrorKind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace panorama::routing
