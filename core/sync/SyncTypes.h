#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace panorama {

// One mutation waiting in (or rejected from) the outbox.
struct OutboxEntry
{
    qint64 seq = 0;
    QString id; // the mutation's UUID
    QString kind;
    QString table;
    QString rowId;
    QJsonObject base;
    QJsonObject set;
    qint64 createdAt = 0;
    QString state; // pending, rejected
    int attempts = 0;
    QString errorCode;
    QString errorMessage;

    QJsonObject toJson() const;     // for `panoramactl outbox --json`
    QJsonObject toMutation() const; // the wire form (docs/sync-protocol.md §4)
};

// One field changed on both sides: the server's value stands until the user picks.
struct SyncConflict
{
    QString id;
    QString mutationId;
    QString table;
    QString rowId;
    QString field;
    QJsonValue base;
    QJsonValue mine;
    QJsonValue theirs;
    qint64 createdAt = 0;

    QJsonObject toJson() const;
};

// What one sync cycle did.
struct SyncReport
{
    int pushed = 0; // mutations sent and answered
    int applied = 0;
    int duplicates = 0; // answered "already applied" (a retry after a lost response)
    int conflicts = 0;  // fields that went to the conflict inbox
    int rejected = 0;
    qint64 pulledRows = 0;
    int pages = 0;
    bool reset = false;
    qint64 milliseconds = 0;

    QJsonObject toJson() const;
};

} // namespace panorama

Q_DECLARE_METATYPE(panorama::SyncReport)
