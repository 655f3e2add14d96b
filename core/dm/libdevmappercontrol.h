#pragma once

#include "dmcontrol.h"

namespace dmremap::dm {

/// DmControl through libdevmapper ioctls (never by spawning dmsetup).
/// Device nodes: with udev running, libdevmapper waits for udev through a
/// cookie; without it (a rescue shell, the VM tests), libdevmapper creates
/// /dev/mapper/<name> itself. Thread-safe.
class LibDevmapperControl : public DmControl
{
public:
    LibDevmapperControl();

    Result<std::optional<std::string>> targetVersion(const std::string& targetType) override;
    Result<std::vector<DmDevice>> list() override;
    Result<DmDevice> info(const std::string& name) override;
    Status createRemap(const std::string& name, const RemapTable& table) override;
    Status remove(const std::string& name) override;
    Result<std::string> statusLine(const std::string& name) override;
    Result<std::string> message(const std::string& name, const std::string& text) override;
    Result<std::uint32_t> waitEvent(const std::string& name, std::uint32_t eventNr) override;
};

} // namespace dmremap::dm
