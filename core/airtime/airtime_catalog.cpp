#include "airtime/airtime_catalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <mutex>

namespace paydesk::airtime {

namespace {

bool allDigits(const QString& text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Reads the document field by field; the first problem is kept with the path of the field it is in.
class Reader
{
  public:
    QString error;

    bool fail(const QString& path, const QString& what)
    {
        if (error.isEmpty())
            error = path + QStringLiteral(": ") + what;
        return false;
    }
    QString text(const QJsonObject& object, const QString& path, const char* key, bool required = true)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString().trimmed();
        if (required || !value.isUndefined())
            fail(path + u'.' + QLatin1String(key), QStringLiteral("a non-empty text is required"));
        return {};
    }
    qint64 integer(const QJsonObject& object, const QString& path, const char* key, qint64 min, qint64 max)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        const qint64 number = value.toInteger(min - 1);
        if (!value.isDouble() || number < min || number > max || double(number) != value.toDouble())
            fail(path + u'.' + QLatin1String(key),
                 QStringLiteral("a whole number from %1 to %2 is required").arg(min).arg(max));
        return number;
    }
    QStringList digitList(const QJsonObject& object, const QString& path, const char* key)
    {
        QStringList list;
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isArray()) {
            fail(path + u'.' + QLatin1String(key), QStringLiteral("a list of digit strings is required"));
            return list;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString entry = array.at(i).toString();
            if (!allDigits(entry) || entry.size() > 6)
                fail(QStringLiteral("%1.%2[%3]").arg(path, QLatin1String(key)).arg(i),
                     QStringLiteral("\"%1\" is not a prefix of 1 to 6 digits").arg(array.at(i).toVariant().toString()));
            list << entry;
        }
        return list;
    }
};

} // namespace

