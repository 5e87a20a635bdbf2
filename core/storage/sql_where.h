#pragma once

#include <QStringList>
#include <QVariantList>

namespace paydesk::sql {

// A WHERE clause built from the conditions a filter names, every value bound as a parameter, never spliced into
// the text. Self is the derived builder, so that a query's own conditions (a statistics period, a filter's
// columns) chain with these: `struct StatsWhere : BasicWhere<StatsWhere> { StatsWhere& days(...); }`.
template <typename Self> struct BasicWhere
{
    QStringList clauses;
    QVariantList params;

    Self& add(const QString& clause, const QVariantList& values = {})
    {
        clauses << clause;
        params << values;
        return self();
    }
    // A condition only when the filter names a value: an empty text, an invalid time or a null QVariant adds nothing.
    Self& addIf(bool named, const QString& clause, const QVariantList& values = {})
    {
        return named ? add(clause, values) : self();
    }
    Self& equal(const QString& column, const QString& value)
    {
        return addIf(!value.isEmpty(), column + QStringLiteral(" = ?"), {value});
    }
    // " WHERE a AND b", or nothing when no condition was named.
    QString sql() const { return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(u" AND "); }

  private:
    Self& self() { return static_cast<Self&>(*this); }
};

struct Where : BasicWhere<Where>
{
};

} // namespace paydesk::sql
