#pragma once

#include <QJsonValue>
#include <QObject>
#include <QString>

#include <functional>

class LocalStore;

// Settings one group of terminals shares (an extension's floor plan), each a JSON
// value under a key with the server's revision. Kept in the local store, so a
// terminal starts with the last known values even offline. While sync is on,
// changes go through the server, which tells every terminal; otherwise they are
// stored here directly.
class SharedDocuments final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedDocuments)

public:
    // Sends a change to the server; false with *error when it cannot be sent now.
    using Publisher = std::function<bool(const QString &key, const QJsonValue &value, qint64 baseRevision, QString *error)>;

    explicit SharedDocuments(LocalStore *store, QObject *parent = nullptr);

    QJsonValue value(const QString &key) const;
    qint64 revision(const QString &key) const;
    // Null: changes are stored locally (sync off).
    void setPublisher(Publisher publisher) { m_publisher = std::move(publisher); }
    // Stored at once without a publisher; otherwise changed() follows the server's answer.
    bool set(const QString &key, const QJsonValue &value, QString *error);
    // The server's value: from an event stored unless older than the one held; from a
    // snapshot or a refusal stored as it is (the server may have been reset).
    enum class Source { Event, Authoritative };
    bool adopt(const QString &key, const QJsonValue &value, qint64 revision, Source source = Source::Event);
    void refuse(const QString &key, const QString &message) { emit refused(key, message); }

signals:
    void changed(const QString &key);
    void refused(const QString &key, const QString &message);

private:
    bool write(const QString &key, const QJsonValue &value, qint64 revision);

    LocalStore *m_store;
    Publisher m_publisher;
};
