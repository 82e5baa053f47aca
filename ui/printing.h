#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// Printing of fixed-width receipt text: to a printer chosen in the print dialog or to PDF.
class Printing final
{
    Q_DECLARE_TR_FUNCTIONS(Printing)

public:
    static void printWithDialog(QWidget *parent, const QString &text);
    static bool saveAsPdf(const QString &path, const QString &text, QString *error);
    // Asks for a file name and saves; reports failures to the user.
    static void saveAsPdfWithDialog(QWidget *parent, const QString &text, const QString &suggestedName);
};
