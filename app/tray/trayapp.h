#pragma once

namespace dmremap::tray {

/// `dmremap --tray`: the tray monitor for the running QApplication —
/// notifications on the session bus, the helper's signals on the system bus,
/// mutes in QSettings, the icon when a tray host exists. A notification's
/// action (or the icon) starts `dmremap --open PAGE`. Returns the exit code
/// of the event loop; the application does not quit when its last window
/// closes.
int runTray();

} // namespace dmremap::tray
