#include "extension.h"

#include "orderbook.h"

QStringList Extension::keys(ExtensionScope scope) const
{
    QStringList out;
    const QList<ExtensionField> declared = fields();
    for (const ExtensionField &field : declared) {
        if (field.scope == scope)
            out << field.key;
    }
    return out;
}

void Extension::exportFields(ExtensionScope scope, const QJsonObject &fields, QJsonObject *payload) const
{
    const QStringList own = keys(scope);
    for (const QString &key : own) {
        if (fields.contains(key))
            payload->insert(key, fields.value(key));
    }
}

void Extension::applyFields(ExtensionScope scope, const QJsonObject &payload, QJsonObject *fields) const
{
    const QStringList own = keys(scope);
    for (const QString &key : own) {
        if (payload.contains(key))
            fields->insert(key, payload.value(key));
        else
            fields->remove(key);
    }
}

QString Extension::checkValue(ExtensionScope, const QString &, const QJsonValue &) const
{
    return {};
}

QStringList Extension::orderText(const Order &, ExtensionText) const
{
    return {};
}

QStringList Extension::lineText(const OrderLine &, ExtensionText) const
{
    return {};
}

QString Extension::orderTag(const Order &) const
{
    return {};
}

void Extension::attach(ExtensionContext *)
{
}

QWidget *Extension::createOrderControl(ExtensionContext *, QWidget *)
{
    return nullptr;
}

QWidget *Extension::createSettingsPage(ExtensionContext *, QWidget *)
{
    return nullptr;
}

bool Extension::saveSettingsPage(QWidget *, QString *)
{
    return true;
}

QWidget *Extension::createStartScreen(ExtensionContext *, QWidget *)
{
    return nullptr;
}

bool ExtensionContext::mayChange(const QUuid &orderUid)
{
    const QString readOnly = book()->whyReadOnly(orderUid);
    if (readOnly.isEmpty())
        return true;
    showMessage(readOnly);
    return false;
}
