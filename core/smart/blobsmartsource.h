#pragma once

#include "smartsource.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

namespace dmremap {

/// SMART data saved earlier, in libatasmart's blob format (what `skdump
/// --save` writes and SmartReport::blob holds). Used by `dmremapctl smart
/// --load`, the scan history and the tests. Self-tests give NotSupported.
class BlobSmartSource : public SmartSource
{
public:
    explicit BlobSmartSource(std::vector<std::uint8_t> blob, std::string description = "SMART blob");

    /// Reads the whole file (a blob is ~1.5 KiB; files over 64 KiB are
    /// refused as CorruptData). NotFound/PermissionDenied from the file system.
    static Result<std::unique_ptr<BlobSmartSource>> fromFile(const std::filesystem::path& path);

    Result<SmartReport> read() override;
    Status runSelfTest(SmartSelfTest test) override;
    std::string description() const override { return m_description; }

private:
    std::vector<std::uint8_t> m_blob;
    std::string m_description;
};

} // namespace dmremap
