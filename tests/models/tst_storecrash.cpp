#include "localstore.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestStoreCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedMidTransactionKeepsEveryCommittedSale();
};

void TestStoreCrash::killedMidTransactionKeepsEveryCommittedSale()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("crash.sqlite");
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QStringLiteral(STORE_CRASH_WRITER), {path});
    QVERIFY(writer.waitForStarted());

    QStringList paid;
    QString uncommitted;
    QByteArray pending;
    QElapsedTimer timer;
    timer.start();
    while (uncommitted.isEmpty() && timer.elapsed() < 60000) {
        if (!writer.waitForReadyRead(1000) && writer.state() != QProcess::Running)
            break;
        pending += writer.readAllStandardOutput();
        int newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(newline));
            pending.remove(0, newline + 1);
            if (line.startsWith("PAID "))
                paid << line.mid(5);
            else if (line.startsWith("IN_TRANSACTION "))
                uncommitted = line.mid(15);
        }
    }
    QVERIFY2(!uncommitted.isEmpty(), "the writer never reached its long transaction");
    QCOMPARE(::kill(static_cast<pid_t>(writer.processId()), SIGKILL), 0);
    QVERIFY(writer.waitForFinished(10000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    QCOMPARE(paid.size(), 31);

    LocalStore store;
    QVERIFY2(store.open(path), qPrintable(store.lastError()));
    QSqlQuery query(store.database());
    QVERIFY(query.exec("PRAGMA integrity_check"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    for (const QString &uid : std::as_const(paid)) {
        Order order;
        QVERIFY2(store.loadOrder(QUuid::fromString(uid), &order), qPrintable(uid));
        QCOMPARE(order.state, OrderState::Paid);
        QCOMPARE(order.lines.size(), 2);
        QCOMPARE(order.payments.size(), 1);
        QCOMPARE(order.payments.first().amount, order.total());
    }
    Order missing;
    QVERIFY(!store.loadOrder(QUuid::fromString(uncommitted), &missing));
    QVERIFY(query.exec("SELECT count(*) FROM order_lines WHERE product_id LIKE 'P%'"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
