#include "terminalsettings.h"

#include "localstore.h"
#include "order.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {
const QString KeyShopName = QStringLiteral("shop_name");
const QString KeyTerminalName = QStringLiteral("terminal_name");
const QString KeyTerminalCode = QStringLiteral("terminal_code");
const QString KeyLanguage = QStringLiteral("language");
const QString KeyCurrency = QStringLiteral("currency");
const QString KeyLastCashier = QStringLiteral("last_cashier");
const QString KeySyncEnabled = QStringLiteral("sync_enabled");
const QString KeyServerUrl = QStringLiteral("sync_server_url");
const QString KeyToken = QStringLiteral("sync_token");
const QString KeyInstance = QStringLiteral("sync_instance");
const QString KeyHostServer = QStringLiteral("host_server");
const QString KeyHostAddress = QStringLiteral("host_address");
const QString KeyHostPort = QStringLiteral("host_port");
const QString KeyAcceptForeign = QStringLiteral("sync_accept_foreign");
const QString KeyDropEmptyNew = QStringLiteral("sync_drop_empty_new");
const QString KeySwitchToIncoming = QStringLiteral("sync_switch_to_incoming");
const QString KeyExtensions = QStringLiteral("extensions_enabled");
const QString AllExtensions = QStringLiteral("*");
const QString KeyShopAddress = QStringLiteral("receipt_address");
const QString KeyTaxId = QStringLiteral("receipt_tax_id");
const QString KeyReceiptHeader = QStringLiteral("receipt_header");
const QString KeyReceiptFooter = QStringLiteral("receipt_footer");
const QString KeyCardEnabled = QStringLiteral("payment_card");
const QString KeyOtherMethods = QStringLiteral("payment_others");

// The receipt is 42 characters wide (ReceiptText::Width).
bool fitsReceipt(const QString &text, int maxLines)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    return lines.size() <= maxLines && std::all_of(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.size() <= 42
            && std::none_of(line.cbegin(), line.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    });
}

QString methodsText(const QList<OtherPaymentMethod> &methods)
{
    QJsonArray list;
    for (const OtherPaymentMethod &method : methods) {
        list.append(QJsonObject{{QStringLiteral("id"), method.id},
                                {QStringLiteral("name"), method.name},
                                {QStringLiteral("gives_change"), method.givesChange}});
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<OtherPaymentMethod> methodsFrom(const QString &text)
{
    QList<OtherPaymentMethod> methods;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject method = value.toObject();
        methods.append({method.value(QStringLiteral("id")).toString(), method.value(QStringLiteral("name")).toString(),
                        method.value(QStringLiteral("gives_change")).toBool()});
    }
    return methods;
}

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}
}

QStringList TerminalSettings::languages()
{
    return {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"),
            QStringLiteral("fr"), QStringLiteral("ru")};
}

TerminalSettings TerminalSettings::load(const LocalStore &store)
{
    TerminalSettings settings;
    settings.shopName = store.setting(KeyShopName, QStringLiteral("Tandem Café"));
    settings.shopAddress = store.setting(KeyShopAddress);
    settings.taxId = store.setting(KeyTaxId);
    settings.receiptHeader = store.setting(KeyReceiptHeader);
    settings.receiptFooter = store.setting(KeyReceiptFooter, tr("Thank you!"));
    settings.cardEnabled = store.setting(KeyCardEnabled, flag(true)) == flag(true);
    settings.otherPaymentMethods = methodsFrom(store.setting(KeyOtherMethods, QStringLiteral("[]")));
    settings.terminalName = store.setting(KeyTerminalName, QStringLiteral("Till"));
    settings.terminalCode = store.setting(KeyTerminalCode, QStringLiteral("T1"));
    settings.language = store.setting(KeyLanguage, QStringLiteral("system"));
    settings.currency = store.setting(KeyCurrency, QStringLiteral("EUR"));
    settings.lastCashier = store.setting(KeyLastCashier);
    settings.syncEnabled = store.setting(KeySyncEnabled, flag(false)) == flag(true);
    settings.serverUrl = store.setting(KeyServerUrl);
    settings.token = store.setting(KeyToken);
    settings.instance = store.setting(KeyInstance);
    settings.hostServer = store.setting(KeyHostServer, flag(false)) == flag(true);
    settings.hostAddress = store.setting(KeyHostAddress);
    bool portOk = false;
    settings.hostPort = store.setting(KeyHostPort).toInt(&portOk);
    if (!portOk)
        settings.hostPort = DefaultHostPort;
    settings.acceptForeign = store.setting(KeyAcceptForeign, flag(true)) == flag(true);
    settings.dropEmptyNew = store.setting(KeyDropEmptyNew, flag(true)) == flag(true);
    settings.switchToIncoming = store.setting(KeySwitchToIncoming, flag(false)) == flag(true);
    const QString extensions = store.setting(KeyExtensions, AllExtensions);
    if (extensions != AllExtensions)
        settings.enabledExtensions = extensions.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return settings;
}

