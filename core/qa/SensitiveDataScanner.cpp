#include "core/qa/SensitiveDataScanner.h"

#include "core/qa/TextNormalizer.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace panorama::qa {

namespace {

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

struct Run
{
    qsizetype start;
    qsizetype end;              // exclusive
    QString digits;             // separators removed; may end with 'x' (ID check digit)
    QList<qsizetype> positions; // offset of each digit in the text
};

QString maskRun(QStringView text, const Run &run, int keepFirst, int keepLast)
{
    QString out = text.mid(run.start, run.end - run.start).toString();
    const qsizetype n = run.positions.size();
    for (qsizetype i = keepFirst; i < n - keepLast; ++i)
        out[run.positions[i] - run.start] = u'*';
    return out;
}

QString digitsOf(const QString &s)
{
    QString d;
    for (QChar c : s) {
        if (isDigit(c))
            d.append(c);
    }
    return d;
}

std::optional<SensitiveDataScanner::Hit> classify(QStringView original, const Run &run, const QStringList &knownDigits)
{
    const QString &d = run.digits;
    const qsizetype len = d.size();
    const bool mobile11 = len == 11 && d[0] == u'1' && d[1] >= u'3' && d[1] <= u'9' && !d.contains(u'x');
    const bool mobile86 = len == 13 && d.startsWith(u"861"_s) && d[3] >= u'3' && d[3] <= u'9' && !d.contains(u'x');
    if (mobile11 || mobile86)
        return SensitiveDataScanner::Hit{u"phone"_s, run.start, run.end - run.start,
                                         maskRun(original, run, mobile86 ? 5 : 3, 4)};
    if (len == 18 && SensitiveDataScanner::idCardValid(d))
        return SensitiveDataScanner::Hit{u"id_card"_s, run.start, run.end - run.start, maskRun(original, run, 0, 4)};
    if (len >= 13 && len <= 19 && !d.contains(u'x') && SensitiveDataScanner::luhnValid(d) && !knownDigits.contains(d))
        return SensitiveDataScanner::Hit{u"bank_card"_s, run.start, run.end - run.start, maskRun(original, run, 0, 4)};
    return std::nullopt;
}

} // namespace

bool SensitiveDataScanner::luhnValid(QStringView digits)
{
    int sum = 0;
    bool dbl = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int v = digits[i].unicode() - u'0';
        if (v < 0 || v > 9)
            return false;
        if (dbl) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
        dbl = !dbl;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

bool SensitiveDataScanner::idCardValid(QStringView id)
{
    // GB 11643-1999: ISO 7064 MOD 11-2 check digit over the first 17 digits, and a real birth date.
    if (id.size() != 18)
        return false;
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char16_t checks[11] = {u'1', u'0', u'x', u'9', u'8', u'7', u'6', u'5', u'4', u'3', u'2'};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!isDigit(id[i]))
            return false;
        sum += (id[i].unicode() - u'0') * weights[i];
    }
    const char16_t last = id[17].toLower().unicode();
    if (last != checks[sum % 11])
        return false;
    const QDate birth = QDate::fromString(id.mid(6, 8).toString(), u"yyyyMMdd"_s);
    return birth.isValid() && birth.year() >= 1900 && birth.year() <= 2100;
}

QList<SensitiveDataScanner::Hit> SensitiveDataScanner::scan(QStringView original, const QStringList &knownIdentifiers)
{
    const QString folded = TextNormalizer::fold(original);
    const QStringView text = folded;
    QStringList knownDigits;
    for (const QString &id : knownIdentifiers)
        knownDigits << digitsOf(id);

    QList<Hit> hits;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isDigit(text[i]) || (i > 0 && isAsciiAlnum(text[i - 1]))) {
            ++i;
            continue;
        }
        // A run: digits with at most one space or hyphen between two digits; an 'x' may close an ID number.
        Run run{i, i, {}, {}};
        qsizetype j = i;
        while (j < text.size()) {
            if (isDigit(text[j])) {
                run.digits.append(text[j]);
                run.positions << j;
                run.end = ++j;
            } else if ((text[j] == u' ' || text[j] == u'-') && j + 1 < text.size() && isDigit(text[j + 1]) &&
                       isDigit(text[j - 1])) {
                ++j;
            } else {
                break;
            }
        }
        if (run.end < text.size() && (text[run.end] == u'x' || text[run.end] == u'X') && run.digits.size() == 17) {
            run.digits.append(u'x');
            run.positions << run.end;
            ++run.end;
        }
        i = run.end;
        if (run.end < text.size() && isAsciiAlnum(text[run.end]))
            continue; // glued to letters: a reference code, not a number a person owns
        if (auto hit = classify(original, run, knownDigits)) {
            hits << *hit;
            continue;
        }
        // "13800138000 1234": the whole run is nothing, but a group inside it may be.
        qsizetype g = 0;
        while (g < run.positions.size()) {
            qsizetype h = g + 1;
            while (h < run.positions.size() && run.positions[h] == run.positions[h - 1] + 1)
                ++h;
            if (h - g < run.positions.size()) {
                Run sub{run.positions[g], run.positions[h - 1] + 1, run.digits.mid(g, h - g),
                        run.positions.mid(g, h - g)};
                if (auto hit = classify(original, sub, knownDigits))
                    hits << *hit;
            }
            g = h;
        }
    }
    return hits;
}

void SensitiveDataScanner::applyMasks(QString &text, const QList<Hit> &hits)
{
    for (const Hit &h : hits)
        text.replace(h.start, h.length, h.masked);
}

} // namespace panorama::qa
