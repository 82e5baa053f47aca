#pragma once

#include <QString>
#include <QStringList>

class ExtensionContext;
class ExtensionRegistry;
class QWidget;

// The questions the terminal asks its user, behind an interface so widget tests
// can answer them without modal dialogs.
class Prompts
{
public:
    virtual ~Prompts() = default;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
    // Returns false when the user cancels.
    virtual bool askText(QWidget *parent, const QString &title, const QString &label, QString *value) = 0;
    virtual bool askLongText(QWidget *parent, const QString &title, const QString &label, QString *value) = 0;
    virtual bool askNumber(QWidget *parent, const QString &title, const QString &label, int minimum, int maximum,
                           int *value) = 0;
    virtual bool askChoice(QWidget *parent, const QString &title, const QString &label, const QStringList &choices,
                           QString *choice) = 0;
    virtual bool askPin(QWidget *parent, QString *pin) = 0;
    // An amount in minor units of `currency`, zero or more.
    virtual bool askMoney(QWidget *parent, const QString &title, const QString &label, const QString &currency,
                          qint64 *amount) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    // Shows printable text (a closing report) until the user closes it.
    virtual void showDocument(QWidget *parent, const QString &title, const QString &text) = 0;
    // extensions and context may be null: no extension pages then; host may be null: the
    // terminal cannot host the sync server then.
    virtual bool editSettings(QWidget *parent, class Terminal *terminal, ExtensionRegistry *extensions,
                              ExtensionContext *context, class ServerHost *host) = 0;
    virtual void editProducts(QWidget *parent, Terminal *terminal) = 0;
};

// The real dialogs.
class DialogPrompts final : public Prompts
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
    bool askText(QWidget *parent, const QString &title, const QString &label, QString *value) override;
    bool askLongText(QWidget *parent, const QString &title, const QString &label, QString *value) override;
    bool askNumber(QWidget *parent, const QString &title, const QString &label, int minimum, int maximum,
                   int *value) override;
    bool askChoice(QWidget *parent, const QString &title, const QString &label, const QStringList &choices,
                   QString *choice) override;
    bool askPin(QWidget *parent, QString *pin) override;
    bool askMoney(QWidget *parent, const QString &title, const QString &label, const QString &currency,
                  qint64 *amount) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    void showDocument(QWidget *parent, const QString &title, const QString &text) override;
    bool editSettings(QWidget *parent, Terminal *terminal, ExtensionRegistry *extensions,
                      ExtensionContext *context, ServerHost *host) override;
    void editProducts(QWidget *parent, Terminal *terminal) override;
};
