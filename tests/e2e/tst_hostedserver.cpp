#include "../ui/fakeprompts.h"
#include "mainwindow.h"
#include "pairingdialog.h"
#include "serverhost.h"
#include "settingsdialog.h"
#include "terminal.h"
#include "terminalsync.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Polls and heartbeats take seconds; everything here waits for what it expects.
constexpr int WaitMs = 20000;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// A terminal as the program runs it, with the server it may host (as main() wires it).
struct Till
{
    bool open(const QString &name, const QString &code, const QString &cashier)
    {
        if (!terminal.open(dir.filePath(u"profile"_s)))
            return false;
        TerminalSettings settings = terminal.settings();
        settings.terminalName = name;
        settings.terminalCode = code;
        if (!terminal.saveSettings(settings) || !terminal.openSession(cashier))
            return false;
        sync = std::make_unique<TerminalSync>(&terminal);
        window = std::make_unique<MainWindow>(&terminal, &prompts, sync.get());
        window->setServerHost(&host);
        window->show();
        return true;
    }

    // What the manager does on the Sync page; false with the dialog's error.
    bool editSync(const std::function<void(SettingsDialog &)> &edit, QString *error)
    {
        SettingsDialog dialog(&terminal, window.get(), nullptr, nullptr, &host);
        edit(dialog);
        const bool saved = dialog.apply();
        *error = dialog.errorText();
        return saved;
    }

    bool online() const { return sync->isEnabled() && sync->controller()->state() == SyncClient::State::Online; }

    QUuid sell(const QString &product)
    {
        window->newOrder();
        const QUuid uid = window->currentOrder();
        return terminal.orders().addProduct(uid, *terminal.catalog().byId(product)) ? uid : QUuid();
    }

    QTemporaryDir dir;
    Terminal terminal;
    ServerHost host{dir.filePath(u"profile/server/syncd.sqlite"_s)};
    FakePrompts prompts;
    std::unique_ptr<TerminalSync> sync;
    std::unique_ptr<MainWindow> window;
};

template <typename T>
T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no widget %s", qPrintable(name));
    return found;
}

} // namespace

// One terminal hosts the shop's server; two others pair with it from its pairing code and
// all three sell through it, as in a shop without a back-office computer.
class TestHostedServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hostAndTwoTerminalsSellTogether();
    void restartedHostKeepsItsShop();
    void revokedTerminalIsRefused();
    void serverThatCannotStartChangesNothing();
    void hostThatCannotStartAtLaunchTriesAgain();
    void hostClosingItsSessionStaysForTheOthers();

private:
    // Hosting switched on in the host's settings, listening on 127.0.0.1.
    void startHosting();
    // Pairs a terminal through the host's pairing dialog and the terminal's settings.
    void pair(Till *till, const QString &name);

    quint16 m_port = 0;
    std::unique_ptr<Till> m_host;
    std::unique_ptr<Till> m_bar;
    std::unique_ptr<Till> m_terrace;
};

void TestHostedServer::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_host = std::make_unique<Till>();
    m_bar = std::make_unique<Till>();
    m_terrace = std::make_unique<Till>();
    QVERIFY(m_host->open(u"Counter"_s, u"CTR"_s, u"Alice"_s));
    QVERIFY(m_bar->open(u"Bar"_s, u"BAR"_s, u"Bob"_s));
    QVERIFY(m_terrace->open(u"Terrace"_s, u"TER"_s, u"Carol"_s));
    m_port = freePort();
    QVERIFY(m_port != 0);
}

void TestHostedServer::cleanup()
{
    m_bar.reset();
    m_terrace.reset();
    m_host.reset();
}

void TestHostedServer::startHosting()
{
    QString error;
    QVERIFY2(m_host->editSync(
                 [this](SettingsDialog &dialog) {
                     child<QCheckBox>(&dialog, u"hostServer"_s)->setChecked(true);
                     auto *address = child<QComboBox>(&dialog, u"hostAddress"_s);
                     address->setCurrentIndex(address->findData(u"127.0.0.1"_s));
                     child<QSpinBox>(&dialog, u"hostPort"_s)->setValue(m_port);
                     QVERIFY(!child<QLineEdit>(&dialog, u"serverUrl"_s)->isEnabled());
                 },
                 &error),
             qPrintable(error));
    QVERIFY(m_host->host.isRunning());
    const TerminalSettings &settings = m_host->terminal.settings();
    QVERIFY(settings.hostServer);
    QVERIFY(settings.syncEnabled);
    QCOMPARE(settings.serverUrl, u"http://127.0.0.1:%1"_s.arg(m_port));
    QCOMPARE(settings.token, m_host->host.token());
    // Its own side reaches it through HTTP like any other terminal.
    QTRY_VERIFY_WITH_TIMEOUT(m_host->online(), WaitMs);
    QVERIFY(child<QLabel>(m_host->window.get(), u"hostingIndicator"_s)->isVisible());
}

