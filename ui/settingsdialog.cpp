#include "settingsdialog.h"

#include "extensionregistry.h"
#include "logfile.h"
#include "managerpin.h"
#include "pairingdialog.h"
#include "serverhost.h"
#include "syncclient.h"
#include "terminal.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

constexpr int DiagnosticLogLines = 200;

// An id for a new payment method from its name ("Gift voucher" -> "gift-voucher"),
// unlike the ones taken.
QString newMethodId(const QString &name, const QStringList &taken)
{
    QString base;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c.isDigit() && !base.isEmpty()))
            base += c;
        else if (!base.isEmpty() && !base.endsWith(QLatin1Char('-')))
            base += QLatin1Char('-');
    }
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    base = base.left(24);
    if (base.isEmpty() || base == QLatin1String("cash") || base == QLatin1String("card"))
        base = QStringLiteral("method");
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

} // namespace

SettingsDialog::SettingsDialog(Terminal *terminal, QWidget *parent, ExtensionRegistry *extensions,
                               ExtensionContext *context, ServerHost *host)
    : QDialog(parent)
    , m_terminal(terminal)
    , m_pages(new QTabWidget(this))
    , m_shopName(new QLineEdit(this))
    , m_terminalName(new QLineEdit(this))
    , m_terminalCode(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_newPin(new QLineEdit(this))
    , m_repeatPin(new QLineEdit(this))
    , m_syncEnabled(new QCheckBox(tr("Share open orders with the other terminals of the shop"), this))
    , m_serverUrl(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_acceptForeign(new QCheckBox(tr("Show orders created on other terminals"), this))
    , m_dropEmptyNew(new QCheckBox(tr("Drop the current empty \"New\" order when one arrives"), this))
    , m_switchToIncoming(new QCheckBox(tr("Switch to an arriving order when the current one is empty"), this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_host(host)
    , m_error(new QLabel(this))
    , m_extensions(extensions)
{
    setWindowTitle(tr("Terminal settings"));
    auto *layout = new QVBoxLayout(this);
    m_pages->addTab(createTerminalPage(), tr("Terminal"));
    m_pages->addTab(createReceiptPage(), tr("Receipt"));
    m_pages->addTab(createPaymentsPage(), tr("Payments"));
    m_pages->addTab(createLanguagePage(), tr("Language"));
    m_pages->addTab(createPinPage(), tr("Manager PIN"));
    m_pages->addTab(createSyncPage(), tr("Sync"));
    m_pages->addTab(createMaintenancePage(), tr("Maintenance"));
    if (m_extensions) {
        m_pages->addTab(createExtensionsPage(), tr("Extensions"));
        const QList<Extension *> enabled = m_extensions->enabled();
        for (Extension *extension : enabled) {
            if (QWidget *page = context ? extension->createSettingsPage(context, this) : nullptr) {
                m_extensionPages.append({extension, page});
                m_pages->addTab(page, extension->displayName());
            }
        }
    }
    layout->addWidget(m_pages);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    resize(640, 520);
}

QWidget *SettingsDialog::createTerminalPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const TerminalSettings &settings = m_terminal->settings();
    m_shopName->setObjectName(QStringLiteral("shopName"));
    m_shopName->setText(settings.shopName);
    m_shopName->setMaxLength(60);
    m_terminalName->setObjectName(QStringLiteral("terminalName"));
    m_terminalName->setText(settings.terminalName);
    m_terminalName->setMaxLength(40);
    m_terminalCode->setObjectName(QStringLiteral("terminalCode"));
    m_terminalCode->setText(settings.terminalCode);
    m_terminalCode->setMaxLength(8);
    m_terminalCode->setToolTip(tr("Starts every receipt reference, e.g. BAR-000042"));
    form->addRow(tr("Shop name:"), m_shopName);
    form->addRow(tr("Terminal name:"), m_terminalName);
    form->addRow(tr("Terminal code:"), m_terminalCode);
    auto *hint = new QLabel(tr("The code starts every receipt reference printed by this terminal. "
                               "Use capital letters and digits."), page);
    hint->setWordWrap(true);
    form->addRow(hint);
    return page;
}

QWidget *SettingsDialog::createReceiptPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const TerminalSettings &settings = m_terminal->settings();
    auto text = [page](const QString &name, const QString &value, int lines) {
        auto *edit = new QPlainTextEdit(value, page);
        edit->setObjectName(name);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * (lines + 1) + 8);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setTabChangesFocus(true);
        return edit;
    };
    m_address = text(QStringLiteral("shopAddress"), settings.shopAddress, 3);
    m_taxId = new QLineEdit(settings.taxId, page);
    m_taxId->setObjectName(QStringLiteral("taxId"));
    m_taxId->setMaxLength(30);
    m_receiptHeader = text(QStringLiteral("receiptHeader"), settings.receiptHeader, 4);
    m_receiptFooter = text(QStringLiteral("receiptFooter"), settings.receiptFooter, 4);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Tax ID:"), m_taxId);
    form->addRow(tr("Above the order:"), m_receiptHeader);
    form->addRow(tr("At the end:"), m_receiptFooter);
    auto *hint = new QLabel(tr("Printed under the shop's name on every receipt, centred; at most 42 characters "
                               "a line."), page);
    hint->setWordWrap(true);
    form->addRow(hint);
    return page;
}

QWidget *SettingsDialog::createPaymentsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    const TerminalSettings &settings = m_terminal->settings();
    layout->addWidget(new QLabel(tr("Cash is always taken."), page));
    m_cardEnabled = new QCheckBox(tr("Card payments"), page);
    m_cardEnabled->setObjectName(QStringLiteral("cardEnabled"));
    m_cardEnabled->setChecked(settings.cardEnabled);
    layout->addWidget(m_cardEnabled);
    layout->addWidget(new QLabel(tr("Further ways to pay, such as a voucher; one that gives change hands an "
                                    "overpayment back in cash:"), page));
    m_methods = new QTableWidget(0, 2, page);
    m_methods->setObjectName(QStringLiteral("paymentMethods"));
    m_methods->setHorizontalHeaderLabels({tr("Name"), tr("Gives change")});
    m_methods->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_methods->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_methods->verticalHeader()->hide();
    for (const OtherPaymentMethod &method : settings.otherPaymentMethods)
        addMethodRow(method);
    layout->addWidget(m_methods, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a method"), page);
    add->setObjectName(QStringLiteral("addMethod"));
    auto *remove = new QPushButton(tr("Remove the selected one"), page);
    remove->setObjectName(QStringLiteral("removeMethod"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addMethodRow({QString(), tr("Voucher"), false});
        m_methods->editItem(m_methods->item(m_methods->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_methods->currentRow() >= 0)
            m_methods->removeRow(m_methods->currentRow());
    });
    return page;
}

void SettingsDialog::addMethodRow(const OtherPaymentMethod &method)
{
    const int row = m_methods->rowCount();
    m_methods->insertRow(row);
    auto *name = new QTableWidgetItem(method.name);
    // The id stays with the method when it is renamed: the server's records use it.
    name->setData(Qt::UserRole, method.id);
    m_methods->setItem(row, 0, name);
    auto *change = new QTableWidgetItem;
    change->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    change->setCheckState(method.givesChange ? Qt::Checked : Qt::Unchecked);
    m_methods->setItem(row, 1, change);
}

QWidget *SettingsDialog::createLanguagePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_terminal->settings().language)));
    form->addRow(tr("Language:"), m_language);
    form->addRow(new QLabel(tr("A new language takes effect when the terminal starts next."), page));
    return page;
}

