#pragma once

#include <QCoreApplication>

namespace dmremapctl {

/// The translation context "dmremapctl" of the client's messages, option
/// descriptions and --help text: Tr::tr("..."). Command summaries are marked
/// with QT_TRANSLATE_NOOP("dmremapctl", ...) and translated where shown.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(dmremapctl)
};

} // namespace dmremapctl
