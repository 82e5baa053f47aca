#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestPosCli : public QObject
{
    Q_OBJECT

private slots:
    void importCatalogFromTheCommandLine();
    void badCatalogIsRefusedWithLineAndColumn();
    void helpNeedsNoDisplay();
    void badExtensionOptionsAreRefused();

private:
    QProcess *run(const QStringList &arguments);
    QTemporaryDir m_dir;
};

QProcess *TestPosCli::run(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A command-line import must work without any display at all.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(TANDEM_POS), arguments);
    process->waitForFinished(30000);
    return process;
}

void TestPosCli::importCatalogFromTheCommandLine()
{
    const QString csv = m_dir.filePath("good.csv");
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,name,category,price,tax_rate,barcode\nA,Apple,Fruit,1.00,7,12345678\nB,Pear,Fruit,1.20,7,\n");
    file.close();
    const QString profile = m_dir.filePath("good-profile");
    QProcess *process = run({"--profile", profile, "--import-catalog", csv});
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 0);
    QVERIFY(process->readAllStandardOutput().contains("Imported 2 product"));

    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "check");
        db.setDatabaseName(profile + "/terminal.sqlite");
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec("SELECT group_concat(id, ',') FROM (SELECT id FROM products ORDER BY position)"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("A,B"));
    }
    QSqlDatabase::removeDatabase("check");
}

void TestPosCli::badCatalogIsRefusedWithLineAndColumn()
{
    const QString csv = m_dir.filePath("bad.csv");
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,name,category,price,tax_rate\nA,Apple,Fruit,1.00,7\nB,,Fruit,x,7\n");
    file.close();
    QProcess *process = run({"--profile", m_dir.filePath("bad-profile"), "--import-catalog", csv});
    QCOMPARE(process->exitCode(), 1);
    const QString errors = QString::fromUtf8(process->readAllStandardError());
    QVERIFY2(errors.contains("line 3, column name"), qPrintable(errors));
    QVERIFY(errors.contains("line 3, column price"));
    QVERIFY(errors.contains("not imported"));
}

void TestPosCli::helpNeedsNoDisplay()
{
    QProcess *process = run({"--help"});
    QCOMPARE(process->exitCode(), 0);
    const QByteArray help = process->readAllStandardOutput();
    QVERIFY(help.contains("--profile"));
    QVERIFY(help.contains("--import-catalog"));
}

void TestPosCli::badExtensionOptionsAreRefused()
{
    auto start = [this](const QStringList &arguments) {
        auto *process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(TANDEM_POS), arguments);
        process->waitForFinished(30000);
        return process;
    };
    QProcess *missing = start({"--profile", m_dir.filePath("p"), "--plugins", m_dir.filePath("nowhere")});
    QCOMPARE(missing->exitCode(), 2);
    QVERIFY(missing->readAllStandardError().contains("No plugin folder"));
    QProcess *badId = start({"--profile", m_dir.filePath("p"), "--extensions", "notes,Bad Id"});
    QCOMPARE(badId->exitCode(), 2);
    QVERIFY(badId->readAllStandardError().contains("is not an extension id"));
}

QTEST_GUILESS_MAIN(TestPosCli)
#include "tst_poscli.moc"