void TestHostedServer::pair(Till *till, const QString &name)
{
    QList<ServerHost::PairedTerminal> before;
    QString problem;
    QVERIFY(m_host->host.pairedTerminals(&before, &problem));
    PairingDialog pairing(&m_host->host, m_host->window.get());
    pairing.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pairing));
    // The manager types the name and Return: one token, however the dialog takes the key.
    QTest::keyClicks(child<QLineEdit>(&pairing, u"pairName"_s), name);
    QTest::keyClick(child<QLineEdit>(&pairing, u"pairName"_s), Qt::Key_Return);
    QVERIFY2(!child<QLabel>(&pairing, u"pairProblem"_s)->isVisibleTo(&pairing),
             qPrintable(child<QLabel>(&pairing, u"pairProblem"_s)->text()));
    QList<ServerHost::PairedTerminal> after;
    QVERIFY(m_host->host.pairedTerminals(&after, &problem));
    QCOMPARE(after.size(), before.size() + 1);
    QVERIFY(pairing.isVisible());
    const QString link = child<QLineEdit>(&pairing, u"pairLink"_s)->text();
    QVERIFY(link.startsWith(u"tandempos://pair?"_s));
    QVERIFY(!child<QLineEdit>(&pairing, u"pairToken"_s)->text().isEmpty());
    const QImage code = PairingDialog::qrCode(link, 1);
    QVERIFY(!code.isNull());
    QVERIFY(code.width() >= 21 + 8); // the smallest QR code and its quiet zone
    // Whole modules, and the whole code inside its place on screen.
    const QLabel *shown = child<QLabel>(&pairing, u"pairCode"_s);
    const QSize drawn = shown->pixmap().size();
    QVERIFY(drawn.width() <= shown->width() && drawn.height() <= shown->height());
    QCOMPARE(drawn.width() % code.width(), 0);
    QVERIFY(drawn.width() / code.width() >= 2);

    // The other terminal takes the code as a barcode scanner types it into the server field.
    QString error;
    QVERIFY2(till->editSync([&](SettingsDialog &dialog) { child<QLineEdit>(&dialog, u"serverUrl"_s)->setText(link); },
                            &error),
             qPrintable(error));
    QCOMPARE(till->terminal.settings().serverUrl, m_host->host.url().toString());
    QVERIFY(till->terminal.settings().syncEnabled);
    QTRY_VERIFY_WITH_TIMEOUT(till->online(), WaitMs);
}

void TestHostedServer::hostAndTwoTerminalsSellTogether()
{
    startHosting();
    pair(m_bar.get(), u"Bar"_s);
    pair(m_terrace.get(), u"Terrace"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_host->host.connectedTerminals(), 2, WaitMs);
    QTRY_COMPARE(child<QLabel>(m_host->window.get(), u"hostingIndicator"_s)->text(), u"Hosting: 2 terminal(s)"_s);

    const QUuid fromHost = m_host->sell(u"ESP"_s);
    const QUuid fromBar = m_bar->sell(u"COL"_s);
    const QUuid fromTerrace = m_terrace->sell(u"CAP"_s);
    for (const QUuid &uid : {fromHost, fromBar, fromTerrace})
        QVERIFY(!uid.isNull());
    QSet<int> tickets;
    for (Till *till : {m_host.get(), m_bar.get(), m_terrace.get()}) {
        for (const QUuid &uid : {fromHost, fromBar, fromTerrace}) {
            QTRY_VERIFY_WITH_TIMEOUT(till->terminal.orders().order(uid), WaitMs);
            QTRY_COMPARE(till->terminal.orders().order(uid)->lines.size(), 1);
            QTRY_VERIFY(till->terminal.orders().order(uid)->ticketNumber > 0);
            if (till == m_host.get())
                tickets.insert(till->terminal.orders().order(uid)->ticketNumber);
        }
    }
    QCOMPARE(tickets.size(), 3);
    QCOMPARE(m_bar->terminal.orders().order(fromHost)->lines.first().productId, u"ESP"_s);

    // Closing the host while others use it asks first; declined, it stays.
    m_host->prompts.confirmAnswer = false;
    QVERIFY(!m_host->window->close());
    QVERIFY(m_host->window->isVisible());
    QCOMPARE(m_host->prompts.asked.last(), u"Close Tandem POS?"_s);
    QVERIFY2(m_host->prompts.confirmations.last().contains(u"2 other terminal(s)"_s),
             qPrintable(m_host->prompts.confirmations.last()));
    QVERIFY(m_host->host.isRunning());
    // A terminal that does not host closes without a question.
    const int asked = int(m_bar->prompts.asked.size());
    QVERIFY(m_bar->window->close());
    QCOMPARE(m_bar->prompts.asked.size(), asked);
}