QString TerminalSettings::validate() const
{
    static const QRegularExpression codePattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Z0-9]{1,8}")));
    static const QRegularExpression currencyPattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Z]{3}")));
    if (shopName.trimmed().size() > 60)
        return tr("The shop name can have at most 60 characters.");
    if (!fitsReceipt(shopAddress, 3))
        return tr("The address has at most 3 lines of 42 characters.");
    if (!fitsReceipt(receiptHeader, 4))
        return tr("The text above the order has at most 4 lines of 42 characters.");
    if (!fitsReceipt(receiptFooter, 4))
        return tr("The text at the end of the receipt has at most 4 lines of 42 characters.");
    if (taxId.size() > 30 || !fitsReceipt(taxId, 1))
        return tr("The tax ID is one line of at most 30 characters.");
    if (otherPaymentMethods.size() > MaxOtherPaymentMethods)
        return tr("At most %1 payment methods can be added beside cash and card.").arg(MaxOtherPaymentMethods);
    QStringList ids;
    QStringList names{tr("Cash").toLower(), tr("Card").toLower()};
    for (const OtherPaymentMethod &method : otherPaymentMethods) {
        const QString name = method.name.trimmed();
        if (name.isEmpty() || name.size() > 24 || name != method.name)
            return tr("A payment method's name has 1 to 24 characters, without spaces around them.");
        if (!Payment::isOtherId(method.id) || ids.contains(method.id))
            return tr("The payment method %1 has no id of its own.").arg(name);
        if (names.contains(name.toLower()))
            return tr("There is already a payment method called %1.").arg(name);
        ids << method.id;
        names << name.toLower();
    }
    if (terminalName.trimmed().isEmpty() || terminalName.trimmed().size() > 40)
        return tr("The terminal name must have 1 to 40 characters.");
    if (!codePattern.match(terminalCode).hasMatch())
        return tr("The terminal code must be 1 to 8 capital letters or digits.");
    if (!languages().contains(language))
        return tr("Unknown language \"%1\".").arg(language);
    if (!currencyPattern.match(currency).hasMatch())
        return tr("The currency must be a three-letter ISO code such as EUR.");
    if (lastCashier.size() > 40)
        return tr("A cashier name can have at most 40 characters.");
    if (enabledExtensions) {
        static const QRegularExpression idPattern(QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9_]{0,31}")));
        for (const QString &id : *enabledExtensions) {
            if (!idPattern.match(id).hasMatch())
                return tr("\"%1\" is not an extension id (a-z, 0-9 and _, starting with a letter).").arg(id);
        }
    }
    // A hosting terminal's server and token are the ones its server gives it.
    if (syncEnabled && !hostServer) {
        const QList<QUrl> urls = serverUrls();
        const bool allValid = std::all_of(urls.begin(), urls.end(), [](const QUrl &url) {
            return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
                && !url.host().isEmpty();
        });
        if (urls.isEmpty() || urls.size() > MaxServerUrls || !allValid)
            return tr("The server address must look like http://host:8765 or https://host:8765 (up to %1, "
                      "separated by commas).").arg(MaxServerUrls);
        static const QRegularExpression tokenPattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{16,200}")));
        if (!tokenPattern.match(token).hasMatch())
            return tr("The token is the text tandem-syncd printed for this terminal (tdm_…).");
    }
    if (hostServer) {
        const QHostAddress address(hostAddress);
        // The other terminals reach it at this address: "any", broadcast and multicast name no machine.
        if (address.isNull() || address.isEqual(QHostAddress::AnyIPv4, QHostAddress::TolerantConversion)
            || address == QHostAddress(QHostAddress::AnyIPv6) || address.isBroadcast() || address.isMulticast())
            return tr("The server of this terminal needs an address of this machine to listen on.");
        if (hostPort < 1024 || hostPort > 65535)
            return tr("The server's port is a number from 1024 to 65535.");
        if (!syncEnabled)
            return tr("A terminal that hosts the server shares its orders: sync must be on.");
    }
    return {};
}

