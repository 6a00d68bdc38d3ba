#pragma once

#include "core/qa/QaEngine.h"

#include <QJsonObject>
#include <QMutex>

class QHttpServer;

namespace panorama::server {

class HttpApi;
class MutationApplier;
class ServerCore;
class ServerDb;

// The QA engine on the server: every synced ticket message (agent replies, internal notes and customer messages)
// is checked with the same engine and rules the workstation uses, and each finding becomes a qa_alerts row
// (scope "#qa:<agent>": the supervisors and the agent concerned). Rules are data kept on the server
// (engine_configs, kind qa_rules); supervisors replace them through POST /api/v1/qa/rules, and a bad file is
// refused with every problem listed while the rules in force stay. Review is a set of mutations that sync:
// qa_alert.review (supervisor: confirm with a coaching note, dismiss with a reason) and qa_alert.respond (the
// agent: acknowledge or dispute).
class QaService final
{
public:
    explicit QaService(ServerCore &core);

    void registerMutations(MutationApplier &mutations);
    void installRoutes(HttpApi &api, QHttpServer &http);

    // Checks the messages synced since the last call (at most `limit`); returns how many were checked. Safe with
    // several server processes: the cursor moves in the same transaction as the alerts it produced.
    int poll(int limit = 500);
    // Loads the stored rules when another process (or a request) stored a newer revision.
    void reloadRules();

    // Per rule: alerts, reviewed (confirmed + dismissed), confirmed, precision = confirmed / reviewed.
    QJsonObject precision();
    QJsonObject rulesJson(bool withBody);
    // Validates and stores a rule file; throws ApiError(422) listing every problem (nothing changes then).
    QJsonObject setRules(const QByteArray &json, const QString &userId);

    const qa::QaEngine &engine() const { return m_engine; }
    qint64 checkedMessages() const;

    static QString cursorKey();

private:
    ServerCore &m_core;
    qa::QaEngine m_engine;
    mutable QMutex m_mutex; // m_revision, m_checked
    qint64 m_revision = -1;
    qint64 m_checked = 0;
};

} // namespace panorama::server
