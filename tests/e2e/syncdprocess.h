#pragma once

// Drives a real tandem-syncd process for the end-to-end tests: its admin CLI, its
// `serve` command on a free loopback port, and a small blocking HTTP/1.1 client on
// raw sockets; it skips interim 1xx answers.

#include "pgcluster.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <utility>

#ifndef TANDEM_SYNCD
#error "TANDEM_SYNCD must name the tandem-syncd binary"
#endif

namespace SyncdTest {

constexpr int DefaultTimeoutMs = 10000;
constexpr qint64 DefaultMaxBody = 1024 * 1024;

inline QString syncdPath()
{
    return QStringLiteral(TANDEM_SYNCD);
}

inline QString uidText(const QUuid &uid)
{
    return uid.toString(QUuid::WithoutBraces);
}

struct CliResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + (finished ? "" : " (did not finish)") + "\nstdout: " + out
            + "\nstderr: " + err;
    }
};

inline CliResult runCli(const QStringList &arguments, int timeoutMs = DefaultTimeoutMs)
{
    CliResult result;
    QProcess process;
    process.setProgram(syncdPath());
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(timeoutMs)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!result.finished && process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(timeoutMs);
    }
    result.exitCode = result.finished ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

struct HttpResponse
{
    bool complete = false;
    QString problem;
    int status = 0;
    QByteArray reason;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QJsonObject json;
    bool isJsonObject = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QString errorCode() const { return json.value(QStringLiteral("error")).toString(); }
    QString message() const { return json.value(QStringLiteral("message")).toString(); }
    QByteArray describe() const
    {
        return "HTTP " + QByteArray::number(status) + (complete ? QByteArray() : " incomplete: " + problem.toUtf8())
            + "\n" + body.left(2000);
    }
};

inline QByteArray requestBytes(const QByteArray &method, const QByteArray &target, quint16 port,
                               const QByteArray &token = {}, const QByteArray &body = {},
                               const QList<QByteArray> &extraHeaders = {})
{
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token + "\r\n";
    for (const QByteArray &header : extraHeaders)
        request += header + "\r\n";
    if (!body.isEmpty() || method == "POST")
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return request + "\r\n" + body;
}

// One client connection; requests are written whole and answers read with blocking waits,
// which is safe because the server runs in another process.
class HttpConnection
{
public:
    explicit HttpConnection(quint16 port)
        : m_port(port)
    {
    }

    bool open(int timeoutMs = DefaultTimeoutMs)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        return m_socket.waitForConnected(timeoutMs);
    }

    quint16 port() const { return m_port; }
    QTcpSocket &socket() { return m_socket; }

    bool send(const QByteArray &method, const QByteArray &target, const QByteArray &token = {},
              const QByteArray &body = {}, const QList<QByteArray> &extraHeaders = {})
    {
        return sendRaw(requestBytes(method, target, m_port, token, body, extraHeaders));
    }

    bool sendRaw(const QByteArray &bytes)
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState || m_socket.write(bytes) != bytes.size())
            return false;
        QDeadlineTimer deadline(DefaultTimeoutMs);
        while (m_socket.bytesToWrite() > 0 && !deadline.hasExpired()) {
            if (!m_socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime()))))
                break;
        }
        return m_socket.bytesToWrite() == 0;
    }

    // True when any answer bytes (or the end of the connection) arrive within timeoutMs.
    bool answersWithin(int timeoutMs)
    {
        if (!m_buffer.isEmpty() || m_socket.bytesAvailable() > 0)
            return true;
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            return true;
        const bool ready = m_socket.waitForReadyRead(timeoutMs);
        return ready || m_socket.state() != QAbstractSocket::ConnectedState;
    }

    HttpResponse read(int timeoutMs = DefaultTimeoutMs)
    {
        HttpResponse response;
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            m_buffer += m_socket.readAll();
            const int headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd >= 0 && parseHead(m_buffer.left(headEnd), &response) && response.status < 200) {
                // An interim answer such as 100 Continue: the real one follows.
                m_buffer.remove(0, headEnd + 4);
                continue;
            }
            if (headEnd >= 0 && parseHead(m_buffer.left(headEnd), &response)) {
                const QByteArray lengthText = response.header("content-length");
                bool ok = false;
                const qint64 length = lengthText.toLongLong(&ok);
                const qint64 available = m_buffer.size() - headEnd - 4;
                const bool closed = m_socket.state() != QAbstractSocket::ConnectedState;
                if ((ok && available >= length) || (!ok && closed)) {
                    const qint64 take = ok ? length : available;
                    response.body = m_buffer.mid(headEnd + 4, take);
                    m_buffer.remove(0, headEnd + 4 + take);
                    response.complete = true;
                    const QJsonDocument document = QJsonDocument::fromJson(response.body);
                    response.isJsonObject = document.isObject();
                    response.json = document.object();
                    return response;
                }
            }
            if (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.bytesAvailable() == 0) {
                response.problem = QStringLiteral("connection closed after %1 bytes").arg(m_buffer.size());
                return response;
            }
            if (deadline.hasExpired()) {
                response.problem = QStringLiteral("no complete answer within %1 ms").arg(timeoutMs);
                return response;
            }
            m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        }
    }

    bool waitForClosed(int timeoutMs = DefaultTimeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (m_socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
            m_buffer += m_socket.readAll();
            m_socket.waitForReadyRead(int(qMax<qint64>(1, qMin<qint64>(100, deadline.remainingTime()))));
        }
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    }

    void close()
    {
        m_socket.disconnectFromHost();
        if (m_socket.state() != QAbstractSocket::UnconnectedState)
            m_socket.waitForDisconnected(1000);
    }

    void abort() { m_socket.abort(); }

