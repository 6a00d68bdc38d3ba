#pragma once

#include <QString>

#include <exception>

namespace panorama {

// Why a local edit or a sync call was refused, in words for the user.
class SyncError final : public std::exception
{
public:
    enum class Kind
    {
        Validation,
        NotFound,
        NotLoggedIn,
        Storage
    };
    SyncError(Kind kind, QString message);

    Kind kind() const noexcept { return m_kind; }
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace panorama
