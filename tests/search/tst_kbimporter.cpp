// `kb import` input: JSON Lines and directories of Markdown with front matter; malformed files give errors
// that name the file, the line and the cause, and nothing half-read.
#include "core/search/KbImporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panorama::search;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestKbImporter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonLines();
    void malformedJsonLines_data();
    void malformedJsonLines();
    void markdownDirectory();
    void malformedMarkdown_data();
    void malformedMarkdown();
    void missingPaths();

private:
    QTemporaryDir m_dir;
};

void TestKbImporter::jsonLines()
{
    const QString path = m_dir.filePath(u"ok.jsonl"_s);
    write(path,
          "{\"id\":\"a1\",\"title\":\"退货政策\",\"body\":\"七天无理由\",\"lang\":\"zh\",\"tags\":[\"退货\",\"政策\"],"
          "\"version\":3}\n"
          "\n"
          "{\"id\":\"c1\",\"type\":\"case\",\"problem\":\"买大了\",\"resolution\":\"换小一码\","
          "\"outcome\":\"resolved_first_contact\",\"satisfaction\":5}\n");
    const ImportBatch b = KbImporter::read(path);
    QVERIFY(b.issues.isEmpty());
    QCOMPARE(b.documents.size(), 2);
    QCOMPARE(b.documents[0].tags, (QStringList{u"退货"_s, u"政策"_s}));
    QCOMPARE(b.documents[0].version, 3);
    QCOMPARE(b.documents[1].type, DocType::Case);
    QCOMPARE(b.documents[1].body, u"换小一码"_s);
    QCOMPARE(b.documents[1].outcome, CaseOutcome::ResolvedFirstContact);
    // Round trip through the sync JSON.
    QString error;
    const auto back = SearchDocument::fromJson(b.documents[1].toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->problem, u"买大了"_s);
    QCOMPARE(back->satisfaction, 5.0);
}

void TestKbImporter::malformedJsonLines_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{\"id\":\"a\",\"title\":\"t\"}\n{oops\n") << 2 << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[1,2]\n") << 1 << u"JSON object"_s;
    QTest::newRow("no id") << QByteArray("{\"title\":\"t\"}\n") << 1 << u"'id'"_s;
    QTest::newRow("bad type") << QByteArray("{\"id\":\"a\",\"title\":\"t\",\"type\":\"faq\"}\n") << 1 << u"'type'"_s;
    QTest::newRow("tags not strings") << QByteArray("{\"id\":\"a\",\"title\":\"t\",\"tags\":[1]}\n") << 1
                                      << u"'tags'"_s;
    QTest::newRow("title not string") << QByteArray("{\"id\":\"a\",\"title\":5}\n") << 1 << u"'title'"_s;
    QTest::newRow("nothing to search") << QByteArray("{\"id\":\"a\"}\n") << 1 << u"nothing to search"_s;
    QTest::newRow("bad satisfaction") << QByteArray("{\"id\":\"a\",\"title\":\"t\",\"satisfaction\":9}\n") << 1
                                      << u"satisfaction"_s;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe\n", 6) << 1 << u"not valid JSON"_s;
}

void TestKbImporter::malformedJsonLines()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(u"bad.jsonl"_s);
    write(path, content);
    const ImportBatch b = KbImporter::read(path);
    QVERIFY(!b.issues.isEmpty());
    QCOMPARE(b.issues.first().line, line);
    QVERIFY2(b.issues.first().message.contains(message), qPrintable(b.issues.first().toString()));
    QVERIFY(b.issues.first().toString().startsWith(path));
}

