#include "syncdprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace SyncdTest;
using namespace Qt::StringLiterals;

namespace {

QStringList outputLines(const CliResult &result)
{
    return result.outText().split(u'\n', Qt::SkipEmptyParts);
}

// RFC 4180 fields of one line: quoted fields may hold commas and doubled quotes.
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}

class TestSyncdCli : public QObject
{
    Q_OBJECT

private slots:
    void help_data();
    void help();
    void initCreatesDatabase();
    void groupAddAndList();
    void groupAddRejects_data();
    void groupAddRejects();
    void terminalAddPrintsTokenOnce();
    void terminalAddRejects_data();
    void terminalAddRejects();
    void terminalListAndRevoke();
    void usageErrors_data();
    void usageErrors();
    void exportPaidOrders();
    void exportRejects_data();
    void exportRejects();
    void configurationFile();
    void backupAndRestore();
};

void TestSyncdCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");

    const QStringList commands{u"init"_s, u"group add"_s, u"group list"_s, u"terminal add"_s, u"terminal list"_s,
                               u"terminal revoke"_s, u"serve"_s, u"export"_s, u"backup"_s, u"restore"_s};
    QTest::newRow("--help") << QStringList{u"--help"_s} << commands;
    QTest::newRow("-h") << QStringList{u"-h"_s} << commands;
    QTest::newRow("init") << QStringList{u"init"_s, u"--help"_s} << QStringList{u"--db"_s, u"database"_s};
    QTest::newRow("group add") << QStringList{u"group"_s, u"add"_s, u"--help"_s} << QStringList{u"--db"_s, u"NAME"_s};
    QTest::newRow("group list") << QStringList{u"group"_s, u"list"_s, u"--help"_s} << QStringList{u"--db"_s};
    QTest::newRow("terminal add") << QStringList{u"terminal"_s, u"add"_s, u"--help"_s}
                                  << QStringList{u"--db"_s, u"--group"_s, u"--name"_s, u"token"_s};
    QTest::newRow("terminal list") << QStringList{u"terminal"_s, u"list"_s, u"--help"_s} << QStringList{u"--db"_s};
    QTest::newRow("terminal revoke") << QStringList{u"terminal"_s, u"revoke"_s, u"--help"_s} << QStringList{u"--db"_s, u"ID"_s};
    QTest::newRow("serve") << QStringList{u"serve"_s, u"--help"_s}
                           << QStringList{u"--db"_s, u"--listen"_s, u"--heartbeat"_s, u"--retain-events"_s, u"--max-body"_s};
    QTest::newRow("export") << QStringList{u"export"_s, u"--help"_s}
                            << QStringList{u"--db"_s, u"--group"_s, u"--format"_s, u"--from"_s, u"--to"_s};
}

void TestSyncdCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);

    const CliResult result = runCli(arguments);
    QVERIFY2(result.finished && result.exitCode == 0, result.describe());
    QVERIFY2(result.err.isEmpty(), result.describe());
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(result.outText().contains(mention), qPrintable(mention + u" missing from:\n"_s + result.outText()));
}

