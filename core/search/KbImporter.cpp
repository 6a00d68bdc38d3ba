#include "core/search/KbImporter.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

using namespace Qt::StringLiterals;

namespace panorama::search {

namespace {

constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && ((v.startsWith(u'"') && v.endsWith(u'"')) || (v.startsWith(u'\'') && v.endsWith(u'\''))))
        v = v.mid(1, v.size() - 2);
    return v;
}

QStringList parseList(const QString &value)
{
    QString v = value.trimmed();
    if (v.startsWith(u'[') && v.endsWith(u']'))
        v = v.mid(1, v.size() - 2);
    QStringList out;
    for (const QString &part : v.split(u',', Qt::SkipEmptyParts)) {
        const QString t = unquote(part);
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

void checkDuplicates(ImportBatch &batch)
{
    QSet<QString> seen;
    for (const SearchDocument &d : std::as_const(batch.documents)) {
        if (seen.contains(d.id))
            batch.issues.append({QString(), 0, u"id '%1' appears more than once"_s.arg(d.id)});
        seen.insert(d.id);
    }
}

} // namespace

QString ImportIssue::toString() const
{
    if (line > 0)
        return u"%1:%2: %3"_s.arg(source).arg(line).arg(message);
    return source.isEmpty() ? message : u"%1: %2"_s.arg(source, message);
}

ImportBatch KbImporter::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {{}, {{path, 0, u"no such file or directory"_s}}};
    if (info.isDir())
        return readMarkdownDirectory(path);
    if (info.suffix().compare(u"md"_s, Qt::CaseInsensitive) == 0) {
        ImportBatch batch;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {{}, {{path, 0, f.errorString()}}};
        QString error;
        int line = 0;
        if (auto d = parseMarkdown(QString::fromUtf8(f.readAll()), info.completeBaseName(), &error, &line))
            batch.documents.append(*d);
        else
            batch.issues.append({path, line, error});
        return batch;
    }
    return readJsonLines(path);
}

ImportBatch KbImporter::readJsonLines(const QString &path)
{
    ImportBatch batch;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        batch.issues.append({path, 0, u"cannot open: %1"_s.arg(f.errorString())});
        return batch;
    }
    if (f.size() > kMaxFileBytes) {
        batch.issues.append({path, 0, u"file is larger than 256 MiB"_s});
        return batch;
    }
    int lineNo = 0;
    while (!f.atEnd()) {
        const QByteArray raw = f.readLine();
        ++lineNo;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (lineNo == 1 && line.startsWith("\xEF\xBB\xBF"))
            continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (pe.error != QJsonParseError::NoError) {
            batch.issues.append(
                {path, lineNo, u"not valid JSON (%1 at column %2)"_s.arg(pe.errorString()).arg(pe.offset)});
            continue;
        }
        if (!doc.isObject()) {
            batch.issues.append({path, lineNo, u"expected a JSON object per line"_s});
            continue;
        }
        QString error;
        if (auto d = SearchDocument::fromJson(doc.object(), &error))
            batch.documents.append(*d);
        else
            batch.issues.append({path, lineNo, error});
    }
    if (batch.documents.isEmpty() && batch.issues.isEmpty())
        batch.issues.append({path, 0, u"the file holds no documents"_s});
    checkDuplicates(batch);
    return batch;
}

ImportBatch KbImporter::readMarkdownDirectory(const QString &dir)
{
    ImportBatch batch;
    QStringList files;
    QDirIterator it(dir, {u"*.md"_s, u"*.markdown"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort(); // deterministic order, whatever the file system returns
    if (files.isEmpty()) {
        batch.issues.append({dir, 0, u"the directory holds no Markdown (.md) files"_s});
        return batch;
    }
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            batch.issues.append({path, 0, u"cannot open: %1"_s.arg(f.errorString())});
            continue;
        }
        const QByteArray bytes = f.readAll();
        QString error;
        int line = 0;
        const QString text = QString::fromUtf8(bytes);
        if (text.contains(QChar::ReplacementCharacter) && !bytes.contains("\xEF\xBF\xBD")) {
            batch.issues.append({path, 0, u"not valid UTF-8"_s});
            continue;
        }
        if (auto d = parseMarkdown(text, QFileInfo(path).completeBaseName(), &error, &line))
            batch.documents.append(*d);
        else
            batch.issues.append({path, line, error});
    }
    checkDuplicates(batch);
    return batch;
}

std::optional<SearchDocument> KbImporter::parseMarkdown(const QString &text, const QString &fallbackId, QString *error,
                                                        int *errorLine)
{
    auto fail = [&](int line, const QString &message) -> std::optional<SearchDocument> {
        if (error)
            *error = message;
        if (errorLine)
            *errorLine = line;
        return std::nullopt;
    };
    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    body.replace(u"\r\n"_s, u"\n"_s);
    const QStringList lines = body.split(u'\n');
    if (lines.isEmpty() || lines.first().trimmed() != u"---"_s)
        return fail(1, u"missing front matter: the file must start with a '---' line"_s);
    QJsonObject json;
    int i = 1;
    QString listKey; // a YAML block list ("tags:" followed by "- item" lines)
    QStringList listItems;
    for (; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (line.trimmed() == u"---"_s)
            break;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        if (!listKey.isEmpty() && line.trimmed().startsWith(u"- "_s)) {
            listItems.append(unquote(line.trimmed().mid(2)));
            json.insert(listKey, QJsonArray::fromStringList(listItems));
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            return fail(i + 1, u"front matter line is not 'key: value': %1"_s.arg(line.left(80)));
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        listKey.clear();
        listItems.clear();
        if (key == u"tags"_s) {
            if (value.isEmpty())
                listKey = key;
            json.insert(key, QJsonArray::fromStringList(parseList(value)));
        } else if (key == u"version"_s || key == u"satisfaction"_s) {
            bool ok = false;
            const double v = unquote(value).toDouble(&ok);
            if (!ok)
                return fail(i + 1, u"front matter '%1' must be a number, not '%2'"_s.arg(key, value));
            json.insert(key, v);
        } else {
            json.insert(key, unquote(value));
        }
    }
    if (i >= lines.size())
        return fail(1, u"front matter is not closed: no second '---' line"_s);
    if (!json.contains(u"id"_s) || json.value(u"id"_s).toString().trimmed().isEmpty())
        json.insert(u"id"_s, fallbackId);
    QString content = lines.mid(i + 1).join(u'\n').trimmed();
    if (!json.contains(u"title"_s)) {
        // The first "# heading" is the title when the front matter has none.
        for (const QString &l : lines.mid(i + 1)) {
            if (l.startsWith(u"# "_s)) {
                json.insert(u"title"_s, l.mid(2).trimmed());
                break;
            }
        }
    }
    json.insert(u"body"_s, content);
    QString docError;
    auto doc = SearchDocument::fromJson(json, &docError);
    if (!doc)
        return fail(1, docError);
    return doc;
}

} // namespace panorama::search
