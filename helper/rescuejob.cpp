#include "rescuejob.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace dmremap::helper {

namespace {

struct Fd {
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

Job::Work rescueWork(RescuePlan plan)
{
    return [plan](JobControl& control) -> Status {
        const std::uint64_t total = std::uint64_t(plan.unitBytes) * (plan.retries + 1);
        const std::string unit = "unit at byte " + std::to_string(plan.offsetBytes);
        void* raw = nullptr;
        if (::posix_memalign(&raw, 4096, plan.unitBytes) != 0)
            return Status{Error::Failed, "out of memory"};
        std::unique_ptr<void, decltype(&std::free)> buffer(raw, &std::free);
        Fd main{::open(plan.mainPath.c_str(), O_RDONLY | O_DIRECT | O_CLOEXEC)};
        if (main.fd < 0)
            return Status::fromErrno(errno, "open " + plan.mainPath);
        unsigned attempt = 0;
        bool readable = false;
        int lastErrno = 0;
        while (attempt < plan.retries && !control.cancelled()) {
            ++attempt;
            control.report({std::uint64_t(plan.unitBytes) * (attempt - 1), total, 0, -1, "reading", 0});
            const ssize_t n = ::pread(main.fd, buffer.get(), plan.unitBytes, off_t(plan.offsetBytes));
            if (n == ssize_t(plan.unitBytes)) {
                readable = true;
                break;
            }
            lastErrno = n < 0 ? errno : EIO;
        }
        if (control.cancelled())
            return Status{Error::Cancelled, "rescue cancelled"};
        if (!readable && !plan.zeroFill)
            return Status{Error::MediumError, "the " + unit + " of " + plan.mainPath + " could not be read in " +
                                                  std::to_string(attempt) + " attempts (" + std::strerror(lastErrno) +
                                                  "); nothing was written (zero_fill gives the data up)"};
        if (!readable)
            std::memset(buffer.get(), 0, plan.unitBytes);
        control.report({std::uint64_t(plan.unitBytes) * plan.retries, total, 0, -1, "writing", 0});
        Fd remap{::open(plan.remapPath.c_str(), O_RDWR | O_DIRECT | O_CLOEXEC)};
        if (remap.fd < 0)
            return Status::fromErrno(errno, "open " + plan.remapPath);
        const ssize_t w = ::pwrite(remap.fd, buffer.get(), plan.unitBytes, off_t(plan.offsetBytes));
        if (w != ssize_t(plan.unitBytes))
            return Status::fromErrno(w < 0 ? errno : EIO, "write " + plan.remapPath);
        if (::fdatasync(remap.fd) != 0)
            return Status::fromErrno(errno, "flush " + plan.remapPath);
        control.report({total, total, 0, 0, "done", readable ? 0u : 1u});
        control.setMessage(readable ? "rescued the " + unit + " (read on attempt " + std::to_string(attempt) + ")"
                                    : "the " + unit + " could not be read; wrote zeros: its data is lost");
        return {};
    };
}

} // namespace dmremap::helper