void TestSyncdCli::initCreatesDatabase()
{
    SyncdServer server;
    QVERIFY2(server.isValid(), qPrintable(server.lastError()));
    auto schemaVersion = [&] {
        DirectDatabase direct(server.db());
        QSqlQuery query(direct.db());
        return direct.isOpen() && query.exec(u"SELECT version FROM schema_version"_s) && query.next()
            ? query.value(0).toInt()
            : 0;
    };
    if (server.isPostgres())
        QCOMPARE(schemaVersion(), 0);
    else
        QVERIFY(!QFileInfo::exists(server.db()));

    const CliResult created = server.cli({u"init"_s});
    QVERIFY2(created.finished && created.exitCode == 0, created.describe());
    QVERIFY(created.outText().contains(server.db()));
    if (!server.isPostgres())
        QVERIFY(fileBytes(server.db()).startsWith("SQLite format 3"));
    QVERIFY(schemaVersion() >= 6);

    QVERIFY2(server.addGroup(u"Downtown"_s), qPrintable(server.lastError()));
    const CliResult again = server.cli({u"init"_s});
    QVERIFY2(again.finished && again.exitCode == 0, again.describe());
    const CliResult list = server.cli({u"group"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(outputLines(list).size(), 1);
    QVERIFY(list.outText().contains(u"Downtown"_s));

    const CliResult unreachable = runCli({u"init"_s, u"--db"_s, server.dir() + u"/missing/dir/syncd.db"_s});
    QVERIFY2(unreachable.finished && unreachable.exitCode != 0, unreachable.describe());
    QVERIFY(!unreachable.err.isEmpty());
}

void TestSyncdCli::groupAddAndList()
{
    SyncdServer server;
    QVERIFY2(server.init(), qPrintable(server.lastError()));

    const CliResult empty = server.cli({u"group"_s, u"list"_s});
    QVERIFY2(empty.finished && empty.exitCode == 0, empty.describe());
    QVERIFY(empty.out.isEmpty());

    const CliResult downtown = server.cli({u"group"_s, u"add"_s, u"Downtown"_s});
    QVERIFY2(downtown.exitCode == 0, downtown.describe());
    QCOMPARE(downtown.outText(), u"group 1 \"Downtown\" added\n"_s);
    const CliResult airport = server.cli({u"group"_s, u"add"_s, u"Airport"_s});
    QVERIFY2(airport.exitCode == 0, airport.describe());
    QCOMPARE(airport.outText(), u"group 2 \"Airport\" added\n"_s);

    const CliResult duplicate = server.cli({u"group"_s, u"add"_s, u"Downtown"_s});
    QVERIFY2(duplicate.finished && duplicate.exitCode != 0, duplicate.describe());
    QVERIFY(duplicate.out.isEmpty());
    QVERIFY2(duplicate.errText().contains(u"Downtown"_s) && duplicate.errText().contains(u"exists already"_s),
             duplicate.describe());

    const CliResult list = server.cli({u"group"_s, u"list"_s});
    QVERIFY2(list.exitCode == 0, list.describe());
    const QStringList lines = outputLines(list);
    QCOMPARE(lines.size(), 2);
    const QStringList first = lines.at(0).split(u'\t');
    const QStringList second = lines.at(1).split(u'\t');
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.mid(0, 2), (QStringList{u"2"_s, u"Airport"_s}));
    QCOMPARE(second.mid(0, 2), (QStringList{u"1"_s, u"Downtown"_s}));
    QVERIFY2(QDateTime::fromString(first.at(2), Qt::ISODate).isValid(), qPrintable(first.at(2)));
}

void TestSyncdCli::groupAddRejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("duplicate") << QStringList{u"Downtown"_s} << 1 << u"exists already"_s;
    QTest::newRow("empty name") << QStringList{QString()} << 1 << u"1 to 40 characters"_s;
    QTest::newRow("surrounding spaces") << QStringList{u" Bar "_s} << 1 << u"1 to 40 characters"_s;
    QTest::newRow("41 characters") << QStringList{QString(41, u'x')} << 1 << u"1 to 40 characters"_s;
    QTest::newRow("no name") << QStringList() << 2 << u"argument"_s;
    QTest::newRow("two names") << QStringList{u"A"_s, u"B"_s} << 2 << u"argument"_s;
}

void TestSyncdCli::groupAddRejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    SyncdServer server;
    QVERIFY2(server.init() && server.addGroup(u"Downtown"_s), qPrintable(server.lastError()));

    const CliResult result = server.cli(QStringList{u"group"_s, u"add"_s} + arguments);
    QVERIFY2(result.finished, result.describe());
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.errText().contains(message), result.describe());
    QCOMPARE(outputLines(server.cli({u"group"_s, u"list"_s})).size(), 1);
}

