#pragma once

#include <QString>

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
    virtual bool askPin(QWidget *parent, QString *pin) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    // Shows printable text (a closing report) until the user closes it.
    virtual void showDocument(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual bool editSettings(QWidget *parent, class Terminal *terminal) = 0;
};

// The real dialogs.
class DialogPrompts final : public Prompts
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
    bool askText(QWidget *parent, const QString &title, const QString &label, QString *value) override;
    bool askPin(QWidget *parent, QString *pin) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    void showDocument(QWidget *parent, const QString &title, const QString &text) override;
    bool editSettings(QWidget *parent, Terminal *terminal) override;
};
