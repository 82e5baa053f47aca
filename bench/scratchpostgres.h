#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTemporaryDir;

// PostgreSQL for tandem-loadgen --compare-backends: a throwaway cluster of its own (initdb
// and pg_ctl in a temporary folder, on a free loopback port, as the user postgres when we
// run as root, since initdb refuses root), or a given server whose user may create
// databases. Each run gets a new database; all of them go with this object.
class ScratchPostgres final
{
public:
    ScratchPostgres();
    ~ScratchPostgres();
    Q_DISABLE_COPY_MOVE(ScratchPostgres)

    // postgresql://USER@HOST[:PORT]/DATABASE, without a password (libpq's PGPASSFILE has it).
    static bool isServerUrl(const QString &server);
    // server: the URL of a running server; empty starts a cluster.
    bool start(const QString &server);
    // The URL of a new, empty database; empty (and lastError()) when there is none.
    QString newDatabase();
    // What the runs were measured on, for the report.
    QString description() const { return m_description; }
    QString lastError() const { return m_error; }

private:
    bool startCluster();
    bool admin(const QString &statement);
    bool runTool(const QString &tool, const QStringList &arguments);
    QString dataPath() const;

    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir; // our own cluster; null for a given server
    QUrl m_server;
    QStringList m_created;
    QString m_description;
    QString m_error;
    bool m_running = false;
};
