#include "protocol.h"
#include "serverstore.h"
#include "sessionhub.h"
#include "syncserver.h"
#include "terminaltoken.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSettings>
#include <QSslSocket>

#include <systemd/sd-daemon.h>

#include <climits>
#include <csignal>
#include <cstdio>
#include <optional>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onUnixSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

// Under systemd stderr goes to the journal, which reads a syslog priority "<N>" before
// each line: errors, warnings and notices then show as such in journalctl.
const bool g_toJournal = qEnvironmentVariableIsSet("JOURNAL_STREAM");

void printWithPriority(int priority, const QString &text)
{
    if (g_toJournal)
        std::fprintf(stderr, "<%d>tandem-syncd: %s\n", priority, qUtf8Printable(text));
    else
        std::fprintf(stderr, "tandem-syncd: %s\n", qUtf8Printable(text));
}

void printErr(const QString &text)
{
    printWithPriority(3, text);
}

// What an operator reads in the log of a healthy server.
void printNote(const QString &text)
{
    printWithPriority(5, text);
}

// Messages of the tandem.* categories, with their area and priority.
void logMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    int priority = 6;
    switch (type) {
    case QtDebugMsg:
        priority = 7;
        break;
    case QtInfoMsg:
        priority = 6;
        break;
    case QtWarningMsg:
        priority = 4;
        break;
    case QtCriticalMsg:
        priority = 3;
        break;
    case QtFatalMsg:
        priority = 2;
        break;
    }
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    printWithPriority(priority, category == QLatin1String("default") ? message : category + QStringLiteral(": ") + message);
}

// --log-level: which messages of the tandem.* categories are written; --access-log on
// adds a line per request. QT_LOGGING_RULES refines both.
bool setLogRules(const QString &level, bool accessLog)
{
    static const QHash<QString, QString> rules{
        {QStringLiteral("debug"), QStringLiteral("tandem.*.debug=true")},
        {QStringLiteral("info"), QString()},
        {QStringLiteral("warning"), QStringLiteral("tandem.*.info=false")},
        {QStringLiteral("error"), QStringLiteral("tandem.*.info=false\ntandem.*.warning=false")},
    };
    const auto it = rules.constFind(level);
    if (it == rules.cend())
        return false;
    QString filter = *it;
    if (accessLog)
        filter += QStringLiteral("\ntandem.server.access.info=true");
    if (!filter.isEmpty())
        QLoggingCategory::setFilterRules(filter);
    return true;
}

void printOut(const QString &text)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(text));
    std::fflush(stdout);
}

const char *Usage =
    "usage: tandem-syncd COMMAND [options]   (tandem-syncd COMMAND --help for details)\n"
    "commands:\n"
    "  init --db PATH                             create the database\n"
    "  group add NAME --db PATH                   add a session group\n"
    "  group list --db PATH                       list the groups\n"
    "  terminal add --group NAME --name NAME --db PATH\n"
    "                                             add a terminal and print its token once\n"
    "  terminal list --db PATH                    list the terminals\n"
    "  terminal revoke ID --db PATH               revoke a terminal's token\n"
    "  session list --db PATH                     list the open sessions\n"
    "  session close ID --db PATH                 have the server close a session left open\n"
    "  serve --db PATH --listen HOST:PORT [--tls-cert FILE --tls-key FILE]\n"
    "                                             run the sync server\n"
    "  export --group NAME --format csv|json --db PATH [--what orders|cash] [--from TIME] [--to TIME]\n"
    "                                             print paid and abandoned orders, or the cash reports\n"
    "  backup --to FILE --db PATH                 copy the database, also while the server runs\n"
    "  backup --into DIR --keep N --db PATH       a dated copy in DIR, keeping the newest N\n"
    "  restore --from FILE --db PATH              replace the database by a backup (server stopped)\n"
    "  migrate --from sqlite:PATH --to postgresql://USER@HOST/DB [--db-password-file FILE]\n"
    "                                             move a stopped server's database to PostgreSQL\n"
    "every command takes --config FILE instead of --db PATH: see tandem-syncd(8)\n";

class Command
{
public:
    Command(const QString &name, const QString &description, const QStringList &positionals)
        : m_name(name)
    {
        m_parser.setApplicationDescription(description);
        m_parser.addHelpOption();
        m_parser.addOption(m_db);
        m_parser.addOption(m_passwordFile);
        m_parser.addOption(m_config);
        for (const QString &positional : positionals)
            m_parser.addPositionalArgument(positional.section(QLatin1Char(' '), 0, 0), positional.section(QLatin1Char(' '), 1));
    }

    QCommandLineParser &parser() { return m_parser; }

    // Parses the arguments after the command words; prints help or the problem.
    bool parse(const QStringList &arguments, int positionals, int *exitCode)
    {
        QStringList args{QStringLiteral("tandem-syncd ") + m_name};
        args += arguments;
        if (!m_parser.parse(args)) {
            printErr(m_parser.errorText());
            *exitCode = 2;
            return false;
        }
        if (m_parser.isSet(QStringLiteral("help"))) {
            printOut(m_parser.helpText());
            *exitCode = 0;
            return false;
        }
        if (m_parser.positionalArguments().size() != positionals) {
            printErr(QStringLiteral("%1 takes %2 argument(s); see --help").arg(m_name).arg(positionals));
            *exitCode = 2;
            return false;
        }
        if (m_parser.isSet(m_config) && !readConfig(m_parser.value(m_config))) {
            *exitCode = 2;
            return false;
        }
        if (!isSet(QStringLiteral("db"))) {
            printErr(QStringLiteral("--db PATH is required (or db= in the --config file)"));
            *exitCode = 2;
            return false;
        }
        return true;
    }

