#pragma once

#include "terminalsettings.h"

#include <QDialog>

class ExtensionContext;
class ExtensionRegistry;
class QCheckBox;
class QListWidget;
class QComboBox;
class QPushButton;
class SyncClient;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class ServerHost;
class Terminal;

// The manager's settings for this terminal; opened only after the PIN was checked.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // extensions and context may be null: then there are no extension pages; host may be
    // null: then this terminal cannot host the sync server.
    explicit SettingsDialog(Terminal *terminal, QWidget *parent = nullptr, ExtensionRegistry *extensions = nullptr,
                            ExtensionContext *context = nullptr, ServerHost *host = nullptr);

    // Validates every field and saves; on a bad field shows why and saves nothing.
    bool apply();
    QString errorText() const;

    void accept() override;

private:
    QWidget *createTerminalPage();
    QWidget *createLanguagePage();
    QWidget *createPinPage();
    QWidget *createSyncPage();
    QWidget *createExtensionsPage();
    QWidget *createReceiptPage();
    QWidget *createPaymentsPage();
    QWidget *createMaintenancePage();
    void backUpTerminal();
    // What a manager hands to support: versions, this terminal, its sync, its store and
    // the end of its log; never the token.
    QString diagnostics() const;
    void addMethodRow(const OtherPaymentMethod &method);
    void testConnection();
    // A pairing link in the server field fills the server and the token.
    void takePairingLink();
    void addHostingRows(class QFormLayout *form);
    void updateHostingState();
    // Starts, moves or stops the hosted server as `settings` ask and points them at it;
    // returns the problem, or an empty text.
    QString applyHosting(TerminalSettings *settings);
    void restoreHosting();

    Terminal *m_terminal;
    QTabWidget *m_pages;
    QLabel *m_backupResult = nullptr;
    QLineEdit *m_shopName;
    QLineEdit *m_terminalName;
    QLineEdit *m_terminalCode;
    QComboBox *m_language;
    QLineEdit *m_newPin;
    QLineEdit *m_repeatPin;
    QCheckBox *m_syncEnabled;
    QLineEdit *m_serverUrl;
    QLineEdit *m_token;
    QCheckBox *m_acceptForeign;
    QCheckBox *m_dropEmptyNew;
    QCheckBox *m_switchToIncoming;
    QPushButton *m_test;
    QLabel *m_testResult;
    SyncClient *m_tester = nullptr;
    ServerHost *m_host;
    QCheckBox *m_hostServer = nullptr;
    QComboBox *m_hostAddress = nullptr;
    QSpinBox *m_hostPort = nullptr;
    QLabel *m_hostState = nullptr;
    QPushButton *m_pairButton = nullptr;
    QLabel *m_error;
    ExtensionRegistry *m_extensions;
    QListWidget *m_extensionList = nullptr;
    QList<QPair<class Extension *, QWidget *>> m_extensionPages;
    class QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_taxId = nullptr;
    class QPlainTextEdit *m_receiptHeader = nullptr;
    class QPlainTextEdit *m_receiptFooter = nullptr;
    QCheckBox *m_cardEnabled = nullptr;
    class QTableWidget *m_methods = nullptr;
};