void TestSyncdCli::terminalAddPrintsTokenOnce()
{
    SyncdServer server;
    QVERIFY2(server.init() && server.addGroup(u"Downtown"_s) && server.addGroup(u"Airport"_s),
             qPrintable(server.lastError()));

    const CliResult bar = server.cli({u"terminal"_s, u"add"_s, u"--group"_s, u"Downtown"_s, u"--name"_s, u"Bar"_s});
    QVERIFY2(bar.finished && bar.exitCode == 0, bar.describe());
    static const QRegularExpression tokenPattern(u"^tdm_[A-Za-z0-9_-]{43,}\n$"_s);
    QVERIFY2(tokenPattern.match(bar.outText()).hasMatch(), bar.describe());
    const QByteArray token = bar.out.trimmed();
    QVERIFY2(bar.errText().contains(u"terminal 1 \"Bar\" added to group \"Downtown\""_s), bar.describe());
    QVERIFY(!bar.err.contains(token));

    const CliResult airportBar = server.cli({u"terminal"_s, u"add"_s, u"--group"_s, u"Airport"_s, u"--name"_s, u"Bar"_s});
    QVERIFY2(airportBar.finished && airportBar.exitCode == 0, airportBar.describe());
    QVERIFY2(tokenPattern.match(airportBar.outText()).hasMatch(), airportBar.describe());
    QVERIFY(airportBar.out.trimmed() != token);

    QByteArray stored;
    if (server.isPostgres()) {
        DirectDatabase direct(server.db());
        QSqlQuery rows(direct.db());
        QVERIFY(direct.isOpen() && rows.exec(u"SELECT t::text FROM terminals t"_s));
        while (rows.next())
            stored += rows.value(0).toByteArray();
    } else {
        const QStringList files = QDir(server.dir()).entryList(QDir::Files);
        QVERIFY(files.contains(u"syncd.db"_s));
        for (const QString &file : files)
            stored += fileBytes(QDir(server.dir()).filePath(file));
    }
    QVERIFY(stored.size() > 0);
    for (const QByteArray &secret : {token, token.mid(4), airportBar.out.trimmed(), airportBar.out.trimmed().mid(4)})
        QVERIFY2(!stored.contains(secret), "a token is stored in clear: " + secret);

    const CliResult list = server.cli({u"terminal"_s, u"list"_s});
    QVERIFY2(list.exitCode == 0, list.describe());
    QVERIFY(!list.out.contains(token));
    QCOMPARE(outputLines(list).size(), 2);
}

void TestSyncdCli::terminalAddRejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown group") << QStringList{u"--group"_s, u"Harbour"_s, u"--name"_s, u"Kiosk"_s} << 1
                                   << u"no group named \"Harbour\""_s;
    QTest::newRow("name taken in the group") << QStringList{u"--group"_s, u"Downtown"_s, u"--name"_s, u"Bar"_s} << 1
                                             << u"Bar"_s;
    QTest::newRow("no name") << QStringList{u"--group"_s, u"Downtown"_s} << 1 << u"1 to 40 characters"_s;
    QTest::newRow("no group") << QStringList{u"--name"_s, u"Kiosk"_s} << 1 << u"no group named"_s;
    QTest::newRow("stray argument") << QStringList{u"--group"_s, u"Downtown"_s, u"--name"_s, u"Kiosk"_s, u"extra"_s} << 2
                                    << u"argument"_s;
}

void TestSyncdCli::terminalAddRejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    SyncdServer server;
    QVERIFY2(server.init() && server.addGroup(u"Downtown"_s), qPrintable(server.lastError()));
    QVERIFY2(!server.addTerminal(u"Downtown"_s, u"Bar"_s).token.isEmpty(), qPrintable(server.lastError()));

    const CliResult result = server.cli(QStringList{u"terminal"_s, u"add"_s} + arguments);
    QVERIFY2(result.finished, result.describe());
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.isEmpty(), result.describe());
    QVERIFY2(result.errText().contains(message), result.describe());
    QCOMPARE(outputLines(server.cli({u"terminal"_s, u"list"_s})).size(), 1);
}

