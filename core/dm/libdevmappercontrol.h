#pragma once

#include "dmcontrol.h"

namespace dmremap::dm {

/// DmControl through libdevmapper ioctls (never by spawning dmsetup).
/// Device nodes: every call that makes, renames or drops a node (create,
/// resume, remove) sets a udev cookie and waits on it. With udev running (and
/// libdevmapper's 95-dm-notify.rules), udev creates /dev/mapper/<name> and
/// signals the cookie; without udev (a rescue shell, the VM tests)
/// libdevmapper hands out no cookie and creates or removes the node itself
/// when the wait is called. Either way the node exists (or is gone) when the
/// call returns. Thread-safe.
class LibDevmapperControl : public DmControl
{
public:
    LibDevmapperControl();

    Result<std::optional<std::string>> targetVersion(const std::string& targetType) override;
    Result<std::vector<DmDevice>> list() override;
    Result<DmDevice> info(const std::string& name) override;
    Status createRemap(const std::string& name, const RemapTable& table) override;
    Status reloadRemap(const std::string& name, const RemapTable& table) override;
    Status suspend(const std::string& name) override;
    Status resume(const std::string& name) override;
    Status remove(const std::string& name) override;
    Result<std::string> statusLine(const std::string& name) override;
    Result<std::string> message(const std::string& name, const std::string& text) override;
    Result<std::uint32_t> waitEvent(const std::string& name, std::uint32_t eventNr) override;
};

} // namespace dmremap::dm