private:
    static bool parseHead(const QByteArray &head, HttpResponse *response)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        if (statusLine.size() < 2 || !statusLine.at(0).startsWith("HTTP/1."))
            return false;
        response->status = statusLine.at(1).toInt();
        response->reason = statusLine.mid(2).join(' ');
        response->headers.clear();
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines.at(i).indexOf(':');
            if (colon > 0)
                response->headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        return response->status > 0;
    }

    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

inline HttpResponse httpRequest(quint16 port, const QByteArray &method, const QByteArray &target,
                                const QByteArray &token = {}, const QByteArray &body = {},
                                int timeoutMs = DefaultTimeoutMs)
{
    HttpConnection connection(port);
    HttpResponse response;
    if (!connection.open(timeoutMs)) {
        response.problem = QStringLiteral("cannot connect: ") + connection.socket().errorString();
        return response;
    }
    if (!connection.send(method, target, token, body)) {
        response.problem = QStringLiteral("cannot send: ") + connection.socket().errorString();
        return response;
    }
    response = connection.read(timeoutMs);
    connection.close();
    return response;
}

struct Terminal
{
    qint64 id = 0;
    QString name;
    QByteArray token;
};

// The server's database opened by the test itself, SQLite or PostgreSQL, to look into it
// or to damage it; closed again at the end of the scope.
class DirectDatabase
{
public:
    explicit DirectDatabase(const QString &location)
        : m_name(QStringLiteral("direct-%1").arg(quintptr(this)))
    {
        const bool postgres = location.startsWith(QStringLiteral("postgresql://"));
        QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_name);
        if (postgres) {
            const QUrl url(location);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(location);
        }
        m_open = db.open();
    }
    ~DirectDatabase()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    DirectDatabase(const DirectDatabase &) = delete;
    DirectDatabase &operator=(const DirectDatabase &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

// A database in its own temporary directory (or a PostgreSQL database of its own), the
// CLI against it, and at most one running `tandem-syncd serve`.
class SyncdServer
{
public:
    SyncdServer()
        : m_db(usePostgres() ? PostgresCluster::instance().newDatabase() : m_dir.filePath(QStringLiteral("syncd.db")))
    {
        if (m_db.isEmpty())
            m_lastError = QStringLiteral("no PostgreSQL database: ") + PostgresCluster::instance().lastError();
    }

    // Another server on the database of a running one (PostgreSQL: several may share it).
    explicit SyncdServer(const QString &database)
        : m_db(database)
    {
    }

    ~SyncdServer() { kill(); }

    SyncdServer(const SyncdServer &) = delete;
    SyncdServer &operator=(const SyncdServer &) = delete;

    bool isValid() const { return m_dir.isValid() && !m_db.isEmpty(); }
    // A file path, or a postgresql:// URL in the tests of the label postgres.
    QString db() const { return m_db; }
    bool isPostgres() const { return m_db.startsWith(QStringLiteral("postgresql://")); }
    QString dir() const { return m_dir.path(); }
    QString lastError() const { return m_lastError; }
    // The servers started from now on write their log (stderr) to this file instead of the test's.
    void logTo(const QString &path) { m_errorFile = path; }
    quint16 port() const { return m_port; }
    QProcess *process() const { return m_process.get(); }

    CliResult cli(const QStringList &arguments) const
    {
        return runCli(arguments + QStringList{QStringLiteral("--db"), m_db});
    }

    bool init() { return check(cli({QStringLiteral("init")})); }
    bool addGroup(const QString &name) { return check(cli({QStringLiteral("group"), QStringLiteral("add"), name})); }

    Terminal addTerminal(const QString &group, const QString &name)
    {
        Terminal terminal;
        const CliResult result = cli({QStringLiteral("terminal"), QStringLiteral("add"), QStringLiteral("--group"), group,
                                      QStringLiteral("--name"), name});
        if (!check(result))
            return terminal;
        static const QRegularExpression idPattern(QStringLiteral("terminal (\\d+) "));
        const QRegularExpressionMatch match = idPattern.match(result.errText());
        terminal.id = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        terminal.name = name;
        terminal.token = result.out.trimmed();
        if (terminal.id == 0 || !terminal.token.startsWith("tdm_"))
            m_lastError = QString::fromUtf8(result.describe());
        return terminal;
    }

    bool revoke(qint64 terminalId)
    {
        return check(cli({QStringLiteral("terminal"), QStringLiteral("revoke"), QString::number(terminalId)}));
    }

    // init + one group + terminals named after `names`, all in that group.
    bool setUp(const QString &group, const QStringList &names, QList<Terminal> *terminals)
    {
        if (!init() || !addGroup(group))
            return false;
        for (const QString &name : names) {
            const Terminal terminal = addTerminal(group, name);
            if (terminal.token.isEmpty())
                return false;
            terminals->append(terminal);
        }
        return true;
    }

    bool start(const QStringList &options = {})
    {
        kill();
        m_port = 0;
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(syncdPath());
        m_process->setArguments(QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_db,
                                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                                + options);
        if (m_errorFile.isEmpty())
            m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        else
            m_process->setStandardErrorFile(m_errorFile, QIODevice::Append);
        m_process->start();
        if (!m_process->waitForStarted(DefaultTimeoutMs)) {
            m_lastError = QStringLiteral("cannot start tandem-syncd: ") + m_process->errorString();
            return false;
        }
        m_process->closeWriteChannel();
        QDeadlineTimer deadline(DefaultTimeoutMs);
        QByteArray out;
        while (!out.contains('\n') && !deadline.hasExpired() && m_process->state() == QProcess::Running) {
            m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            out += m_process->readAllStandardOutput();
        }
        static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)( \\(TLS\\))?")));
        const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(out.left(out.indexOf('\n'))));
        if (!match.hasMatch()) {
            m_lastError = QStringLiteral("tandem-syncd did not report its port; stdout: ") + QString::fromUtf8(out);
            kill();
            return false;
        }
        m_port = quint16(match.captured(1).toUInt());
        return m_port != 0;
    }

    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }

    // SIGTERM, then the exit code (-1 if it crashed or did not stop in time).
    int terminate(int timeoutMs = DefaultTimeoutMs)
    {
        if (!m_process)
            return -1;
        if (m_process->state() == QProcess::Running)
            m_process->terminate();
        if (!waitForExit(timeoutMs)) {
            kill();
            return -1;
        }
        return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    }

    bool waitForExit(int timeoutMs = DefaultTimeoutMs)
    {
        return !m_process || m_process->state() == QProcess::NotRunning || m_process->waitForFinished(timeoutMs);
    }

    // kill -9: no chance to flush or clean up.
    void kill()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(DefaultTimeoutMs);
        }
    }

    HttpResponse get(const QByteArray &target, const QByteArray &token = {}) const
    {
        return httpRequest(m_port, "GET", target, token);
    }

    HttpResponse post(const QByteArray &target, const QByteArray &token, const QByteArray &body) const
    {
        return httpRequest(m_port, "POST", target, token, body);
    }

    HttpResponse push(const Terminal &terminal, const QJsonObject &batch) const
    {
        return post("/v1/push", terminal.token, QJsonDocument(batch).toJson(QJsonDocument::Compact));
    }

    HttpResponse events(const Terminal &terminal, qint64 after, const QByteArray &instance = "probe") const
    {
        return get("/v1/events?after=" + QByteArray::number(after) + "&instance=" + instance, terminal.token);
    }

    qint64 lastSeq(const Terminal &terminal) const
    {
        const HttpResponse answer = get("/v1/whoami", terminal.token);
        return answer.status == 200 ? answer.json.value(QStringLiteral("last_seq")).toInteger(-1) : -1;
    }

    // The value of one unlabelled or labelled sample in /metrics, or -1.
    double metric(const QByteArray &sample) const
    {
        const HttpResponse answer = get("/metrics");
        for (const QByteArray &line : answer.body.split('\n')) {
            if (line.startsWith(sample + ' '))
                return line.mid(sample.size() + 1).toDouble();
        }
        return -1;
    }

    // Waits until the server reports `count` held polls (each poll is held only once parsed).
    bool waitForPollers(int count, int timeoutMs = DefaultTimeoutMs) const
    {
        QDeadlineTimer deadline(timeoutMs);
        do {
            if (metric("tandem_pollers_connected") == count)
                return true;
            QThread::msleep(20);
        } while (!deadline.hasExpired());
        return false;
    }

