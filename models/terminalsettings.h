#pragma once

#include <QCoreApplication>
#include <QString>

class LocalStore;

// The terminal's own settings as kept in its local store.
struct TerminalSettings
{
    Q_DECLARE_TR_FUNCTIONS(TerminalSettings)

public:
    QString shopName;
    QString terminalName;
    QString terminalCode;
    QString language; // "system" or a language code of a shipped translation
    QString currency;
    QString lastCashier;

    static TerminalSettings load(const LocalStore &store);
    // Validates everything first; writes nothing when a field is bad.
    bool save(LocalStore &store, QString *error) const;
    QString validate() const;

    static QStringList languages();
};