QList<QUrl> TerminalSettings::parseServerUrls(const QString &text)
{
    QList<QUrl> urls;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString trimmed = part.trimmed();
        // An empty entry is kept as an invalid URL, so that validate() refuses "a,,b".
        urls.append(trimmed.isEmpty() ? QUrl() : QUrl(trimmed, QUrl::StrictMode));
    }
    return urls;
}

QString TerminalSettings::pairingLink(const QUrl &server, const QString &token)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("server"), QString::fromLatin1(QUrl::toPercentEncoding(server.toString())));
    query.addQueryItem(QStringLiteral("token"), token);
    QUrl link(QStringLiteral("tandempos://pair"));
    link.setQuery(query);
    return link.toString(QUrl::FullyEncoded);
}

bool TerminalSettings::parsePairingLink(const QString &text, QString *serverUrl, QString *token)
{
    const QUrl link(text.trimmed(), QUrl::StrictMode);
    if (!link.isValid() || link.scheme() != QLatin1String("tandempos") || link.host() != QLatin1String("pair"))
        return false;
    const QUrlQuery query(link);
    if (!query.hasQueryItem(QStringLiteral("server")) || !query.hasQueryItem(QStringLiteral("token")))
        return false;
    *serverUrl = query.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded);
    *token = query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    return true;
}

bool TerminalSettings::save(LocalStore &store, QString *error) const
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const bool stored = store.transaction([&] {
        return store.setSetting(KeyShopName, shopName.trimmed())
            && store.setSetting(KeyShopAddress, shopAddress)
            && store.setSetting(KeyTaxId, taxId.trimmed())
            && store.setSetting(KeyReceiptHeader, receiptHeader)
            && store.setSetting(KeyReceiptFooter, receiptFooter)
            && store.setSetting(KeyCardEnabled, flag(cardEnabled))
            && store.setSetting(KeyOtherMethods, methodsText(otherPaymentMethods))
            && store.setSetting(KeyTerminalName, terminalName.trimmed())
            && store.setSetting(KeyTerminalCode, terminalCode)
            && store.setSetting(KeyLanguage, language)
            && store.setSetting(KeyCurrency, currency)
            && store.setSetting(KeyLastCashier, lastCashier.trimmed())
            && store.setSetting(KeySyncEnabled, flag(syncEnabled))
            && store.setSetting(KeyServerUrl, serverUrl.trimmed())
            && store.setSetting(KeyToken, token.trimmed())
            && store.setSetting(KeyInstance, instance)
            && store.setSetting(KeyHostServer, flag(hostServer))
            && store.setSetting(KeyHostAddress, hostAddress)
            && store.setSetting(KeyHostPort, QString::number(hostPort))
            && store.setSetting(KeyAcceptForeign, flag(acceptForeign))
            && store.setSetting(KeyDropEmptyNew, flag(dropEmptyNew))
            && store.setSetting(KeySwitchToIncoming, flag(switchToIncoming))
            && store.setSetting(KeyExtensions, enabledExtensions ? enabledExtensions->join(QLatin1Char(',')) : AllExtensions);
    });
    if (!stored)
        *error = store.lastError();
    return stored;
}
