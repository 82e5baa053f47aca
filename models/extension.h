#pragma once

#include "order.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtPlugin>

class OrderBook;
class QWidget;
class SharedDocuments;

// Extension fields live on an order or on one of its lines.
enum class ExtensionScope { Order, Line };

struct ExtensionField
{
    ExtensionScope scope = ExtensionScope::Order;
    QString key; // "<extension id>.<name>", see docs/extensions.md
    // Order fields only: while the order is open no other open order of the group may
    // hold an equal value (a table). The sync server enforces it for the whole group.
    bool uniqueAmongOpenOrders = false;
};

// Where extension text is shown: under the line or order on screen, or on the receipt.
enum class ExtensionText { OrderWidget, Receipt };

// What the terminal offers to an extension's screens and controls. The terminal's
// user interface implements it; models only declares it.
class ExtensionContext : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual OrderBook *book() = 0;
    // Settings shared by the whole group through the sync server (or kept locally).
    virtual SharedDocuments *sharedDocuments() = 0;
    virtual QUuid currentOrder() const = 0;
    // Null when no line is selected.
    virtual QUuid selectedLine() const = 0;
    // Shows the order on the sale screen.
    virtual void showOrder(const QUuid &orderUid) = 0;
    // Leaves the sale screen for the extension's start screen, if it has one.
    virtual void showStartScreen() = 0;
    // Short feedback in the status bar.
    virtual void showMessage(const QString &text) = 0;
    // Asks the book whether the order may change; if not, tells the cashier why and
    // returns false. Every control calls it before it opens a dialog or changes anything.
    bool mayChange(const QUuid &orderUid);
    // Asks the cashier; false when cancelled.
    virtual bool askText(const QString &title, const QString &label, QString *text, bool multiline) = 0;
    virtual bool askNumber(const QString &title, const QString &label, int minimum, int maximum, int *value) = 0;
    virtual bool askChoice(const QString &title, const QString &label, const QStringList &choices, QString *choice) = 0;

signals:
    // The sale screen switched to another order (null: none).
    void currentOrderChanged(const QUuid &orderUid);
};

// An extension adds fields to orders and lines that every terminal of the group
// shares, and may add controls, receipt text, a settings page and a start screen.
//
// The sync payload is built and read by a chain: each extension writes and reads
// only the keys it declared, and keys that no loaded extension declares are kept
// and passed on untouched. So extensions chain in any load order, and a terminal
// without an extension never strips its data.
//
// Shared-library extensions implement this in a QObject declared with
// Q_PLUGIN_METADATA(IID TandemExtension_iid FILE "...json") and Q_INTERFACES(Extension).
class Extension
{
public:
    // A plugin built against another version of this interface is refused.
    static constexpr int ApiVersion = 1;

    virtual ~Extension() = default;

    // Lower case, the prefix of every key it declares: "notes" owns "notes.text".
    virtual QString id() const = 0;
    // Shown to the manager; translated.
    virtual QString displayName() const = 0;
    virtual QList<ExtensionField> fields() const = 0;
    // Whether a terminal runs it before a manager chose its extensions.
    virtual bool enabledByDefault() const { return true; }

    // Writes this extension's keys of `fields` (what the terminal stores) into the
    // payload sent to the sync server. The default copies them as they are.
    virtual void exportFields(ExtensionScope scope, const QJsonObject &fields, QJsonObject *payload) const;
    // Reads this extension's keys from an incoming payload into `fields` (what the
    // terminal will store; it holds the stored values before). The default takes the
    // payload's values and drops keys the payload no longer has.
    virtual void applyFields(ExtensionScope scope, const QJsonObject &payload, QJsonObject *fields) const;
    // Checks a value the cashier is about to set; an empty answer accepts it.
    virtual QString checkValue(ExtensionScope scope, const QString &key, const QJsonValue &value) const;

    // Text about an order or a line, one entry per row.
    virtual QStringList orderText(const Order &order, ExtensionText where) const;
    virtual QStringList lineText(const OrderLine &line, ExtensionText where) const;
    // A few characters added to the order's tab ("T4"); empty for none.
    virtual QString orderTag(const Order &order) const;

    // Called once the terminal is ready, before any of the widgets below is created.
    virtual void attach(ExtensionContext *context);
    // A control in the order widget, beside the order's buttons; may return null.
    virtual QWidget *createOrderControl(ExtensionContext *context, QWidget *parent);
    // A page in the settings dialog; may return null. `save` is called on OK.
    virtual QWidget *createSettingsPage(ExtensionContext *context, QWidget *parent);
    virtual bool saveSettingsPage(QWidget *page, QString *error);
    // A screen shown instead of the sale screen at start; may return null.
    virtual QWidget *createStartScreen(ExtensionContext *context, QWidget *parent);

protected:
    // This extension's declared keys in a scope.
    QStringList keys(ExtensionScope scope) const;
};

#define TandemExtension_iid "pos.tandem.Extension/1"
Q_DECLARE_INTERFACE(Extension, TandemExtension_iid)
