#pragma once

#include <QString>
#include <QStringList>

namespace paydesk {

// The words a record is found by, and a sound-alike key so that a misspelt name still finds the patient
// ("Adebayo" / "Adebyo" / "Adebaiyo"). The key keeps the first letter, folds letters that are often swapped in
// West and East African names as written by different clerks (c/k/q, ph/f, v/f, z/s, y/i, j/g before e/i), drops
// vowels and h after the first letter and collapses repeats.
namespace search_terms {

// Lower-case, accents removed, split on anything that is not a letter or digit.
QStringList words(const QString& text);
QString phoneticKey(const QString& word);
// Strict prefix range end for an index range scan: every string that starts with prefix is < upperBound(prefix).
QString upperBound(const QString& prefix);

} // namespace search_terms

} // namespace paydesk
