#include "extensionregistry.h"

#include <QDir>
#include <QJsonArray>
#include <QLibrary>
#include <QPluginLoader>
#include <QRegularExpression>
#include <QSet>

namespace {

bool isExtensionId(const QString &id)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9_]{0,31}")));
    return pattern.match(id).hasMatch();
}

// The protocol's extension-key rule (docs/protocol.md 3.8), prefixed by the owner's id.
bool isFieldKey(const QString &key, const QString &id)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9_.-]{0,63}")));
    return key.startsWith(id + QLatin1Char('.')) && key.size() > id.size() + 1 && pattern.match(key).hasMatch();
}

} // namespace

ExtensionRegistry::ExtensionRegistry() = default;

ExtensionRegistry::~ExtensionRegistry() = default;

bool ExtensionRegistry::add(std::unique_ptr<Extension> extension)
{
    if (!extension)
        return false;
    Entry entry;
    entry.extension = extension.get();
    entry.owned = std::move(extension);
    return admit(entry, tr("built-in"));
}

bool ExtensionRegistry::admit(Entry &entry, const QString &origin)
{
    const QString id = entry.extension->id();
    if (!isExtensionId(id)) {
        problem(tr("%1: \"%2\" is not a valid extension id").arg(origin, id));
        return false;
    }
    if (find(id)) {
        problem(tr("%1: an extension \"%2\" is loaded already").arg(origin, id));
        return false;
    }
    entry.fields = entry.extension->fields();
    entry.enabled = entry.extension->enabledByDefault();
    QSet<QString> seen;
    for (const ExtensionField &declared : std::as_const(entry.fields)) {
        if (!isFieldKey(declared.key, id)) {
            problem(tr("%1: field \"%2\" of \"%3\" must start with \"%3.\" and use a-z, 0-9, '_', '.', '-'")
                        .arg(origin, declared.key, id));
            return false;
        }
        if (declared.uniqueAmongOpenOrders && declared.scope != ExtensionScope::Order) {
            problem(tr("%1: only order fields can be unique (\"%2\")").arg(origin, declared.key));
            return false;
        }
        const QString scoped = QString::number(int(declared.scope)) + declared.key;
        if (seen.contains(scoped)) {
            problem(tr("%1: field \"%2\" is declared twice").arg(origin, declared.key));
            return false;
        }
        seen.insert(scoped);
    }
    m_entries.push_back(std::move(entry));
    return true;
}

void ExtensionRegistry::loadPlugins(const QString &folder)
{
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists())
        return;
    const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        if (!QLibrary::isLibrary(file.fileName()))
            continue;
        auto loader = std::make_unique<QPluginLoader>(file.absoluteFilePath());
        const QJsonObject meta = loader->metaData();
        if (meta.isEmpty()) {
            problem(tr("%1: not a Qt plugin (%2)").arg(file.fileName(), loader->errorString()));
            continue;
        }
        if (meta.value(QStringLiteral("IID")).toString() != QLatin1String(TandemExtension_iid)) {
            problem(tr("%1: not a Tandem extension (interface %2)")
                        .arg(file.fileName(), meta.value(QStringLiteral("IID")).toString()));
            continue;
        }
        const int api = meta.value(QStringLiteral("MetaData")).toObject().value(QStringLiteral("api")).toInt();
        if (api != Extension::ApiVersion) {
            problem(tr("%1: built for extension API %2, this terminal needs %3")
                        .arg(file.fileName()).arg(api).arg(Extension::ApiVersion));
            continue;
        }
        QObject *root = loader->instance();
        auto *extension = qobject_cast<Extension *>(root);
        if (!extension) {
            problem(tr("%1: cannot be loaded (%2)")
                        .arg(file.fileName(), root ? tr("no Extension interface") : loader->errorString()));
            loader->unload();
            continue;
        }
        Entry entry;
        entry.extension = extension;
        entry.loader = std::move(loader);
        if (!admit(entry, file.fileName()))
            entry.loader->unload();
    }
}

QList<Extension *> ExtensionRegistry::all() const
{
    QList<Extension *> out;
    for (const Entry &entry : m_entries)
        out << entry.extension;
    return out;
}

void ExtensionRegistry::setEnabled(const QStringList &ids)
{
    for (Entry &entry : m_entries)
        entry.enabled = ids.contains(entry.extension->id());
}

QStringList ExtensionRegistry::enabledIds() const
{
    QStringList out;
    for (const Entry &entry : m_entries) {
        if (entry.enabled)
            out << entry.extension->id();
    }
    return out;
}

