#pragma once

#include "devicevalidator.h"
#include "helpercontext.h"

#include <string>
#include <vector>

namespace dmremap::helper {

/// Boot assembly (`dmremap-helper --assemble`, run by
/// dmremap-assemble.service): finds every spare by its dm-remap superblock,
/// finds its main device by the identity the superblock recorded (WWN or
/// serial, sysfs; see core/spare sysfsIdentity) and its size, and creates
/// remap-<main>. A spare whose main device is not found exactly once, or
/// that recorded no identity, is never assembled.
class Assembler
{
public:
    struct Outcome {
        std::vector<std::string> assembled; ///< device-mapper names created
        std::vector<std::string> skipped; ///< English reasons, one per spare not assembled
        std::vector<std::string> failed; ///< English reasons of failures
    };

    Assembler(HelperContext& context, const DeviceValidator& validator);
    Outcome run();

private:
    HelperContext& m_context;
    const DeviceValidator& m_validator;
};

} // namespace dmremap::helper
