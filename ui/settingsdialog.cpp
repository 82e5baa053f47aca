#include "settingsdialog.h"

#include "managerpin.h"
#include "terminal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Terminal *terminal, QWidget *parent)
    : QDialog(parent)
    , m_terminal(terminal)
    , m_pages(new QTabWidget(this))
    , m_shopName(new QLineEdit(this))
    , m_terminalName(new QLineEdit(this))
    , m_terminalCode(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_newPin(new QLineEdit(this))
    , m_repeatPin(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Terminal settings"));
    auto *layout = new QVBoxLayout(this);
    m_pages->addTab(createTerminalPage(), tr("Terminal"));
    m_pages->addTab(createLanguagePage(), tr("Language"));
    m_pages->addTab(createPinPage(), tr("Manager PIN"));
    m_pages->addTab(createSyncPage(), tr("Sync"));
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
    auto *layout = new QVBoxLayout(page);
    auto *enabled = new QCheckBox(tr("Share open orders with the other terminals of the shop"), page);
    enabled->setObjectName(QStringLiteral("syncEnabled"));
    enabled->setChecked(false);
    enabled->setEnabled(false);
    layout->addWidget(enabled);
    auto *state = new QLabel(tr("Sync is off. This terminal works as a standalone point of sale: "
                                "it numbers its orders itself and keeps everything in its local store."), page);
    state->setObjectName(QStringLiteral("syncState"));
    state->setWordWrap(true);
    layout->addWidget(state);
    layout->addStretch(1);
    return page;
}

QString SettingsDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

bool SettingsDialog::apply()
{
    TerminalSettings settings = m_terminal->settings();
    settings.shopName = m_shopName->text().trimmed();
    settings.terminalName = m_terminalName->text().trimmed();
    settings.terminalCode = m_terminalCode->text().trimmed().toUpper();
    settings.language = m_language->currentData().toString();
    QString problem = settings.validate();
    const QString pin = m_newPin->text();
    if (problem.isEmpty() && (!pin.isEmpty() || !m_repeatPin->text().isEmpty())) {
        if (!ManagerPin::isValid(pin))
            problem = tr("A PIN has 4 to 8 digits.");
        else if (pin != m_repeatPin->text())
            problem = tr("The two PINs differ.");
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
