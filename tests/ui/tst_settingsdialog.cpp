#include "localstore.h"
#include "logfile.h"
#include "logging.h"
#include "printing.h"
#include "settingsdialog.h"
#include "terminal.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void backUpThisTerminal();
    void copyDiagnostics();
    void badFieldSavesNothing_data();
    void badFieldSavesNothing();
    void savesSettingsAndPin();
    void syncPageSaysSyncIsOff();
    void pdfIsWritten();
    void receiptAndPaymentMethods();
};

void TestSettingsDialog::badFieldSavesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty name") << "terminalName" << "" << "terminal name";
    QTest::newRow("code with space") << "terminalCode" << "B 1" << "terminal code";
    QTest::newRow("short pin") << "newPin" << "12" << "4 to 8 digits";
    QTest::newRow("pins differ") << "repeatPin" << "5678" << "differ";
    QTest::newRow("address line too wide") << "shopAddress" << QString(43, 'x') << "3 lines of 42 characters";
    QTest::newRow("footer of five lines") << "receiptFooter" << "1\n2\n3\n4\n5" << "at most 4 lines";
}

void TestSettingsDialog::badFieldSavesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    QTemporaryDir dir;
    Terminal terminal;
    QVERIFY(terminal.open(dir.path()));
    SettingsDialog dialog(&terminal);
    dialog.findChild<QLineEdit *>("shopName")->setText("Other shop");
    if (field == "repeatPin")
        dialog.findChild<QLineEdit *>("newPin")->setText("1234");
    if (auto *text = dialog.findChild<QPlainTextEdit *>(field))
        text->setPlainText(value);
    else
        dialog.findChild<QLineEdit *>(field)->setText(value);
    QVERIFY(!dialog.apply());
    QVERIFY2(dialog.errorText().contains(message), qPrintable(dialog.errorText()));
    QVERIFY(terminal.settings().shopName != QStringLiteral("Other shop"));
    QVERIFY(terminal.managerPinMatches("1234"));
}

void TestSettingsDialog::savesSettingsAndPin()
{
    QTemporaryDir dir;
    {
        Terminal terminal;
        QVERIFY(terminal.open(dir.path()));
        SettingsDialog dialog(&terminal);
        dialog.findChild<QLineEdit *>("terminalName")->setText("Terrace");
        dialog.findChild<QLineEdit *>("terminalCode")->setText("ter2");
        auto *language = dialog.findChild<QComboBox *>("language");
        language->setCurrentIndex(language->findData("de"));
        dialog.findChild<QLineEdit *>("newPin")->setText("24680");
        dialog.findChild<QLineEdit *>("repeatPin")->setText("24680");
        QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
        QCOMPARE(terminal.settings().terminalCode, QStringLiteral("TER2"));
    }
    Terminal reopened;
    QVERIFY(reopened.open(dir.path()));
    QCOMPARE(reopened.settings().terminalName, QStringLiteral("Terrace"));
    QCOMPARE(reopened.settings().terminalCode, QStringLiteral("TER2"));
    QCOMPARE(reopened.settings().language, QStringLiteral("de"));
    QVERIFY(reopened.managerPinMatches("24680"));
    QVERIFY(!reopened.managerPinMatches("1234"));
}

// A manager copies the terminal's whole store while it runs, into Documents; the copy
// opens as a store of its own with everything in it, and a second one never overwrites.
void TestSettingsDialog::backUpThisTerminal()
{
    QTemporaryDir dir;
    Terminal terminal;
    QVERIFY(terminal.open(dir.path()));
    TerminalSettings settings = terminal.settings();
    settings.terminalName = QStringLiteral("Bar 2");
    QVERIFY(terminal.saveSettings(settings));
    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    const QStringList before = documents.entryList({QStringLiteral("tandem-pos-backup-bar-2-*.sqlite")}, QDir::Files);
    SettingsDialog dialog(&terminal);
    dialog.findChild<QPushButton *>("backupButton")->click();
    const QString result = dialog.findChild<QLabel *>("backupResult")->text();
    QVERIFY2(result.startsWith(QStringLiteral("Backed up to ")), qPrintable(result));
    const QString path = QDir::fromNativeSeparators(result.mid(13));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(documents.entryList({QStringLiteral("tandem-pos-backup-bar-2-*.sqlite")}, QDir::Files).size(),
             before.size() + 1);
    {
        LocalStore copy;
        QVERIFY2(copy.open(path), qPrintable(copy.lastError()));
        QCOMPARE(TerminalSettings::load(copy).terminalName, QStringLiteral("Bar 2"));
        Catalog catalog;
        QVERIFY(copy.loadCatalog(&catalog));
        QCOMPARE(catalog.products().size(), terminal.catalog().products().size());
    }
    LocalStore &store = terminal.store();
    QVERIFY(!store.backupTo(path));
    QVERIFY(store.lastError().contains(QStringLiteral("exists already")));
    QFile::remove(path);
}