Result<AirtimeCatalog, QString> AirtimeCatalog::fromJson(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("Not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
    if (!document.isObject())
        return QStringLiteral("The catalog must be a JSON object.");
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toInt() != 1)
        return QStringLiteral("format: this Paydesk reads catalog format 1.");

    Reader read;
    AirtimeCatalog catalog;
    catalog.m_asOf = QDate::fromString(read.text(root, QStringLiteral("catalog"), "as_of"), Qt::ISODate);
    if (!catalog.m_asOf.isValid())
        read.fail(QStringLiteral("as_of"), QStringLiteral("a date (YYYY-MM-DD) is required"));
    catalog.m_source = root.value(QStringLiteral("source")).toString();

    const QJsonArray countries = root.value(QStringLiteral("countries")).toArray();
    if (countries.isEmpty())
        read.fail(QStringLiteral("countries"), QStringLiteral("at least one country is required"));
    for (qsizetype i = 0; i < countries.size(); ++i) {
        const QString path = QStringLiteral("countries[%1]").arg(i);
        const QJsonObject object = countries.at(i).toObject();
        CountryPlan plan;
        plan.code = read.text(object, path, "code").toUpper();
        plan.name = read.text(object, path, "name");
        plan.callingCode = read.text(object, path, "calling_code");
        if (!allDigits(plan.callingCode))
            read.fail(path + QStringLiteral(".calling_code"), QStringLiteral("digits are required"));
        plan.nationalDigits = int(read.integer(object, path, "national_digits", 6, 12));
        const auto currency = Currency::fromCode(read.text(object, path, "currency"));
        if (!currency)
            read.fail(path + QStringLiteral(".currency"), QStringLiteral("an ISO 4217 code Paydesk knows is required"));
        plan.currency = currency.value_or(Currency());
        plan.mobilePrefixes = read.digitList(object, path, "mobile_prefixes");
        plan.minAmount =
            Money::fromMinor(read.integer(object, path, "min_amount", 1, Q_INT64_C(1) << 40), plan.currency);
        plan.maxAmount =
            Money::fromMinor(read.integer(object, path, "max_amount", 1, Q_INT64_C(1) << 40), plan.currency);
        if (read.error.isEmpty() && plan.maxAmount.minorUnits() < plan.minAmount.minorUnits())
            read.fail(path + QStringLiteral(".max_amount"), QStringLiteral("is below min_amount"));
        if (catalog.country(plan.code))
            read.fail(path + QStringLiteral(".code"), QStringLiteral("%1 is listed twice").arg(plan.code));
        catalog.m_countries << plan;
        catalog.m_nodes.emplace_back(); // the root of this country's prefix trie
    }

    const QJsonArray networks = root.value(QStringLiteral("networks")).toArray();
    for (qsizetype i = 0; i < networks.size() && read.error.isEmpty(); ++i) {
        const QString path = QStringLiteral("networks[%1]").arg(i);
        const QJsonObject object = networks.at(i).toObject();
        Network network;
        network.code = read.text(object, path, "code");
        network.name = read.text(object, path, "name");
        network.country = read.text(object, path, "country").toUpper();
        network.sellable = object.value(QStringLiteral("sellable")).toBool(true);
        const CountryPlan* plan = catalog.country(network.country);
        if (!plan) {
            read.fail(path + QStringLiteral(".country"),
                      QStringLiteral("%1 is not among the countries").arg(network.country));
            break;
        }
        if (catalog.network(network.code))
            read.fail(path + QStringLiteral(".code"), QStringLiteral("%1 is listed twice").arg(network.code));
        network.prefixes = read.digitList(object, path, "prefixes");
        if (network.sellable) {
            network.providerService = read.text(object, path, "provider_service");
            network.commissionBp = int(read.integer(object, path, "commission_bp", 0, 2000));
            const QJsonArray presets = object.value(QStringLiteral("presets")).toArray();
            for (qsizetype p = 0; p < presets.size(); ++p) {
                const qint64 minor = presets.at(p).toInteger(-1);
                const Money amount = Money::fromMinor(minor, plan->currency);
                if (minor < plan->minAmount.minorUnits() || minor > plan->maxAmount.minorUnits() ||
                    minor % plan->currency.minorPerMajor() != 0)
                    read.fail(
                        QStringLiteral("%1.presets[%2]").arg(path).arg(p),
                        QStringLiteral("must be whole %1 within the country's limits").arg(plan->currency.code()));
                network.presets << amount;
            }
        }
        const int countryIndex = int(plan - catalog.m_countries.constData());
        // A document already found wrong builds no trie: its prefixes may hold what is not a digit.
        if (read.error.isEmpty()) {
            for (const QString& prefix : std::as_const(network.prefixes))
                catalog.addPrefix(countryIndex, prefix, int(catalog.m_networks.size()));
        }
        catalog.m_networks << network;
    }
    if (!read.error.isEmpty())
        return read.error;
    return catalog;
}

void AirtimeCatalog::addPrefix(int countryIndex, const QString& prefix, int networkIndex)
{
    qint32 node = countryIndex;
    for (const QChar c : prefix) {
        const int digit = c.unicode() - '0';
        if (digit < 0 || digit > 9)
            return; // fromJson refuses such a prefix; never index past the ten children
        if (m_nodes[size_t(node)].next[size_t(digit)] < 0) {
            m_nodes[size_t(node)].next[size_t(digit)] = qint32(m_nodes.size());
            m_nodes.emplace_back();
        }
        node = m_nodes[size_t(node)].next[size_t(digit)];
    }
    m_nodes[size_t(node)].network = networkIndex;
}

