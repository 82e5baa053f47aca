#include "scratchpostgres.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

#include <pwd.h>
#include <unistd.h>

namespace {

constexpr int ToolTimeoutMs = 120000;
const QString AdminConnection = QStringLiteral("loadgen-postgres-admin");

}

ScratchPostgres::ScratchPostgres() = default;

ScratchPostgres::~ScratchPostgres()
{
    if (m_running && !m_dir) {
        for (const QString &name : std::as_const(m_created))
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    }
    QSqlDatabase::removeDatabase(AdminConnection);
    if (m_running && m_dir)
        runTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataPath(), QStringLiteral("-m"), QStringLiteral("fast"),
                                           QStringLiteral("-w"), QStringLiteral("stop")});
}

bool ScratchPostgres::isServerUrl(const QString &server)
{
    const QUrl url(server, QUrl::StrictMode);
    const bool postgres = url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres");
    return url.isValid() && postgres && !url.host().isEmpty() && url.path().size() > 1 && !url.path().mid(1).contains(QLatin1Char('/'))
        && url.password().isEmpty() && !url.hasQuery() && !url.hasFragment();
}

bool ScratchPostgres::start(const QString &server)
{
    if (server.isEmpty())
        return startCluster();
    if (!isServerUrl(server)) {
        m_error = QStringLiteral("not a PostgreSQL server: %1").arg(server);
        return false;
    }
    m_server = QUrl(server, QUrl::StrictMode);
    m_running = admin(QStringLiteral("SELECT 1"));
    m_description = QStringLiteral("the server at %1:%2").arg(m_server.host()).arg(m_server.port(5432));
    return m_running;
}

// Durable settings, as a shop's server would run: the comparison with SQLite (WAL,
// synchronous=FULL) is then one durable commit against another.
bool ScratchPostgres::startCluster()
{
    const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot,
                                                                                        QDir::Name);
    if (versions.isEmpty()) {
        m_error = QStringLiteral("no PostgreSQL in /usr/lib/postgresql (Debian package postgresql), and no --postgres");
        return false;
    }
    m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.last());
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    if (::geteuid() == 0) {
        const passwd *owner = ::getpwnam("postgres");
        if (!owner || ::chown(QFile::encodeName(m_dir->path()).constData(), owner->pw_uid, owner->pw_gid) != 0) {
            m_error = QStringLiteral("running as root, the cluster needs the user postgres to own its folder");
            return false;
        }
    }
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        m_error = QStringLiteral("no free port for PostgreSQL");
        return false;
    }
    const quint16 port = probe.serverPort();
    probe.close();
    if (!runTool(QStringLiteral("initdb"), {QStringLiteral("-D"), dataPath(), QStringLiteral("-U"), QStringLiteral("tandem"),
                                            QStringLiteral("--auth=trust"), QStringLiteral("--locale=C"),
                                            QStringLiteral("--encoding=UTF8"), QStringLiteral("-N")}))
        return false;
    const QString settings = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1").arg(port).arg(m_dir->path());
    if (!runTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataPath(), QStringLiteral("-o"), settings,
                                            QStringLiteral("-l"), m_dir->filePath(QStringLiteral("log")),
                                            QStringLiteral("-w"), QStringLiteral("start")}))
        return false;
    m_running = true;
    m_server = QUrl(QStringLiteral("postgresql://tandem@127.0.0.1:%1/postgres").arg(port));
    m_description = QStringLiteral("a cluster of its own, PostgreSQL %1 with its default (durable) settings").arg(versions.last());
    return true;
}

QString ScratchPostgres::newDatabase()
{
    const QString name = QStringLiteral("tandem_loadgen_%1_%2").arg(QCoreApplication::applicationPid()).arg(m_created.size() + 1);
    if (!admin(QStringLiteral("CREATE DATABASE %1").arg(name)))
        return {};
    m_created.append(name);
    QUrl url = m_server;
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

bool ScratchPostgres::admin(const QString &statement)
{
    QSqlDatabase db = QSqlDatabase::database(AdminConnection, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), AdminConnection);
        db.setHostName(m_server.host());
        db.setPort(m_server.port(5432));
        db.setUserName(m_server.userName());
        db.setDatabaseName(m_server.path().mid(1));
    }
    if (!db.isOpen() && !db.open()) {
        m_error = QStringLiteral("cannot reach PostgreSQL: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        m_error = QStringLiteral("%1: %2").arg(statement, query.lastError().text());
        return false;
    }
    return true;
}

bool ScratchPostgres::runTool(const QString &tool, const QStringList &arguments)
{
    const QString program = m_bin + QLatin1Char('/') + tool;
    QProcess process;
    if (::geteuid() == 0) {
        process.setProgram(QStringLiteral("runuser"));
        process.setArguments(QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                             + arguments);
    } else {
        process.setProgram(program);
        process.setArguments(arguments);
    }
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start();
    if (process.waitForFinished(ToolTimeoutMs) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    m_error = QStringLiteral("%1 failed: %2%3").arg(program, process.errorString(), QString::fromLocal8Bit(process.readAll()));
    return false;
}

QString ScratchPostgres::dataPath() const
{
    return m_dir->filePath(QStringLiteral("data"));
}