// The manager's copy for support: versions, terminal, sync without the token, store,
// and the end of the terminal's log, where the messages of the session are.
void TestSettingsDialog::copyDiagnostics()
{
    QTemporaryDir dir;
    QVERIFY(LogFile::install(dir.filePath(QStringLiteral("logs"))));
    Terminal terminal;
    QVERIFY(terminal.open(dir.path()));
    TerminalSettings settings = terminal.settings();
    settings.terminalName = QStringLiteral("Terrace");
    settings.syncEnabled = true;
    settings.serverUrl = QStringLiteral("http://backoffice:8765");
    settings.token = QStringLiteral("tdm_secret-token-of-this-terminal");
    QVERIFY(terminal.saveSettings(settings));
    qCWarning(lcSyncClient, "the server refused the connection (diagnostics test)");

    SettingsDialog dialog(&terminal);
    dialog.findChild<QPushButton *>("diagnosticsButton")->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(QStringLiteral("Tandem POS ")), qPrintable(copied));
    QVERIFY(copied.contains(QStringLiteral("Terminal: Terrace")));
    QVERIFY(copied.contains(QStringLiteral("Sync: on, server http://backoffice:8765")));
    QVERIFY(copied.contains(QStringLiteral("schema %1").arg(LocalStore::currentSchemaVersion())));
    QVERIFY(copied.contains(QStringLiteral("warning tandem.sync.client: the server refused the connection (diagnostics test)")));
    QVERIFY(!copied.contains(QStringLiteral("secret-token")));
    QVERIFY(QFileInfo(LogFile::path()).size() > 0);
}

void TestSettingsDialog::syncPageSaysSyncIsOff()
{
    QTemporaryDir dir;
    Terminal terminal;
    QVERIFY(terminal.open(dir.path()));
    SettingsDialog dialog(&terminal);
    auto *sync = dialog.findChild<QCheckBox *>("syncEnabled");
    QVERIFY(sync);
    QVERIFY(!sync->isChecked());
    QVERIFY(dialog.findChild<QLabel *>("syncState")->text().contains("Sync is off"));
    // Switching sync on needs a server address and a token.
    sync->setChecked(true);
    QVERIFY(!dialog.apply());
    QVERIFY(dialog.errorText().contains("server address"));
    dialog.findChild<QLineEdit *>("serverUrl")->setText("http://127.0.0.1:8765");
    QVERIFY(!dialog.apply());
    QVERIFY(dialog.errorText().contains("token"));
    dialog.findChild<QLineEdit *>("syncToken")->setText("tdm_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG");
    QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
    QVERIFY(terminal.settings().syncEnabled);
    QCOMPARE(terminal.settings().serverUrl, QStringLiteral("http://127.0.0.1:8765"));
    QVERIFY(!terminal.settings().instance.isEmpty());

    // The instances of a chain's deployment, tried in turn; every one must be an address.
    auto *server = dialog.findChild<QLineEdit *>("serverUrl");
    for (const QString &wrong : {QStringLiteral("http://a:8765,,http://b:8765"), QStringLiteral("http://a:8765,ftp://b"),
                                 QStringLiteral("http://a:8765,"),
                                 QStringList(9, QStringLiteral("http://a:8765")).join(QLatin1Char(','))}) {
        server->setText(wrong);
        QVERIFY2(!dialog.apply(), qPrintable(wrong));
        QVERIFY(dialog.errorText().contains("server address"));
    }
    QCOMPARE(terminal.settings().serverUrl, QStringLiteral("http://127.0.0.1:8765"));
    server->setText(" https://a.shop.lan:8765 , https://b.shop.lan:8765");
    QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
    QCOMPARE(terminal.settings().serverUrls(),
             (QList<QUrl>{QUrl("https://a.shop.lan:8765"), QUrl("https://b.shop.lan:8765")}));
}