void TestHostedServer::restartedHostKeepsItsShop()
{
    startHosting();
    pair(m_bar.get(), u"Bar"_s);
    const QUuid before = m_bar->sell(u"COL"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_host->terminal.orders().order(before), WaitMs);
    QTRY_VERIFY(m_host->terminal.orders().order(before)->ticketNumber > 0);
    const int firstTicket = m_host->terminal.orders().order(before)->ticketNumber;

    // The host goes away; Bar keeps selling.
    m_host->host.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_bar->online(), WaitMs);
    const QUuid meanwhile = m_bar->sell(u"ESP"_s);
    QVERIFY(!meanwhile.isNull());

    // Started again as the program does from its saved settings: same token, same shop.
    const QString ownToken = m_host->terminal.settings().token;
    QString problem;
    QVERIFY2(m_host->host.start(ServerHost::optionsFor(m_host->terminal.settings()), &problem), qPrintable(problem));
    QVERIFY(m_host->host.servesAs(m_host->terminal.settings()));
    QCOMPARE(m_host->host.token(), ownToken);
    QList<ServerHost::PairedTerminal> paired;
    QVERIFY2(m_host->host.pairedTerminals(&paired, &problem), qPrintable(problem));
    QCOMPARE(paired.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(m_bar->online(), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_host->terminal.orders().order(meanwhile), WaitMs);
    QTRY_VERIFY(m_host->terminal.orders().order(meanwhile)->ticketNumber > firstTicket);
    QCOMPARE(m_host->terminal.orders().order(meanwhile)->lines.size(), 1);
}

void TestHostedServer::revokedTerminalIsRefused()
{
    startHosting();
    pair(m_bar.get(), u"Bar"_s);
    QList<ServerHost::PairedTerminal> paired;
    QString problem;
    QVERIFY(m_host->host.pairedTerminals(&paired, &problem));
    QCOMPARE(paired.size(), 2);
    const auto self = std::find_if(paired.begin(), paired.end(), [](const auto &terminal) { return terminal.self; });
    const auto bar = std::find_if(paired.begin(), paired.end(), [](const auto &terminal) { return !terminal.self; });
    QVERIFY(self != paired.end() && bar != paired.end());
    QCOMPARE(bar->name, u"Bar"_s);
    QVERIFY(!m_host->host.revokeTerminal(self->id, &problem));
    QVERIFY(problem.contains(u"own token"_s));
    QSignalSpy stopped(m_bar->sync->controller(), &SyncController::failed);
    QVERIFY2(m_host->host.revokeTerminal(bar->id, &problem), qPrintable(problem));
    QTRY_VERIFY_WITH_TIMEOUT(!m_bar->online(), WaitMs);
    QTRY_COMPARE(stopped.size(), 1);
    QVERIFY2(stopped.first().first().toString().contains(u"revoked"_s), qPrintable(stopped.first().first().toString()));
    QVERIFY(m_host->online());

    // Paired again, it needs another name; the code of the one before does not stay on screen.
    PairingDialog pairing(&m_host->host, m_host->window.get());
    pairing.show();
    auto *name = child<QLineEdit>(&pairing, u"pairName"_s);
    name->setText(u"Bar 2"_s);
    child<QPushButton>(&pairing, u"pairButton"_s)->click();
    QVERIFY(!child<QLineEdit>(&pairing, u"pairLink"_s)->text().isEmpty());
    QVERIFY(!child<QLabel>(&pairing, u"pairCode"_s)->pixmap().isNull());
    name->setText(u"Bar"_s);
    child<QPushButton>(&pairing, u"pairButton"_s)->click();
    const QLabel *why = child<QLabel>(&pairing, u"pairProblem"_s);
    QVERIFY(why->isVisibleTo(&pairing));
    QVERIFY2(why->text().contains(u"revoked"_s), qPrintable(why->text()));
    QVERIFY(child<QLineEdit>(&pairing, u"pairLink"_s)->text().isEmpty());
    QVERIFY(child<QLineEdit>(&pairing, u"pairToken"_s)->text().isEmpty());
    QVERIFY(child<QLabel>(&pairing, u"pairCode"_s)->pixmap().isNull());
}

