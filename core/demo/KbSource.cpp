#include "core/demo/KbSource.h"

#include "core/demo/DemoIds.h"
#include "core/demo/DemoTime.h"
#include "core/demo/JsonLineWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panorama::demo {

namespace {

const QStringList kLanguages = {u"zh-CN"_s, u"zh-TW"_s, u"en"_s};

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && ((v.startsWith(u'"') && v.endsWith(u'"')) || (v.startsWith(u'\'') && v.endsWith(u'\''))))
        return v.mid(1, v.size() - 2);
    return v;
}

QStringList flowList(const QString &value, const QString &source)
{
    const QString v = value.trimmed();
    if (!v.startsWith(u'[') || !v.endsWith(u']'))
        throw KbError(u"%1: tags must be a list like [a, b]"_s.arg(source));
    QStringList out;
    for (const QString &part : v.mid(1, v.size() - 2).split(u',', Qt::SkipEmptyParts)) {
        const QString tag = unquote(part);
        if (!tag.isEmpty())
            out << tag;
    }
    return out;
}

int64_t dateMs(const QString &text, const QString &source, int64_t fallback)
{
    if (text.isEmpty())
        return fallback;
    const int64_t ms = DemoTime::parseIsoUtc(text.toLatin1());
    if (ms < 0)
        throw KbError(u"%1: 'updated' is not a date (YYYY-MM-DD): %2"_s.arg(source, text));
    return ms;
}

void validate(const KbEntry &e)
{
    if (e.slug.isEmpty())
        throw KbError(u"%1: missing id"_s.arg(e.source));
    if (!kLanguages.contains(e.language))
        throw KbError(u"%1: language must be zh-CN, zh-TW or en, not '%2'"_s.arg(e.source, e.language));
    if (e.title.isEmpty())
        throw KbError(u"%1: missing title"_s.arg(e.source));
    if (e.category.isEmpty())
        throw KbError(u"%1: missing category"_s.arg(e.source));
    if (e.body.trimmed().isEmpty())
        throw KbError(u"%1: empty body"_s.arg(e.source));
    if (e.version < 1)
        throw KbError(u"%1: version must be a positive integer"_s.arg(e.source));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw KbError(u"cannot read %1: %2"_s.arg(path, f.errorString()));
    return f.readAll();
}

} // namespace

QString KbSource::embeddedRoot()
{
    return QDir(u":/kb"_s).exists() ? u":/kb"_s : QString();
}

KbEntry KbSource::parseArticle(const QByteArray &content, const QString &source, int64_t defaultUpdatedAt)
{
    QString text = QString::fromUtf8(content);
    if (text.contains(QChar::ReplacementCharacter))
        throw KbError(u"%1: not valid UTF-8"_s.arg(source));
    text.replace(u"\r\n"_s, u"\n"_s);
    if (!text.startsWith(u"---\n"_s))
        throw KbError(u"%1: expected a front-matter block starting with '---'"_s.arg(source));
    const qsizetype end = text.indexOf(u"\n---"_s, 3);
    if (end < 0)
        throw KbError(u"%1: front-matter block is not closed with '---'"_s.arg(source));
    KbEntry e;
    e.source = source;
    QString updated;
    const QStringList lines = text.mid(4, end - 4).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            throw KbError(u"%1: front matter line %2 is not 'key: value'"_s.arg(source).arg(i + 2));
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == u"id"_s) {
            e.slug = unquote(value);
        } else if (key == u"lang"_s || key == u"language"_s) {
            e.language = unquote(value);
        } else if (key == u"title"_s) {
            e.title = unquote(value);
        } else if (key == u"category"_s) {
            e.category = unquote(value);
        } else if (key == u"tags"_s) {
            if (value.isEmpty()) { // block list: "  - tag" lines
                while (i + 1 < lines.size() && lines[i + 1].trimmed().startsWith(u"- "_s))
                    e.tags << unquote(lines[++i].trimmed().mid(2));
            } else {
                e.tags = flowList(value, source);
            }
        } else if (key == u"version"_s) {
            bool ok = false;
            e.version = unquote(value).toInt(&ok);
            if (!ok)
                throw KbError(u"%1: version must be an integer, not '%2'"_s.arg(source, value));
        } else if (key == u"updated"_s) {
            updated = unquote(value);
        } else if (key == u"kind"_s) {
            e.quickReply = unquote(value) == u"quick_reply"_s;
        }
    }
    qsizetype bodyStart = text.indexOf(u'\n', end + 1);
    e.body = bodyStart < 0 ? QString() : text.mid(bodyStart + 1);
    while (e.body.startsWith(u'\n'))
        e.body.remove(0, 1);
    if (!e.body.endsWith(u'\n'))
        e.body += u'\n';
    e.updatedAt = dateMs(updated, source, defaultUpdatedAt);
    validate(e);
    return e;
}

