#pragma once

#include <map>
#include <string>
#include <vector>

// What `skdump --load=FILE` prints, parsed: the reference our SMART layer must
// agree with. Lines "Key: value" go to fields; attribute rows to attributes.
struct SkdumpAttribute {
    unsigned id = 0;
    std::string name, value, worst, threshold, pretty, raw, type, updates, good, goodPast;
};

struct SkdumpOutput {
    std::map<std::string, std::string> fields;
    std::vector<SkdumpAttribute> attributes;
};

// Runs skdump (path from CMake) on the blob file and parses its standard output.
// Throws std::runtime_error when skdump cannot be run or prints nothing usable.
SkdumpOutput runSkdump(const std::string& blobPath);