void TestSyncdCli::terminalListAndRevoke()
{
    SyncdServer server;
    QVERIFY2(server.init() && server.addGroup(u"Downtown"_s), qPrintable(server.lastError()));
    const Terminal bar = server.addTerminal(u"Downtown"_s, u"Bar"_s);
    const Terminal terrace = server.addTerminal(u"Downtown"_s, u"Terrace"_s);
    QVERIFY2(bar.id > 0 && terrace.id > 0, qPrintable(server.lastError()));

    const CliResult before = server.cli({u"terminal"_s, u"list"_s});
    QVERIFY2(before.exitCode == 0, before.describe());
    QCOMPARE(outputLines(before), (QStringList{u"%1\tDowntown\tBar\tvalid"_s.arg(bar.id),
                                               u"%1\tDowntown\tTerrace\tvalid"_s.arg(terrace.id)}));

    const CliResult revoked = server.cli({u"terminal"_s, u"revoke"_s, QString::number(bar.id)});
    QVERIFY2(revoked.finished && revoked.exitCode == 0, revoked.describe());
    QCOMPARE(revoked.outText(), u"terminal %1 revoked\n"_s.arg(bar.id));

    const QStringList after = outputLines(server.cli({u"terminal"_s, u"list"_s}));
    QCOMPARE(after.size(), 2);
    const QStringList barFields = after.at(0).split(u'\t');
    QCOMPARE(barFields.mid(0, 3), (QStringList{QString::number(bar.id), u"Downtown"_s, u"Bar"_s}));
    QVERIFY2(barFields.value(3).startsWith(u"revoked "_s), qPrintable(after.at(0)));
    QVERIFY2(QDateTime::fromString(barFields.value(3).mid(8), Qt::ISODate).isValid(), qPrintable(after.at(0)));
    QCOMPARE(after.at(1), u"%1\tDowntown\tTerrace\tvalid"_s.arg(terrace.id));

    const CliResult twice = server.cli({u"terminal"_s, u"revoke"_s, QString::number(bar.id)});
    QVERIFY2(twice.finished && twice.exitCode != 0, twice.describe());
    QVERIFY(!twice.err.isEmpty());

    const CliResult unknown = server.cli({u"terminal"_s, u"revoke"_s, u"99"_s});
    QVERIFY2(unknown.finished && unknown.exitCode != 0, unknown.describe());
    QVERIFY2(unknown.errText().contains(u"99"_s), unknown.describe());
    QVERIFY(unknown.out.isEmpty());

    const CliResult notANumber = server.cli({u"terminal"_s, u"revoke"_s, u"Bar"_s});
    QVERIFY2(notANumber.finished && notANumber.exitCode == 2, notANumber.describe());

    QCOMPARE(outputLines(server.cli({u"terminal"_s, u"list"_s})).at(1), u"%1\tDowntown\tTerrace\tvalid"_s.arg(terrace.id));
}

void TestSyncdCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QString db = u"%DB%"_s;
    QTest::newRow("no arguments") << QStringList() << u"usage:"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s, u"--db"_s, db} << u"unknown command \"frobnicate\""_s;
    QTest::newRow("unknown group verb") << QStringList{u"group"_s, u"delete"_s, u"Downtown"_s, u"--db"_s, db}
                                        << u"unknown command \"group delete\""_s;
    QTest::newRow("unknown option") << QStringList{u"init"_s, u"--db"_s, db, u"--force"_s} << u"force"_s;
    QTest::newRow("init without --db") << QStringList{u"init"_s} << u"--db PATH is required"_s;
    QTest::newRow("group add without --db") << QStringList{u"group"_s, u"add"_s, u"Downtown"_s} << u"--db PATH is required"_s;
    QTest::newRow("group list without --db") << QStringList{u"group"_s, u"list"_s} << u"--db PATH is required"_s;
    QTest::newRow("terminal add without --db") << QStringList{u"terminal"_s, u"add"_s, u"--group"_s, u"Downtown"_s,
                                                              u"--name"_s, u"Bar"_s}
                                               << u"--db PATH is required"_s;
    QTest::newRow("terminal list without --db") << QStringList{u"terminal"_s, u"list"_s} << u"--db PATH is required"_s;
    QTest::newRow("terminal revoke without --db") << QStringList{u"terminal"_s, u"revoke"_s, u"1"_s}
                                                  << u"--db PATH is required"_s;
    QTest::newRow("serve without --db") << QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s}
                                        << u"--db PATH is required"_s;
    QTest::newRow("export without --db") << QStringList{u"export"_s, u"--group"_s, u"Downtown"_s, u"--format"_s, u"csv"_s}
                                         << u"--db PATH is required"_s;
    QTest::newRow("serve without --listen") << QStringList{u"serve"_s, u"--db"_s, db} << u"--listen"_s;
    QTest::newRow("serve on a host name") << QStringList{u"serve"_s, u"--db"_s, db, u"--listen"_s, u"localhost:8765"_s}
                                          << u"HOST:PORT"_s;
    QTest::newRow("serve on port 99999") << QStringList{u"serve"_s, u"--db"_s, db, u"--listen"_s, u"127.0.0.1:99999"_s}
                                         << u"HOST:PORT"_s;
    QTest::newRow("serve with heartbeat 0") << QStringList{u"serve"_s, u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s,
                                                           u"--heartbeat"_s, u"0"_s}
                                            << u"--heartbeat"_s;
    QTest::newRow("serve retaining 0 events") << QStringList{u"serve"_s, u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s,
                                                             u"--retain-events"_s, u"0"_s}
                                              << u"--retain-events"_s;
    QTest::newRow("serve with a tiny body limit") << QStringList{u"serve"_s, u"--db"_s, db, u"--listen"_s,
                                                                 u"127.0.0.1:0"_s, u"--max-body"_s, u"10"_s}
                                                  << u"--max-body"_s;
}

void TestSyncdCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    SyncdServer server;
    QVERIFY2(server.init() && server.addGroup(u"Downtown"_s), qPrintable(server.lastError()));
    arguments.replaceInStrings(u"%DB%"_s, server.db());

    const CliResult result = runCli(arguments);
    QVERIFY2(result.finished, result.describe());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errText().contains(message), result.describe());
    QVERIFY2(result.out.isEmpty(), result.describe());
}

void TestSyncdCli::exportPaidOrders()
{
    SyncdServer server;
    QVERIFY2(server.init() && server.addGroup(u"Downtown"_s) && server.addGroup(u"Airport"_s),
             qPrintable(server.lastError()));
    const Terminal bar = server.addTerminal(u"Downtown"_s, u"Bar"_s);
    QVERIFY2(!bar.token.isEmpty(), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));

    const QUuid paid = QUuid::createUuid();
    const QUuid open = QUuid::createUuid();
    const QUuid cancelled = QUuid::createUuid();
    const QUuid tea = QUuid::createUuid();
    const QUuid cola = QUuid::createUuid();
    const QUuid cash = QUuid::createUuid();
    const QString teaName = u"Tea, \"green\""_s;
    const HttpResponse created = server.push(
        bar, Push::batch(paid, 0, u"bar-1"_s,
                         {Push::create(u"BAR-000001"_s),
                          Push::addLine(Push::line(tea, u"tea"_s, teaName, 1200, 1000, 1000)),
                          Push::addLine(Push::line(cola, u"cola"_s, u"Cola"_s, 250, 2000))}));
    QVERIFY2(created.status == 200, created.describe());
    constexpr qint64 Total = 1080 + 500;
    constexpr qint64 Tendered = 2000;
    const HttpResponse payment = server.push(
        bar, Push::batch(paid, 1, u"bar-1"_s, {Push::pay({Push::payment(u"cash"_s, Tendered, cash)}, Tendered - Total)}));
    QVERIFY2(payment.status == 200, payment.describe());
    QCOMPARE(payment.json.value(u"order"_s).toObject().value(u"state"_s).toString(), u"paid"_s);
    QCOMPARE(server.push(bar, Push::batch(open, 0, u"bar-1"_s, {Push::create(u"BAR-000002"_s), Push::addLine(QUuid::createUuid())})).status,
             200);
    QCOMPARE(server.push(bar, Push::batch(cancelled, 0, u"bar-1"_s, {Push::create(u"BAR-000003"_s), Push::cancel()})).status,
             200);

    const CliResult csv = server.cli({u"export"_s, u"--group"_s, u"Downtown"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(csv.finished && csv.exitCode == 0, csv.describe());
    const QStringList rows = outputLines(csv);
    QCOMPARE(rows.size(), 4);
    const QStringList header = csvFields(rows.at(0));
    QCOMPARE(header.first(), u"order_uid"_s);
    QVERIFY(header.contains(u"order_total"_s) && header.contains(u"product_name"_s) && header.contains(u"method"_s));
    auto column = [&](const QStringList &fields, const QString &name) { return fields.value(header.indexOf(name)); };
    QStringList lineItems;
    int payments = 0;
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList fields = csvFields(rows.at(i));
        QCOMPARE(fields.size(), header.size());
        QCOMPARE(column(fields, u"order_uid"_s), uidText(paid));
        QCOMPARE(column(fields, u"ticket"_s), u"1"_s);
        QCOMPARE(column(fields, u"receipt_reference"_s), u"BAR-000001"_s);
        QCOMPARE(column(fields, u"state"_s), u"paid"_s);
        QCOMPARE(column(fields, u"currency"_s), u"EUR"_s);
        QCOMPARE(column(fields, u"order_total"_s), QString::number(Total));
        QVERIFY(QDateTime::fromString(column(fields, u"closed_at"_s), Qt::ISODateWithMs).isValid());
        const QString record = column(fields, u"record"_s);
        if (record == u"line"_s) {
            const bool isTea = column(fields, u"item_uid"_s) == uidText(tea);
            QCOMPARE(column(fields, u"item_uid"_s), uidText(isTea ? tea : cola));
            QCOMPARE(column(fields, u"product_name"_s), isTea ? teaName : u"Cola"_s);
            QCOMPARE(column(fields, u"quantity"_s), isTea ? u"1000"_s : u"2000"_s);
            QCOMPARE(column(fields, u"unit_price"_s), isTea ? u"1200"_s : u"250"_s);
            QCOMPARE(column(fields, u"discount"_s), isTea ? u"1000"_s : u"0"_s);
            QCOMPARE(column(fields, u"amount"_s), isTea ? u"1080"_s : u"500"_s);
            lineItems.append(column(fields, u"product_id"_s));
        } else {
            QCOMPARE(record, u"payment"_s);
            QCOMPARE(column(fields, u"item_uid"_s), uidText(cash));
            QCOMPARE(column(fields, u"amount"_s), QString::number(Tendered));
            QCOMPARE(column(fields, u"method"_s), u"cash"_s);
            ++payments;
        }
    }
    lineItems.sort();
    QCOMPARE(lineItems, (QStringList{u"cola"_s, u"tea"_s}));
    QCOMPARE(payments, 1);
    QVERIFY(!csv.outText().contains(uidText(open)));
    QVERIFY(!csv.outText().contains(uidText(cancelled)));

    const CliResult json = server.cli({u"export"_s, u"--group"_s, u"Downtown"_s, u"--format"_s, u"json"_s});
    QVERIFY2(json.finished && json.exitCode == 0, json.describe());
    QJsonParseError parseError;
    const QJsonObject document = QJsonDocument::fromJson(json.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, json.describe());
    QCOMPARE(document.value(u"group"_s).toString(), u"Downtown"_s);
    const QJsonArray orders = document.value(u"orders"_s).toArray();
    QCOMPARE(orders.size(), 1);
    const QJsonObject order = orders.at(0).toObject();
    QCOMPARE(order.value(u"uid"_s).toString(), uidText(paid));
    QCOMPARE(order.value(u"state"_s).toString(), u"paid"_s);
    QCOMPARE(order.value(u"ticket"_s).toInt(), 1);
    QCOMPARE(order.value(u"change_given"_s).toInteger(), Tendered - Total);
    const QJsonArray lines = order.value(u"lines"_s).toArray();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).toObject().value(u"product_name"_s).toString(), teaName);
    QCOMPARE(lines.at(1).toObject().value(u"quantity"_s).toInteger(), 2000);
    const QJsonArray paidWith = order.value(u"payments"_s).toArray();
    QCOMPARE(paidWith.size(), 1);
    QCOMPARE(paidWith.at(0).toObject().value(u"uid"_s).toString(), uidText(cash));
    QCOMPARE(paidWith.at(0).toObject().value(u"method"_s).toString(), u"cash"_s);
    QCOMPARE(paidWith.at(0).toObject().value(u"amount"_s).toInteger(), Tendered);

    const CliResult window = server.cli({u"export"_s, u"--group"_s, u"Downtown"_s, u"--format"_s, u"json"_s, u"--from"_s,
                                         u"2000-01-01T00:00:00Z"_s, u"--to"_s, u"2999-01-01T00:00:00Z"_s});
    QVERIFY2(window.exitCode == 0, window.describe());
    QCOMPARE(QJsonDocument::fromJson(window.out).object().value(u"orders"_s).toArray().size(), 1);
    for (const QStringList &range : {QStringList{u"--from"_s, u"2999-01-01T00:00:00Z"_s},
                                     QStringList{u"--to"_s, u"2000-01-01T00:00:00Z"_s}}) {
        const CliResult outside = server.cli(QStringList{u"export"_s, u"--group"_s, u"Downtown"_s, u"--format"_s, u"json"_s}
                                             + range);
        QVERIFY2(outside.exitCode == 0, outside.describe());
        QVERIFY(QJsonDocument::fromJson(outside.out).object().value(u"orders"_s).toArray().isEmpty());
        const CliResult outsideCsv = server.cli(QStringList{u"export"_s, u"--group"_s, u"Downtown"_s, u"--format"_s,
                                                            u"csv"_s} + range);
        QVERIFY2(outsideCsv.exitCode == 0, outsideCsv.describe());
        QCOMPARE(outputLines(outsideCsv).size(), 1);
    }

    const CliResult otherGroup = server.cli({u"export"_s, u"--group"_s, u"Airport"_s, u"--format"_s, u"json"_s});
    QVERIFY2(otherGroup.exitCode == 0, otherGroup.describe());
    QCOMPARE(QJsonDocument::fromJson(otherGroup.out).object().value(u"group"_s).toString(), u"Airport"_s);
    QVERIFY(QJsonDocument::fromJson(otherGroup.out).object().value(u"orders"_s).toArray().isEmpty());
}

