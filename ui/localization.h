#pragma once

#include <QString>

class QCoreApplication;

namespace Localization {

// Installs the translations for a language setting ("system" follows the system
// locale) and makes its locale the default for numbers and dates.
void install(QCoreApplication *app, const QString &language);

}
