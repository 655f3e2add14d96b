#include "blobsmartsource.h"

#include "smartdisk.h"

#include <cerrno>
#include <fstream>
#include <iterator>

namespace dmremap {

BlobSmartSource::BlobSmartSource(std::vector<std::uint8_t> blob, std::string description)
    : m_blob(std::move(blob))
    , m_description(std::move(description))
{
}

Result<std::unique_ptr<BlobSmartSource>> BlobSmartSource::fromFile(const std::filesystem::path& path)
{
    constexpr std::uintmax_t maxBlobBytes = 64 * 1024;
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return Status::fromErrno(ec.value(), "read " + path.string());
    if (size > maxBlobBytes)
        return Status{Error::CorruptData, path.string() + " is too large to be a SMART blob"};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Status::fromErrno(errno, "open " + path.string());
    std::vector<std::uint8_t> blob(static_cast<std::size_t>(size));
    in.read(reinterpret_cast<char*>(blob.data()), static_cast<std::streamsize>(blob.size()));
    if (!in)
        return Status{Error::IoError, "read " + path.string()};
    return std::make_unique<BlobSmartSource>(std::move(blob), "blob " + path.string());
}

Result<SmartReport> BlobSmartSource::read()
{
    auto disk = SmartDisk::fromBlob(m_blob);
    if (!disk)
        return disk.status();
    return disk->report();
}

Status BlobSmartSource::runSelfTest(SmartSelfTest)
{
    return Status{Error::NotSupported, "self-tests need a drive, not saved SMART data"};
}

} // namespace dmremap