void TestSyncdCli::exportRejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("xml format") << QStringList{u"--group"_s, u"Downtown"_s, u"--format"_s, u"xml"_s} << 2 << u"--format"_s;
    QTest::newRow("no format") << QStringList{u"--group"_s, u"Downtown"_s} << 2 << u"--format"_s;
    QTest::newRow("bad --from") << QStringList{u"--group"_s, u"Downtown"_s, u"--format"_s, u"csv"_s, u"--from"_s,
                                               u"yesterday"_s}
                                << 2 << u"--from"_s;
    QTest::newRow("bad --to") << QStringList{u"--group"_s, u"Downtown"_s, u"--format"_s, u"json"_s, u"--to"_s,
                                             u"2026-13-40"_s}
                              << 2 << u"--to"_s;
    QTest::newRow("unknown group") << QStringList{u"--group"_s, u"Harbour"_s, u"--format"_s, u"csv"_s} << 1
                                   << u"no group named \"Harbour\""_s;
}

void TestSyncdCli::exportRejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    SyncdServer server;
    QVERIFY2(server.init() && server.addGroup(u"Downtown"_s), qPrintable(server.lastError()));

    const CliResult result = server.cli(QStringList{u"export"_s} + arguments);
    QVERIFY2(result.finished, result.describe());
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.isEmpty(), result.describe());
    QVERIFY2(result.errText().contains(message), result.describe());
}

