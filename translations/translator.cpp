#include "translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dmremap::i18n {

QString installTranslators()
{
    auto* app = QCoreApplication::instance();
    if (!app)
        return {};
    const QLocale locale;
    // Qt's own strings (standard buttons, dialogs); absent files are fine.
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    QStringList dirs;
    if (const QString env = qEnvironmentVariable("DMREMAP_TRANSLATIONS_DIR"); !env.isEmpty())
        dirs << env;
    dirs << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/dmremap/translations")
         << QStringLiteral(DMREMAP_QM_INSTALL_DIR) << QStringLiteral(DMREMAP_QM_BUILD_DIR);
    // English is the source language; its catalogue holds only the plural
    // forms ("%n block(s)" -> "1 block", "2 blocks") and serves every
    // locale without a catalogue of its own (C, POSIX, en_*, ...).
    for (const QLocale& l : {locale, QLocale(QLocale::English)}) {
        for (const QString& dir : std::as_const(dirs)) {
            auto* own = new QTranslator(app);
            if (own->load(l, QStringLiteral("dmremap"), QStringLiteral("_"), dir)) {
                QCoreApplication::installTranslator(own);
                return QDir(dir).canonicalPath();
            }
            delete own;
        }
    }
    return {};
}

} // namespace dmremap::i18n