bool ExtensionRegistry::isEnabled(const QString &id) const
{
    return enabledIds().contains(id);
}

QList<Extension *> ExtensionRegistry::enabled() const
{
    QList<Extension *> out;
    for (const Entry &entry : m_entries) {
        if (entry.enabled)
            out << entry.extension;
    }
    return out;
}

Extension *ExtensionRegistry::find(const QString &id) const
{
    for (const Entry &entry : m_entries) {
        if (entry.extension->id() == id)
            return entry.extension;
    }
    return nullptr;
}

const ExtensionField *ExtensionRegistry::field(ExtensionScope scope, const QString &key) const
{
    for (const Entry &entry : m_entries) {
        if (!entry.enabled)
            continue;
        for (const ExtensionField &declared : entry.fields) {
            if (declared.scope == scope && declared.key == key)
                return &declared;
        }
    }
    return nullptr;
}

QStringList ExtensionRegistry::uniqueOrderKeys() const
{
    QStringList out;
    for (const Entry &entry : m_entries) {
        for (const ExtensionField &declared : entry.fields) {
            if (entry.enabled && declared.uniqueAmongOpenOrders)
                out << declared.key;
        }
    }
    return out;
}

QString ExtensionRegistry::checkValue(ExtensionScope scope, const QString &key, const QJsonValue &value) const
{
    for (const Entry &entry : m_entries) {
        if (!entry.enabled)
            continue;
        for (const ExtensionField &declared : entry.fields) {
            if (declared.scope == scope && declared.key == key)
                return entry.extension->checkValue(scope, key, value);
        }
    }
    return tr("No enabled extension declares the field \"%1\".").arg(key);
}

QJsonObject ExtensionRegistry::exportPayload(ExtensionScope scope, const QJsonObject &fields) const
{
    QJsonObject payload = fields;
    for (const Entry &entry : m_entries) {
        if (!entry.enabled)
            continue;
        for (const ExtensionField &declared : entry.fields) {
            if (declared.scope == scope)
                payload.remove(declared.key);
        }
    }
    for (const Entry &entry : m_entries) {
        if (entry.enabled)
            entry.extension->exportFields(scope, fields, &payload);
    }
    return payload;
}

QJsonObject ExtensionRegistry::applyPayload(ExtensionScope scope, const QJsonObject &payload, const QJsonObject &stored) const
{
    // Unknown keys are the payload's; each extension then sets its own from `stored`.
    QJsonObject fields = payload;
    for (const Entry &entry : m_entries) {
        if (!entry.enabled)
            continue;
        for (const ExtensionField &declared : entry.fields) {
            if (declared.scope != scope)
                continue;
            if (stored.contains(declared.key))
                fields.insert(declared.key, stored.value(declared.key));
            else
                fields.remove(declared.key);
        }
    }
    for (const Entry &entry : m_entries) {
        if (entry.enabled)
            entry.extension->applyFields(scope, payload, &fields);
    }
    return fields;
}

Order ExtensionRegistry::exportOrder(const Order &order) const
{
    if (m_entries.empty())
        return order;
    Order out = order;
    out.extensions = exportPayload(ExtensionScope::Order, order.extensions);
    for (OrderLine &line : out.lines)
        line.extensions = exportPayload(ExtensionScope::Line, line.extensions);
    return out;
}

void ExtensionRegistry::applyOrder(Order *incoming, const Order *stored) const
{
    if (m_entries.empty())
        return;
    incoming->extensions = applyPayload(ExtensionScope::Order, incoming->extensions,
                                        stored ? stored->extensions : QJsonObject());
    for (OrderLine &line : incoming->lines) {
        const int index = stored ? stored->lineIndex(line.uid) : -1;
        line.extensions = applyPayload(ExtensionScope::Line, line.extensions,
                                       index >= 0 ? stored->lines.at(index).extensions : QJsonObject());
    }
}

QStringList ExtensionRegistry::orderText(const Order &order, ExtensionText where) const
{
    QStringList out;
    for (const Extension *extension : enabled())
        out << extension->orderText(order, where);
    return out;
}

QStringList ExtensionRegistry::lineText(const OrderLine &line, ExtensionText where) const
{
    QStringList out;
    for (const Extension *extension : enabled())
        out << extension->lineText(line, where);
    return out;
}

QStringList ExtensionRegistry::orderTags(const Order &order) const
{
    QStringList out;
    for (const Extension *extension : enabled()) {
        const QString tag = extension->orderTag(order);
        if (!tag.isEmpty())
            out << tag;
    }
    return out;
}