// Operators keep the service's options in an INI file (the package's
// /etc/tandem-syncd/syncd.conf): every command reads the database from it, the command
// line wins, and a file with a mistake changes nothing.
void TestSyncdCli::configurationFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"syncd.db"_s);
    const QString config = dir.filePath(u"syncd.conf"_s);
    auto write = [&](const QByteArray &text) {
        QFile file(config);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
    };
    QVERIFY(write("; the shop's server\ndb=" + db.toUtf8() + "\nlisten=127.0.0.1:0\nheartbeat=5\n"));
    const CliResult init = runCli({u"init"_s, u"--config"_s, config});
    QVERIFY2(init.exitCode == 0, init.describe());
    QVERIFY(QFileInfo::exists(db));
    const CliResult added = runCli({u"group"_s, u"add"_s, u"Shop"_s, u"--config"_s, config});
    QVERIFY2(added.exitCode == 0, added.describe());
    // The command line wins: another database has no groups.
    const QString other = dir.filePath(u"other.db"_s);
    const CliResult elsewhere = runCli({u"group"_s, u"list"_s, u"--config"_s, config, u"--db"_s, other});
    QVERIFY2(elsewhere.exitCode == 0 && elsewhere.out.isEmpty(), elsewhere.describe());
    const CliResult listed = runCli({u"group"_s, u"list"_s, u"--config"_s, config});
    QVERIFY2(listed.exitCode == 0 && listed.outText().contains(u"Shop"_s), listed.describe());

    const struct
    {
        QByteArray text;
        QString message;
    } mistakes[] = {
        {"db=" + db.toUtf8() + "\nlisten=127.0.0.1:0\nheartbeats=5\n", u"unknown setting \"heartbeats\""_s},
        {"db=" + db.toUtf8() + "\nlisten=\n", u"listen has no value"_s},
    };
    for (const auto &mistake : mistakes) {
        QVERIFY(write(mistake.text));
        const CliResult refused = runCli({u"group"_s, u"add"_s, u"Another"_s, u"--config"_s, config});
        QVERIFY2(refused.exitCode == 2 && refused.errText().contains(mistake.message), refused.describe());
    }
    const CliResult missing = runCli({u"group"_s, u"list"_s, u"--config"_s, dir.filePath(u"none.conf"_s)});
    QVERIFY2(missing.exitCode == 2 && missing.errText().contains(u"cannot read the configuration file"_s),
             missing.describe());
    QVERIFY(write("db=" + db.toUtf8() + "\n"));
    const CliResult after = runCli({u"group"_s, u"list"_s, u"--config"_s, config});
    QCOMPARE(outputLines(after).size(), 1);
}

