#pragma once

#include <QJsonObject>
#include <QString>

namespace panorama {

class Database;

// The workstation's QA edits, written like LocalEditor's: the local qa_alerts row and its outbox mutation in one
// transaction, so they work offline and reach the server once. Run through AgentSession::editCache. Throw
// SyncError naming the problem (unknown alert, missing reason).
namespace QaAlertEdits {

// A supervisor's verdict: "confirmed" (note = coaching note) or "dismissed" (note = why it is a false positive,
// required). Mutation qa_alert.review {verdict, note}.
QString review(Database &db, const QString &alertId, const QString &verdict, const QString &note,
               const QString &reviewerId);
// The agent's answer: "acknowledged" or "disputed" (note required). Mutation qa_alert.respond {response, note}.
QString respond(Database &db, const QString &alertId, const QString &response, const QString &note);

// A warning the agent chose to send anyway, with the reason they gave.
struct Override
{
    QString messageId; // the reply as saved (its id is the one the server will check)
    QString ticketId;
    QString agentId;
    QString team;
    QString ruleId;
    QString ruleKind;
    QString severity;
    QString rulesVersion;
    QString reason;      // why the agent sent it anyway (required)
    qsizetype start = 0; // the finding's offset in the reply as sent
    QJsonObject finding; // message, policy, excerpt (masked), start, length
};
// The id the server gives the alert for this finding when it checks the synced reply (server/QaService: a UUID v5
// of "qa|message|rule|start"), so the local alert is replaced by the server's own and never duplicated.
QString serverAlertId(const QString &messageId, const QString &ruleId, qsizetype start);
// Records the override at once as an open alert on this workstation (the reason in its detail). It is not pushed:
// the server raises the same alert (same id) from the synced reply; the reason reaches it as an internal note.
QString raiseOverride(Database &db, const Override &o, qint64 nowMs);

} // namespace QaAlertEdits

} // namespace panorama
