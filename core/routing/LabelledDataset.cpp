#include "core/routing/LabelledDataset.h"

#include "core/routing/RoutingError.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace panorama::routing {

namespace {

[[noreturn]] void bad(const QString &source, int line, const QString &cause)
{
    throw RoutingError(RoutingErrorKind::BadData,
                       line > 0 ? u"%1:%2: %3"_s.arg(source).arg(line).arg(cause) : u"%1: %2"_s.arg(source, cause));
}

const QStringList &labelColumnNames()
{
    static const QStringList names{u"category"_s, u"label"_s, u"intent"_s};
    return names;
}

// RFC 4180 records: quoted fields may hold commas, doubled quotes and newlines. Returns the line each record
// starts on so that errors point at the right place.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

std::vector<CsvRecord> splitCsv(const QString &text, const QString &source)
{
    std::vector<CsvRecord> records;
    CsvRecord rec;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    rec.line = 1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty())
                bad(source, line, u"a quote inside an unquoted field"_s);
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == u',') {
            rec.fields.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            rec.fields.append(field);
            if (!(rec.fields.size() == 1 && rec.fields.first().isEmpty() && !fieldWasQuoted))
                records.push_back(rec);
            field.clear();
            fieldWasQuoted = false;
            rec = CsvRecord{};
            rec.line = ++line;
        } else {
            if (fieldWasQuoted)
                bad(source, line, u"text after a closing quote"_s);
            field.append(c);
        }
    }
    if (quoted)
        bad(source, rec.line, u"unterminated quoted field"_s);
    if (!field.isEmpty() || !rec.fields.isEmpty() || fieldWasQuoted) {
        rec.fields.append(field);
        records.push_back(rec);
    }
    return records;
}

qsizetype indexOfIgnoringCase(const QStringList &list, const QString &name)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

QStringList LabelledDataset::labels() const
{
    QStringList out;
    QSet<QString> seen;
    for (const auto &e : examples) {
        if (!seen.contains(e.label)) {
            seen.insert(e.label);
            out.append(e.label);
        }
    }
    return out;
}

LabelledDataset::Format LabelledDataset::formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"csv"_s)
        return Format::Csv;
    if (n == u"jsonl"_s || n == u"json-lines"_s)
        return Format::JsonLines;
    if (n == u"clinc"_s || n == u"clinc150"_s)
        return Format::ClincJson;
    if (n == u"auto"_s)
        return Format::Auto;
    throw RoutingError(RoutingErrorKind::BadData, u"unknown data format '%1' (use csv, jsonl or clinc)"_s.arg(name));
}

LabelledDataset::Format LabelledDataset::detect(const QString &path, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv"_s || suffix == u"tsv"_s)
        return Format::Csv;
    if (suffix == u"jsonl"_s || suffix == u"ndjson"_s)
        return Format::JsonLines;
    const QByteArray head = bytes.left(4096).trimmed();
    // A .json file is a CLINC split object when its first value is a list; one object per line otherwise.
    if (head.startsWith('{')) {
        const qsizetype colon = head.indexOf(':');
        if (colon > 0 && head.mid(colon + 1).trimmed().startsWith('['))
            return Format::ClincJson;
        return Format::JsonLines;
    }
    return Format::Csv;
}

bool LabelledDataset::isClinc(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return detect(path, f.read(4096)) == Format::ClincJson;
}

LabelledDataset LabelledDataset::load(const QString &path, Format format, const QStringList &splits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw RoutingError(RoutingErrorKind::Io, u"cannot read %1: %2"_s.arg(path, f.errorString()));
    return parse(f.readAll(), path, format, splits);
}

LabelledDataset LabelledDataset::parse(const QByteArray &bytes, const QString &source, Format format,
                                       const QStringList &splits)
{
    if (format == Format::Auto)
        format = detect(source, bytes);
    LabelledDataset d;
    switch (format) {
    case Format::Csv:
        d = parseCsv(bytes, source);
        break;
    case Format::JsonLines:
        d = parseJsonLines(bytes, source);
        break;
    case Format::ClincJson:
    case Format::Auto:
        d = parseClinc(bytes, source, splits);
        break;
    }
    if (d.examples.empty())
        bad(source, 0, u"no labelled examples"_s);
    return d;
}

