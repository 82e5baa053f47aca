#include "printing.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

namespace {

void render(QPrinter *printer, const QString &text)
{
    QTextDocument document;
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(9);
    document.setDefaultFont(font);
    document.setPlainText(text);
    document.print(printer);
}

} // namespace

void Printing::printWithDialog(QWidget *parent, const QString &text)
{
    QPrinter printer;
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() == QDialog::Accepted)
        render(&printer, text);
}

bool Printing::saveAsPdf(const QString &path, const QString &text, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    render(&printer, text);
    const QFileInfo written(path);
    if (!written.exists() || written.size() == 0) {
        *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

void Printing::saveAsPdfWithDialog(QWidget *parent, const QString &text, const QString &suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save as PDF"),
                                                      folder + QLatin1Char('/') + suggestedName,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveAsPdf(path, text, &error))
        QMessageBox::warning(parent, tr("Save as PDF"), error);
}