QWidget *SettingsDialog::createPinPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *digits = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), this);
    for (QLineEdit *field : {m_newPin, m_repeatPin}) {
        field->setEchoMode(QLineEdit::Password);
        field->setValidator(digits);
    }
    m_newPin->setObjectName(QStringLiteral("newPin"));
    m_repeatPin->setObjectName(QStringLiteral("repeatPin"));
    form->addRow(tr("New PIN:"), m_newPin);
    form->addRow(tr("Repeat new PIN:"), m_repeatPin);
    form->addRow(new QLabel(tr("Leave empty to keep the current PIN. A PIN has 4 to 8 digits."), page));
    return page;
}

QWidget *SettingsDialog::createMaintenancePage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    auto *about = new QLabel(tr("A copy of everything this terminal keeps (settings, products, sessions, orders "
                                "and the changes still waiting for the server), made while it runs."),
                             page);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *backup = new QPushButton(tr("Back up this terminal"), page);
    backup->setObjectName(QStringLiteral("backupButton"));
    layout->addWidget(backup, 0, Qt::AlignLeft);
    m_backupResult = new QLabel(page);
    m_backupResult->setObjectName(QStringLiteral("backupResult"));
    m_backupResult->setWordWrap(true);
    m_backupResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_backupResult);
    auto *copy = new QPushButton(tr("Copy diagnostics"), page);
    copy->setObjectName(QStringLiteral("diagnosticsButton"));
    layout->addWidget(copy, 0, Qt::AlignLeft);
    auto *copied = new QLabel(page);
    copied->setWordWrap(true);
    layout->addWidget(copied);
    layout->addStretch();
    connect(backup, &QPushButton::clicked, this, &SettingsDialog::backUpTerminal);
    connect(copy, &QPushButton::clicked, this, [this, copied] {
        QGuiApplication::clipboard()->setText(diagnostics());
        copied->setText(tr("Copied: the versions, this terminal's sync and store, and the end of its log (%1). "
                           "Paste it into a message to support.")
                            .arg(QDir::toNativeSeparators(LogFile::path())));
    });
    return page;
}

