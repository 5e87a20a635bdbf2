#pragma once

#include "money/money.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace paydesk::airtime {

struct CountryPlan
{
    QString code;        // "NG"
    QString name;        // "Nigeria"
    QString callingCode; // "234"
    int nationalDigits = 0;
    Currency currency;
    QStringList mobilePrefixes; // leading digits of mobile national significant numbers
    Money minAmount;            // a custom amount's limits
    Money maxAmount;
};

struct Network
{
    QString code;            // "mtn"
    QString country;         // "NG"
    QString name;            // "MTN"
    QString providerService; // the provider's product id (VTpass serviceID); empty: not sold here
    int commissionBp = 0;    // the vendor's commission in basis points (300 = 3 %)
    QList<Money> presets;
    QStringList prefixes; // original-allocation prefixes of the national significant number
    bool sellable = true; // false: detected and named, but no airtime is sold for it
};

// Countries, networks, prefixes and products as data (resources/airtime/catalog.json, or the copy an admin keeps
// in the database). Prefixes are original allocations: numbers are portable, so detect() only pre-selects the
// network the customer then confirms or changes.
class AirtimeCatalog
{
  public:
    // The document's own errors name the field ("networks[3].prefixes[2]: …").
    static Result<AirtimeCatalog, QString> fromJson(const QByteArray& json);
    // The catalog shipped with the program.
    static const AirtimeCatalog& builtIn();
    static QByteArray builtInJson();
    // The catalog in use: the admin's copy once it is loaded from the database (setCurrent), the built-in one
    // until then or after a reset (nullptr). Safe from any thread; a holder keeps its copy while it works.
    static std::shared_ptr<const AirtimeCatalog> current();
    static void setCurrent(std::shared_ptr<const AirtimeCatalog> catalog);

    QDate asOf() const { return m_asOf; }
    QString source() const { return m_source; }
    const QList<CountryPlan>& countries() const { return m_countries; }
    const QList<Network>& networks() const { return m_networks; }
    const CountryPlan* country(const QString& code) const;
    const CountryPlan* countryByCallingCode(QStringView digits) const; // digits start with the calling code
    const Network* network(const QString& code) const;
    QList<const Network*> sellableNetworks(const QString& country) const;

    // The network whose longest prefix matches a national significant number, or nullptr.
    const Network* detect(const QString& country, QStringView nationalSignificant) const;
    // A custom or preset amount for this network: within the country's limits, in whole units of its currency.
    Result<Money, QString> checkAmount(const Network& network, const Money& amount) const;
    // The vendor's commission on a sale of `amount` (rounded down to the minor unit).
    static Money commission(const Network& network, const Money& amount);

  private:
    struct Node
    {
        std::array<qint32, 10> next{-1, -1, -1, -1, -1, -1, -1, -1, -1, -1};
        qint32 network = -1;
    };
    void addPrefix(int countryIndex, const QString& prefix, int networkIndex);

    QDate m_asOf;
    QString m_source;
    QList<CountryPlan> m_countries;
    QList<Network> m_networks;
    std::vector<Node> m_nodes; // one prefix trie per country, rooted at node index = country index
};

} // namespace paydesk::airtime
