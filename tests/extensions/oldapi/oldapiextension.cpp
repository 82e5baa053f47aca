#include "extension.h"

#include <QObject>

// A plugin that declares an extension API this terminal does not speak.
class OldApiExtension final : public QObject, public Extension
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TandemExtension_iid FILE "oldapi.json")
    Q_INTERFACES(Extension)

public:
    QString id() const override { return QStringLiteral("oldapi"); }
    QString displayName() const override { return QStringLiteral("Old API"); }
    QList<ExtensionField> fields() const override { return {}; }
};

#include "oldapiextension.moc"
