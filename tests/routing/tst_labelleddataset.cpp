// Labelled data files: CSV (quoted, multi-line, BOM, CRLF, header names), JSON Lines, CLINC splits, format
// detection, and malformed input refused with the file and line.
#include "core/routing/LabelledDataset.h"
#include "core/routing/RoutingError.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::routing;

class TestLabelledDataset final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvQuotingAndHeaders();
    void csvWithoutHeader();
    void jsonLines();
    void clincSplits();
    void detection();
    void malformed_data();
    void malformed();
    void missingFile();
};

void TestLabelledDataset::csvQuotingAndHeaders()
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "id,intent,text\r\n"
                           "1,card_arrival,\"Where is my card, I ordered it \"\"last week\"\"?\"\r\n"
                           "2,size_problem,\"两行\n文本\"\r\n"
                           "\r\n"
                           "3,logistics,  包裹到哪裡了  \n";
    const LabelledDataset d = LabelledDataset::parse(csv, u"x.csv"_s, LabelledDataset::Format::Csv);
    QCOMPARE(d.size(), size_t(3));
    QCOMPARE(d.examples[0].text, u"Where is my card, I ordered it \"last week\"?"_s);
    QCOMPARE(d.examples[0].label, u"card_arrival"_s);
    QCOMPARE(d.examples[1].text, u"两行\n文本"_s);
    QCOMPARE(d.examples[2].text, u"包裹到哪裡了"_s);
    QCOMPARE(d.labels(), (QStringList{u"card_arrival"_s, u"size_problem"_s, u"logistics"_s}));
}

void TestLabelledDataset::csvWithoutHeader()
{
    const LabelledDataset d =
        LabelledDataset::parse("hello there,other\nwhere is it,logistics", u"x.csv"_s, LabelledDataset::Format::Csv);
    QCOMPARE(d.size(), size_t(2));
    QCOMPARE(d.examples[1].label, u"logistics"_s);
}

void TestLabelledDataset::jsonLines()
{
    const QByteArray jsonl = R"({"text": "退货", "category": "return_exchange"}
{"text": "where is my parcel", "label": "logistics"}

{"text": "hi", "intent": "other", "extra": 1})";
    const LabelledDataset d = LabelledDataset::parse(jsonl, u"x.jsonl"_s, LabelledDataset::Format::Auto);
    QCOMPARE(d.size(), size_t(3));
    QCOMPARE(d.examples[1].label, u"logistics"_s);
    QCOMPARE(d.examples[2].label, u"other"_s);
}

void TestLabelledDataset::clincSplits()
{
    const QByteArray json = R"({"train": [["book a flight", "book_flight"], ["play music", "play_music"]],
        "val": [["fly me to rome", "book_flight"]], "oos_val": [["what is love", "oos"]],
        "test": [["play a song", "play_music"]], "oos_test": [["how tall is everest", "oos"]]})";
    const LabelledDataset train = LabelledDataset::parse(json, u"data_full.json"_s, LabelledDataset::Format::Auto);
    QCOMPARE(train.size(), size_t(2)); // the train split by default
    const LabelledDataset val =
        LabelledDataset::parse(json, u"data_full.json"_s, LabelledDataset::Format::Auto, {u"val"_s, u"oos_val"_s});
    QCOMPARE(val.size(), size_t(2));
    QCOMPARE(val.examples[1].label, u"oos"_s);
    QCOMPARE(val.source, u"data_full.json#val+oos_val"_s);
    try {
        LabelledDataset::parse(json, u"data_full.json"_s, LabelledDataset::Format::ClincJson, {u"dev"_s});
        QFAIL("accepted");
    } catch (const RoutingError &e) {
        QVERIFY2(e.message().contains(u"no split 'dev' (present: "_s), qPrintable(e.message()));
    }
}

void TestLabelledDataset::detection()
{
    QCOMPARE(LabelledDataset::detect(u"a.csv"_s, "{}"), LabelledDataset::Format::Csv);
    QCOMPARE(LabelledDataset::detect(u"a.jsonl"_s, "[]"), LabelledDataset::Format::JsonLines);
    QCOMPARE(LabelledDataset::detect(u"a.json"_s, R"({"train": [["a", "b"]]})"), LabelledDataset::Format::ClincJson);
    QCOMPARE(LabelledDataset::detect(u"a.json"_s, R"({"text": "a", "label": "b"})"),
             LabelledDataset::Format::JsonLines);
    QCOMPARE(LabelledDataset::formatFromName(u"clinc150"_s), LabelledDataset::Format::ClincJson);
    QVERIFY_THROWS_EXCEPTION(RoutingError, LabelledDataset::formatFromName(u"xml"_s));
}

void TestLabelledDataset::malformed_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unterminated quote") << u"a.csv"_s << QByteArray("text,category\nfine,ok\n\"never closed,x\n")
                                        << u"a.csv:3: unterminated quoted field"_s;
    QTest::newRow("missing field") << u"a.csv"_s << QByteArray("text,category\nfine,ok\nonly text\n")
                                   << u"a.csv:3: expected at least 2 fields, found 1"_s;
    QTest::newRow("empty label") << u"a.csv"_s << QByteArray("text,category\nfine,ok\n\n\nno label, \n")
                                 << u"a.csv:5: empty label"_s;
    QTest::newRow("empty text") << u"a.csv"_s << QByteArray("text,category\n\"\",ok\n") << u"a.csv:2: empty text"_s;
    QTest::newRow("quote inside field") << u"a.csv"_s << QByteArray("text,category\nsay \"hi\",ok\n")
                                        << u"a.csv:2: a quote inside an unquoted field"_s;
    QTest::newRow("header without label")
        << u"a.csv"_s << QByteArray("text,foo\na,b\n") << u"a.csv:1: the header has a 'text' column but no"_s;
    QTest::newRow("only header") << u"a.csv"_s << QByteArray("text,category\n") << u"a.csv: no labelled examples"_s;
    QTest::newRow("jsonl bad line") << u"a.jsonl"_s << QByteArray("{\"text\": \"a\", \"label\": \"b\"}\n{oops\n")
                                    << u"a.jsonl:2: not a JSON object"_s;
    QTest::newRow("jsonl no label") << u"a.jsonl"_s << QByteArray("{\"text\": \"a\"}\n")
                                    << u"a.jsonl:1: missing or empty \"category\""_s;
    QTest::newRow("clinc bad item") << u"d.json"_s << QByteArray(R"({"train": [["a", "b"], ["c"]]})")
                                    << u"d.json: split 'train' item 1 is not a [text, intent] pair"_s;
    QTest::newRow("clinc not json") << u"d.json"_s << QByteArray(R"({"train": [["a", "b"])")
                                    << u"d.json: invalid JSON"_s;
}

void TestLabelledDataset::malformed()
{
    QFETCH(QString, source);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    try {
        LabelledDataset::parse(bytes, source, LabelledDataset::Format::Auto);
        QFAIL("accepted");
    } catch (const RoutingError &e) {
        QCOMPARE(e.kind(), RoutingErrorKind::BadData);
        QVERIFY2(e.message().startsWith(expected), qPrintable(e.message()));
    }
}

void TestLabelledDataset::missingFile()
{
    QTemporaryDir dir;
    try {
        LabelledDataset::load(dir.filePath(u"none.csv"_s));
        QFAIL("accepted");
    } catch (const RoutingError &e) {
        QCOMPARE(e.kind(), RoutingErrorKind::Io);
        QVERIFY(e.message().contains(u"none.csv"_s));
    }
}

QTEST_GUILESS_MAIN(TestLabelledDataset)
#include "tst_labelleddataset.moc"
