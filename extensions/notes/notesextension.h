#pragma once

#include "extension.h"

#include <QObject>

// A free-text note on an order and on each line ("no ice"), edited with the Note
// button, shown under the line and on the receipt, synced like any field.
class NotesExtension final : public QObject, public Extension
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TandemExtension_iid FILE "notes.json")
    Q_INTERFACES(Extension)

public:
    static constexpr int MaxLength = 200;
    static QString key() { return QStringLiteral("notes.text"); }

    QString id() const override { return QStringLiteral("notes"); }
    QString displayName() const override { return tr("Notes"); }
    QList<ExtensionField> fields() const override;
    QString checkValue(ExtensionScope scope, const QString &key, const QJsonValue &value) const override;
    QStringList orderText(const Order &order, ExtensionText where) const override;
    QStringList lineText(const OrderLine &line, ExtensionText where) const override;
    QWidget *createOrderControl(ExtensionContext *context, QWidget *parent) override;

private:
    static void editNote(ExtensionContext *context, bool onLine);
};
