#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace paydesk::test {

// An admin's edit of an airtime catalog document: `prefix` added to the network at `index`, the table dated
// `asOf`. What the prefix-table tests import.
inline QByteArray withPrefix(const QByteArray& document, int index, const QString& prefix, const QString& asOf)
{
    QJsonObject root = QJsonDocument::fromJson(document).object();
    QJsonArray networks = root.value(QStringLiteral("networks")).toArray();
    QJsonObject network = networks.at(index).toObject();
    QJsonArray prefixes = network.value(QStringLiteral("prefixes")).toArray();
    prefixes.append(prefix);
    network.insert(QStringLiteral("prefixes"), prefixes);
    networks.replace(index, network);
    root.insert(QStringLiteral("networks"), networks);
    root.insert(QStringLiteral("as_of"), asOf);
    return QJsonDocument(root).toJson();
}

} // namespace paydesk::test
