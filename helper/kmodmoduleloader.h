#pragma once

#include "moduleloader.h"

namespace dmremap::helper {

/// ModuleLoader through libkmod: looks the module up by name or alias in
/// /lib/modules/$(uname -r) and inserts it with its dependencies
/// (kmod_module_probe_insert_module), as modprobe does, without a shell.
class KmodModuleLoader : public ModuleLoader
{
public:
    Status load(const std::string& module) override;

    /// The kernel's lockdown mode from securityfs ("none", "integrity",
    /// "confidentiality"), "" when unknown.
    static std::string lockdownMode();
};

} // namespace dmremap::helper
