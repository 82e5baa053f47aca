#include "serverhost.h"

#include "serverstore.h"
#include "sessionhub.h"
#include "syncserver.h"
#include "terminal.h"
#include "terminalsettings.h"
#include "terminaltoken.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QNetworkInterface>
#include <QTimer>

#include <memory>

namespace {

constexpr int SampleConnectedMs = 1000;
constexpr int RetryStartMs = 5000;
constexpr qint64 MaxTokenBytes = 256;
constexpr int MaxNameTries = 20;
// The hosted database has the one group of its shop.
const QString ShopGroup = QStringLiteral("shop");

} // namespace

// Everything of the server lives in the server's thread: the database connection, the
// hub and the HTTP server are made, used and destroyed there.
class ServerHost::Worker final : public QObject
{
public:
    struct Started
    {
        QString error; // empty when listening
        quint16 port = 0;
        QString token;
    };

    Worker(ServerHost *host, quint64 generation)
        : m_host(host)
        , m_generation(generation)
    {
    }

    Started start(const QString &databasePath, const Options &options)
    {
        Started started;
        QDir().mkpath(QFileInfo(databasePath).absolutePath());
        // The same lock tandem-syncd takes: the file never has two servers.
        m_lock = std::make_unique<QLockFile>(databasePath + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            started.error = ServerHost::tr("Another server uses %1.").arg(QDir::toNativeSeparators(databasePath));
            m_lock.reset();
            return started;
        }
        m_store = std::make_unique<ServerStore>();
        if (!m_store->open(databasePath) || !ensureGroup(ShopGroup)
            || !ensureSelf(options.terminalName, databasePath + QStringLiteral(".own-token"), &started.token)) {
            started.error = ServerHost::tr("The server database cannot be used: %1")
                                .arg(m_problem.isEmpty() ? m_store->lastError() : m_problem);
            stop();
            return started;
        }
        m_hub = std::make_unique<SessionHub>(m_store.get(), SessionHub::Options());
        m_server = std::make_unique<SyncServer>(m_store.get(), m_hub.get(), SyncServer::Options());
        QString problem;
        started.port = m_server->listen(options.address, options.port, nullptr, &problem);
        if (started.port == 0) {
            started.error = ServerHost::tr("The server cannot listen on %1 port %2: %3")
                                .arg(options.address.toString())
                                .arg(options.port)
                                .arg(problem);
            stop();
            return started;
        }
        m_sampler = std::make_unique<QTimer>();
        m_sampler->setInterval(SampleConnectedMs);
        QObject::connect(m_sampler.get(), &QTimer::timeout, this, [this] { sampleConnected(); });
        m_sampler->start();
        return started;
    }

    void stop()
    {
        m_sampler.reset();
        if (m_server)
            m_server->shutdown();
        m_server.reset();
        m_hub.reset();
        if (m_store)
            m_store->close();
        m_store.reset();
        m_lock.reset();
    }

    QString pair(const QString &name, QString *token)
    {
        QList<TerminalRecord> terminals;
        if (!m_store->terminals(&terminals))
            return m_store->lastError();
        for (const TerminalRecord &terminal : std::as_const(terminals)) {
            if (terminal.groupId == m_groupId && terminal.name == name)
                return terminal.isRevoked()
                    ? ServerHost::tr("A revoked terminal keeps its name \"%1\": pair it under another one.").arg(name)
                    : ServerHost::tr("There is a terminal named \"%1\" already.").arg(name);
        }
        const QString made = TerminalToken::generate();
        TerminalRecord terminal;
        if (!m_store->addTerminal(m_groupId, name, TerminalToken::hash(made), &terminal))
            return m_store->lastError();
        *token = made;
        return QString();
    }

    QString paired(QList<PairedTerminal> *list)
    {
        QList<TerminalRecord> terminals;
        if (!m_store->terminals(&terminals))
            return m_store->lastError();
        for (const TerminalRecord &terminal : std::as_const(terminals)) {
            if (terminal.groupId == m_groupId && !terminal.isRevoked())
                list->append({terminal.id, terminal.name, terminal.createdAt, terminal.id == m_selfId});
        }
        return QString();
    }