QString SettingsDialog::diagnostics() const
{
    const TerminalSettings &settings = m_terminal->settings();
    LocalStore &store = m_terminal->store();
    QStringList out;
    out << QStringLiteral("Tandem POS %1 (Qt %2, %3)")
               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), QSysInfo::prettyProductName());
    out << QStringLiteral("Terminal: %1 (%2), shop %3").arg(settings.terminalName, settings.terminalCode, settings.shopName);
    out << QStringLiteral("Sync: %1, server %2")
               .arg(settings.syncEnabled ? QStringLiteral("on") : QStringLiteral("off"), settings.serverUrl);
    out << QStringLiteral("Store: %1, schema %2, %3 changes waiting for the server")
               .arg(QDir::toNativeSeparators(store.database().databaseName()))
               .arg(LocalStore::currentSchemaVersion())
               .arg(store.outboxSize());
    out << QStringLiteral("Log: %1").arg(QDir::toNativeSeparators(LogFile::path()));
    out << QStringLiteral("--- the last %1 lines of the log").arg(DiagnosticLogLines);
    out += LogFile::tail(DiagnosticLogLines);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// Into the Documents folder, named after the terminal and the minute, like the PDFs.
void SettingsDialog::backUpTerminal()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QDir().mkpath(folder);
    const QString name = m_terminal->settings().terminalName.isEmpty() ? QStringLiteral("terminal")
                                                                       : m_terminal->settings().terminalName;
    const QString path = QDir(folder).filePath(
        tr("tandem-pos-backup-%1-%2.sqlite")
            .arg(name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (m_terminal->store().backupTo(path))
        m_backupResult->setText(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)));
    else
        m_backupResult->setText(tr("Not backed up: %1").arg(m_terminal->store().lastError()));
}

QWidget *SettingsDialog::createSyncPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const TerminalSettings &settings = m_terminal->settings();
    m_syncEnabled->setObjectName(QStringLiteral("syncEnabled"));
    m_syncEnabled->setChecked(settings.syncEnabled);
    form->addRow(m_syncEnabled);
    m_serverUrl->setObjectName(QStringLiteral("serverUrl"));
    m_serverUrl->setPlaceholderText(QStringLiteral("http://192.168.1.10:8765"));
    m_serverUrl->setText(settings.serverUrl);
    form->addRow(tr("Server:"), m_serverUrl);
    m_token->setObjectName(QStringLiteral("syncToken"));
    m_token->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_token->setPlaceholderText(tr("tdm_… as printed by tandem-syncd terminal add"));
    m_token->setText(settings.token);
    form->addRow(tr("Token:"), m_token);
    // A barcode scanner types the pairing code of a hosting terminal and Enter.
    connect(m_serverUrl, &QLineEdit::editingFinished, this, &SettingsDialog::takePairingLink);
    if (m_host)
        addHostingRows(form);
    for (QCheckBox *option : {m_acceptForeign, m_dropEmptyNew, m_switchToIncoming})
        form->addRow(option);
    m_acceptForeign->setObjectName(QStringLiteral("acceptForeign"));
    m_acceptForeign->setChecked(settings.acceptForeign);
    m_dropEmptyNew->setObjectName(QStringLiteral("dropEmptyNew"));
    m_dropEmptyNew->setChecked(settings.dropEmptyNew);
    m_switchToIncoming->setObjectName(QStringLiteral("switchToIncoming"));
    m_switchToIncoming->setChecked(settings.switchToIncoming);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult->setObjectName(QStringLiteral("syncState"));
    m_testResult->setWordWrap(true);
    m_testResult->setText(settings.syncEnabled ? tr("Sync is on.")
                                               : tr("Sync is off. This terminal works as a standalone point of sale: "
                                                    "it numbers its orders itself and keeps everything in its local store."));
    form->addRow(m_test, m_testResult);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    return page;
}

