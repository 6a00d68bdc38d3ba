#pragma once

#include "core/routing/LocalizedText.h"

#include <QList>
#include <QStringList>

namespace panorama::routing {

// One ticket category of the taxonomy.
struct Category
{
    QString id; // what the classifier predicts and rules refer to
    LocalizedText name;
    LocalizedText description;
    QString defaultPriority = QStringLiteral("normal"); // low | normal | high | urgent
};

// The configurable set of ticket categories (defaults in resources/routing/taxonomy.json). Versioned so that a
// model trained for one taxonomy is never used with another.
class Taxonomy final
{
public:
    const QString &id() const { return m_id; }
    const QString &version() const { return m_version; }
    const QList<Category> &categories() const { return m_categories; }
    QStringList ids() const;
    bool contains(const QString &id) const;
    // Throws RoutingError(Misuse) for an unknown id.
    const Category &category(const QString &id) const;
    // The category for tickets nobody can place ("other").
    const QString &fallbackId() const { return m_fallback; }

    QJsonObject toJson() const;
    // Validates: unique ids, names in both languages, known priorities, a fallback that exists.
    static Taxonomy fromJson(const JsonCursor &root);
    static Taxonomy load(const QString &path);
    static Taxonomy parse(const QByteArray &json, const QString &source);
    // The retail defaults embedded in the library.
    static Taxonomy defaults();

private:
    QString m_id;
    QString m_version;
    QString m_fallback;
    QList<Category> m_categories;
};

} // namespace panorama::routing