private:
    bool check(const CliResult &result)
    {
        if (m_db.isEmpty())
            return false;
        if (result.finished && result.exitCode == 0)
            return true;
        m_lastError = QString::fromUtf8(result.describe());
        return false;
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_errorFile;
    QString m_lastError;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// Push bodies (protocol v1), written as JSON by hand so the tests do not lean on the codec.
namespace Push {

inline QJsonObject batch(const QUuid &order, qint64 baseRevision, const QString &instance, const QJsonArray &ops,
                         const QUuid &opId = QUuid::createUuid(), const QString &user = QStringLiteral("Alice"))
{
    return {{QStringLiteral("op_id"), uidText(opId)},
            {QStringLiteral("order"), uidText(order)},
            {QStringLiteral("base_revision"), baseRevision},
            {QStringLiteral("instance"), instance},
            {QStringLiteral("user"), user},
            {QStringLiteral("ops"), ops}};
}

inline QJsonObject create(const QString &reference, const QString &currency = QStringLiteral("EUR"))
{
    return {{QStringLiteral("op"), QStringLiteral("create")},
            {QStringLiteral("receipt_reference"), reference},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("created_at"), QStringLiteral("2026-11-27T10:00:00.000Z")}};
}

inline QJsonObject line(const QUuid &uid, const QString &productId, const QString &productName, qint64 unitPrice,
                        qint64 quantity, int discount = 0, int taxRate = 1000)
{
    return {{QStringLiteral("uid"), uidText(uid)},
            {QStringLiteral("product_id"), productId},
            {QStringLiteral("product_name"), productName},
            {QStringLiteral("unit_price"), unitPrice},
            {QStringLiteral("tax_rate"), taxRate},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("discount"), discount}};
}

