#pragma once

#include "extension.h"

#include <QObject>

// A customer's loyalty card number on an order: entered with a button in the order
// widget, printed on the receipt, shared with every terminal of the shop.
class LoyaltyExtension final : public QObject, public Extension
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TandemExtension_iid FILE "loyalty.json")
    Q_INTERFACES(Extension)

public:
    static QString cardKey() { return QStringLiteral("loyalty.card"); }

    QString id() const override { return QStringLiteral("loyalty"); }
    QString displayName() const override { return tr("Loyalty cards"); }
    QList<ExtensionField> fields() const override;
    QString checkValue(ExtensionScope scope, const QString &key, const QJsonValue &value) const override;
    QStringList orderText(const Order &order, ExtensionText where) const override;
    QWidget *createOrderControl(ExtensionContext *context, QWidget *parent) override;
};
