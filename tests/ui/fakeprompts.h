#pragma once

#include "prompts.h"

#include <QStringList>
#include <functional>

// Answers the terminal's questions from the test and records what it was shown.
class FakePrompts final : public Prompts
{
public:
    bool confirmAnswer = true;
    QList<bool> confirmAnswers; // taken in order before confirmAnswer
    std::function<void(const QString &title)> onConfirm; // called as a question is put, before its answer
    QStringList textAnswers; // taken in order; none left means "cancel" (also long texts)
    QList<int> numberAnswers;
    QList<qint64> moneyAnswers; // none left means "cancel"
    QStringList choiceAnswers;
    QString pinAnswer = QStringLiteral("1234");
    std::function<bool(Terminal *)> settingsEditor;

    QStringList asked; // the title of every question put, in order
    QStringList confirmations;
    QStringList informed;
    QStringList documents;

    bool confirm(QWidget *, const QString &title, const QString &text) override
    {
        asked << title;
        confirmations << text;
        if (onConfirm)
            onConfirm(title);
        return confirmAnswers.isEmpty() ? confirmAnswer : confirmAnswers.takeFirst();
    }
    bool askText(QWidget *, const QString &title, const QString &, QString *value) override
    {
        asked << title;
        if (textAnswers.isEmpty())
            return false;
        *value = textAnswers.takeFirst();
        return true;
    }
    bool askLongText(QWidget *parent, const QString &title, const QString &label, QString *value) override
    {
        return askText(parent, title, label, value);
    }
    bool askNumber(QWidget *, const QString &title, const QString &, int minimum, int maximum, int *value) override
    {
        asked << title;
        if (numberAnswers.isEmpty())
            return false;
        *value = qBound(minimum, numberAnswers.takeFirst(), maximum);
        return true;
    }
    bool askChoice(QWidget *, const QString &title, const QString &, const QStringList &choices, QString *choice) override
    {
        asked << title;
        if (choiceAnswers.isEmpty() || !choices.contains(choiceAnswers.first()))
            return false;
        *choice = choiceAnswers.takeFirst();
        return true;
    }
    bool askPin(QWidget *, QString *pin) override
    {
        *pin = pinAnswer;
        return true;
    }
    bool askMoney(QWidget *, const QString &title, const QString &, const QString &, qint64 *amount) override
    {
        asked << title;
        if (moneyAnswers.isEmpty())
            return false;
        *amount = moneyAnswers.takeFirst();
        return true;
    }
    void inform(QWidget *, const QString &, const QString &text) override { informed << text; }
    void showDocument(QWidget *, const QString &, const QString &text) override { documents << text; }
    bool editSettings(QWidget *, Terminal *terminal, ExtensionRegistry *, ExtensionContext *, ServerHost *) override
    {
        return settingsEditor ? settingsEditor(terminal) : false;
    }
    void editProducts(QWidget *, Terminal *) override { ++productEditors; }
    int productEditors = 0;
};
