#include "kmodmoduleloader.h"

#include "helperlog.h"

#include <libkmod.h>
#include <sys/utsname.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>

namespace dmremap::helper {

namespace {

struct CtxDeleter {
    void operator()(kmod_ctx* c) const { kmod_unref(c); }
};
struct ListDeleter {
    void operator()(kmod_list* l) const { kmod_module_unref_list(l); }
};

std::string kernelRelease()
{
    utsname u{};
    return ::uname(&u) == 0 ? u.release : "the running kernel";
}

} // namespace

std::string KmodModuleLoader::lockdownMode()
{
    // securityfs: "none [integrity] confidentiality", the active mode in brackets.
    std::ifstream in("/sys/kernel/security/lockdown");
    std::string line;
    std::getline(in, line);
    const auto open = line.find('[');
    const auto close = line.find(']');
    if (open == std::string::npos || close == std::string::npos || close < open)
        return {};
    return line.substr(open + 1, close - open - 1);
}

Status KmodModuleLoader::load(const std::string& module)
{
    std::unique_ptr<kmod_ctx, CtxDeleter> ctx{kmod_new(nullptr, nullptr)};
    if (!ctx)
        return Status{Error::Failed, "libkmod: cannot read the module configuration"};
    kmod_load_resources(ctx.get());
    kmod_list* raw = nullptr;
    int r = kmod_module_new_from_lookup(ctx.get(), module.c_str(), &raw);
    std::unique_ptr<kmod_list, ListDeleter> list{raw};
    if (r < 0 || !list)
        return Status{Error::NotFound, "the kernel module " + module + " is not installed for kernel " +
                                           kernelRelease() + " (install dm-remap-dkms, or build it for this kernel)"};
    Status result;
    kmod_list* it = nullptr;
    kmod_list_foreach(it, list.get())
    {
        kmod_module* mod = kmod_module_get_module(it);
        r = kmod_module_probe_insert_module(mod, KMOD_PROBE_IGNORE_LOADED, nullptr, nullptr, nullptr, nullptr);
        const std::string path = kmod_module_get_path(mod) ? kmod_module_get_path(mod) : module;
        kmod_module_unref(mod);
        if (r == 0) {
            qCInfo(dmremapHelper, "loaded kernel module %s (%s)", module.c_str(), path.c_str());
            return {};
        }
        const int e = r < 0 ? -r : EINVAL;
        const std::string lockdown = lockdownMode();
        if (e == EKEYREJECTED || e == ENOKEY || ((e == EPERM || e == EACCES) && !lockdown.empty() && lockdown != "none"))
            result = Status{Error::PermissionDenied,
                            "the kernel refused to load " + path + " (" + std::strerror(e) +
                                "): with Secure Boot the kernel is locked down (" +
                                (lockdown.empty() ? std::string("lockdown") : lockdown) +
                                ") and only loads signed modules; sign it with the DKMS key and enroll that key "
                                "(mokutil --import /var/lib/dkms/mok.pub, then reboot)"};
        else if (e == ENOENT)
            result = Status{Error::NotFound, "the kernel module " + module + " is not installed for kernel " +
                                                 kernelRelease()};
        else
            result = Status::fromErrno(e, "load kernel module " + path);
    }
    qCWarning(dmremapHelper, "%s", result.message().c_str());
    return result;
}

} // namespace dmremap::helper
