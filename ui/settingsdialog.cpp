#include "settingsdialog.h"

#include "extensionregistry.h"
#include "managerpin.h"
#include "syncclient.h"
#include "terminal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Terminal *terminal, QWidget *parent, ExtensionRegistry *extensions,
                               ExtensionContext *context)
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
    , m_error(new QLabel(this))
    , m_extensions(extensions)
{
    setWindowTitle(tr("Terminal settings"));
    auto *layout = new QVBoxLayout(this);
    m_pages->addTab(createTerminalPage(), tr("Terminal"));
    m_pages->addTab(createLanguagePage(), tr("Language"));
    m_pages->addTab(createPinPage(), tr("Manager PIN"));
    m_pages->addTab(createSyncPage(), tr("Sync"));
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
    resize(520, 360);
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

QWidget *SettingsDialog::createLanguagePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
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
    config.server = QUrl(m_serverUrl->text().trimmed());
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
    settings.terminalName = m_terminalName->text().trimmed();
    settings.terminalCode = m_terminalCode->text().trimmed().toUpper();
    settings.language = m_language->currentData().toString();
    settings.syncEnabled = m_syncEnabled->isChecked();
    settings.serverUrl = m_serverUrl->text().trimmed();
    settings.token = m_token->text().trimmed();
    settings.acceptForeign = m_acceptForeign->isChecked();
    settings.dropEmptyNew = m_dropEmptyNew->isChecked();
    settings.switchToIncoming = m_switchToIncoming->isChecked();
    QString problem = settings.validate();
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
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}
