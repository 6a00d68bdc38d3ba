#include "core/qa/OffensiveClassifier.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

// Reading labelled texts for training and evaluating the offensive classifier.
namespace panorama::qa {

namespace {

// RFC 4180 records: quoted fields may hold commas, doubled quotes and newlines.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            row << field;
            field.clear();
            if (!(row.size() == 1 && row.first().isEmpty()))
                rows << row;
            row.clear();
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

} // namespace

std::optional<QList<OffensiveClassifier::Example>> OffensiveClassifier::readExamples(const QString &path,
                                                                                     QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, f.errorString());
        return std::nullopt;
    }
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<Example> out;
    if (path.endsWith(u".jsonl"_s) || path.endsWith(u".json"_s)) {
        int line = 0;
        for (QStringView l : QStringView(text).split(u'\n')) {
            ++line;
            if (l.trimmed().isEmpty() || l.trimmed().startsWith(u'#'))
                continue;
            QJsonParseError pe;
            const QJsonObject o = QJsonDocument::fromJson(l.toUtf8(), &pe).object();
            if (pe.error != QJsonParseError::NoError || !o.value(u"text").isString()) {
                *error = u"%1:%2: expected {\"text\": ..., \"offensive\": true|false}"_s.arg(path).arg(line);
                return std::nullopt;
            }
            const bool offensive =
                o.contains(u"offensive") ? o.value(u"offensive").toBool() : o.value(u"label").toInt() == 1;
            out << Example{o.value(u"text").toString(), offensive};
        }
        return out;
    }
    if (path.endsWith(u".txt"_s) || path.endsWith(u".tsv"_s)) {
        // label<TAB>text, '#' comments: the team-written seed set.
        int line = 0;
        for (QStringView l : QStringView(text).split(u'\n')) {
            ++line;
            if (l.trimmed().isEmpty() || l.startsWith(u'#'))
                continue;
            const qsizetype tab = l.indexOf(u'\t');
            const QStringView label = tab > 0 ? l.left(tab).trimmed() : QStringView();
            if (label != u"0" && label != u"1") {
                *error = u"%1:%2: expected 'label<TAB>text' with label 0 or 1"_s.arg(path).arg(line);
                return std::nullopt;
            }
            out << Example{l.mid(tab + 1).trimmed().toString(), label == u"1"};
        }
        return out;
    }
    const QList<QStringList> rows = parseCsv(text);
    if (rows.isEmpty()) {
        *error = u"%1: empty file"_s.arg(path);
        return std::nullopt;
    }
    const qsizetype labelCol = rows.first().indexOf(u"label"_s);
    const qsizetype textCol = rows.first().indexOf(u"TEXT"_s);
    if (labelCol < 0 || textCol < 0) {
        *error = u"%1: expected a CSV header with 'label' and 'TEXT' columns (COLD format)"_s.arg(path);
        return std::nullopt;
    }
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows[i];
        if (r.size() <= std::max(labelCol, textCol)) {
            *error = u"%1: record %2 has %3 fields"_s.arg(path).arg(i).arg(r.size());
            return std::nullopt;
        }
        out << Example{r[textCol], r[labelCol].trimmed() == u"1"};
    }
    return out;
}

} // namespace panorama::qa
