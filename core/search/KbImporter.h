#pragma once

#include "core/search/SearchDocument.h"

#include <QList>
#include <QString>

#include <optional>

namespace panorama::search {

struct ImportIssue
{
    QString source; // file path
    int line = 0;   // 1-based; 0 when the whole file is concerned
    QString message;
    QString toString() const;
};

struct ImportBatch
{
    QList<SearchDocument> documents;
    QList<ImportIssue> issues;
};

// Reads knowledge-base documents for `kb import`: JSON Lines (one SearchDocument JSON object per line) or a
// directory of Markdown files with a front-matter header (id, title, lang, category, tags, version between
// `---` lines). Every problem is reported with file and line; nothing is written here.
class KbImporter final
{
public:
    static ImportBatch read(const QString &path); // a .jsonl file or a directory of .md files
    static ImportBatch readJsonLines(const QString &path);
    static ImportBatch readMarkdownDirectory(const QString &dir);
    // One Markdown article; `fallbackId` (the file's base name) is used only when the front matter has no id.
    static std::optional<SearchDocument> parseMarkdown(const QString &text, const QString &fallbackId, QString *error,
                                                       int *errorLine = nullptr);
};

} // namespace panorama::search
