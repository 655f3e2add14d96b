#pragma once

#include <QString>

namespace dmremap::i18n {

/// Installs translators for the system locale (QLocale::system(), i.e.
/// LC_ALL / LC_MESSAGES / LANG) on the running QCoreApplication: dm-remap's
/// own catalogue dmremap_<lang>.qm and Qt's qtbase_<lang>.qm. The catalogue
/// is looked up in $DMREMAP_TRANSLATIONS_DIR, then next to the installed
/// binary (../share/dmremap/translations), then the install folder, then the
/// build tree's translations folder; a locale without a catalogue gets the
/// English one (plural forms of the source texts only). Returns the folder
/// the catalogue was loaded from, or an empty string when none was found.
/// Call once, after the
/// application object exists and before any widget or text is made.
QString installTranslators();

} // namespace dmremap::i18n