    QString revoke(qint64 id)
    {
        if (id == m_selfId)
            return ServerHost::tr("This terminal's own token cannot be revoked while it hosts the server.");
        return m_store->revokeTerminal(id) ? QString() : m_store->lastError();
    }

private:
    bool ensureGroup(const QString &name)
    {
        std::optional<GroupRecord> group;
        if (!m_store->groupByName(name, &group))
            return false;
        if (!group) {
            GroupRecord added;
            if (!m_store->addGroup(name, &added))
                return false;
            group = added;
        }
        m_groupId = group->id;
        return true;
    }

    // The hosting terminal's own token is kept beside the database, so that it survives a
    // start whose settings were not saved; one the database does not take is replaced.
    bool ensureSelf(const QString &name, const QString &tokenPath, QString *validToken)
    {
        QFile saved(tokenPath);
        const QString token = saved.open(QIODevice::ReadOnly) ? QString::fromLatin1(saved.read(MaxTokenBytes)).trimmed()
                                                              : QString();
        std::optional<TerminalRecord> known;
        if (!token.isEmpty() && !m_store->terminalByTokenHash(TerminalToken::hash(token), &known))
            return false;
        if (known && !known->isRevoked() && known->groupId == m_groupId) {
            m_selfId = known->id;
            *validToken = token;
            return true;
        }
        const QString made = TerminalToken::generate();
        TerminalRecord added;
        // A name taken by an earlier token of this terminal, lost with its file, gets a number.
        bool stored = false;
        for (int n = 1; !stored && n <= MaxNameTries; ++n) {
            const QString tried = n == 1 ? name : QStringLiteral("%1 (%2)").arg(name.left(34)).arg(n);
            stored = m_store->addTerminal(m_groupId, tried, TerminalToken::hash(made), &added);
        }
        if (!stored)
            return false;
        QSaveFile file(tokenPath);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
            || file.write(made.toLatin1()) < 0 || !file.commit()) {
            m_store->revokeTerminal(added.id);
            m_problem = ServerHost::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(tokenPath), file.errorString());
            return false;
        }
        m_selfId = added.id;
        *validToken = made;
        return true;
    }

    void sampleConnected()
    {
        QSet<qint64> connected = m_server->connectedTerminals();
        connected.remove(m_selfId);
        const int count = int(connected.size());
        if (count == m_lastCount)
            return;
        m_lastCount = count;
        ServerHost *host = m_host;
        QMetaObject::invokeMethod(host, [host, count, generation = m_generation] {
            if (!host->isRunning() || host->m_generation != generation)
                return;
            host->m_connected = count;
            emit host->connectedTerminalsChanged(count);
        });
    }

    ServerHost *m_host;
    const quint64 m_generation;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<SessionHub> m_hub;
    std::unique_ptr<SyncServer> m_server;
    std::unique_ptr<QTimer> m_sampler;
    qint64 m_groupId = 0;
    qint64 m_selfId = 0;
    int m_lastCount = 0;
    QString m_problem;
};

ServerHost::ServerHost(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
    m_thread.setObjectName(QStringLiteral("tandem-syncd"));
    m_retry.setInterval(RetryStartMs);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        QString ignored;
        if (attempt(m_options, &ignored))
            m_retry.stop();
    });
}

ServerHost::~ServerHost()
{
    stop();
}

bool ServerHost::start(const Options &options, QString *error)
{
    m_retry.stop();
    return attempt(options, error);
}

void ServerHost::keepStarting(const Options &options)
{
    QString problem;
    if (!start(options, &problem))
        m_retry.start();
}

