#pragma once

#include "extension.h"

#include <QHash>
#include <QMap>
#include <QMultiHash>
#include <QObject>
#include <QUuid>

// Floors and tables (a floor plan shared by the group), orders bound to a table
// with a guest count, "send to kitchen" marks per line, moving an order to another
// table. Its floor view is the terminal's start screen. Built into the terminal.
class RestaurantExtension final : public QObject, public Extension
{
    Q_OBJECT
    Q_INTERFACES(Extension)

public:
    QString id() const override { return QStringLiteral("restaurant"); }
    QString displayName() const override { return tr("Restaurant"); }
    QList<ExtensionField> fields() const override;
    // A shop without tables should not start on a floor plan.
    bool enabledByDefault() const override { return false; }
    QString checkValue(ExtensionScope scope, const QString &key, const QJsonValue &value) const override;
    QStringList orderText(const Order &order, ExtensionText where) const override;
    QStringList lineText(const OrderLine &line, ExtensionText where) const override;
    QString orderTag(const Order &order) const override;
    void attach(ExtensionContext *context) override;
    QWidget *createOrderControl(ExtensionContext *context, QWidget *parent) override;
    QWidget *createSettingsPage(ExtensionContext *context, QWidget *parent) override;
    bool saveSettingsPage(QWidget *page, QString *error) override;
    QWidget *createStartScreen(ExtensionContext *context, QWidget *parent) override;

    // Marks the order's unsent lines as sent and says so; when another terminal sent
    // some of them at the same moment, the message says that too.
    void sendToKitchen(ExtensionContext *context, const QUuid &orderUid);

private:
    static constexpr int HolderWaitMs = 5000;
    struct Refused
    {
        QUuid orderUid;
        QString table;
        bool newOrder = false;
        bool operator==(const Refused &other) const { return orderUid == other.orderUid && table == other.table; }
    };
    void onTableTaken(ExtensionContext *context, const Refused &refused, const QUuid &holderUid);

    void onSameChange(ExtensionContext *context, const QUuid &orderUid, const QString &key, const Actor &by);

    QMultiHash<QUuid, Refused> m_waitingForHolder; // by the holder's uid
    struct KitchenSend
    {
        int lines = 0;
        QMap<QString, int> sentFirstBy; // terminal -> lines it sent at the same moment
    };
    QHash<QUuid, KitchenSend> m_lastSend; // by order
};
