#include "skdumpoutput.h"

#include <cstdio>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace {

std::string stripEscapes(const std::string& line)
{
    static const std::regex ansi{"\x1B\\[[0-9;]*m"};
    return std::regex_replace(line, ansi, "");
}

std::vector<std::string> words(const std::string& line)
{
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

} // namespace

SkdumpOutput runSkdump(const std::string& blobPath)
{
    const std::string command = std::string{DMREMAP_SKDUMP} + " --load='" + blobPath + "' 2>/dev/null";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        throw std::runtime_error("cannot run " + command);
    std::string text;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
        text.append(buffer, n);
    ::pclose(pipe);

    SkdumpOutput out;
    std::istringstream lines(text);
    bool table = false;
    for (std::string raw; std::getline(lines, raw);) {
        const std::string line = stripEscapes(raw);
        if (line.rfind("ID#", 0) == 0) {
            table = true;
            continue;
        }
        if (!table) {
            const auto colon = line.find(": ");
            if (colon != std::string::npos)
                out.fields[line.substr(0, colon)] = line.substr(colon + 2);
            continue;
        }
        // "ID NAME VALUE WORST THRES PRETTY... RAW TYPE UPDATES GOOD GOODPAST";
        // PRETTY may hold a space ("62 ms") and may overflow its column.
        const auto w = words(line);
        if (w.size() < 11)
            throw std::runtime_error("unexpected skdump attribute row: " + line);
        SkdumpAttribute a;
        a.id = static_cast<unsigned>(std::stoul(w[0]));
        a.name = w[1];
        a.value = w[2];
        a.worst = w[3];
        a.threshold = w[4];
        const std::size_t tail = w.size() - 5;
        for (std::size_t i = 5; i < tail; ++i)
            a.pretty += (i > 5 ? " " : "") + w[i];
        a.raw = w[tail];
        a.type = w[tail + 1];
        a.updates = w[tail + 2];
        a.good = w[tail + 3];
        a.goodPast = w[tail + 4];
        out.attributes.push_back(a);
    }
    if (out.fields.empty())
        throw std::runtime_error("skdump printed nothing for " + blobPath);
    return out;
}