void ServerHost::follow(Terminal *terminal)
{
    m_terminal = terminal;
    connect(this, &ServerHost::stateChanged, terminal, [this] {
        TerminalSettings settings = m_terminal->settings();
        if (!isRunning() || !settings.hostServer || servesAs(settings))
            return;
        settings.serverUrl = m_url.toString();
        settings.token = m_token;
        settings.syncEnabled = true;
        if (!m_terminal->saveSettings(settings))
            qWarning("hosting: %s", qUtf8Printable(m_terminal->lastError()));
    });
    if (terminal->settings().hostServer)
        keepStarting(optionsFor(terminal->settings()));
}

bool ServerHost::attempt(const Options &options, QString *error)
{
    stopServer();
    m_options = options;
    m_thread.start();
    m_worker = new Worker(this, ++m_generation);
    m_worker->moveToThread(&m_thread);
    Worker::Started started;
    QMetaObject::invokeMethod(
        m_worker, [this, &options] { return m_worker->start(m_databasePath, options); }, Qt::BlockingQueuedConnection,
        &started);
    if (!started.error.isEmpty()) {
        stopServer();
        *error = started.error;
        m_problem = started.error;
        emit stateChanged();
        return false;
    }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(options.address.toString());
    url.setPort(started.port);
    m_url = url;
    m_token = started.token;
    m_problem.clear();
    emit stateChanged();
    return true;
}

ServerHost::Options ServerHost::optionsFor(const TerminalSettings &settings)
{
    Options options;
    options.address = QHostAddress(settings.hostAddress);
    options.port = quint16(settings.hostPort);
    options.terminalName = settings.terminalName;
    return options;
}

bool ServerHost::servesAs(const TerminalSettings &settings) const
{
    return isRunning() && settings.hostServer && QHostAddress(settings.hostAddress) == m_options.address
        && settings.hostPort == m_url.port() && settings.serverUrl == m_url.toString() && settings.token == m_token;
}

void ServerHost::stop()
{
    m_retry.stop();
    const bool changed = m_worker || !m_problem.isEmpty();
    stopServer();
    m_problem.clear();
    if (changed)
        emit stateChanged();
}

void ServerHost::stopServer()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, [this] { m_worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
    m_worker = nullptr;
    m_url.clear();
    if (m_connected != 0) {
        m_connected = 0;
        emit connectedTerminalsChanged(0);
    }
}

bool ServerHost::pairTerminal(const QString &name, QString *token, QString *error)
{
    if (!m_worker) {
        *error = tr("The server is not running.");
        return false;
    }
    QMetaObject::invokeMethod(m_worker, [this, &name, token] { return m_worker->pair(name, token); },
                              Qt::BlockingQueuedConnection, error);
    return error->isEmpty();
}

bool ServerHost::pairedTerminals(QList<PairedTerminal> *terminals, QString *error)
{
    if (!m_worker) {
        *error = tr("The server is not running.");
        return false;
    }
    QMetaObject::invokeMethod(m_worker, [this, terminals] { return m_worker->paired(terminals); },
                              Qt::BlockingQueuedConnection, error);
    return error->isEmpty();
}

bool ServerHost::revokeTerminal(qint64 id, QString *error)
{
    if (!m_worker) {
        *error = tr("The server is not running.");
        return false;
    }
    QMetaObject::invokeMethod(m_worker, [this, id] { return m_worker->revoke(id); }, Qt::BlockingQueuedConnection,
                              error);
    return error->isEmpty();
}

QList<QHostAddress> ServerHost::listenAddresses()
{
    QList<QHostAddress> lan;
    QList<QHostAddress> lanV6;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack) || flags.testFlag(QNetworkInterface::IsPointToPoint))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const QHostAddress address = entry.ip();
            if (address.protocol() == QAbstractSocket::IPv4Protocol)
                lan.append(address);
            // A temporary (privacy) address changes by itself: the other terminals would lose it.
            else if (address.protocol() == QAbstractSocket::IPv6Protocol && !address.isLinkLocal() && !entry.isTemporary())
                lanV6.append(address);
        }
    }
    return lan + lanV6 + QList<QHostAddress>{QHostAddress(QHostAddress::LocalHost)};
}