void TestHostedServer::serverThatCannotStartChangesNothing()
{
    // Something else holds the port: the manager is told, and nothing is saved.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, m_port));
    const TerminalSettings before = m_host->terminal.settings();
    QString error;
    QVERIFY(!m_host->editSync(
        [this](SettingsDialog &dialog) {
            child<QCheckBox>(&dialog, u"hostServer"_s)->setChecked(true);
            auto *address = child<QComboBox>(&dialog, u"hostAddress"_s);
            address->setCurrentIndex(address->findData(u"127.0.0.1"_s));
            child<QSpinBox>(&dialog, u"hostPort"_s)->setValue(m_port);
        },
        &error));
    QVERIFY2(error.contains(u"cannot listen"_s), qPrintable(error));
    QVERIFY(!m_host->host.isRunning());
    QVERIFY(!m_host->terminal.settings().hostServer);
    QCOMPARE(m_host->terminal.settings().serverUrl, before.serverUrl);
    QVERIFY(!m_host->terminal.settings().syncEnabled);

    // A second server on the same database is refused too.
    squatter.close();
    QString problem;
    ServerHost::Options options;
    options.address = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    options.terminalName = u"Counter"_s;
    QVERIFY2(m_host->host.start(options, &problem), qPrintable(problem));
    QList<ServerHost::PairedTerminal> paired;
    QVERIFY(m_host->host.pairedTerminals(&paired, &problem));
    QCOMPARE(paired.size(), 1); // the failed start's token was kept, not made again
    ServerHost second(m_host->dir.filePath(u"profile/server/syncd.sqlite"_s));
    QVERIFY(!second.start(options, &problem));
    QVERIFY2(problem.contains(u"Another server uses"_s), qPrintable(problem));
}

// At launch (ServerHost::follow, as main() does) the port is taken: the badge turns red
// and says why; once the port is free the server starts by itself and the terminal's own
// sync points at it.
void TestHostedServer::hostThatCannotStartAtLaunchTriesAgain()
{
    TerminalSettings settings = m_host->terminal.settings();
    settings.hostServer = true;
    settings.hostAddress = u"127.0.0.1"_s;
    settings.hostPort = m_port;
    settings.syncEnabled = true;
    QVERIFY2(m_host->terminal.saveSettings(settings), qPrintable(m_host->terminal.lastError()));
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, m_port));
    m_host->host.follow(&m_host->terminal);
    QVERIFY(!m_host->host.isRunning());
    QVERIFY2(m_host->host.problem().contains(u"cannot listen"_s), qPrintable(m_host->host.problem()));
    const QLabel *badge = child<QLabel>(m_host->window.get(), u"hostingIndicator"_s);
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), u"Not hosting"_s);
    QVERIFY(badge->toolTip().contains(m_host->host.problem()));

    squatter.close();
    QSignalSpy started(&m_host->host, &ServerHost::stateChanged);
    QVERIFY(started.wait(WaitMs));
    QVERIFY(m_host->host.isRunning());
    QVERIFY(m_host->host.problem().isEmpty());
    QVERIFY(m_host->host.servesAs(m_host->terminal.settings()));
    QTRY_COMPARE(badge->text(), u"Hosting: 0 terminal(s)"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_host->online(), WaitMs);
}

// The host's cashier closes the session and nobody takes over, but Bar still sells
// through it: closing is declined, and the host asks for the next cashier again.
void TestHostedServer::hostClosingItsSessionStaysForTheOthers()
{
    startHosting();
    pair(m_bar.get(), u"Bar"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_host->host.connectedTerminals(), 1, WaitMs);
    FakePrompts &prompts = m_host->prompts;
    // Close the session: yes; nobody takes over; close the window: no; then Dave takes over.
    prompts.confirmAnswers = {true, false};
    prompts.moneyAnswers = {0};
    prompts.onConfirm = [&prompts](const QString &title) {
        if (title == u"Close Tandem POS?"_s) {
            prompts.textAnswers = {u"Dave"_s};
            prompts.moneyAnswers = {2000};
        }
    };
    m_host->window->closeSession();
    QTRY_VERIFY_WITH_TIMEOUT(m_host->terminal.session() && m_host->terminal.session()->cashier == u"Dave"_s, WaitMs);
    QCOMPARE(prompts.asked.count(u"Close Tandem POS?"_s), 1);
    // The next cashier was asked for twice (cancelled, then Dave), and Dave's float once.
    QCOMPARE(prompts.asked.count(u"Open session"_s), 3);
    QVERIFY(m_host->window->isVisible());
    QVERIFY(m_host->host.isRunning());
    QVERIFY(m_bar->online());
}

QTEST_MAIN(TestHostedServer)
#include "tst_hostedserver.moc"