inline QJsonObject addLine(const QJsonObject &line)
{
    return {{QStringLiteral("op"), QStringLiteral("add_line")}, {QStringLiteral("line"), line}};
}

inline QJsonObject addLine(const QUuid &uid, qint64 unitPrice = 250, qint64 quantity = 1000)
{
    return addLine(line(uid, QStringLiteral("cola"), QStringLiteral("Cola"), unitPrice, quantity));
}

inline QJsonObject setLine(const QUuid &lineUid, const QString &field, const QJsonValue &value)
{
    return {{QStringLiteral("op"), QStringLiteral("set_line")},
            {QStringLiteral("line"), uidText(lineUid)},
            {QStringLiteral("field"), field},
            {QStringLiteral("value"), value}};
}

inline QJsonObject payment(const QString &method, qint64 amount, const QUuid &uid = QUuid::createUuid())
{
    return {{QStringLiteral("uid"), uidText(uid)}, {QStringLiteral("method"), method}, {QStringLiteral("amount"), amount}};
}

inline QJsonObject pay(const QJsonArray &payments, qint64 changeGiven)
{
    return {{QStringLiteral("op"), QStringLiteral("pay")},
            {QStringLiteral("payments"), payments},
            {QStringLiteral("change_given"), changeGiven}};
}

inline QJsonObject cancel()
{
    return {{QStringLiteral("op"), QStringLiteral("cancel")}};
}

inline QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

}

}
