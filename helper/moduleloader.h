#pragma once

#include "error/status.h"

#include <string>

namespace dmremap::helper {

/// Loads a kernel module with its dependencies: the boundary to libkmod
/// (KmodModuleLoader); tests pass fakes.
class ModuleLoader
{
public:
    virtual ~ModuleLoader() = default;
    /// NotFound: no such module for the running kernel. PermissionDenied:
    /// the kernel refused it (the message says why, e.g. Secure Boot
    /// lockdown and how to sign). Other errors as the kernel gave them.
    virtual Status load(const std::string& module) = 0;
};

} // namespace dmremap::helper