std::vector<KbEntry> KbSource::load(const QString &root, int64_t defaultUpdatedAt)
{
    std::vector<KbEntry> entries;
    const QDir dir(root);
    if (!dir.exists())
        throw KbError(u"no knowledge-base directory %1"_s.arg(root));
    for (const QString &language : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!kLanguages.contains(language))
            continue;
        const QDir langDir(dir.filePath(language));
        for (const QString &file : langDir.entryList({u"*.md"_s}, QDir::Files, QDir::Name)) {
            const QString path = langDir.filePath(file);
            KbEntry e = parseArticle(readAll(path), path, defaultUpdatedAt);
            if (e.language != language)
                throw KbError(u"%1: lang '%2' does not match its folder '%3'"_s.arg(path, e.language, language));
            if (e.slug != QFileInfo(file).completeBaseName())
                throw KbError(u"%1: id '%2' does not match the file name"_s.arg(path, e.slug));
            entries.push_back(std::move(e));
        }
    }
    const QString quick = dir.filePath(u"quick-replies.jsonl"_s);
    if (QFile::exists(quick)) {
        const QList<QByteArray> lines = readAll(quick).split('\n');
        for (qsizetype n = 0; n < lines.size(); ++n) {
            if (lines[n].trimmed().isEmpty())
                continue;
            const QString where = u"%1:%2"_s.arg(quick).arg(n + 1);
            QJsonParseError err{};
            const QJsonDocument doc = QJsonDocument::fromJson(lines[n], &err);
            if (err.error != QJsonParseError::NoError || !doc.isObject())
                throw KbError(u"%1: not a JSON object (%2)"_s.arg(where, err.errorString()));
            const QJsonObject o = doc.object();
            KbEntry e;
            e.source = where;
            e.quickReply = true;
            e.slug = o.value(u"id"_s).toString(o.value(u"slug"_s).toString());
            e.language = o.value(u"lang"_s).toString(o.value(u"language"_s).toString());
            e.title = o.value(u"title"_s).toString();
            e.body = o.value(u"body"_s).toString(o.value(u"text"_s).toString());
            e.category = o.value(u"category"_s).toString();
            for (const QJsonValue &t : o.value(u"tags"_s).toArray())
                e.tags << t.toString();
            e.version = o.value(u"version"_s).toInt(1);
            e.updatedAt = dateMs(o.value(u"updated"_s).toString(), where, defaultUpdatedAt);
            validate(e);
            entries.push_back(std::move(e));
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const KbEntry &a, const KbEntry &b) {
        if (a.quickReply != b.quickReply)
            return !a.quickReply;
        if (a.language != b.language)
            return a.language < b.language;
        return a.slug < b.slug;
    });
    for (size_t i = 1; i < entries.size(); ++i) {
        if (entries[i].slug == entries[i - 1].slug && entries[i].language == entries[i - 1].language)
            throw KbError(u"%1: duplicate id '%2' for language %3 (also in %4)"_s.arg(
                entries[i].source, entries[i].slug, entries[i].language, entries[i - 1].source));
    }
    // Articles and quick replies share (slug, language) uniqueness in kb_articles.
    std::vector<std::pair<QString, QString>> keys;
    for (const KbEntry &e : entries)
        keys.emplace_back(e.slug, e.language);
    std::sort(keys.begin(), keys.end());
    const auto dup = std::adjacent_find(keys.begin(), keys.end());
    if (dup != keys.end())
        throw KbError(u"knowledge base: id '%1' (%2) is used by both an article and a quick reply"_s.arg(dup->first,
                                                                                                         dup->second));
    return entries;
}

void KbSource::write(const std::vector<KbEntry> &entries, const IdFactory &ids, QByteArray &out)
{
    JsonLineWriter w(out);
    uint64_t seq = 0;
    for (const KbEntry &e : entries) {
        w.beginSynced(ids.make(IdSpace::KbArticle, 0, seq++, e.updatedAt), e.updatedAt);
        w.text("slug", e.slug.toStdString());
        w.text("language", e.language.toStdString());
        w.text("title", e.title.toStdString());
        w.text("body", e.body.toStdString());
        w.text("category", e.category.toStdString());
        w.openArray("tags");
        for (const QString &t : e.tags)
            w.element(t.toStdString());
        w.closeArray();
        w.integer("version", e.version);
        w.text("kind", e.quickReply ? "quick_reply" : "article");
        w.endRow();
    }
}

} // namespace panorama::demo
