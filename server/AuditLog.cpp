#include "server/AuditLog.h"

#include "server/ServerDb.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace panorama::server {

namespace {

const QString kGenesis = QString(64, u'0');

QString chainHash(const QString &prev, qint64 seq, qint64 at, const QString &actor, const QString &action,
                  const QString &subject, const QString &reason, const QString &detail)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    // Length-prefixed fields: no two different records serialise to the same bytes.
    const QStringList fields = {prev,  QString::number(seq), QString::number(at), actor, action, subject, reason,
                                detail};
    for (const QString &f : fields) {
        const QByteArray utf8 = f.toUtf8();
        h.addData(QByteArray(QByteArray::number(utf8.size()) + ':'));
        h.addData(utf8);
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

AuditLog::AuditLog(ServerDb &db) : m_db(db) {}

void AuditLog::append(const QString &actor, const QString &action, const QString &subject, const QString &reason,
                      const QJsonObject &detail)
{
    const qint64 seq =
        m_db.scalar(u"UPDATE counters SET value = value + 1 WHERE name = 'audit' RETURNING value"_s).toLongLong();
    const QVariant prevV = m_db.scalar(u"SELECT hash FROM audit_log WHERE seq = ?"_s, {seq - 1});
    const QString prev = prevV.isValid() ? prevV.toString() : kGenesis;
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const QString detailText =
        detail.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    const QString hash = chainHash(prev, seq, at, actor, action, subject, reason, detailText);
    m_db.exec(u"INSERT INTO audit_log (seq, at, actor, action, subject, reason, detail, prev_hash, hash)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {seq, at, actor, action, subject, reason, detailText, prev, hash});
}

void AuditLog::record(const QString &actor, const QString &action, const QString &subject, const QString &reason,
                      const QJsonObject &detail)
{
    m_db.write([&] { append(actor, action, subject, reason, detail); });
}

AuditLog::Verdict AuditLog::verify()
{
    Verdict v;
    QString prev = kGenesis;
    qint64 expectedSeq = 1;
    QSqlQuery q = m_db.exec(
        u"SELECT seq, at, actor, action, subject, reason, detail, prev_hash, hash FROM audit_log ORDER BY seq"_s);
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        auto fail = [&](const QString &why) {
            v.ok = false;
            v.firstBadSeq = seq;
            v.problem = why;
        };
        if (seq != expectedSeq) {
            fail(u"record %1 is missing (found %2 next)"_s.arg(expectedSeq).arg(seq));
            return v;
        }
        if (q.value(7).toString() != prev) {
            fail(u"record %1 does not point at the previous record's hash"_s.arg(seq));
            return v;
        }
        const QString hash = chainHash(prev, seq, q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                                       q.value(4).toString(), q.value(5).toString(), q.value(6).toString());
        if (hash != q.value(8).toString()) {
            fail(u"record %1 was altered (its hash does not match its contents)"_s.arg(seq));
            return v;
        }
        prev = hash;
        ++expectedSeq;
        ++v.records;
    }
    const qint64 counter = m_db.scalar(u"SELECT value FROM counters WHERE name = 'audit'"_s).toLongLong();
    if (counter != v.records) {
        v.ok = false;
        v.firstBadSeq = v.records + 1;
        v.problem =
            u"the log ends at record %1 but %2 were written (records removed from the end)"_s.arg(v.records).arg(
                counter);
    }
    return v;
}

} // namespace panorama::server