void SettingsDialog::takePairingLink()
{
    QString server;
    QString token;
    if (!TerminalSettings::parsePairingLink(m_serverUrl->text(), &server, &token)) {
        // A scanner set up for another keyboard layout types some characters wrongly.
        if (m_serverUrl->text().trimmed().startsWith(QLatin1String("tandempos"), Qt::CaseInsensitive))
            m_testResult->setText(tr("The pairing code did not come through whole: scan it again, or paste the "
                                     "pairing link (check the scanner's keyboard layout)."));
        return;
    }
    m_serverUrl->setText(server);
    m_token->setText(token);
    m_syncEnabled->setChecked(true);
}

void SettingsDialog::addHostingRows(QFormLayout *form)
{
    const TerminalSettings &settings = m_terminal->settings();
    m_hostServer = new QCheckBox(tr("This terminal hosts the sync server (for a shop without a back-office computer)"),
                                 this);
    m_hostServer->setObjectName(QStringLiteral("hostServer"));
    m_hostServer->setChecked(settings.hostServer);
    form->addRow(m_hostServer);
    m_hostAddress = new QComboBox(this);
    m_hostAddress->setObjectName(QStringLiteral("hostAddress"));
    QList<QHostAddress> addresses = ServerHost::listenAddresses();
    const QHostAddress saved(settings.hostAddress);
    if (!saved.isNull() && !addresses.contains(saved))
        addresses.prepend(saved);
    for (const QHostAddress &address : std::as_const(addresses)) {
        m_hostAddress->addItem(address.isLoopback() ? tr("%1 (this computer only)").arg(address.toString())
                                                    : address.toString(),
                               address.toString());
    }
    m_hostAddress->setCurrentIndex(qMax(0, m_hostAddress->findData(saved.toString())));
    m_hostPort = new QSpinBox(this);
    m_hostPort->setObjectName(QStringLiteral("hostPort"));
    m_hostPort->setRange(1024, 65535);
    m_hostPort->setValue(settings.hostPort);
    auto *where = new QHBoxLayout;
    where->addWidget(m_hostAddress, 1);
    where->addWidget(new QLabel(tr("Port:"), this));
    where->addWidget(m_hostPort);
    form->addRow(tr("Listen on:"), where);
    m_hostState = new QLabel(this);
    m_hostState->setObjectName(QStringLiteral("hostState"));
    m_hostState->setWordWrap(true);
    m_pairButton = new QPushButton(tr("Pair a terminal…"), this);
    m_pairButton->setObjectName(QStringLiteral("pairTerminal"));
    form->addRow(m_pairButton, m_hostState);
    connect(m_pairButton, &QPushButton::clicked, this, [this] {
        PairingDialog dialog(m_host, this);
        dialog.exec();
    });
    connect(m_hostServer, &QCheckBox::toggled, this, &SettingsDialog::updateHostingState);
    connect(m_hostAddress, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateHostingState);
    connect(m_hostPort, &QSpinBox::valueChanged, this, &SettingsDialog::updateHostingState);
    connect(m_host, &ServerHost::connectedTerminalsChanged, this, &SettingsDialog::updateHostingState);
    connect(m_host, &ServerHost::stateChanged, this, &SettingsDialog::updateHostingState);
    updateHostingState();
}

