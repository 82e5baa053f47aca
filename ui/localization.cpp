#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Localization {

void install(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language == QLatin1String("system") ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("tandem"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app->installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
}

}