QByteArray AirtimeCatalog::builtInJson()
{
    QFile file(QStringLiteral(":/paydesk/airtime/catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const AirtimeCatalog& AirtimeCatalog::builtIn()
{
    static const AirtimeCatalog catalog = [] {
        auto parsed = fromJson(builtInJson());
        // The shipped file is checked by the tests; a broken build must not start selling.
        Q_ASSERT_X(parsed.ok(), "AirtimeCatalog", "resources/airtime/catalog.json is invalid");
        return parsed ? *parsed : AirtimeCatalog();
    }();
    return catalog;
}

namespace {

std::mutex g_currentLock;
std::shared_ptr<const AirtimeCatalog> g_current; // null: the built-in one

} // namespace

std::shared_ptr<const AirtimeCatalog> AirtimeCatalog::current()
{
    {
        const std::lock_guard lock(g_currentLock);
        if (g_current)
            return g_current;
    }
    // The built-in catalog lives for the whole program: shared without ownership.
    return std::shared_ptr<const AirtimeCatalog>(std::shared_ptr<const AirtimeCatalog>(), &builtIn());
}

void AirtimeCatalog::setCurrent(std::shared_ptr<const AirtimeCatalog> catalog)
{
    const std::lock_guard lock(g_currentLock);
    g_current = std::move(catalog);
}

const CountryPlan* AirtimeCatalog::country(const QString& code) const
{
    for (const CountryPlan& plan : m_countries) {
        if (plan.code.compare(code, Qt::CaseInsensitive) == 0)
            return &plan;
    }
    return nullptr;
}

const CountryPlan* AirtimeCatalog::countryByCallingCode(QStringView digits) const
{
    for (const CountryPlan& plan : m_countries) {
        if (digits.startsWith(plan.callingCode))
            return &plan;
    }
    return nullptr;
}

const Network* AirtimeCatalog::network(const QString& code) const
{
    for (const Network& network : m_networks) {
        if (network.code == code)
            return &network;
    }
    return nullptr;
}

QList<const Network*> AirtimeCatalog::sellableNetworks(const QString& country) const
{
    QList<const Network*> list;
    for (const Network& network : m_networks) {
        if (network.sellable && network.country == country)
            list << &network;
    }
    return list;
}

const Network* AirtimeCatalog::detect(const QString& country, QStringView nationalSignificant) const
{
    const CountryPlan* plan = this->country(country);
    if (!plan)
        return nullptr;
    qint32 node = qint32(plan - m_countries.constData());
    qint32 found = -1;
    for (const QChar c : nationalSignificant) {
        const unsigned digit = unsigned(c.unicode()) - '0';
        if (digit > 9)
            break;
        node = m_nodes[size_t(node)].next[digit];
        if (node < 0)
            break;
        if (m_nodes[size_t(node)].network >= 0)
            found = m_nodes[size_t(node)].network;
    }
    return found >= 0 ? &m_networks[found] : nullptr;
}

Result<Money, QString> AirtimeCatalog::checkAmount(const Network& network, const Money& amount) const
{
    const CountryPlan* plan = country(network.country);
    if (!plan || !network.sellable)
        return QCoreApplication::translate("AirtimeCatalog", "%1 airtime is not sold here.").arg(network.name);
    if (amount.currency() != plan->currency)
        return QCoreApplication::translate("AirtimeCatalog", "%1 airtime is sold in %2.")
            .arg(network.name, plan->currency.code());
    if (amount < plan->minAmount || amount > plan->maxAmount)
        return QCoreApplication::translate("AirtimeCatalog", "The amount must be from %1 to %2.")
            .arg(plan->minAmount.format(), plan->maxAmount.format());
    if (amount.minorUnits() % plan->currency.minorPerMajor() != 0)
        return QCoreApplication::translate("AirtimeCatalog", "Airtime is sold in whole %1, without %2.")
            .arg(plan->currency.code(),
                 plan->currency.code() == u"NGN" ? QStringLiteral("kobo") : QStringLiteral("cents"));
    return amount;
}

Money AirtimeCatalog::commission(const Network& network, const Money& amount)
{
    const auto value = amount.percentage(network.commissionBp, Rounding::Floor);
    return value ? *value : Money::zero(amount.currency());
}

} // namespace paydesk::airtime
