#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// The terminal's transport of sync (docs/protocol.md 1.6): a long poll on one connection,
// pushes one at a time on another, the connection state, reconnects with back-off.
// It keeps nothing durable: the outbox and the event cursor belong to the caller, which
// stores them and queues the outbox again after an application restart.
//
// It may live in a worker thread: the network objects are made in start(), it never
// blocks, and the getters are meant for its own thread (others listen to the signals).
class SyncClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncClient)

public:
    struct Config
    {
        // http or https, each with a host (and optional path prefix): instances of one
        // deployment, tried in turn when the one in use fails.
        QList<QUrl> servers;
        QByteArray token;  // the terminal's bearer token
        QString instance;  // this installation's instance id, 1 to 64 characters
        int heartbeatMs = 10000; // the server's hold time; a poll unanswered 3 s past it is a cut
        // A retry waits a random time within the window, which doubles with every
        // failure up to the largest (docs/protocol.md 1.6 step 4).
        int retryWindowMs = 4000;
        int retryWindowMaxMs = 30000;
    };

    enum class State { Offline, Connecting, Online };
    Q_ENUM(State)
    // Why the server could not be used.
    enum class Cause { Refused, TimedOut, Tls, ServerError, HostNotFound, Closed, BadAnswer, Other };
    Q_ENUM(Cause)

    explicit SyncClient(QObject *parent = nullptr);
    ~SyncClient() override;

    State state() const;
    // Batches queued and not answered yet, the one in flight included.
    int pendingPushes() const;
    // Time of the last HTTP answer of the server (any status); invalid before the first.
    QDateTime lastContact() const;
    // The cursor: last_seq of the last snapshot or events delivered.
    qint64 lastSeq() const;
    // Why the client is offline or stopped, for the status indicator; empty when fine.
    QString lastError() const;

    // An empty string if `config` can be used, else what is wrong with it.
    static QString checkConfig(const Config &config);

public slots:
    // Starts (or restarts) syncing. afterSeq 0 loads a snapshot first. Queued pushes are
    // kept across stop() and start(), so a caller must not queue them again.
    void start(const SyncClient::Config &config, qint64 afterSeq);
    void stop();
    // Queues a batch (docs/protocol.md 3.6) whose "op_id" is opId. A batch whose opId is
    // already queued is ignored, so re-queueing a whole outbox is harmless.
    void push(const QString &opId, const QJsonObject &batch);
    // Queues another POST among the pushes, in order (session open and close);
    // its answer comes as pushAnswered(id, ...).
    void post(const QString &id, const QString &path, const QJsonObject &body);
    // Queues a GET among the pushes, so it is answered after every batch queued before it.
    void get(const QString &id, const QString &path, const QByteArray &query);
    // GET /v1/whoami with `config`, independent of start(); answers connectionTested().
    void testConnection(const SyncClient::Config &config);

signals:
    void stateChanged(SyncClient::State state);
    // Emitted after each successful GET /v1/whoami of a (re)connection.
    void identified(qint64 terminalId, const QString &terminal);
    // The whole body of GET /v1/snapshot: replace the shared orders, the cursor is its last_seq.
    void snapshotReceived(const QJsonObject &snapshot);
    // A non-empty poll answer; lastSeq is the new cursor.
    void eventsReceived(const QJsonArray &events, qint64 lastSeq);
    // The server's answer to a batch (200, 409 or any 4xx except 401/403); the batch is done.
    void pushAnswered(const QString &opId, int status, const QJsonObject &body);
    // A bad config, or credentials refused (401/403): syncing stopped until start() again.
    void failed(const QString &message);
    // The server could not be used and a retry is scheduled. `detail` is the HTTP status
    // for ServerError and the time waited in ms for TimedOut; `text` says it in English.
    void connectionFailed(SyncClient::Cause cause, int detail, const QString &text);
    void connectionTested(bool ok, const QString &message);

private:
    enum class PollStep { Whoami, Snapshot, Events };

    struct PendingPush
    {
        QString opId;
        QByteArray body;
        QString path = QStringLiteral("/v1/push");
        bool get = false;
        QByteArray query; // of a GET
    };

    void ensureNetwork();
    void sendPollRequest(PollStep step);
    void sendNextPush();
    void pollFinished(QNetworkReply *reply, PollStep step);
    void pushFinished(QNetworkReply *reply);
    void whoamiAnswered(const QJsonObject &body);
    void snapshotAnswered(const QJsonObject &body);
    void eventsAnswered(const QJsonObject &body);
    void becomeOnline();
    void followEvents(quint64 generation);
    void connectionLost(Cause cause, int detail, const QString &text);
    void transportLost(QNetworkReply *reply, int timeoutMs);
    void fail(const QString &message);
    void reconnect();
    void pollDeadlinePassed();
    void setState(State state);
    void discard(QPointer<QNetworkReply> &reply);

    Config m_config;
    State m_state = State::Offline;
    bool m_running = false;
    bool m_needSnapshot = false;
    qint64 m_lastSeq = 0;
    // Bumped by stop() and start(): a handler that emitted a signal checks it to know
    // whether the receiver restarted or stopped the client meanwhile.
    quint64 m_generation = 0;
    int m_serverIndex = 0; // the server of m_config.servers in use
    int m_backoffMs = 0;
    QDateTime m_lastContact;
    QString m_lastError;

    // Two managers, so that pushes never wait behind the held poll on one connection
    // (docs/protocol.md 1.2); each keeps its own keep-alive connection.
    QNetworkAccessManager *m_pollNetwork = nullptr;
    QNetworkAccessManager *m_pushNetwork = nullptr;
    QPointer<QNetworkReply> m_pollReply; // whoami, snapshot or events: one at a time
    QPointer<QNetworkReply> m_pushReply;
    QList<PendingPush> m_pushes; // the head is in flight when m_pushReply is set
    QTimer *m_reconnectTimer = nullptr;
    QTimer *m_pollDeadline = nullptr;
};

Q_DECLARE_METATYPE(SyncClient::Config)