void TestKbImporter::markdownDirectory()
{
    const QString dir = m_dir.filePath(u"md"_s);
    write(dir + u"/returns/return-policy.md"_s, "---\nid: kb-return-policy\ntitle: 退货政策\nlang: zh\n"
                                                "category: returns\ntags: [退货, 七天无理由]\nversion: 2\n---\n"
                                                "# 退货政策\n\n签收后7天内可以退货。\n");
    write(dir + u"/size.md"_s, "\xEF\xBB\xBF---\r\ntitle: \"Size guide\"\r\nlang: en\r\ntags:\r\n  - size\r\n"
                               "  - fit\r\n---\r\nUse the size chart.\r\n");
    write(dir + u"/notes.txt"_s, "not markdown, ignored");
    const ImportBatch b = KbImporter::read(dir);
    QVERIFY2(b.issues.isEmpty(), qPrintable(b.issues.value(0).toString()));
    QCOMPARE(b.documents.size(), 2);
    const SearchDocument &a = b.documents[0];
    QCOMPARE(a.id, u"kb-return-policy"_s);
    QCOMPARE(a.category, u"returns"_s);
    QCOMPARE(a.tags, (QStringList{u"退货"_s, u"七天无理由"_s}));
    QCOMPARE(a.version, 2);
    QVERIFY(a.body.contains(u"签收后7天内可以退货"_s));
    const SearchDocument &s = b.documents[1];
    QCOMPARE(s.id, u"size"_s); // no id in the front matter: the file name
    QCOMPARE(s.title, u"Size guide"_s);
    QCOMPARE(s.tags, (QStringList{u"size"_s, u"fit"_s}));
    QCOMPARE(s.body, u"Use the size chart."_s);
}

void TestKbImporter::malformedMarkdown_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("no front matter") << QByteArray("# Title\nbody\n") << u"missing front matter"_s;
    QTest::newRow("not closed") << QByteArray("---\nid: x\ntitle: t\nbody text\n") << u"not 'key: value'"_s;
    QTest::newRow("never closed") << QByteArray("---\nid: x\ntitle: t\n") << u"not closed"_s;
    QTest::newRow("bad version") << QByteArray("---\nid: x\ntitle: t\nversion: two\n---\nbody\n") << u"version"_s;
    QTest::newRow("bad type") << QByteArray("---\nid: x\ntitle: t\ntype: faq\n---\nbody\n") << u"'type'"_s;
}

void TestKbImporter::malformedMarkdown()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString dir = m_dir.filePath(u"badmd_%1"_s.arg(QString::fromLatin1(QTest::currentDataTag()).size()));
    QDir(dir).removeRecursively();
    write(dir + u"/good.md"_s, "---\nid: good\ntitle: fine\n---\nbody\n");
    write(dir + u"/bad.md"_s, content);
    const ImportBatch b = KbImporter::read(dir);
    QCOMPARE(b.issues.size(), 1);
    QVERIFY2(b.issues.first().message.contains(message), qPrintable(b.issues.first().toString()));
    QVERIFY(b.issues.first().source.endsWith(u"bad.md"_s));
    QCOMPARE(b.documents.size(), 1); // the good file is read; the caller decides not to import a partial set
}

void TestKbImporter::missingPaths()
{
    ImportBatch b = KbImporter::read(m_dir.filePath(u"nope.jsonl"_s));
    QVERIFY(b.issues.first().message.contains(u"no such file"_s));
    const QString empty = m_dir.filePath(u"empty"_s);
    QDir().mkpath(empty);
    b = KbImporter::read(empty);
    QVERIFY(b.issues.first().message.contains(u"no Markdown"_s));
    write(m_dir.filePath(u"empty.jsonl"_s), "\n\n");
    b = KbImporter::read(m_dir.filePath(u"empty.jsonl"_s));
    QVERIFY(b.issues.first().message.contains(u"no documents"_s));
    write(m_dir.filePath(u"dup.jsonl"_s), "{\"id\":\"a\",\"title\":\"t\"}\n{\"id\":\"a\",\"title\":\"u\"}\n");
    b = KbImporter::read(m_dir.filePath(u"dup.jsonl"_s));
    QVERIFY(b.issues.first().message.contains(u"more than once"_s));
}

QTEST_GUILESS_MAIN(TestKbImporter)
#include "tst_kbimporter.moc"