    // An option given on the command line, or else in the configuration file.
    bool isSet(const QString &option) const { return m_parser.isSet(option) || m_settings.contains(option); }
    QString value(const QString &option) const
    {
        return m_parser.isSet(option) ? m_parser.value(option) : m_settings.value(option, m_parser.value(option));
    }

    bool openStore(ServerStore *store)
    {
        if (store->open(value(QStringLiteral("db")), value(QStringLiteral("db-password-file"))))
            return true;
        printErr(store->lastError());
        return false;
    }

    QString positional(int index) const { return m_parser.positionalArguments().value(index); }
    // The first positional argument as a row id; prints the problem otherwise.
    bool positionalId(qint64 *id, int *exitCode) const
    {
        bool ok = false;
        *id = positional(0).toLongLong(&ok);
        if (!ok) {
            printErr(QStringLiteral("ID must be a number"));
            *exitCode = 2;
        }
        return ok;
    }

private:
    // The configuration file holds the database and the serve options, each under its
    // option's name (docs/operations.md); the command line wins over it.
    bool readConfig(const QString &path)
    {
        if (!QFileInfo(path).isFile()) {
            printErr(QStringLiteral("cannot read the configuration file %1").arg(path));
            return false;
        }
        QSettings settings(path, QSettings::IniFormat);
        if (settings.status() != QSettings::NoError) {
            printErr(QStringLiteral("%1 is not a valid configuration file (INI: name=value lines)").arg(path));
            return false;
        }
        for (const QString &key : settings.allKeys()) {
            if (!ConfigKeys.contains(key)) {
                printErr(QStringLiteral("%1: unknown setting \"%2\"; see tandem-syncd(8)").arg(path, key));
                return false;
            }
            const QString value = settings.value(key).toString().trimmed();
            if (value.isEmpty()) {
                printErr(QStringLiteral("%1: %2 has no value").arg(path, key));
                return false;
            }
            m_settings.insert(key, value);
        }
        return true;
    }

    static inline const QStringList ConfigKeys{
        QStringLiteral("db"), QStringLiteral("db-password-file"), QStringLiteral("listen"), QStringLiteral("heartbeat"), QStringLiteral("retain-events"),
        QStringLiteral("max-body"), QStringLiteral("head-timeout"), QStringLiteral("body-timeout"),
        QStringLiteral("idle-timeout"), QStringLiteral("retain-event-bytes"), QStringLiteral("retain-ops"),
        QStringLiteral("session-expiry"), QStringLiteral("max-connections"), QStringLiteral("tls-cert"),
        QStringLiteral("tls-key"), QStringLiteral("log-level"), QStringLiteral("access-log")};

    QString m_name;
    QCommandLineParser m_parser;
    QCommandLineOption m_db{QStringLiteral("db"),
                            QStringLiteral("The server database: an SQLite file, or "
                                           "postgresql://USER@HOST[:PORT]/DATABASE."),
                            QStringLiteral("path|url")};
    QCommandLineOption m_passwordFile{QStringLiteral("db-password-file"),
                                      QStringLiteral("PostgreSQL: read the password from this file (else "
                                                     "PGPASSFILE or ~/.pgpass)."),
                                      QStringLiteral("file")};
    QCommandLineOption m_config{QStringLiteral("config"),
                                QStringLiteral("Read the database and the serve options from this INI file; the command "
                                               "line wins."),
                                QStringLiteral("file")};
    QHash<QString, QString> m_settings;
};

bool findGroup(ServerStore &store, const QString &name, GroupRecord *group)
{
    std::optional<GroupRecord> found;
    if (!store.groupByName(name, &found)) {
        printErr(store.lastError());
        return false;
    }
    if (!found) {
        printErr(QStringLiteral("no group named \"%1\"; see tandem-syncd group list").arg(name));
        return false;
    }
    *group = *found;
    return true;
}

