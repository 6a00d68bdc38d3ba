#include "core/routing/JsonCursor.h"

#include "core/routing/RoutingError.h"

#include <QFile>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace panorama::routing {

namespace {

// Levenshtein distance, for "did you mean" hints on misspelt keys.
int distance(const QString &a, const QString &b)
{
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (size_t j = 0; j < prev.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1,
                                       prev[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev.back();
}

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

} // namespace

JsonCursor::JsonCursor(QJsonValue value, QString path, std::shared_ptr<const QString> file)
    : m_value(std::move(value)), m_path(std::move(path)), m_file(std::move(file))
{}

JsonCursor JsonCursor::parse(const QByteArray &bytes, const QString &file)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        throw RoutingError(
            RoutingErrorKind::BadRules,
            u"%1:%2: invalid JSON: %3"_s.arg(file).arg(lineOfOffset(bytes, err.offset)).arg(err.errorString()));
    const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    return JsonCursor(root, QString(), std::make_shared<const QString>(file));
}

JsonCursor JsonCursor::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw RoutingError(RoutingErrorKind::Io, u"cannot read %1: %2"_s.arg(path, f.errorString()));
    return parse(f.readAll(), path);
}

void JsonCursor::fail(const QString &cause) const
{
    const QString where = m_path.isEmpty() ? u"(top level)"_s : m_path;
    throw RoutingError(RoutingErrorKind::BadRules, u"%1: %2: %3"_s.arg(*m_file, where, cause));
}

QString JsonCursor::typeName() const
{
    switch (m_value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"missing"_s;
}

JsonCursor JsonCursor::child(const QJsonValue &v, const QString &path) const
{
    return JsonCursor(v, path, m_file);
}

JsonCursor JsonCursor::at(const QString &key) const
{
    if (!m_value.isObject())
        fail(u"expected an object, found %1"_s.arg(typeName()));
    const QJsonObject obj = m_value.toObject();
    const QString path = m_path.isEmpty() ? key : m_path + u'.' + key;
    if (!obj.contains(key) || obj.value(key).isNull())
        child(QJsonValue(), path).fail(u"required value is missing"_s);
    return child(obj.value(key), path);
}

std::optional<JsonCursor> JsonCursor::find(const QString &key) const
{
    if (!m_value.isObject())
        fail(u"expected an object, found %1"_s.arg(typeName()));
    const QJsonObject obj = m_value.toObject();
    if (!obj.contains(key) || obj.value(key).isNull())
        return std::nullopt;
    return child(obj.value(key), m_path.isEmpty() ? key : m_path + u'.' + key);
}

QList<JsonCursor> JsonCursor::elements() const
{
    if (!m_value.isArray())
        fail(u"expected an array, found %1"_s.arg(typeName()));
    QList<JsonCursor> out;
    const QJsonArray arr = m_value.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i)
        out.append(child(arr.at(i), u"%1[%2]"_s.arg(m_path).arg(i)));
    return out;
}

QStringList JsonCursor::keys() const
{
    if (!m_value.isObject())
        fail(u"expected an object, found %1"_s.arg(typeName()));
    return m_value.toObject().keys();
}

QString JsonCursor::string() const
{
    if (!m_value.isString())
        fail(u"expected a string, found %1"_s.arg(typeName()));
    const QString s = m_value.toString().trimmed();
    if (s.isEmpty())
        fail(u"must not be empty"_s);
    return s;
}

QString JsonCursor::identifier() const
{
    const QString s = string();
    for (const QChar c : s) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-' || c == u'.'))
            fail(u"'%1' is not a valid id (lower-case letters, digits, '_', '-', '.')"_s.arg(s));
    }
    return s;
}

double JsonCursor::number(double lo, double hi) const
{
    if (!m_value.isDouble())
        fail(u"expected a number, found %1"_s.arg(typeName()));
    const double v = m_value.toDouble();
    if (!std::isfinite(v) || v < lo || v > hi)
        fail(u"%1 is outside [%2, %3]"_s.arg(v).arg(lo).arg(hi));
    return v;
}

int JsonCursor::integer(int lo, int hi) const
{
    const double v = number(lo, hi);
    if (v != std::floor(v))
        fail(u"expected a whole number, found %1"_s.arg(v));
    return int(v);
}

bool JsonCursor::boolean() const
{
    if (!m_value.isBool())
        fail(u"expected true or false, found %1"_s.arg(typeName()));
    return m_value.toBool();
}

QStringList JsonCursor::strings() const
{
    QStringList out;
    for (const JsonCursor &e : elements())
        out.append(e.string());
    return out;
}

QStringList JsonCursor::identifiers() const
{
    QStringList out;
    for (const JsonCursor &e : elements())
        out.append(e.identifier());
    return out;
}

QString JsonCursor::stringOr(const QString &key, const QString &fallback) const
{
    const auto c = find(key);
    return c ? c->string() : fallback;
}

double JsonCursor::numberOr(const QString &key, double fallback, double lo, double hi) const
{
    const auto c = find(key);
    return c ? c->number(lo, hi) : fallback;
}

int JsonCursor::integerOr(const QString &key, int fallback, int lo, int hi) const
{
    const auto c = find(key);
    return c ? c->integer(lo, hi) : fallback;
}

bool JsonCursor::booleanOr(const QString &key, bool fallback) const
{
    const auto c = find(key);
    return c ? c->boolean() : fallback;
}

QStringList JsonCursor::identifiersOr(const QString &key) const
{
    const auto c = find(key);
    return c ? c->identifiers() : QStringList{};
}

void JsonCursor::allowOnly(const QStringList &allowed) const
{
    for (const QString &key : keys()) {
        if (allowed.contains(key))
            continue;
        QString hint;
        int best = 3;
        for (const QString &a : allowed) {
            const int d = distance(key, a);
            if (d < best) {
                best = d;
                hint = a;
            }
        }
        const QString path = m_path.isEmpty() ? key : m_path + u'.' + key;
        child(QJsonValue(), path)
            .fail(hint.isEmpty() ? u"unknown key (allowed: %1)"_s.arg(allowed.join(u", "_s))
                                 : u"unknown key; did you mean '%1'?"_s.arg(hint));
    }
}

} // namespace panorama::routing