void SettingsDialog::updateHostingState()
{
    const bool hosting = m_hostServer->isChecked();
    m_serverUrl->setEnabled(!hosting);
    m_token->setEnabled(!hosting);
    m_syncEnabled->setEnabled(!hosting);
    if (hosting)
        m_syncEnabled->setChecked(true);
    m_hostAddress->setEnabled(hosting);
    m_hostPort->setEnabled(hosting);
    const bool running = m_host->isRunning();
    // Pairing codes name the address the server has, not one it moves away from on saving.
    const bool moving = running && hosting
        && (QHostAddress(m_hostAddress->currentData().toString()) != QHostAddress(m_host->url().host())
            || m_hostPort->value() != m_host->url().port());
    m_pairButton->setEnabled(hosting && running && !moving);
    const int connected = m_host->connectedTerminals();
    QString state = tr("Not hosting.");
    QString color = QStringLiteral("palette(text)");
    if (moving) {
        state = tr("Saving moves the server: the other terminals must be paired again, or their server address "
                   "changed to the new one.");
        color = QStringLiteral("#b00020");
    } else if (running && hosting) {
        state = tr("Hosting at %1: %n other terminal(s) connected.", nullptr, connected).arg(m_host->url().toString());
    } else if (running) {
        state = tr("Saving stops the server: %n connected terminal(s) go offline.", nullptr, connected);
        color = connected > 0 ? QStringLiteral("#b00020") : color;
    } else if (hosting && !m_host->problem().isEmpty()) {
        state = tr("Not hosting: %1").arg(m_host->problem());
        color = QStringLiteral("#b00020");
    } else if (hosting) {
        state = tr("The server starts when the settings are saved.");
    }
    m_hostState->setText(state);
    m_hostState->setStyleSheet(QStringLiteral("color: %1;").arg(color));
}

QString SettingsDialog::applyHosting(TerminalSettings *settings)
{
    settings->hostServer = m_hostServer->isChecked();
    settings->hostAddress = m_hostAddress->currentData().toString();
    settings->hostPort = m_hostPort->value();
    if (!settings->hostServer) {
        const TerminalSettings &saved = m_terminal->settings();
        m_host->stop();
        // Left pointing at the stopped server, the terminal would only show offline.
        if (saved.hostServer && settings->serverUrl == saved.serverUrl) {
            settings->serverUrl.clear();
            settings->token.clear();
            settings->syncEnabled = false;
        }
        return QString();
    }
    settings->syncEnabled = true;
    const bool moved = !m_host->isRunning() || QHostAddress(settings->hostAddress) != QHostAddress(m_host->url().host())
        || settings->hostPort != m_host->url().port();
    if (moved) {
        QString problem;
        if (!m_host->start(ServerHost::optionsFor(*settings), &problem))
            return problem;
    }
    settings->serverUrl = m_host->url().toString();
    settings->token = m_host->token();
    return QString();
}

// The hosted server goes back to what the saved settings say.
void SettingsDialog::restoreHosting()
{
    const TerminalSettings &saved = m_terminal->settings();
    if (m_host->servesAs(saved))
        return;
    QString problem;
    if (!saved.hostServer || !m_host->start(ServerHost::optionsFor(saved), &problem))
        m_host->stop();
    updateHostingState();
}

void SettingsDialog::testConnection()
{
    if (!m_tester) {
        m_tester = new SyncClient(this);
        connect(m_tester, &SyncClient::connectionTested, this, [this](bool ok, const QString &message) {
            m_testResult->setText(ok ? message : tr("Failed: %1").arg(message));
            m_test->setEnabled(true);
        });
    }
    SyncClient::Config config;
    config.servers = TerminalSettings::parseServerUrls(m_serverUrl->text());
    config.token = m_token->text().trimmed().toUtf8();
    config.instance = m_terminal->settings().instance;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing…"));
    m_tester->testConnection(config);
}

QString SettingsDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