bool validName(const QString &name, const QString &what)
{
    if (name.trimmed().isEmpty() || name.size() > 40 || name != name.trimmed()) {
        printErr(QStringLiteral("a %1 name has 1 to 40 characters without surrounding spaces").arg(what));
        return false;
    }
    return true;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

int exportOrders(ServerStore &store, const GroupRecord &group, const QDateTime &from, const QDateTime &to,
                 const QString &format)
{
    QList<StoredOrder> orders;
    if (!store.finishedOrders(group.id, from, to, &orders)) {
        printErr(store.lastError());
        return 1;
    }
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const StoredOrder &stored : std::as_const(orders))
            list.append(Protocol::orderToJson(stored.order));
        std::fputs(QJsonDocument(QJsonObject{{QStringLiteral("group"), group.name}, {QStringLiteral("orders"), list}})
                       .toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    printOut(QStringLiteral("order_uid,ticket,receipt_reference,receipt_number,state,closed_at,currency,order_total,record,item_uid,"
                            "product_id,product_name,quantity,unit_price,discount,tax_rate,amount,method"));
    for (const StoredOrder &stored : std::as_const(orders)) {
        const Order &order = stored.order;
        const QString head = QStringList{order.uid.toString(QUuid::WithoutBraces), QString::number(order.ticketNumber),
                                         csvField(order.receiptReference), csvField(order.receiptNumber),
                                         order.abandoned ? QStringLiteral("abandoned") : Order::stateKey(order.state),
                                         order.changedAt.toString(Qt::ISODateWithMs), order.currency,
                                         QString::number(order.total())}
                                 .join(QLatin1Char(','));
        for (const OrderLine &line : order.lines) {
            printOut(head + QStringLiteral(",line,") + QStringList{line.uid.toString(QUuid::WithoutBraces),
                                                                    csvField(line.productId), csvField(line.productName),
                                                                    QString::number(line.quantity),
                                                                    QString::number(line.unitPrice),
                                                                    QString::number(line.discount),
                                                                    QString::number(line.taxRate),
                                                                    QString::number(line.amounts().total), QString()}
                                                              .join(QLatin1Char(',')));
        }
        for (const Payment &payment : order.payments) {
            printOut(head + QStringLiteral(",payment,") + payment.uid.toString(QUuid::WithoutBraces)
                     + QStringLiteral(",,,,,,,") + QString::number(payment.amount) + QLatin1Char(',')
                     + csvField(payment.key()));
        }
    }
    return 0;
}

int exportCash(ServerStore &store, const GroupRecord &group, const QDateTime &from, const QDateTime &to,
               const QString &format)
{
    QList<StoredCashReport> reports;
    if (!store.cashReports(group.id, from, to, &reports)) {
        printErr(store.lastError());
        return 1;
    }
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const StoredCashReport &stored : std::as_const(reports)) {
            QJsonObject json = Protocol::cashReportToJson(stored.report);
            json.insert(QStringLiteral("terminal"), stored.terminal);
            json.insert(QStringLiteral("run"), stored.runId);
            list.append(json);
        }
        std::fputs(QJsonDocument(QJsonObject{{QStringLiteral("group"), group.name}, {QStringLiteral("cash_reports"), list}})
                       .toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    printOut(QStringLiteral("terminal,run,session,cashier,opened_at,closed_at,currency,opening_float,cash_sales,"
                            "cash_in,cash_out,expected,counted,difference"));
    for (const StoredCashReport &stored : std::as_const(reports)) {
        const Protocol::CashReport &report = stored.report;
        qint64 in = 0;
        qint64 out = 0;
        for (const Protocol::CashReport::Move &move : report.moves)
            (move.amount > 0 ? in : out) += move.amount;
        printOut(QStringList{csvField(stored.terminal), QString::number(stored.runId), QString::number(report.session),
                             csvField(report.cashier), report.openedAt.toString(Qt::ISODateWithMs),
                             report.closedAt.toString(Qt::ISODateWithMs), report.currency,
                             QString::number(report.openingFloat), QString::number(report.cashSales),
                             QString::number(in), QString::number(out), QString::number(report.expected),
                             report.counted ? QString::number(*report.counted) : QString(),
                             report.counted ? QString::number(*report.counted - report.expected) : QString()}
                     .join(QLatin1Char(',')));
    }
    return 0;
}

std::optional<QSslConfiguration> tlsConfiguration(const QString &certPath, const QString &keyPath, QString *problem)
{
    if (!QSslSocket::supportsSsl()) {
        *problem = QStringLiteral("TLS is not available: %1").arg(QSslSocket::sslLibraryVersionString());
        return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty()) {
        *problem = QStringLiteral("no PEM certificate in %1").arg(certPath);
        return std::nullopt;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot read %1: %2").arg(keyPath, keyFile.errorString());
        return std::nullopt;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *problem = QStringLiteral("no unencrypted PEM RSA or EC private key in %1").arg(keyPath);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

// "90s", "30m", "12h", "7d": whole seconds from 1 s to 365 days.
bool parseDuration(const QString &text, qint64 *seconds)
{
    static const QHash<QChar, qint64> units{{QLatin1Char('s'), 1}, {QLatin1Char('m'), 60}, {QLatin1Char('h'), 3600},
                                            {QLatin1Char('d'), 86400}};
    if (text.size() < 2 || !units.contains(text.back()))
        return false;
    bool ok = false;
    const qint64 count = text.chopped(1).toLongLong(&ok);
    if (!ok || count < 1 || !std::all_of(text.begin(), text.end() - 1, [](QChar c) { return c.isDigit(); }))
        return false;
    *seconds = count * units.value(text.back());
    return *seconds <= 365 * 86400;
}

// Files the server keeps open besides connections: the database, its WAL, logs, the listener.
constexpr int ReservedFiles = 64;

// A service starts with a soft limit of 1,024 open files; the hard limit is what the
// operator allowed. Returns the soft limit now in force, or 0 if unknown.
int raiseOpenFilesLimit()
{
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    if (limit.rlim_cur < limit.rlim_max) {
        struct rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur > rlim_t(INT_MAX) ? INT_MAX : int(limit.rlim_cur);
}

// SIGHUP: a renewed certificate and key, read from the same files, serve new
// connections; when they cannot be read the old ones stay.
void reloadTls(const Command &command, SyncServer &server)
{
    if (!command.isSet(QStringLiteral("tls-cert"))) {
        printNote(QStringLiteral("SIGHUP: nothing to reload, the server listens without TLS"));
        return;
    }
    sd_notify(0, "RELOADING=1");
    QString problem;
    const std::optional<QSslConfiguration> tls =
        tlsConfiguration(command.value(QStringLiteral("tls-cert")), command.value(QStringLiteral("tls-key")), &problem);
    if (!tls)
        printErr(QStringLiteral("SIGHUP: keeping the certificate in use: %1").arg(problem));
    else if (server.replaceTls(*tls))
        printNote(QStringLiteral("SIGHUP: reloaded the certificate %1").arg(command.value(QStringLiteral("tls-cert"))));
    sd_notify(0, "READY=1");
}

// Held by the serving process: restore refuses while it is, and a second server on the
// same database is told who has it.
QString lockPath(const QString &db)
{
    return db + QStringLiteral(".lock");
}

QString lockHolder(QLockFile &lock)
{
    qint64 pid = 0;
    QString host;
    QString app;
    return lock.getLockInfo(&pid, &host, &app) ? QStringLiteral(" (process %1)").arg(pid) : QString();
}

int backup(Command &command, ServerStore &store)
{
    const bool toFile = command.isSet(QStringLiteral("to"));
    if (toFile == command.isSet(QStringLiteral("into"))) {
        printErr(QStringLiteral("backup takes --to FILE or --into DIR --keep N"));
        return 2;
    }
    QString target = command.value(QStringLiteral("to"));
    int keep = 0;
    QDir dir;
    if (!toFile) {
        bool ok = false;
        keep = command.value(QStringLiteral("keep")).toInt(&ok);
        dir.setPath(command.value(QStringLiteral("into")));
        if (!ok || keep < 1 || keep > 1000) {
            printErr(QStringLiteral("--into DIR needs --keep N, 1 to 1000 copies to keep"));
            return 2;
        }
        if (!dir.exists()) {
            printErr(QStringLiteral("no folder %1").arg(dir.path()));
            return 1;
        }
        target = dir.filePath(QStringLiteral("syncd-%1.db").arg(
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    }
    if (!command.openStore(&store))
        return 1;
    if (!store.backupTo(target)) {
        printErr(store.lastError());
        return 1;
    }
    printOut(QStringLiteral("backup written: %1 (%2 bytes)").arg(target).arg(QFileInfo(target).size()));
    if (!toFile) {
        const QStringList copies = dir.entryList({QStringLiteral("syncd-*.db")}, QDir::Files, QDir::Name | QDir::Reversed);
        for (const QString &old : copies.mid(keep)) {
            if (QFile::remove(dir.filePath(old)))
                printOut(QStringLiteral("removed the older backup %1").arg(dir.filePath(old)));
        }
    }
    return 0;
}

int restore(const Command &command)
{
    const QString db = command.value(QStringLiteral("db"));
    if (ServerStore::isPostgresUrl(db)) {
        printErr(QStringLiteral("restore replaces an SQLite file; a PostgreSQL database is restored with pg_restore "
                                "(docs/operations.md)"));
        return 1;
    }
    const QString from = command.value(QStringLiteral("from"));
    if (!QFileInfo(from).isFile()) {
        printErr(QStringLiteral("no backup file %1").arg(from));
        return 1;
    }
    QLockFile lock(lockPath(db));
    lock.setStaleLockTime(0); // held by a live server however long; a dead one's is taken over
    if (!lock.tryLock(0)) {
        printErr(QStringLiteral("a server is using %1%2: stop it first (systemctl stop tandem-syncd)")
                     .arg(db, lockHolder(lock)));
        return 1;
    }
    // The copy is checked (and brought to this version's schema) before it replaces anything.
    const QString incoming = db + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(from, incoming)) {
        printErr(QStringLiteral("cannot copy %1 to %2").arg(from, incoming));
        return 1;
    }
    {
        ServerStore check;
        if (!check.open(incoming) || !check.isIntact()) {
            printErr(QStringLiteral("%1 is not a usable tandem-syncd database: %2").arg(from, check.lastError()));
            check.close();
            QFile::remove(incoming);
            return 1;
        }
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(db + suffix);
        QFile::remove(incoming + suffix);
    }
    if (::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(db).constData()) != 0) {
        printErr(QStringLiteral("cannot move %1 into place").arg(incoming));
        return 1;
    }
    printOut(QStringLiteral("restored %1 from %2").arg(db, from));
    return 0;
}

int serve(Command &command, ServerStore &store)
{
    const QString listen = command.value(QStringLiteral("listen"));
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    const QHostAddress address(listen.left(colon));
    if (colon < 0 || !portOk || port < 0 || port > 65535 || address.isNull()) {
        printErr(QStringLiteral("--listen takes HOST:PORT, e.g. 127.0.0.1:8765"));
        return 2;
    }
    SessionHub::Options hubOptions;
    SyncServer::Options serverOptions;
    bool ok = true;
    if (command.isSet(QStringLiteral("heartbeat"))) {
        const double seconds = command.value(QStringLiteral("heartbeat")).toDouble(&ok);
        ok = ok && seconds >= 0.1 && seconds <= 300;
        serverOptions.heartbeatMs = int(seconds * 1000);
    }
    if (ok && command.isSet(QStringLiteral("retain-events"))) {
        hubOptions.retainedEvents = command.value(QStringLiteral("retain-events")).toLongLong(&ok);
        ok = ok && hubOptions.retainedEvents >= 1;
    }
    if (ok && command.isSet(QStringLiteral("max-body"))) {
        serverOptions.maxBodyBytes = command.value(QStringLiteral("max-body")).toLongLong(&ok);
        ok = ok && serverOptions.maxBodyBytes >= 1024 && serverOptions.maxBodyBytes <= 64 * 1024 * 1024;
    }
    for (const auto &[name, target] : {std::pair{QStringLiteral("head-timeout"), &serverOptions.timeouts.headMs},
                                       std::pair{QStringLiteral("body-timeout"), &serverOptions.timeouts.bodyMs},
                                       std::pair{QStringLiteral("idle-timeout"), &serverOptions.timeouts.idleMs}}) {
        if (ok && command.isSet(name)) {
            const double seconds = command.value(name).toDouble(&ok);
            ok = ok && seconds >= 0.5 && seconds <= 3600;
            *target = int(seconds * 1000);
        }
    }
    if (ok && command.isSet(QStringLiteral("retain-ops")))
        ok = parseDuration(command.value(QStringLiteral("retain-ops")), &serverOptions.opRetentionSeconds);
    if (ok && command.isSet(QStringLiteral("retain-event-bytes"))) {
        hubOptions.retainedEventBytes = command.value(QStringLiteral("retain-event-bytes")).toLongLong(&ok);
        ok = ok && hubOptions.retainedEventBytes >= 1024 * 1024;
    }
    if (ok && command.isSet(QStringLiteral("session-expiry")))
        ok = parseDuration(command.value(QStringLiteral("session-expiry")), &hubOptions.sessionExpirySeconds);
    if (ok && command.isSet(QStringLiteral("max-connections"))) {
        serverOptions.maxConnections = command.value(QStringLiteral("max-connections")).toInt(&ok);
        ok = ok && serverOptions.maxConnections >= 16 && serverOptions.maxConnections <= 1000000;
    }
    if (!ok) {
        printErr(QStringLiteral("--heartbeat takes 0.1 to 300 seconds, --retain-events a count >= 1, "
                                "--max-body 1024 to 67108864 bytes, --head-timeout, --body-timeout and "
                                "--idle-timeout 0.5 to 3600 seconds, --max-connections 16 to 1000000, "
                                "--session-expiry and --retain-ops 1s to 365d (a number with s, m, h or d), "
                                "--retain-event-bytes at least 1048576"));
        return 2;
    }
    // Each connection is a file descriptor: the cap stays below what the process may open.
    const int openFiles = raiseOpenFilesLimit();
    if (openFiles > 0 && serverOptions.maxConnections > openFiles - ReservedFiles) {
        serverOptions.maxConnections = qMax(16, openFiles - ReservedFiles);
        printNote(QStringLiteral("connections capped at %1: the open files limit is %2")
                     .arg(serverOptions.maxConnections).arg(openFiles));
    }

    std::optional<QSslConfiguration> tls;
    const bool certSet = command.isSet(QStringLiteral("tls-cert"));
    if (certSet != command.isSet(QStringLiteral("tls-key"))) {
        printErr(QStringLiteral("--tls-cert and --tls-key go together"));
        return 2;
    }
    if (certSet) {
        QString problem;
        tls = tlsConfiguration(command.value(QStringLiteral("tls-cert")), command.value(QStringLiteral("tls-key")),
                               &problem);
        if (!tls) {
            printErr(problem);
            return 1;
        }
    }

    SessionHub hub(&store, hubOptions);
    SyncServer server(&store, &hub, serverOptions);
    QString error;
    const quint16 bound = server.listen(address, quint16(port), tls ? &*tls : nullptr, &error);
    if (bound == 0) {
        printErr(QStringLiteral("cannot listen on %1: %2").arg(listen, error));
        return 1;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        printErr(QStringLiteral("cannot set up signal handling"));
        return 1;
    }
    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &server, [&] {
        char byte = 0;
        if (::read(g_signalPipe[1], &byte, 1) != 1)
            return;
        if (byte == SIGHUP) {
            reloadTls(command, server);
            return;
        }
        notifier.setEnabled(false);
        sd_notify(0, "STOPPING=1");
        server.shutdown();
        QCoreApplication::exit(0);
    });
    struct sigaction action = {};
    action.sa_handler = onUnixSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);

    const QString listening = QStringLiteral("listening on %1:%2%3").arg(address.toString()).arg(bound)
                                  .arg(tls ? QStringLiteral(" (TLS)") : QString());
    printOut(listening);
    // systemd (Type=notify) starts what depends on the service only now: database open,
    // socket listening. Without systemd this does nothing.
    sd_notify(0, qPrintable(QStringLiteral("READY=1\nSTATUS=") + listening));
    const int code = QCoreApplication::exec();
    store.close();
    printNote(QStringLiteral("stopped"));
    return code;
}

// Moves a shop from its SQLite file to PostgreSQL (docs/operations.md): the server is
// stopped, everything is copied in one transaction into an empty database, and the
// terminals carry on against the new servers from where they were.
int migrate(const QStringList &rest)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Copy a stopped server's SQLite database into an empty "
                                                    "PostgreSQL database."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("from"), QStringLiteral("The SQLite database, as sqlite:PATH."), QStringLiteral("sqlite:path")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("The PostgreSQL database, as postgresql://USER@HOST[:PORT]/DATABASE."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("db-password-file"), QStringLiteral("The file with the PostgreSQL password."),
                      QStringLiteral("file")});
    if (!parser.parse(QStringList{QStringLiteral("tandem-syncd migrate")} + rest)) {
        printErr(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return 0;
    }
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (!from.startsWith(QLatin1String("sqlite:")) || from.size() <= 7 || !ServerStore::isPostgresUrl(to)
        || !parser.positionalArguments().isEmpty()) {
        printErr(QStringLiteral("migrate takes --from sqlite:PATH --to postgresql://USER@HOST[:PORT]/DATABASE"));
        return 2;
    }
    const QString path = from.mid(7);
    if (!QFileInfo(path).isFile()) {
        printErr(QStringLiteral("no database %1").arg(path));
        return 1;
    }
    // Held throughout: no server may change the file while it is copied.
    QLockFile lock(lockPath(path));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        printErr(QStringLiteral("a server is using %1%2: stop it first (systemctl stop tandem-syncd)")
                     .arg(path, lockHolder(lock)));
        return 1;
    }
    ServerStore source;
    ServerStore target;
    if (!source.open(path)) {
        printErr(source.lastError());
        return 1;
    }
    if (!target.open(to, parser.value(QStringLiteral("db-password-file")))) {
        printErr(target.lastError());
        return 1;
    }
    QList<std::pair<QString, qint64>> copied;
    if (!source.copyTo(target, &copied)) {
        printErr(QStringLiteral("nothing was copied: %1").arg(source.lastError()));
        return 1;
    }
    for (const auto &[table, rows] : std::as_const(copied))
        printOut(QStringLiteral("%1: %2 rows").arg(table).arg(rows));
    printOut(QStringLiteral("copied %1 into %2; serve it with --db %2").arg(path, to));
    return 0;
}

