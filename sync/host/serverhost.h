#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QUrl>

class Terminal;
struct TerminalSettings;

// tandem-syncd inside a terminal, for a shop without a back-office machine: the server
// runs in its own thread on an SQLite file of the terminal's profile and listens on one
// address of the LAN. This terminal and the others reach it over HTTP exactly as they
// would reach a standalone tandem-syncd.
class ServerHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerHost)

public:
    struct Options
    {
        QHostAddress address;
        quint16 port = 8765; // 0 picks a free one
        QString terminalName; // this terminal, as the server lists it on the first start
    };

    struct PairedTerminal
    {
        qint64 id = 0;
        QString name;
        QDateTime pairedAt;
        bool self = false; // the hosting terminal
    };

    explicit ServerHost(const QString &databasePath, QObject *parent = nullptr);
    ~ServerHost() override;

    // Opens the database (made on the first start), sees that the group and this terminal
    // are in it, and listens; returns once the server listens, or with *error.
    bool start(const Options &options, QString *error);
    // Like start(), and when it cannot start (the address is not there yet, the port is
    // taken) it tries again every few seconds until it runs or stop() is called.
    void keepStarting(const Options &options);
    // Hosts as the terminal's settings say, from now on: starts (and keeps trying) when
    // they ask for it, and whenever it starts points their server and token at itself.
    void follow(Terminal *terminal);
    // Answers the held polls and stops; other terminals go offline until it runs again.
    void stop();
    bool isRunning() const { return m_worker != nullptr; }
    // Why the last start failed while it keeps trying; empty once running or stopped.
    QString problem() const { return m_problem; }
    // Where every terminal of the shop reaches it: http://ADDRESS:PORT.
    QUrl url() const { return m_url; }
    // This terminal's own token, kept beside the database.
    QString token() const { return m_token; }
    // Other terminals polling now or heard from within the last seconds.
    int connectedTerminals() const { return m_connected; }

    // What the terminal's settings ask for (hostAddress, hostPort, its name).
    static Options optionsFor(const TerminalSettings &settings);
    // Whether it runs as those settings ask, pointed at by their serverUrl and token.
    bool servesAs(const TerminalSettings &settings) const;

    // Adds a terminal to the shop and makes its token, to be shown to the manager once.
    bool pairTerminal(const QString &name, QString *token, QString *error);
    bool pairedTerminals(QList<PairedTerminal> *terminals, QString *error);
    // The terminal's next request is refused and its polls are answered.
    bool revokeTerminal(qint64 id, QString *error);

    // The addresses this machine can listen on: the LAN ones (IPv4 first), then loopback.
    static QList<QHostAddress> listenAddresses();

signals:
    void connectedTerminalsChanged(int count);
    // Started, stopped, or a start failed.
    void stateChanged();

private:
    class Worker;

    bool attempt(const Options &options, QString *error);
    void stopServer();

    const QString m_databasePath;
    QThread m_thread;
    Worker *m_worker = nullptr;
    quint64 m_generation = 0; // a count the old server sent lands after a restart: dropped
    QTimer m_retry;
    Terminal *m_terminal = nullptr;
    QString m_problem;
    Options m_options;
    QUrl m_url;
    QString m_token;
    int m_connected = 0;
};
