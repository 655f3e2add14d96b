#pragma once

#include "error/status.h"

#include <QCoreApplication>
#include <QString>

namespace dmremap::gui {

/// The GUI's translated words for the core error model (core/error): the
/// core's messages are English for logs; users read these. Stateless.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(dmremap::gui::ErrorText)
public:
    /// A short translated sentence for the code ("The device is busy.").
    static QString message(Error error);
    /// message() followed by the (English, technical) context, if any.
    static QString describe(const Status& status);
};

} // namespace dmremap::gui
