#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <stdexcept>
#include <vector>

namespace panorama::demo {

class IdFactory;

// A knowledge-base article or quick reply as it goes into kb_articles.jsonl.
struct KbEntry
{
    QString slug;
    QString language;
    QString title;
    QString body;
    QString category;
    QStringList tags;
    int version = 1;
    bool quickReply = false;
    int64_t updatedAt = 0;
    QString source; // file (and line) it came from, for error messages
};

class KbError : public std::runtime_error
{
public:
    explicit KbError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// Reads the policy knowledge base (resources/kb: <lang>/<id>.md with a YAML front-matter block, and
// quick-replies.jsonl) from a directory or from the copy embedded as a Qt resource (":/kb"). Malformed files
// are errors that name the file; entries come out sorted by kind, language and slug so the output is stable.
class KbSource
{
public:
    // The embedded copy's root, or an empty string if nothing was embedded at build time.
    static QString embeddedRoot();
    static std::vector<KbEntry> load(const QString &root, int64_t defaultUpdatedAt);
    // Appends the kb_articles rows.
    static void write(const std::vector<KbEntry> &entries, const IdFactory &ids, QByteArray &out);
    // Parses one Markdown article with front matter (exposed for tests).
    static KbEntry parseArticle(const QByteArray &content, const QString &source, int64_t defaultUpdatedAt);
};

} // namespace panorama::demo