int run(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")) {
        std::fputs(Usage, arguments.isEmpty() ? stderr : stdout);
        return arguments.isEmpty() ? 2 : 0;
    }
    const QString verb = arguments.first();
    const bool twoWords = verb == QLatin1String("group") || verb == QLatin1String("terminal")
        || verb == QLatin1String("session");
    const QString name = twoWords ? verb + QLatin1Char(' ') + arguments.value(1) : verb;
    const QStringList rest = arguments.mid(twoWords ? 2 : 1);
    int exitCode = 0;
    ServerStore store;

    if (name == QLatin1String("init")) {
        Command command(name, QStringLiteral("Create the server database (or upgrade it)."), {});
        if (!command.parse(rest, 0, &exitCode))
            return exitCode;
        if (!command.openStore(&store))
            return 1;
        printOut(QStringLiteral("database ready: %1").arg(command.value(QStringLiteral("db"))));
        return 0;
    }
    if (name == QLatin1String("group add")) {
        Command command(name, QStringLiteral("Add a session group: terminals that share their open orders."),
                        {QStringLiteral("NAME the group's name")});
        if (!command.parse(rest, 1, &exitCode))
            return exitCode;
        if (!validName(command.positional(0), QStringLiteral("group")) || !command.openStore(&store))
            return 1;
        GroupRecord group;
        if (!store.addGroup(command.positional(0), &group)) {
            printErr(store.lastError());
            return 1;
        }
        printOut(QStringLiteral("group %1 \"%2\" added").arg(group.id).arg(group.name));
        return 0;
    }
    if (name == QLatin1String("group list")) {
        Command command(name, QStringLiteral("List the session groups."), {});
        if (!command.parse(rest, 0, &exitCode))
            return exitCode;
        if (!command.openStore(&store))
            return 1;
        QList<GroupRecord> groups;
        if (!store.groups(&groups)) {
            printErr(store.lastError());
            return 1;
        }
        for (const GroupRecord &group : std::as_const(groups))
            printOut(QStringLiteral("%1\t%2\t%3").arg(group.id).arg(group.name, group.createdAt.toString(Qt::ISODate)));
        return 0;
    }
    if (name == QLatin1String("terminal add")) {
        Command command(name, QStringLiteral("Add a terminal to a group and print its token. The token is shown "
                                             "only this once; the server keeps only its hash."), {});
        command.parser().addOption({QStringLiteral("group"), QStringLiteral("The group's name."), QStringLiteral("name")});
        command.parser().addOption({QStringLiteral("name"), QStringLiteral("The terminal's name."), QStringLiteral("name")});
        if (!command.parse(rest, 0, &exitCode))
            return exitCode;
        if (!validName(command.value(QStringLiteral("name")), QStringLiteral("terminal")) || !command.openStore(&store))
            return 1;
        GroupRecord group;
        if (!findGroup(store, command.value(QStringLiteral("group")), &group))
            return 1;
        const QString token = TerminalToken::generate();
        TerminalRecord terminal;
        if (!store.addTerminal(group.id, command.value(QStringLiteral("name")),
                               TerminalToken::hash(token), &terminal)) {
            printErr(store.lastError());
            return 1;
        }
        std::fprintf(stderr, "terminal %lld \"%s\" added to group \"%s\"; its token (shown only now):\n",
                     terminal.id, qUtf8Printable(terminal.name), qUtf8Printable(group.name));
        printOut(token);
        return 0;
    }
    if (name == QLatin1String("terminal list")) {
        Command command(name, QStringLiteral("List the terminals and whether their tokens are valid."), {});
        if (!command.parse(rest, 0, &exitCode))
            return exitCode;
        if (!command.openStore(&store))
            return 1;
        QList<TerminalRecord> terminals;
        if (!store.terminals(&terminals)) {
            printErr(store.lastError());
            return 1;
        }
        for (const TerminalRecord &terminal : std::as_const(terminals)) {
            printOut(QStringLiteral("%1\t%2\t%3\t%4").arg(terminal.id).arg(terminal.groupName, terminal.name,
                                                                          terminal.isRevoked()
                                                                              ? QStringLiteral("revoked ") + terminal.revokedAt.toString(Qt::ISODate)
                                                                              : QStringLiteral("valid")));
        }
        return 0;
    }
    if (name == QLatin1String("session list")) {
        Command command(name, QStringLiteral("List the open sessions: id, group, terminal, instance, opened, last heard."),
                        {});
        if (!command.parse(rest, 0, &exitCode))
            return exitCode;
        if (!command.openStore(&store))
            return 1;
        QList<SessionRecord> sessions;
        if (!store.sessionRecords(&sessions)) {
            printErr(store.lastError());
            return 1;
        }
        for (const SessionRecord &session : std::as_const(sessions)) {
            printOut(QStringLiteral("%1\t%2\t%3\t%4\topened %5\theard %6%7")
                         .arg(session.id)
                         .arg(session.group, session.terminal, session.instance,
                              session.openedAt.toString(Qt::ISODate), session.lastHeardAt.toString(Qt::ISODate),
                              session.closeRequested ? QStringLiteral("\tclosing") : QString()));
        }
        return 0;
    }
    if (name == QLatin1String("session close")) {
        Command command(name, QStringLiteral("Close a session a terminal left open (a crashed or replaced terminal): "
                                             "the server closes it within seconds, or when it next starts."),
                        {QStringLiteral("ID the session's id (see session list)")});
        qint64 id = 0;
        if (!command.parse(rest, 1, &exitCode) || !command.positionalId(&id, &exitCode))
            return exitCode;
        bool found = false;
        if (!command.openStore(&store))
            return 1;
        if (!store.requestSessionClose(id, &found)) {
            printErr(store.lastError());
            return 1;
        }
        if (!found) {
            printErr(QStringLiteral("no open session %1; see session list").arg(id));
            return 1;
        }
        printOut(QStringLiteral("session %1 will be closed by the server").arg(id));
        return 0;
    }
    if (name == QLatin1String("terminal revoke")) {
        Command command(name, QStringLiteral("Revoke a terminal's token: its next request is refused and its "
                                             "held poll ends."),
                        {QStringLiteral("ID the terminal's id (see terminal list)")});
        qint64 id = 0;
        if (!command.parse(rest, 1, &exitCode) || !command.positionalId(&id, &exitCode))
            return exitCode;
        if (!command.openStore(&store))
            return 1;
        if (!store.revokeTerminal(id)) {
            printErr(store.lastError());
            return 1;
        }
        printOut(QStringLiteral("terminal %1 revoked").arg(id));
        return 0;
    }
    if (name == QLatin1String("serve")) {
        Command command(name, QStringLiteral("Run the sync server until SIGTERM or SIGINT."), {});
        command.parser().addOption({QStringLiteral("listen"), QStringLiteral("Address and port, e.g. 127.0.0.1:8765 "
                                                                             "(port 0 picks a free one)."),
                                    QStringLiteral("host:port")});
        command.parser().addOption({QStringLiteral("heartbeat"), QStringLiteral("Seconds a poll is held without "
                                                                                "events (default 10)."),
                                    QStringLiteral("seconds")});
        command.parser().addOption({QStringLiteral("retain-events"), QStringLiteral("Events kept per group for "
                                                                                    "catching up (default 10000)."),
                                    QStringLiteral("count")});
        command.parser().addOption({QStringLiteral("max-body"), QStringLiteral("Largest request body in bytes "
                                                                               "(default 1048576)."),
                                    QStringLiteral("bytes")});
        command.parser().addOption({QStringLiteral("head-timeout"), QStringLiteral("Seconds a client may take to send "
                                                                                   "a request head (default 10)."),
                                    QStringLiteral("seconds")});
        command.parser().addOption({QStringLiteral("body-timeout"), QStringLiteral("Seconds a client may take to send "
                                                                                   "a request body (default 30)."),
                                    QStringLiteral("seconds")});
        command.parser().addOption({QStringLiteral("idle-timeout"), QStringLiteral("Seconds a keep-alive connection may "
                                                                                   "stay idle (default 75)."),
                                    QStringLiteral("seconds")});
        command.parser().addOption({QStringLiteral("retain-event-bytes"), QStringLiteral("Bytes of events kept per "
                                                                                         "group (default 67108864)."),
                                    QStringLiteral("bytes")});
        command.parser().addOption({QStringLiteral("retain-ops"), QStringLiteral("How long op_id answers are kept "
                                                                                 "for replays, at least until their "
                                                                                 "run ends (default 7d)."),
                                    QStringLiteral("duration")});
        command.parser().addOption({QStringLiteral("session-expiry"), QStringLiteral("Close sessions not heard from "
                                                                                     "for this long, e.g. 12h (the "
                                                                                     "default), 30m, 7d."),
                                    QStringLiteral("duration")});
        command.parser().addOption({QStringLiteral("max-connections"), QStringLiteral("Connections held at most "
                                                                                      "(default 4096, below the open "
                                                                                      "files limit)."),
                                    QStringLiteral("count")});
        command.parser().addOption({QStringLiteral("tls-cert"), QStringLiteral("Serve HTTPS with this PEM certificate "
                                                                               "(chain)."),
                                    QStringLiteral("file")});
        command.parser().addOption({QStringLiteral("tls-key"), QStringLiteral("The certificate's PEM private key."),
                                    QStringLiteral("file")});
        command.parser().addOption({QStringLiteral("log-level"), QStringLiteral("debug, info (the default), warning or "
                                                                                "error."),
                                    QStringLiteral("level"), QStringLiteral("info")});
        command.parser().addOption({QStringLiteral("access-log"), QStringLiteral("on: log every request (method, path, "
                                                                                 "status, duration, terminal, peer); "
                                                                                 "off (the default)."),
                                    QStringLiteral("on|off"), QStringLiteral("off")});
        if (!command.parse(rest, 0, &exitCode))
            return exitCode;
        if (!command.isSet(QStringLiteral("listen"))) {
            printErr(QStringLiteral("--listen HOST:PORT is required"));
            return 2;
        }
        const QString accessLog = command.value(QStringLiteral("access-log"));
        if (accessLog != QLatin1String("on") && accessLog != QLatin1String("off")) {
            printErr(QStringLiteral("--access-log takes on or off"));
            return 2;
        }
        if (!setLogRules(command.value(QStringLiteral("log-level")), accessLog == QLatin1String("on"))) {
            printErr(QStringLiteral("--log-level takes debug, info, warning or error"));
            return 2;
        }
        const QString db = command.value(QStringLiteral("db"));
        std::optional<QLockFile> lock;
        if (!ServerStore::isPostgresUrl(db)) {
            lock.emplace(lockPath(db));
            lock->setStaleLockTime(0); // a killed server's lock is taken over: its pid is gone
            if (!lock->tryLock(0)) {
                printErr(QStringLiteral("another tandem-syncd serves %1%2").arg(db, lockHolder(*lock)));
                return 1;
            }
        }
        if (!command.openStore(&store))
            return 1;
        return serve(command, store);
    }
    if (name == QLatin1String("backup")) {
        Command command(name, QStringLiteral("Copy the database, consistent also while the server runs."), {});
        command.parser().addOption({QStringLiteral("to"), QStringLiteral("Write the copy to this new file."),
                                    QStringLiteral("file")});
        command.parser().addOption({QStringLiteral("into"), QStringLiteral("Write a dated copy into this folder."),
                                    QStringLiteral("dir")});
        command.parser().addOption({QStringLiteral("keep"), QStringLiteral("With --into: how many copies to keep."),
                                    QStringLiteral("count")});
        if (!command.parse(rest, 0, &exitCode))
            return exitCode;
        return backup(command, store);
    }
    if (name == QLatin1String("restore")) {
        Command command(name, QStringLiteral("Replace the database by a backup; refused while a server uses it."), {});
        command.parser().addOption({QStringLiteral("from"), QStringLiteral("The backup file."), QStringLiteral("file")});
        if (!command.parse(rest, 0, &exitCode))
            return exitCode;
        if (!command.isSet(QStringLiteral("from"))) {
            printErr(QStringLiteral("--from FILE is required"));
            return 2;
        }
        return restore(command);
    }
    if (name == QLatin1String("migrate"))
        return migrate(rest);
    if (name == QLatin1String("export")) {
        Command command(name, QStringLiteral("Print a group's paid and abandoned orders with their lines and "
                                             "payments, or the cash reports of its closed sessions."), {});
        command.parser().addOption({QStringLiteral("what"), QStringLiteral("orders (the default) or cash."),
                                    QStringLiteral("what"), QStringLiteral("orders")});
        command.parser().addOption({QStringLiteral("group"), QStringLiteral("The group's name."), QStringLiteral("name")});
        command.parser().addOption({QStringLiteral("format"), QStringLiteral("csv or json."), QStringLiteral("format")});
        command.parser().addOption({QStringLiteral("from"), QStringLiteral("Orders closed at or after this ISO 8601 time."),
                                    QStringLiteral("time")});
        command.parser().addOption({QStringLiteral("to"), QStringLiteral("Orders closed before this ISO 8601 time."),
                                    QStringLiteral("time")});
        if (!command.parse(rest, 0, &exitCode))
            return exitCode;
        const QString format = command.value(QStringLiteral("format"));
        if (format != QLatin1String("csv") && format != QLatin1String("json")) {
            printErr(QStringLiteral("--format must be csv or json"));
            return 2;
        }
        const QString what = command.value(QStringLiteral("what"));
        if (what != QLatin1String("orders") && what != QLatin1String("cash")) {
            printErr(QStringLiteral("--what must be orders or cash"));
            return 2;
        }
        QDateTime bounds[2];
        const QString names[2] = {QStringLiteral("from"), QStringLiteral("to")};
        for (int i = 0; i < 2; ++i) {
            if (!command.isSet(names[i]))
                continue;
            bounds[i] = QDateTime::fromString(command.value(names[i]), Qt::ISODateWithMs);
            if (!bounds[i].isValid()) {
                printErr(QStringLiteral("--%1 must be an ISO 8601 time such as 2026-11-27T00:00:00Z").arg(names[i]));
                return 2;
            }
        }
        if (!command.openStore(&store))
            return 1;
        GroupRecord group;
        if (!findGroup(store, command.value(QStringLiteral("group")), &group))
            return 1;
        return what == QLatin1String("cash") ? exportCash(store, group, bounds[0], bounds[1], format)
                                             : exportOrders(store, group, bounds[0], bounds[1], format);
    }
    printErr(QStringLiteral("unknown command \"%1\"").arg(name));
    std::fputs(Usage, stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tandem-syncd"));
    qInstallMessageHandler(logMessage);
    return run(QCoreApplication::arguments().mid(1));
}