LabelledDataset LabelledDataset::parseCsv(const QByteArray &bytes, const QString &source)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const std::vector<CsvRecord> records = splitCsv(text, source);
    if (records.empty())
        bad(source, 0, u"empty file"_s);

    qsizetype textCol = 0;
    qsizetype labelCol = 1;
    size_t first = 0;
    const QStringList header = records.front().fields;
    const qsizetype headerText = indexOfIgnoringCase(header, u"text"_s);
    if (headerText >= 0) {
        textCol = headerText;
        labelCol = -1;
        for (const QString &name : labelColumnNames()) {
            labelCol = indexOfIgnoringCase(header, name);
            if (labelCol >= 0)
                break;
        }
        if (labelCol < 0)
            bad(source, 1, u"the header has a 'text' column but no 'category', 'label' or 'intent' column"_s);
        first = 1;
    }
    const qsizetype need = std::max(textCol, labelCol) + 1;
    LabelledDataset d;
    d.source = source;
    d.examples.reserve(records.size());
    for (size_t r = first; r < records.size(); ++r) {
        const CsvRecord &rec = records[r];
        if (rec.fields.size() < need)
            bad(source, rec.line, u"expected at least %1 fields, found %2"_s.arg(need).arg(rec.fields.size()));
        LabelledExample e{rec.fields.at(textCol).trimmed(), rec.fields.at(labelCol).trimmed()};
        if (e.text.isEmpty())
            bad(source, rec.line, u"empty text"_s);
        if (e.label.isEmpty())
            bad(source, rec.line, u"empty label"_s);
        d.examples.push_back(std::move(e));
    }
    return d;
}

LabelledDataset LabelledDataset::parseJsonLines(const QByteArray &bytes, const QString &source)
{
    LabelledDataset d;
    d.source = source;
    int lineNo = 0;
    for (const QByteArray &raw : bytes.split('\n')) {
        ++lineNo;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            bad(source, lineNo, u"not a JSON object (%1)"_s.arg(err.errorString()));
        const QJsonObject obj = doc.object();
        LabelledExample e{obj.value(u"text"_s).toString().trimmed(), {}};
        for (const QString &name : labelColumnNames()) {
            if (obj.contains(name)) {
                e.label = obj.value(name).toString().trimmed();
                break;
            }
        }
        if (e.text.isEmpty())
            bad(source, lineNo, u"missing or empty \"text\""_s);
        if (e.label.isEmpty())
            bad(source, lineNo, u"missing or empty \"category\" (or \"label\", \"intent\")"_s);
        d.examples.push_back(std::move(e));
    }
    return d;
}

LabelledDataset LabelledDataset::parseClinc(const QByteArray &bytes, const QString &source, const QStringList &splits)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        bad(source, 0, u"invalid JSON at offset %1: %2"_s.arg(err.offset).arg(err.errorString()));
    if (!doc.isObject())
        bad(source, 0, u"expected an object of splits (train, val, test, oos_*)"_s);
    const QJsonObject root = doc.object();
    const QStringList wanted = splits.isEmpty() ? QStringList{u"train"_s} : splits;
    LabelledDataset d;
    d.source = source + u'#' + wanted.join(u'+');
    for (const QString &split : wanted) {
        if (!root.contains(split))
            bad(source, 0, u"no split '%1' (present: %2)"_s.arg(split, root.keys().join(u", "_s)));
        const QJsonArray items = root.value(split).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonArray pair = items.at(i).toArray();
            if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
                bad(source, 0, u"split '%1' item %2 is not a [text, intent] pair"_s.arg(split).arg(i));
            LabelledExample e{pair.at(0).toString().trimmed(), pair.at(1).toString().trimmed()};
            if (e.text.isEmpty() || e.label.isEmpty())
                bad(source, 0, u"split '%1' item %2 has an empty text or intent"_s.arg(split).arg(i));
            d.examples.push_back(std::move(e));
        }
    }
    return d;
}

} // namespace panorama::routing
