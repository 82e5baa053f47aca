#pragma once

// PostgreSQL for the tests of the label postgres: a throwaway cluster of its own (initdb
// and pg_ctl in a temporary folder, on a free loopback port; as the user postgres when
// the tests run as root, since initdb refuses root), or, when TANDEM_TEST_PG names a
// database (postgresql://USER@HOST:PORT/DB, its user may create databases), that server.
// Each test server gets a new empty database.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

#include <pwd.h>
#include <unistd.h>

namespace SyncdTest {

// The e2e tests of the label postgres run with TANDEM_TEST_BACKEND=postgres.
inline bool usePostgres()
{
    return qEnvironmentVariable("TANDEM_TEST_BACKEND") == QLatin1String("postgres");
}

class PostgresCluster
{
public:
    static PostgresCluster &instance()
    {
        static PostgresCluster cluster;
        return cluster;
    }

    QString lastError() const { return m_error; }

    // The URL of a new, empty database; empty (and lastError()) when there is none.
    QString newDatabase()
    {
        if (!m_ready && !start())
            return {};
        const QString name = QStringLiteral("tandem_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_databases);
        if (!admin(QStringLiteral("CREATE DATABASE %1").arg(name)))
            return {};
        m_created.append(name);
        QUrl url = m_server;
        url.setPath(QLatin1Char('/') + name);
        return url.toString();
    }

    // Runs one statement in the given database of the cluster.
    bool exec(const QString &databaseUrl, const QString &statement, QString *error)
    {
        const QString connection = QStringLiteral("pgcluster-exec");
        bool ok = false;
        {
            const QUrl url(databaseUrl);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            if (!db.open()) {
                *error = db.lastError().text();
            } else {
                QSqlQuery query(db);
                ok = query.exec(statement);
                if (!ok)
                    *error = query.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    // A cluster of our own can be stopped and started again on its port, as an operator
    // restarts PostgreSQL; false for a server TANDEM_TEST_PG names.
    bool canRestart() const { return m_dataDir != nullptr; }
    bool stopServer()
    {
        return canRestart()
            && run(m_bin + QStringLiteral("/pg_ctl"), {QStringLiteral("-D"), dataPath(), QStringLiteral("-m"),
                                                      QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    }
    bool startServer()
    {
        return canRestart()
            && run(m_bin + QStringLiteral("/pg_ctl"), {QStringLiteral("-D"), dataPath(), QStringLiteral("-o"), m_settings,
                                                      QStringLiteral("-l"), m_dataDir->path() + QStringLiteral("/log"),
                                                      QStringLiteral("-w"), QStringLiteral("start")});
    }

private:
    PostgresCluster() = default;

    // While the application is still there (qAddPostRoutine): the databases made on a
    // given server are dropped, a cluster of our own is stopped.
    void stop()
    {
        if (!m_ready)
            return;
        m_ready = false;
        if (m_dataDir) {
            run(m_bin + QStringLiteral("/pg_ctl"), {QStringLiteral("-D"), dataPath(), QStringLiteral("-m"),
                                                   QStringLiteral("immediate"), QStringLiteral("stop")});
            return;
        }
        for (const QString &name : std::as_const(m_created))
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    }

    QString dataPath() const { return m_dataDir->path() + QStringLiteral("/data"); }

    bool start()
    {
        qAddPostRoutine([] { instance().stop(); });
        const QString given = qEnvironmentVariable("TANDEM_TEST_PG");
        if (!given.isEmpty()) {
            m_server = QUrl(given);
            m_ready = m_server.isValid() && !m_server.host().isEmpty();
            if (!m_ready)
                m_error = QStringLiteral("TANDEM_TEST_PG must be postgresql://USER@HOST:PORT/DATABASE");
            return m_ready;
        }
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot,
                                                                                            QDir::Name);
        if (versions.isEmpty()) {
            m_error = QStringLiteral("no PostgreSQL in /usr/lib/postgresql (Debian package postgresql)");
            return false;
        }
        m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.last());
        m_dataDir = std::make_unique<QTemporaryDir>();
        if (!m_dataDir->isValid()) {
            m_error = QStringLiteral("no temporary folder for the cluster");
            return false;
        }
        if (::geteuid() == 0) {
            const passwd *owner = ::getpwnam("postgres");
            if (!owner || ::chown(QFile::encodeName(m_dataDir->path()).constData(), owner->pw_uid, owner->pw_gid) != 0) {
                m_error = QStringLiteral("running as root, the cluster needs the user postgres to own it");
                return false;
            }
        }
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_error = QStringLiteral("no free port");
            return false;
        }
        const quint16 port = probe.serverPort();
        probe.close();
        // A test cluster is thrown away: it needs no durability of its own.
        m_settings = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                    "-c full_page_writes=off -c max_connections=200")
                         .arg(port).arg(m_dataDir->path());
        if (!run(m_bin + QStringLiteral("/initdb"), {QStringLiteral("-D"), dataPath(), QStringLiteral("-U"),
                                                     QStringLiteral("tandem"), QStringLiteral("--auth=trust"),
                                                     QStringLiteral("--locale=C"), QStringLiteral("--encoding=UTF8"),
                                                     QStringLiteral("-N")})
            || !startServer()) {
            return false;
        }
        watchOverCluster();
        m_server = QUrl(QStringLiteral("postgresql://tandem@127.0.0.1:%1/postgres").arg(port));
        m_ready = true;
        return true;
    }

    // A test that crashes or is killed never runs its post-routine: a detached watcher
    // stops the cluster and removes its folder once the test's process has gone.
    void watchOverCluster()
    {
        const QString stop = ::geteuid() == 0 ? QStringLiteral("runuser -u postgres -- \"$2\"") : QStringLiteral("\"$2\"");
        const QString script = QStringLiteral("while kill -0 \"$1\" 2>/dev/null; do sleep 2; done; "
                                              "%1 -D \"$3\" -m immediate stop >/dev/null 2>&1; rm -rf \"$4\"")
                                   .arg(stop);
        QProcess watcher;
        watcher.setProgram(QStringLiteral("sh"));
        watcher.setArguments({QStringLiteral("-c"), script, QStringLiteral("tandem-test-pg-watch"),
                              QString::number(QCoreApplication::applicationPid()), m_bin + QStringLiteral("/pg_ctl"),
                              dataPath(), m_dataDir->path()});
        // Not the test's output: CTest would wait for the watcher to close it.
        watcher.setStandardInputFile(QProcess::nullDevice());
        watcher.setStandardOutputFile(QProcess::nullDevice());
        watcher.setStandardErrorFile(QProcess::nullDevice());
        watcher.startDetached();
    }

    bool admin(const QString &statement)
    {
        return exec(m_server.toString(), statement, &m_error);
    }

    bool run(const QString &program, const QStringList &arguments)
    {
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
        const bool done = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
        if (!done)
            m_error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAll()));
        return done;
    }

    QString m_bin;
    QString m_settings;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    QUrl m_server;
    QStringList m_created;
    QString m_error;
    int m_databases = 0;
    bool m_ready = false;
};

}
