#pragma once

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QTimer>

#include <map>
#include <vector>
#include <memory>

class QHttpServerResponder;
class QSslConfiguration;
class QTcpServer;
class ServerStore;
class SessionHub;
struct HubReply;
struct TerminalIdentity;

// The HTTP front end of tandem-syncd (docs/protocol.md): thin routes that check the
// bearer token, decode, ask the SessionHub and encode. Long polls are held here.
class SyncServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncServer)

public:
    struct Options
    {
        qint64 maxBodyBytes = 1024 * 1024;
        int heartbeatMs = 10000;
        int listenBacklog = 1024;
    };

    SyncServer(ServerStore *store, SessionHub *hub, const Options &options, QObject *parent = nullptr);
    ~SyncServer() override;

    // Listens on address:port (0 picks a free port), with TLS when tls is given;
    // returns the port, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port, const QSslConfiguration *tls, QString *error);
    // Stops accepting connections and answers every held poll.
    void shutdown();
    int pendingPolls() const { return int(m_polls.size()); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct PendingPoll;
    struct PendingPush;
    struct Metrics;

    void reply(QHttpServerResponder &responder, const HubReply &answer);
    void route(const QHttpServerRequest &request, QTcpSocket *socket, QHttpServerResponder &responder);
    void endRevokedPolls();
    bool authenticate(const QHttpServerRequest &request, TerminalIdentity *terminal, HubReply *refusal);
    bool readBody(const QHttpServerRequest &request, QJsonObject *body, HubReply *refusal);
    void holdPoll(QHttpServerResponder &&responder, QTcpSocket *socket, const TerminalIdentity &terminal,
                  const QString &instance, qint64 after);
    void answerPoll(quint64 id, const HubReply &answer);
    void dropPoll(quint64 id);
    void onEventsAppended(qint64 groupId, qint64 lastSeq);
    void applyPendingPushes();
    void onTick();
    QByteArray metricsText() const;

    ServerStore *m_store;
    SessionHub *m_hub;
    Options m_options;
    QTcpServer *m_listener = nullptr;
    std::map<quint64, std::unique_ptr<PendingPoll>> m_polls;
    QHash<qint64, QSet<quint64>> m_pollsByGroup;
    QHash<QString, quint64> m_pollByInstance;
    std::vector<std::unique_ptr<PendingPush>> m_pushes;
    quint64 m_nextPollId = 1;
    QTimer m_tick;
    qint64 m_lastRevocationCheck = 0;
    QElapsedTimer m_clock;
    std::unique_ptr<Metrics> m_metrics;
};
