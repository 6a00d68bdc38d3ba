#pragma once

#include <QString>
#include <QStringList>

namespace panorama::server {

// The authenticated caller of a request, as read from the users table.
struct AuthUser
{
    QString id; // also the staff row id
    QString username;
    QString role; // agent, supervisor, store_staff, admin
    QString storeId;
    QString region;
    QString team;
    QString displayName;
    bool disabled = false;

    bool isAdmin() const { return role == QLatin1StringView("admin"); }
    bool isSupervisor() const { return role == QLatin1StringView("supervisor") || isAdmin(); }
    bool isStoreStaff() const { return role == QLatin1StringView("store_staff"); }
};

} // namespace panorama::server
