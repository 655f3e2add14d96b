#include "status.h"

#include <cstring>

namespace dmremap {

Status Status::fromErrno(int errnum, std::string context)
{
    // strerror text keeps the kernel's precise reason next to our coarse code.
    std::string text = std::move(context);
    if (!text.empty())
        text += ": ";
    text += std::strerror(errnum);
    return Status{errorFromErrno(errnum), std::move(text)};
}

std::string Status::message() const
{
    if (ok())
        return {};
    std::string text{errorMessage(error())};
    if (!m_context.empty())
        text = m_context + ": " + text;
    return text;
}

} // namespace dmremap
