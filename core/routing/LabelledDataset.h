#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace panorama::routing {

struct LabelledExample
{
    QString text;
    QString label;
};

// Labelled ticket texts read from the formats history exports and public benchmarks use:
//  - CSV with a header naming a text column and a label column (text,category / text,label / text,intent);
//  - JSON Lines, one {"text": ..., "category"|"label"|"intent": ...} object per line;
//  - CLINC150's data_full.json: an object of splits, each a list of [text, intent] pairs.
// Every malformed row is an error naming the file and line; nothing is skipped silently.
struct LabelledDataset
{
    enum class Format
    {
        Auto,
        Csv,
        JsonLines,
        ClincJson
    };

    QString source;
    std::vector<LabelledExample> examples;

    QStringList labels() const; // distinct labels in first-seen order
    size_t size() const { return examples.size(); }

    // `splits` selects CLINC splits (e.g. {"train"} or {"test", "oos_test"}); ignored for other formats.
    static LabelledDataset load(const QString &path, Format format = Format::Auto, const QStringList &splits = {});
    static LabelledDataset parse(const QByteArray &bytes, const QString &source, Format format,
                                 const QStringList &splits = {});
    static Format detect(const QString &path, const QByteArray &bytes);
    static Format formatFromName(const QString &name); // "csv", "jsonl", "clinc"; throws on anything else
    static bool isClinc(const QString &path);          // detect() says ClincJson (reads the first bytes)

private:
    static LabelledDataset parseCsv(const QByteArray &bytes, const QString &source);
    static LabelledDataset parseJsonLines(const QByteArray &bytes, const QString &source);
    static LabelledDataset parseClinc(const QByteArray &bytes, const QString &source, const QStringList &splits);
};

} // namespace panorama::routing
