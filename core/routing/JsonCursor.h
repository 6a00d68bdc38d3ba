#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <memory>
#include <optional>

namespace panorama::routing {

// Reads a JSON configuration file (taxonomy, rules, roster, SLA policy) strictly: every error names the file,
// the path to the value ("rules[2].when.tiers[0]") and the cause, and unknown keys are refused so that a typo
// never silently disables a rule. Throws RoutingError(BadRules).
class JsonCursor final
{
public:
    // Parses a whole document; `file` names it in messages.
    static JsonCursor parse(const QByteArray &bytes, const QString &file);
    static JsonCursor load(const QString &path);

    const QString &path() const { return m_path; }
    const QJsonValue &value() const { return m_value; }
    bool isNull() const { return m_value.isNull() || m_value.isUndefined(); }

    JsonCursor at(const QString &key) const;                  // required member
    std::optional<JsonCursor> find(const QString &key) const; // optional member (absent or null → nullopt)
    bool has(const QString &key) const { return find(key).has_value(); }
    QList<JsonCursor> elements() const; // the value must be an array
    QStringList keys() const;           // the value must be an object

    QString string() const;     // non-empty string
    QString identifier() const; // [a-z0-9_.-]+, used for ids that rules refer to
    double number(double lo, double hi) const;
    int integer(int lo, int hi) const;
    bool boolean() const;
    QStringList strings() const;     // array of non-empty strings
    QStringList identifiers() const; // array of identifiers

    // Optional members with defaults.
    QString stringOr(const QString &key, const QString &fallback) const;
    double numberOr(const QString &key, double fallback, double lo, double hi) const;
    int integerOr(const QString &key, int fallback, int lo, int hi) const;
    bool booleanOr(const QString &key, bool fallback) const;
    QStringList identifiersOr(const QString &key) const; // empty when absent

    // Fails when the object holds a key outside `allowed` ("did you mean ...?" when one is close).
    void allowOnly(const QStringList &allowed) const;

    [[noreturn]] void fail(const QString &cause) const;

private:
    JsonCursor(QJsonValue value, QString path, std::shared_ptr<const QString> file);
    QString typeName() const;
    JsonCursor child(const QJsonValue &v, const QString &path) const;

    QJsonValue m_value;
    QString m_path;
    std::shared_ptr<const QString> m_file;
};

} // namespace panorama::routing
