#include "blockdevice.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace dmremap::spare {

namespace {

std::string readTrimmed(const std::string& path)
{
    std::ifstream in(path);
    std::string s;
    if (!in || !std::getline(in, s))
        return {};
    const auto notSpace = [](unsigned char c) { return !std::isspace(c); };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
    return s;
}

std::string identityOf(const std::string& sysdir)
{
    for (const char* f : {"device/wwid", "wwid", "device/serial", "serial", "dm/uuid"}) {
        std::string v = readTrimmed(sysdir + "/" + f);
        if (!v.empty())
            return v;
    }
    return {};
}

struct AlignedFree {
    void operator()(std::byte* p) const { std::free(p); }
};

class FileBlockDevice : public BlockDevice
{
public:
    FileBlockDevice(int fd, std::uint64_t size, std::uint32_t lbs, std::uint32_t pbs, std::string identity)
        : m_fd(fd)
        , m_size(size)
        , m_lbs(lbs)
        , m_pbs(pbs)
        , m_identity(std::move(identity))
    {
    }
    ~FileBlockDevice() override { ::close(m_fd); }

    std::uint64_t sizeBytes() const override { return m_size; }
    std::uint32_t logicalBlockSize() const override { return m_lbs; }
    std::uint32_t physicalBlockSize() const override { return m_pbs; }
    std::string identity() const override { return m_identity; }

    Status read(std::uint64_t offset, std::span<std::byte> data) override
    {
        auto buf = bounce(data.size());
        if (!buf)
            return Status(Error::Failed, "out of memory");
        Status st = io(false, offset, buf.get(), data.size());
        if (st)
            std::memcpy(data.data(), buf.get(), data.size());
        return st;
    }
    Status write(std::uint64_t offset, std::span<const std::byte> data) override
    {
        auto buf = bounce(data.size());
        if (!buf)
            return Status(Error::Failed, "out of memory");
        std::memcpy(buf.get(), data.data(), data.size());
        return io(true, offset, buf.get(), data.size());
    }
    Status flush() override
    {
        if (::fsync(m_fd) != 0)
            return Status::fromErrno(errno, "fsync");
        return {};
    }

private:
    static std::unique_ptr<std::byte, AlignedFree> bounce(std::size_t n)
    {
        const std::size_t len = (std::max<std::size_t>(n, 1) + 4095) / 4096 * 4096;
        return std::unique_ptr<std::byte, AlignedFree>(static_cast<std::byte*>(std::aligned_alloc(4096, len)));
    }
    Status io(bool write, std::uint64_t offset, std::byte* p, std::size_t n)
    {
        if (offset + n > m_size)
            return Status(Error::InvalidArgument, "I/O beyond the end of the device");
        while (n) {
            const ssize_t r = write ? ::pwrite(m_fd, p, n, static_cast<off_t>(offset))
                                    : ::pread(m_fd, p, n, static_cast<off_t>(offset));
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0)
                return Status::fromErrno(r < 0 ? errno : EIO, write ? "write" : "read");
            p += r;
            n -= static_cast<std::size_t>(r);
            offset += static_cast<std::uint64_t>(r);
        }
        return {};
    }

    int m_fd;
    std::uint64_t m_size;
    std::uint32_t m_lbs;
    std::uint32_t m_pbs;
    std::string m_identity;
};

} // namespace

std::string sysfsIdentity(unsigned major, unsigned minor)
{
    const std::string dir = "/sys/dev/block/" + std::to_string(major) + ":" + std::to_string(minor);
    std::string id = identityOf(dir);
    if (id.empty()) {
        const std::string part = readTrimmed(dir + "/partition");
        if (!part.empty()) {
            id = identityOf(dir + "/..");
            if (!id.empty())
                id += "-part" + part;
        }
    }
    if (id.size() > 63)
        id.resize(63);
    return id;
}

Result<std::unique_ptr<BlockDevice>> openBlockDevice(const std::string& path, bool writable)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return Status::fromErrno(errno, "stat " + path);
    const bool blk = S_ISBLK(st.st_mode);
    if (!blk && !S_ISREG(st.st_mode))
        return Status(Error::InvalidArgument, path + " is neither a block device nor a file");
    int flags = (writable ? O_RDWR : O_RDONLY) | O_CLOEXEC;
    if (blk)
        flags |= O_DIRECT | (writable ? O_EXCL : 0);
    const int fd = ::open(path.c_str(), flags);
    if (fd < 0)
        return Status::fromErrno(errno, "open " + path);
    std::uint64_t size = static_cast<std::uint64_t>(st.st_size);
    int lbs = 512;
    unsigned int pbs = 512;
    std::string id;
    if (blk) {
        if (::ioctl(fd, BLKGETSIZE64, &size) != 0 || ::ioctl(fd, BLKSSZGET, &lbs) != 0 ||
            ::ioctl(fd, BLKPBSZGET, &pbs) != 0) {
            const int e = errno;
            ::close(fd);
            return Status::fromErrno(e, "ioctl " + path);
        }
        id = sysfsIdentity(::major(st.st_rdev), ::minor(st.st_rdev));
    }
    return std::unique_ptr<BlockDevice>(
        new FileBlockDevice(fd, size, static_cast<std::uint32_t>(lbs), pbs, std::move(id)));
}

MemoryBlockDevice::MemoryBlockDevice(std::uint64_t sizeBytes, std::uint32_t logicalBlockSize,
                                     std::uint32_t physicalBlockSize, std::string identity)
    : m_data(sizeBytes)
    , m_lbs(logicalBlockSize)
    , m_pbs(physicalBlockSize)
    , m_identity(std::move(identity))
{
}

Status MemoryBlockDevice::read(std::uint64_t offset, std::span<std::byte> data)
{
    if (offset > m_data.size() || data.size() > m_data.size() - offset)
        return Status(Error::InvalidArgument, "read beyond the end of the device");
    std::memcpy(data.data(), m_data.data() + offset, data.size());
    return {};
}

Status MemoryBlockDevice::write(std::uint64_t offset, std::span<const std::byte> data)
{
    if (offset > m_data.size() || data.size() > m_data.size() - offset)
        return Status(Error::InvalidArgument, "write beyond the end of the device");
    std::memcpy(m_data.data() + offset, data.data(), data.size());
    return {};
}

} // namespace dmremap::spare
