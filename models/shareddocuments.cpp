#include "shareddocuments.h"

#include "localstore.h"
#include "logging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString storeKey(const QString &key)
{
    return QStringLiteral("shared:") + key;
}

QJsonObject stored(const LocalStore *store, const QString &key)
{
    return QJsonDocument::fromJson(store->setting(storeKey(key)).toUtf8()).object();
}

} // namespace

SharedDocuments::SharedDocuments(LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

QJsonValue SharedDocuments::value(const QString &key) const
{
    return stored(m_store, key).value(QStringLiteral("value"));
}

qint64 SharedDocuments::revision(const QString &key) const
{
    return stored(m_store, key).value(QStringLiteral("revision")).toInteger();
}

bool SharedDocuments::set(const QString &key, const QJsonValue &value, QString *error)
{
    if (m_publisher)
        return m_publisher(key, value, revision(key), error);
    if (!write(key, value, revision(key))) {
        *error = m_store->lastError();
        return false;
    }
    return true;
}

bool SharedDocuments::adopt(const QString &key, const QJsonValue &value, qint64 revision, Source source)
{
    if (key.isEmpty() || revision < 1 || value.isUndefined() || value.isNull()) {
        qCWarning(lcTerminal, "shared documents: ignored a malformed document \"%s\" (revision %lld)", qPrintable(key), revision);
        return false;
    }
    if (source == Source::Event && revision < this->revision(key))
        return false;
    return write(key, value, revision);
}

bool SharedDocuments::write(const QString &key, const QJsonValue &value, qint64 revision)
{
    const QJsonObject record{{QStringLiteral("value"), value}, {QStringLiteral("revision"), revision}};
    if (!m_store->setSetting(storeKey(key), QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact))))
        return false;
    emit changed(key);
    return true;
}
