#include "core/qa/QaEvaluator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace panorama::qa {

namespace {

QJsonObject countsJson(const QaEvaluator::Counts &c)
{
    return QJsonObject{{u"tp"_s, c.tp},
                       {u"fp"_s, c.fp},
                       {u"fn"_s, c.fn},
                       {u"support"_s, c.tp + c.fn},
                       {u"precision"_s, qRound(c.precision() * 1000) / 1000.0},
                       {u"recall"_s, qRound(c.recall() * 1000) / 1000.0},
                       {u"f1"_s, qRound(c.f1() * 1000) / 1000.0}};
}

void add(QaEvaluator::Counts &c, bool expected, bool predicted)
{
    if (expected && predicted)
        ++c.tp;
    else if (predicted)
        ++c.fp;
    else if (expected)
        ++c.fn;
}

} // namespace

double QaEvaluator::Counts::f1() const
{
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

QJsonObject QaEvaluator::Report::toJson(bool withMismatches) const
{
    QJsonObject kinds;
    for (RuleKind k : allRuleKinds())
        kinds.insert(toString(k), countsJson(byKind.value(k)));
    QJsonObject langs;
    for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it)
        langs.insert(it.key(), countsJson(it.value()));
    QJsonObject o{{u"items"_s, items},
                  {u"exact_match"_s, items ? qRound(1000.0 * exact / items) / 1000.0 : 0.0},
                  {u"by_kind"_s, kinds},
                  {u"by_language"_s, langs},
                  {u"micro"_s, countsJson(micro)}};
    if (withMismatches) {
        QJsonArray arr;
        for (const Mismatch &m : mismatches)
            arr.append(QJsonObject{{u"id"_s, m.id},
                                   {u"text"_s, m.text},
                                   {u"expected"_s, QJsonArray::fromStringList(m.expected)},
                                   {u"predicted"_s, QJsonArray::fromStringList(m.predicted)},
                                   {u"rules"_s, QJsonArray::fromStringList(m.rules)}});
        o.insert(u"mismatches"_s, arr);
    }
    return o;
}

std::optional<QaEvaluator::Report> QaEvaluator::evaluate(const QaEngine &engine, const QString &path, QString *error,
                                                         const QString &split)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot read %1: %2"_s.arg(path, f.errorString());
        return std::nullopt;
    }
    Report report;
    int line = 0;
    while (!f.atEnd()) {
        ++line;
        const QByteArray raw = f.readLine().trimmed();
        if (raw.isEmpty() || raw.startsWith('#'))
            continue;
        QJsonParseError pe;
        const QJsonObject item = QJsonDocument::fromJson(raw, &pe).object();
        if (pe.error != QJsonParseError::NoError || !item.value(u"text").isString()) {
            *error =
                u"%1:%2: expected a JSON object with 'text', 'context' and 'expected' (%3)"_s.arg(path).arg(line).arg(
                    pe.errorString());
            return std::nullopt;
        }
        if (!split.isEmpty() && item.value(u"split").toString() != split)
            continue;
        QString err;
        const auto ctx = QaContext::fromJson(item.value(u"context").toObject(), &err);
        if (!ctx) {
            *error = u"%1:%2: %3"_s.arg(path).arg(line).arg(err);
            return std::nullopt;
        }
        QSet<RuleKind> expected;
        for (const QJsonValue &v : item.value(u"expected").toArray()) {
            const auto k = ruleKindFromString(v.toString());
            if (!k) {
                *error = u"%1:%2: unknown rule kind '%3' in 'expected'"_s.arg(path).arg(line).arg(v.toString());
                return std::nullopt;
            }
            expected.insert(*k);
        }
        const QString text = item.value(u"text").toString();
        const QaCheckResult result = engine.check(text, *ctx);
        QSet<RuleKind> predicted;
        QStringList fired;
        for (const QaFinding &fd : result.findings) {
            predicted.insert(fd.kind);
            fired << fd.ruleId;
        }
        ++report.items;
        const QString lang = item.value(u"lang").toString(u"?"_s);
        for (RuleKind k : allRuleKinds()) {
            add(report.byKind[k], expected.contains(k), predicted.contains(k));
            add(report.byLanguage[lang], expected.contains(k), predicted.contains(k));
            add(report.micro, expected.contains(k), predicted.contains(k));
        }
        if (expected == predicted) {
            ++report.exact;
        } else {
            Mismatch m{item.value(u"id").toString(), text, {}, {}, fired};
            for (RuleKind k : allRuleKinds()) {
                if (expected.contains(k))
                    m.expected << toString(k);
                if (predicted.contains(k))
                    m.predicted << toString(k);
            }
            report.mismatches << m;
        }
    }
    return report;
}

} // namespace panorama::qa