// An operator backs up the running server, and later puts that copy back: refused while
// the server runs, refused for a file that is no database, whole once the server is
// stopped; dated copies in a folder keep the newest N.
void TestSyncdCli::backupAndRestore()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &terminals), qPrintable(server.lastError()));
    if (server.isPostgres()) {
        // PostgreSQL has its own tools for this; the commands say so and change nothing.
        const QString copy = server.dir() + u"/backup.db"_s;
        const CliResult backup = server.cli({u"backup"_s, u"--to"_s, copy});
        QVERIFY2(backup.exitCode == 1 && backup.errText().contains(u"pg_dump"_s), backup.describe());
        QVERIFY(!QFileInfo::exists(copy));
        const CliResult restore = server.cli({u"restore"_s, u"--from"_s, QStringLiteral(TANDEM_SYNCD)});
        QVERIFY2(restore.exitCode == 1 && restore.errText().contains(u"pg_restore"_s), restore.describe());
        QCOMPARE(server.cli({u"group"_s, u"list"_s}).outText().count(u"Shop"_s), 1);
        return;
    }
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const QUuid kept = QUuid::createUuid();
    QCOMPARE(server.push(terminals.at(0), Push::batch(kept, 0, u"bar-1"_s, {Push::create(u"BAR-1"_s)})).status, 200);

    const QString copy = server.dir() + u"/backup.db"_s;
    const CliResult backup = server.cli({u"backup"_s, u"--to"_s, copy});
    QVERIFY2(backup.exitCode == 0 && QFileInfo(copy).size() > 0, backup.describe());
    const CliResult again = server.cli({u"backup"_s, u"--to"_s, copy});
    QVERIFY2(again.exitCode == 1 && again.errText().contains(u"never overwrites"_s), again.describe());
    const QUuid later = QUuid::createUuid();
    QCOMPARE(server.push(terminals.at(0), Push::batch(later, 0, u"bar-1"_s, {Push::create(u"BAR-2"_s)})).status, 200);

    const CliResult whileServing = server.cli({u"restore"_s, u"--from"_s, copy});
    QVERIFY2(whileServing.exitCode == 1 && whileServing.errText().contains(u"a server is using"_s), whileServing.describe());
    const CliResult secondServer = server.cli({u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s});
    QVERIFY2(secondServer.exitCode == 1 && secondServer.errText().contains(u"another tandem-syncd serves"_s),
             secondServer.describe());
    QCOMPARE(server.terminate(), 0);

    const QString junk = server.dir() + u"/junk.db"_s;
    {
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("not a database") > 0);
    }
    const CliResult refused = server.cli({u"restore"_s, u"--from"_s, junk});
    QVERIFY2(refused.exitCode == 1 && refused.errText().contains(u"not a usable tandem-syncd database"_s),
             refused.describe());
    const CliResult restored = server.cli({u"restore"_s, u"--from"_s, copy});
    QVERIFY2(restored.exitCode == 0, restored.describe());
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const QJsonArray orders = server.get("/v1/snapshot", terminals.at(0).token).json.value(u"orders"_s).toArray();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().toObject().value(u"uid"_s).toString(), uidText(kept));

    const QString folder = server.dir() + u"/daily"_s;
    QVERIFY(QDir().mkpath(folder));
    for (const char *name : {"syncd-20001101-020000.db", "syncd-20001102-020000.db", "syncd-20001103-020000.db"}) {
        QFile old(folder + u'/' + QLatin1String(name));
        QVERIFY(old.open(QIODevice::WriteOnly));
    }
    const CliResult dated = server.cli({u"backup"_s, u"--into"_s, folder, u"--keep"_s, u"2"_s});
    QVERIFY2(dated.exitCode == 0, dated.describe());
    const QStringList left = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.first(), u"syncd-20001103-020000.db"_s);
    QVERIFY(left.last() > left.first());
}

QTEST_GUILESS_MAIN(TestSyncdCli)
#include "tst_syncd_cli.moc"
