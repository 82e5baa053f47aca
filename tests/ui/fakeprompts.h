#pragma once

#include "prompts.h"

#include <QStringList>
#include <functional>

// Answers the terminal's questions from the test and records what it was shown.
class FakePrompts final : public Prompts
{
public:
    bool confirmAnswer = true;
    QStringList textAnswers; // taken in order; none left means "cancel"
    QString pinAnswer = QStringLiteral("1234");
    std::function<bool(Terminal *)> settingsEditor;

    QStringList confirmations;
    QStringList informed;
    QStringList documents;

    bool confirm(QWidget *, const QString &, const QString &text) override
    {
        confirmations << text;
        return confirmAnswer;
    }
    bool askText(QWidget *, const QString &, const QString &, QString *value) override
    {
        if (textAnswers.isEmpty())
            return false;
        *value = textAnswers.takeFirst();
        return true;
    }
    bool askPin(QWidget *, QString *pin) override
    {
        *pin = pinAnswer;
        return true;
    }
    void inform(QWidget *, const QString &, const QString &text) override { informed << text; }
    void showDocument(QWidget *, const QString &, const QString &text) override { documents << text; }
    bool editSettings(QWidget *, Terminal *terminal) override
    {
        return settingsEditor ? settingsEditor(terminal) : false;
    }
};
