#include "devicereader.h"

#include <cerrno>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dmremap {

Result<std::unique_ptr<DeviceReader>> DeviceReader::open(const std::string& path, Access access)
{
    const int mode = access == Access::ReadWrite ? O_RDWR : O_RDONLY;
    std::unique_ptr<DeviceReader> reader{new DeviceReader};
    reader->m_path = path;
    reader->m_writable = access == Access::ReadWrite;
    reader->m_fd = ::open(path.c_str(), mode | O_DIRECT | O_CLOEXEC);
    if (reader->m_fd < 0 && errno == EINVAL) {
        // tmpfs and a few others refuse O_DIRECT; only acceptable for files.
        reader->m_fd = ::open(path.c_str(), mode | O_CLOEXEC);
        reader->m_direct = false;
    }
    if (reader->m_fd < 0)
        return Status::fromErrno(errno, "open " + path);
    struct stat st {};
    if (::fstat(reader->m_fd, &st) != 0)
        return Status::fromErrno(errno, "stat " + path);
    if (S_ISBLK(st.st_mode)) {
        if (!reader->m_direct)
            return Status{Error::NotSupported, path + ": block device without O_DIRECT"};
        int logical = 0;
        unsigned int physical = 0;
        if (::ioctl(reader->m_fd, BLKGETSIZE64, &reader->m_size) != 0 || ::ioctl(reader->m_fd, BLKSSZGET, &logical) != 0
            || ::ioctl(reader->m_fd, BLKPBSZGET, &physical) != 0)
            return Status::fromErrno(errno, "block device size of " + path);
        reader->m_logical = static_cast<std::uint32_t>(logical);
        reader->m_physical = std::max<std::uint32_t>(physical, reader->m_logical);
    } else if (S_ISREG(st.st_mode)) {
        reader->m_size = static_cast<std::uint64_t>(st.st_size);
    } else {
        return Status{Error::InvalidArgument, path + " is neither a block device nor a file"};
    }
    if (reader->m_size == 0)
        return Status{Error::InvalidArgument, path + " is empty"};
    return reader;
}

DeviceReader::~DeviceReader()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Status DeviceReader::read(std::uint64_t offsetBytes, std::span<std::byte> buffer)
{
    std::size_t done = 0;
    while (done < buffer.size()) {
        const ssize_t n = ::pread(m_fd, buffer.data() + done, buffer.size() - done,
                                  static_cast<off_t>(offsetBytes + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Status::fromErrno(errno, "read " + m_path + " at byte " + std::to_string(offsetBytes + done));
        }
        if (n == 0)
            break; // end of device
        done += static_cast<std::size_t>(n);
    }
    if (done < buffer.size() && offsetBytes + done < m_size)
        return Status{Error::IoError, "short read of " + m_path + " at byte " + std::to_string(offsetBytes + done)};
    return {};
}

Status DeviceReader::write(std::uint64_t offsetBytes, std::span<const std::byte> buffer)
{
    if (!m_writable)
        return Status{Error::NotSupported, m_path + " was opened read-only"};
    std::size_t done = 0;
    while (done < buffer.size()) {
        const ssize_t n = ::pwrite(m_fd, buffer.data() + done, buffer.size() - done,
                                   static_cast<off_t>(offsetBytes + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            // A failed write is never "just" a medium error for the caller:
            // the remap target, not the scanner, handles those.
            return Status{err == ENOSPC ? Error::NoSpace : Error::IoError,
                          "write " + m_path + " at byte " + std::to_string(offsetBytes + done)};
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fdatasync(m_fd) != 0)
        return Status::fromErrno(errno, "flush " + m_path);
    return {};
}

} // namespace dmremap
