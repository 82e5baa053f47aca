#include "loyaltyextension.h"

#include "orderbook.h"

#include <QPushButton>
#include <QRegularExpression>

QList<ExtensionField> LoyaltyExtension::fields() const
{
    return {{ExtensionScope::Order, cardKey()}};
}

QString LoyaltyExtension::checkValue(ExtensionScope, const QString &, const QJsonValue &value) const
{
    static const QRegularExpression digits(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{6,20}")));
    if (value.isNull() || digits.match(value.toString()).hasMatch())
        return {};
    return tr("A loyalty card number has 6 to 20 digits.");
}

QStringList LoyaltyExtension::orderText(const Order &order, ExtensionText) const
{
    const QString card = order.extensions.value(cardKey()).toString();
    return card.isEmpty() ? QStringList() : QStringList{tr("Loyalty card %1").arg(card)};
}

QWidget *LoyaltyExtension::createOrderControl(ExtensionContext *context, QWidget *parent)
{
    auto *button = new QPushButton(tr("Loyalty card…"), parent);
    button->setObjectName(QStringLiteral("loyaltyButton"));
    button->setFocusPolicy(Qt::NoFocus);
    QObject::connect(button, &QPushButton::clicked, button, [context] {
        OrderBook *book = context->book();
        const QUuid orderUid = context->currentOrder();
        const Order *order = book->order(orderUid);
        if (!order)
            return;
        QString card = order->extensions.value(cardKey()).toString();
        if (!context->askText(tr("Loyalty card"), tr("Card number (empty removes it):"), &card, false))
            return;
        card = card.trimmed();
        if (!book->setOrderExtension(orderUid, cardKey(), card.isEmpty() ? QJsonValue() : QJsonValue(card)))
            context->showMessage(book->lastError());
    });
    return button;
}