QWidget *SettingsDialog::createExtensionsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Extensions this terminal runs (takes effect at the next start):"), page));
    m_extensionList = new QListWidget(page);
    m_extensionList->setObjectName(QStringLiteral("extensionList"));
    const QList<Extension *> all = m_extensions->all();
    for (Extension *extension : all) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(extension->displayName(), extension->id()),
                                         m_extensionList);
        item->setData(Qt::UserRole, extension->id());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_extensions->isEnabled(extension->id()) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(m_extensionList, 1);
    const QStringList problems = m_extensions->problems();
    if (!problems.isEmpty()) {
        auto *skipped = new QLabel(tr("Not loaded:\n%1").arg(problems.join(QLatin1Char('\n'))), page);
        skipped->setObjectName(QStringLiteral("extensionProblems"));
        skipped->setWordWrap(true);
        skipped->setStyleSheet(QStringLiteral("color: #b00020;"));
        layout->addWidget(skipped);
    }
    return page;
}

bool SettingsDialog::apply()
{
    TerminalSettings settings = m_terminal->settings();
    if (m_extensionList) {
        // Extensions chosen before but not loaded now (a plugin removed for a while) stay chosen.
        QStringList enabled;
        QStringList listed;
        for (int row = 0; row < m_extensionList->count(); ++row) {
            const QListWidgetItem *item = m_extensionList->item(row);
            listed << item->data(Qt::UserRole).toString();
            if (item->checkState() == Qt::Checked)
                enabled << listed.last();
        }
        for (const QString &id : settings.enabledExtensions.value_or(QStringList())) {
            if (!listed.contains(id))
                enabled << id;
        }
        if (enabled != m_extensions->enabledIds() || settings.enabledExtensions)
            settings.enabledExtensions = enabled;
    }
    settings.shopName = m_shopName->text().trimmed();
    settings.shopAddress = m_address->toPlainText().trimmed();
    settings.taxId = m_taxId->text().trimmed();
    settings.receiptHeader = m_receiptHeader->toPlainText().trimmed();
    settings.receiptFooter = m_receiptFooter->toPlainText().trimmed();
    settings.cardEnabled = m_cardEnabled->isChecked();
    settings.otherPaymentMethods.clear();
    QStringList ids;
    for (int row = 0; row < m_methods->rowCount(); ++row) {
        const QString name = m_methods->item(row, 0)->text().trimmed();
        QString id = m_methods->item(row, 0)->data(Qt::UserRole).toString();
        if (id.isEmpty())
            id = newMethodId(name, ids);
        ids << id;
        settings.otherPaymentMethods.append({id, name, m_methods->item(row, 1)->checkState() == Qt::Checked});
    }
    settings.terminalName = m_terminalName->text().trimmed();
    settings.terminalCode = m_terminalCode->text().trimmed().toUpper();
    settings.language = m_language->currentData().toString();
    takePairingLink();
    settings.syncEnabled = m_syncEnabled->isChecked();
    settings.serverUrl = m_serverUrl->text().trimmed();
    settings.token = m_token->text().trimmed();
    settings.acceptForeign = m_acceptForeign->isChecked();
    settings.dropEmptyNew = m_dropEmptyNew->isChecked();
    settings.switchToIncoming = m_switchToIncoming->isChecked();
    QString problem = m_host ? applyHosting(&settings) : QString();
    if (problem.isEmpty())
        problem = settings.validate();
    const QString pin = m_newPin->text();
    if (problem.isEmpty() && (!pin.isEmpty() || !m_repeatPin->text().isEmpty())) {
        if (!ManagerPin::isValid(pin))
            problem = tr("A PIN has 4 to 8 digits.");
        else if (pin != m_repeatPin->text())
            problem = tr("The two PINs differ.");
    }
    // Extension pages may send shared settings: only once everything else is valid.
    for (int i = 0; problem.isEmpty() && i < m_extensionPages.size(); ++i) {
        const auto &[extension, page] = m_extensionPages.at(i);
        if (!extension->saveSettingsPage(page, &problem))
            m_pages->setCurrentWidget(page);
    }
    if (problem.isEmpty() && !m_terminal->saveSettings(settings))
        problem = m_terminal->lastError();
    if (problem.isEmpty() && !pin.isEmpty() && !m_terminal->setManagerPin(pin))
        problem = m_terminal->lastError();
    if (!problem.isEmpty() && m_host)
        restoreHosting();
    else if (m_host)
        updateHostingState();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}
