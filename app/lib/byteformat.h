#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <cstdint>

namespace dmremap::gui {

/// Translated formatting of sizes, positions and durations for the GUI.
/// Sizes use IEC binary units (KiB, MiB, ...: 1 KiB = 1024 bytes) like the
/// kernel and lsblk; decimal capacities (a "20 TB" label) are given by
/// decimalSize(). Stateless; thread-safe.
class ByteFormat
{
    Q_DECLARE_TR_FUNCTIONS(dmremap::gui::ByteFormat)
public:
    /// "512 bytes", "4 KiB", "1.5 MiB", "18.2 TiB" (three significant digits).
    static QString size(std::uint64_t bytes);
    /// "20.0 TB" (powers of 1000, as drives are sold).
    static QString decimalSize(std::uint64_t bytes);
    /// A number with the locale's grouping ("4,194,304").
    static QString number(std::uint64_t value);
    /// A latency as "4.2 ms", "850 µs", "1.20 s".
    static QString latency(std::chrono::microseconds latency);
};

} // namespace dmremap::gui