// The manager sets up what the receipt says and the shop's own ways to pay.
void TestSettingsDialog::receiptAndPaymentMethods()
{
    QTemporaryDir dir;
    Terminal terminal;
    QVERIFY(terminal.open(dir.path()));
    {
        SettingsDialog dialog(&terminal);
        dialog.findChild<QPlainTextEdit *>("shopAddress")->setPlainText("Main Street 1\n12345 Town");
        dialog.findChild<QLineEdit *>("taxId")->setText("DE123456789");
        dialog.findChild<QPlainTextEdit *>("receiptFooter")->setPlainText("Thank you!\nSee you soon");
        dialog.findChild<QCheckBox *>("cardEnabled")->setChecked(false);
        dialog.findChild<QPushButton *>("addMethod")->click();
        auto *methods = dialog.findChild<QTableWidget *>("paymentMethods");
        QCOMPARE(methods->rowCount(), 1);
        methods->item(0, 0)->setText("Gift voucher");
        methods->item(0, 1)->setCheckState(Qt::Checked);
        QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
    }
    TerminalSettings settings = terminal.settings();
    QCOMPARE(settings.shopAddress, QStringLiteral("Main Street 1\n12345 Town"));
    QCOMPARE(settings.taxId, QStringLiteral("DE123456789"));
    QVERIFY(!settings.cardEnabled);
    QCOMPARE(settings.otherPaymentMethods, (QList<OtherPaymentMethod>{{"gift-voucher", "Gift voucher", true}}));
    {
        // Renamed, the method keeps its id; a second one with the same name is refused.
        SettingsDialog dialog(&terminal);
        auto *methods = dialog.findChild<QTableWidget *>("paymentMethods");
        methods->item(0, 0)->setText("Voucher");
        dialog.findChild<QPushButton *>("addMethod")->click();
        methods->item(1, 0)->setText("voucher");
        QVERIFY(!dialog.apply());
        QVERIFY2(dialog.errorText().contains("already a payment method"), qPrintable(dialog.errorText()));
        methods->item(1, 0)->setText("Cash");
        QVERIFY(!dialog.apply());
        methods->item(1, 0)->setText("Meal ticket");
        QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
    }
    QCOMPARE(terminal.settings().otherPaymentMethods,
             (QList<OtherPaymentMethod>{{"gift-voucher", "Voucher", true}, {"meal-ticket", "Meal ticket", false}}));
}

void TestSettingsDialog::pdfIsWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("receipt.pdf");
    QString error;
    QVERIFY2(Printing::saveAsPdf(path, "Receipt T1-000001\nTOTAL 1.00 €\n", &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    file.close();
    QVERIFY(pdf.startsWith("%PDF-"));
    // A receipt roll: 80 mm (226.8 pt) wide and only as long as its lines.
    const QRegularExpressionMatch box = QRegularExpression(R"(/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\])").match(QString::fromLatin1(pdf));
    QVERIFY2(box.hasMatch(), "no MediaBox");
    QVERIFY2(qAbs(box.captured(1).toDouble() - 226.77) < 1, qPrintable(box.captured(1)));
    const double shortRoll = box.captured(2).toDouble();
    QVERIFY2(shortRoll > 30 && shortRoll < 120, qPrintable(box.captured(2)));

    QStringList longReceipt;
    for (int i = 0; i < 60; ++i)
        longReceipt << QString("Line %1").arg(i);
    QVERIFY(Printing::saveAsPdf(path, longReceipt.join('\n'), &error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QRegularExpressionMatch longBox = QRegularExpression(R"(/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\])").match(QString::fromLatin1(file.readAll()));
    QVERIFY(longBox.hasMatch());
    QVERIFY2(longBox.captured(2).toDouble() > 10 * shortRoll, qPrintable(longBox.captured(2)));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
