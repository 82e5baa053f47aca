#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class LocalStore;

// A way to pay that the shop added beside cash and card (a voucher).
struct OtherPaymentMethod
{
    QString id;   // [a-z][a-z0-9_-]{0,31}, as the server and the export know it
    QString name; // on the button and the receipt
    bool givesChange = false;
    bool operator==(const OtherPaymentMethod &other) const
    {
        return id == other.id && name == other.name && givesChange == other.givesChange;
    }
};

// The terminal's own settings as kept in its local store.
struct TerminalSettings
{
    Q_DECLARE_TR_FUNCTIONS(TerminalSettings)

public:
    QString shopName;
    // Printed on every receipt: under the shop's name, and at its end.
    QString shopAddress; // up to 3 lines
    QString taxId;
    QString receiptHeader; // up to 4 lines
    QString receiptFooter; // up to 4 lines
    bool cardEnabled = true;
    QList<OtherPaymentMethod> otherPaymentMethods;
    static constexpr int MaxOtherPaymentMethods = 6;
    QString terminalName;
    QString terminalCode;
    QString language; // "system" or a language code of a shipped translation
    QString currency;
    QString lastCashier;

    // Sync with tandem-syncd (docs/protocol.md); off means a standalone terminal.
    bool syncEnabled = false;
    // One server URL, or the instances of one deployment separated by commas
    // (https://a:8765,https://b:8765): the terminal moves to the next when one fails.
    QString serverUrl;
    QString token;
    // This terminal runs the shop's sync server itself (no back-office machine): it
    // listens on hostAddress:hostPort, and serverUrl and token point at it.
    bool hostServer = false;
    QString hostAddress;
    int hostPort = DefaultHostPort;
    QString instance;           // this installation's id, made once
    bool acceptForeign = true;  // show orders created on other terminals
    bool dropEmptyNew = true;   // drop the current empty "New" order when one arrives
    bool switchToIncoming = false; // switch to an arriving order when the current one is empty

    // Ids of the extensions this terminal runs; none chosen yet means all that are loaded.
    std::optional<QStringList> enabledExtensions;

    static constexpr int MaxServerUrls = 8;
    static constexpr int DefaultHostPort = 8765;

    static TerminalSettings load(const LocalStore &store);
    // Validates everything first; writes nothing when a field is bad.
    bool save(LocalStore &store, QString *error) const;
    QString validate() const;
    QList<QUrl> serverUrls() const { return parseServerUrls(serverUrl); }
    static QList<QUrl> parseServerUrls(const QString &text);
    // What pairs another terminal with a hosting one in one scan or paste:
    // tandempos://pair?server=URL&token=TOKEN.
    static QString pairingLink(const QUrl &server, const QString &token);
    // False when text is not a pairing link; its parts are not validated here.
    static bool parsePairingLink(const QString &text, QString *serverUrl, QString *token);

    static QStringList languages();
};
