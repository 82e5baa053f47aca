#include "logfile.h"
#include "logging.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// The terminal's log never outgrows its limit: it rotates into Kept older files, the
// oldest going, and its tail reads on across a rotation.
class TestLogFile : public QObject
{
    Q_OBJECT

private slots:
    void rotatesAndKeepsItsTail();
};

void TestLogFile::rotatesAndKeepsItsTail()
{
    QTemporaryDir dir;
    // The log passes every message on to the handler before it: here one that keeps
    // the test's output short.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    QVERIFY(LogFile::install(dir.path()));
    QCOMPARE(LogFile::path(), dir.filePath(QStringLiteral("tandem-pos.log")));
    const QString filler(200, QLatin1Char('x'));
    // Enough for every file to fill up, and the oldest to go.
    const int messages = int((LogFile::Kept + 2) * LogFile::MaxBytes / 240);
    for (int i = 0; i < messages; ++i)
        qCInfo(lcUi, "message %d %s", i, qPrintable(filler));
    QVERIFY(QFileInfo(LogFile::path()).size() <= LogFile::MaxBytes);
    for (int i = 1; i <= LogFile::Kept; ++i) {
        const QFileInfo rotated(LogFile::path() + QStringLiteral(".%1").arg(i));
        QVERIFY2(rotated.exists() && rotated.size() <= LogFile::MaxBytes, qPrintable(rotated.filePath()));
    }
    QVERIFY(!QFileInfo::exists(LogFile::path() + QStringLiteral(".%1").arg(LogFile::Kept + 1)));
    const QStringList tail = LogFile::tail(5000);
    QCOMPARE(tail.size(), 5000);
    QVERIFY2(tail.last().contains(QStringLiteral("info tandem.ui: message %1 ").arg(messages - 1)), qPrintable(tail.last()));
    QVERIFY(tail.first().contains(QStringLiteral("message %1 ").arg(messages - 5000)));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
