#pragma once

#include "extension.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QPluginLoader;

// The extensions a terminal runs: the built-in ones registered in code and the
// shared libraries found in a plugin folder. The enabled ones, in load order,
// form the chain that reads and writes extension fields.
class ExtensionRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(ExtensionRegistry)
    Q_DISABLE_COPY_MOVE(ExtensionRegistry)

public:
    ExtensionRegistry();
    ~ExtensionRegistry();

    // False, with a message at the end of problems(), when the extension's id or fields are malformed or
    // clash with one registered before; it is then not added.
    bool add(std::unique_ptr<Extension> extension);
    // Loads every plugin in the folder, in file name order. A file that is not a
    // loadable, compatible Tandem extension is skipped and listed in problems().
    void loadPlugins(const QString &folder);
    // Messages about plugins and extensions that were refused, for the manager.
    QStringList problems() const { return m_problems; }

    QList<Extension *> all() const;
    // Only enabled extensions take part in the chain and show their controls.
    // Until setEnabled() is called, those enabled by default are.
    void setEnabled(const QStringList &ids);
    QStringList enabledIds() const;
    bool isEnabled(const QString &id) const;
    QList<Extension *> enabled() const;
    Extension *find(const QString &id) const;

    // The enabled extension declaring a field, or null.
    const ExtensionField *field(ExtensionScope scope, const QString &key) const;
    // Keys of enabled order fields that are unique among open orders.
    QStringList uniqueOrderKeys() const;
    // Empty when the value may be set; otherwise why not.
    QString checkValue(ExtensionScope scope, const QString &key, const QJsonValue &value) const;
    // The chain: stored fields to a sync payload, and a payload to stored fields.
    // Keys no enabled extension declares pass through untouched.
    QJsonObject exportPayload(ExtensionScope scope, const QJsonObject &fields) const;
    QJsonObject applyPayload(ExtensionScope scope, const QJsonObject &payload, const QJsonObject &stored) const;
    Order exportOrder(const Order &order) const;
    // `stored` is the terminal's copy of the order before, or null for a new one.
    void applyOrder(Order *incoming, const Order *stored) const;

    QStringList orderText(const Order &order, ExtensionText where) const;
    QStringList lineText(const OrderLine &line, ExtensionText where) const;
    QStringList orderTags(const Order &order) const;

private:
    struct Entry
    {
        std::unique_ptr<Extension> owned; // built-in
        std::unique_ptr<QPluginLoader> loader; // plugin: the loader owns the instance
        Extension *extension = nullptr;
        bool enabled = true;
        QList<ExtensionField> fields;
    };
    // Moves the entry in when it is acceptable; otherwise leaves it to the caller.
    bool admit(Entry &entry, const QString &origin);
    void problem(const QString &message) { m_problems << message; }

    std::vector<Entry> m_entries;
    QStringList m_problems;
};
